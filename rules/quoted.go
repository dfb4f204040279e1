package rules

import "strings"

// Finding quotation marks by their bytes. Quoted runs over the text of
// every quote a rule across articles selects or compares, several times a
// pair; a mark is one of a few runes, so it is found by searching for
// their bytes instead of decoding and testing every rune of the text. The
// first byte of each mark (a quotation mark, 0xC2, 0xE2) never continues
// another rune in UTF-8, so where its bytes stand a rune starts, as it
// would where ranging over the text decodes one.

// nextOpening is the first opening mark at or after at (closingMarks): its
// index, the marks that close it and its width in bytes; -1 for none.
func nextOpening(text string, at int) (i int, closers string, width int) {
	for i = at; i < len(text); i++ {
		switch text[i] {
		case '"':
			return i, closingMarks('"'), 1
		case 0xC2: // « is C2 AB
			if i+1 < len(text) && text[i+1] == 0xAB {
				return i, closingMarks('«'), 2
			}
		case 0xE2: // “ is E2 80 9C, „ E2 80 9E
			if i+2 < len(text) && text[i+1] == 0x80 {
				switch text[i+2] {
				case 0x9C:
					return i, closingMarks('“'), 3
				case 0x9E:
					return i, closingMarks('„'), 3
				}
			}
		}
	}
	return -1, "", 0
}

// nextClosing is the first of the closers (one or two marks) at or after
// at: its index and width; -1 for none.
func nextClosing(text string, at int, closers string) (i, width int) {
	i = -1
	for _, r := range closers {
		mark := string(r)
		if j := strings.Index(text[at:], mark); j >= 0 && (i < 0 || at+j < i) {
			i, width = at+j, len(mark)
		}
	}
	return i, width
}
