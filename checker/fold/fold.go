// Package fold reduces a name to the form under which its spelling variants
// meet: lower case, no diacritics, and the letters of Turkish, Nordic and
// Slavic alphabets that Unicode does not decompose mapped to Latin ones, so
// Doğan, Dogan and DOĞAN all fold to "dogan".
package fold

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// letters that carry no combining mark to strip.
var undecomposed = strings.NewReplacer(
	"ı", "i", "İ", "i", "ø", "o", "Ø", "o", "ł", "l", "Ł", "l", "đ", "d", "Đ", "d",
	"ß", "ss", "æ", "ae", "Æ", "ae", "œ", "oe", "Œ", "oe", "þ", "th", "ð", "d",
	"’", "'", "‘", "'", "ʼ", "'",
)

// Fold returns the comparison form of s.
func Fold(s string) string {
	s = undecomposed.Replace(s)
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}
