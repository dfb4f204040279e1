package extract

// wordSet is a set of words, filled for one document and emptied for the
// next without giving its storage back. Every capitalized word of an
// article goes into one, so it takes the hash the tokenizer has already
// computed instead of hashing the word again as a map would.
type wordSet struct {
	slots  []uint32 // index+1 into words and hashes; 0 is empty
	words  []string
	hashes []uint32
	// seen has a bit set for each word's hash modulo its size: most words
	// asked for are not in the set, and one load tells most of them so
	seen [16]uint64
}

// maxKeptSlots bounds the storage a wordSet keeps for the next document.
const maxKeptSlots = 1 << 14

// reset empties the set.
func (s *wordSet) reset() {
	if len(s.slots) > maxKeptSlots {
		*s = wordSet{}
		return
	}
	clear(s.slots)
	s.words, s.hashes = s.words[:0], s.hashes[:0]
	s.seen = [16]uint64{}
}

// add puts w, whose wordHash is hash, in the set.
func (s *wordSet) add(w string, hash uint32) {
	if 2*(len(s.words)+1) > len(s.slots) {
		s.grow()
	}
	mask := uint32(len(s.slots) - 1)
	for i := hash & mask; ; i = (i + 1) & mask {
		e := s.slots[i]
		if e == 0 {
			s.words, s.hashes = append(s.words, w), append(s.hashes, hash)
			s.slots[i] = uint32(len(s.words))
			s.seen[hash>>6&15] |= 1 << (hash & 63)
			return
		}
		if s.hashes[e-1] == hash && s.words[e-1] == w {
			return
		}
	}
}

// has reports whether w, whose wordHash is hash, is in the set.
func (s *wordSet) has(w string, hash uint32) bool { return setHas(s, w, hash) }

// hasBytes is has for a word still in a buffer, which it does not copy.
func (s *wordSet) hasBytes(w []byte, hash uint32) bool { return setHas(s, w, hash) }

// mayHave reports false for most words not in the set, by their hash, and
// true for every word in it.
func (s *wordSet) mayHave(hash uint32) bool { return s.seen[hash>>6&15]&(1<<(hash&63)) != 0 }

func setHas[W string | []byte](s *wordSet, w W, hash uint32) bool {
	if !s.mayHave(hash) {
		return false
	}
	mask := uint32(len(s.slots) - 1)
	for i := hash & mask; ; i = (i + 1) & mask {
		e := s.slots[i]
		if e == 0 {
			return false
		}
		if s.hashes[e-1] == hash && s.words[e-1] == string(w) {
			return true
		}
	}
}

// grow doubles the slots (at least 64) and places every word again.
func (s *wordSet) grow() {
	s.slots = make([]uint32, max(64, 2*len(s.slots)))
	mask := uint32(len(s.slots) - 1)
	for k, h := range s.hashes {
		i := h & mask
		for s.slots[i] != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = uint32(k + 1)
	}
}
