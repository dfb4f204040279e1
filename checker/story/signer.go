package story

import "slices"

// Signing without allocating its scratch anew. Sign's sets of the keys and
// names seen and its lists of keys and heads were made and grown for every
// article, some tenth of a run's allocated bytes at 10,000 files; a worker
// signs one article after another, so a Signer keeps them and clears them
// for the next. What a signature keeps is copied out of them (copyKeys,
// cloneOrNil), so no two signatures share a buffer.

// Signer makes signatures (Sign) with buffers it reuses; one goroutine
// at a time. Its zero value is ready.
type Signer struct {
	seen, named map[string]bool
	keys, heads []string
}

// maxKept is the most entries a buffer of a Signer keeps for the next
// article: clearing a map costs its size, so the sets of a huge article
// are dropped rather than cleared for every small one after it.
const maxKept = 1024

// start returns the signer's buffers, empty.
func (s *Signer) start() (seen, named map[string]bool, keys, heads []string) {
	if s.seen == nil {
		s.seen, s.named = map[string]bool{}, map[string]bool{}
	}
	return s.seen, s.named, s.keys[:0], s.heads[:0]
}

// keep takes the buffers back after a signature, empty, dropping those
// grown past maxKept.
func (s *Signer) keep(seen, named map[string]bool, keys, heads []string) {
	if len(seen) > maxKept || len(named) > maxKept {
		s.seen, s.named = nil, nil
	} else {
		clear(seen)
		clear(named)
	}
	clear(keys) // no stale pointer into an article's text
	clear(heads)
	s.keys, s.heads = keys[:0], heads[:0]
	if cap(keys) > maxKept || cap(heads) > maxKept {
		s.keys, s.heads = nil, nil
	}
}

// cloneOrNil is an exact-length copy of ss, nil when it is empty, as
// slices.Clone of a nil slice is.
func cloneOrNil(ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	return slices.Clone(ss)
}
