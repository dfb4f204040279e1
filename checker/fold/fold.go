// Package fold reduces a name to the form under which its spelling variants
// meet: lower case, no diacritics, and the letters of Turkish, Nordic and
// Slavic alphabets that Unicode does not decompose mapped to Latin ones, so
// Doğan, Dogan and DOĞAN all fold to "dogan".
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// letters that carry no combining mark to strip.
var undecomposed = strings.NewReplacer(
	"ı", "i", "İ", "i", "ø", "o", "Ø", "o", "ł", "l", "Ł", "l", "đ", "d", "Đ", "d",
	"ß", "ss", "æ", "ae", "Æ", "ae", "œ", "oe", "Œ", "oe", "þ", "th", "ð", "d",
	"’", "'", "‘", "'", "ʼ", "'",
)

// Fold returns the comparison form of s. ASCII text, the common case, is
// only lower-cased; other text is decomposed (NFD) and stripped of its
// combining marks.
func Fold(s string) string {
	if IsASCII(s) {
		return strings.ToLower(s)
	}
	// lower case first, so capitals such as Ð meet the mapping of ð; the
	// letters Unicode does not decompose are mapped last, after stripping
	// marks has exposed them (ǣ → æ → ae)
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return unicode.ToLower(r)
	}, norm.NFD.String(strings.ToLower(s)))
	return undecomposed.Replace(s)
}

// IsASCII reports whether s is ASCII, whose fold is only its lower case.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
