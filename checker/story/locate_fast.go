package story

import "bytes"

// Finding " block of " and " & " in an article's text by their first
// letter or mark, not their space: bytes.Index stops at every space of a
// text to compare, where "b" and "&" are rare.

// indexSpaced is bytes.Index(text, sep) for a sep that opens with a space:
// it looks for the rest of sep and checks the space before it.
func indexSpaced(text, sep []byte) int {
	rest := sep[1:]
	for from := 1; from <= len(text); {
		b := bytes.Index(text[from:], rest)
		if b < 0 {
			return -1
		}
		at := from + b - 1
		if text[at] == ' ' {
			return at
		}
		from = at + 2
	}
	return -1
}

// indexAnd is bytes.Index(text, and) for " and " and " & ": the word
// "and" is as common as any of its letters, so only the mark is looked
// for by the rest of it.
func indexAnd(text, and []byte) int {
	if string(and) == " & " {
		return indexSpaced(text, and)
	}
	return bytes.Index(text, and)
}
