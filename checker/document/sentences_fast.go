package document

// Finding the marks that may end a sentence without decoding every rune
// of a paragraph. '.', '!' and '?' are ASCII, which no byte of a longer
// UTF-8 sequence is, and the first byte of '…' never continues one: the
// runes Sentences decoded one by one from the paragraph's start are found
// in the same places by reading its bytes.

// nextStop is the offset in s of the first '.', '!', '?' or '…', that
// mark and its length in bytes, or -1.
func nextStop(s string) (at int, mark rune, size int) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case !mayStop[c]:
		case c != ellipsisLead:
			return i, rune(c), 1
		case i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xa6:
			return i, '…', len("…")
		}
	}
	return -1, 0, 0
}

// ellipsisLead is the first byte of '…' (U+2026: e2 80 a6).
const ellipsisLead = 0xe2

// mayStop marks the bytes that open a mark of nextStop's.
var mayStop = [256]bool{'.': true, '!': true, '?': true, ellipsisLead: true}
