package document

import "strings"

// Asking for an abbreviation without lowering a copy of the word. Every
// period of a draft asks whether the word before it is an abbreviation;
// the abbreviations are short ASCII words, so an ASCII word longer than
// the longest cannot be one, and a shorter one is lowered on the stack.

// longestAbbreviation bounds the length of abbreviations (a constant, as
// the table is filled by init, after the package's variables:
// TestLongestAbbreviationBoundsTheTable holds it to the table).
const longestAbbreviation = 6

// knownAbbreviation is abbreviations[strings.ToLower(w)].
func knownAbbreviation(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return abbreviations[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return abbreviations[strings.ToLower(w)] // a lower case of another length
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(w) > longestAbbreviation {
		return false
	}
	return abbreviations[string(buf[:len(w)])]
}
