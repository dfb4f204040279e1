package extract

import (
	"strings"
	"unicode/utf8"
)

// unchangedByUpper reports whether s == strings.ToUpper(s) without making
// the upper case of a word that has a lower-case ASCII letter: most words
// asked whether they are written in capitals ("LMPD", "FBI") have one,
// and strings.ToUpper allocated their upper case to compare. An ASCII
// lower-case letter changes under ToUpper whatever follows it; a text
// with a rune outside ASCII before one is compared the plain way.
func unchangedByUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return s == strings.ToUpper(s)
		case 'a' <= c && c <= 'z':
			return false
		}
	}
	return true
}
