// Package fold reduces a name to the form under which its spelling variants
// meet: lower case, no diacritics, and the letters of Turkish, Nordic and
// Slavic alphabets that Unicode does not decompose mapped to Latin ones, so
// Doğan, Dogan and DOĞAN all fold to "dogan". Typographic variants are one
// spelling: O’Sullivan folds as O'Sullivan, Jean-Pierre as Jean Pierre.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// letters that carry no combining mark to strip.
var undecomposed = strings.NewReplacer(
	"ı", "i", "İ", "i", "ø", "o", "Ø", "o", "ł", "l", "Ł", "l", "đ", "d", "Đ", "d",
	"ß", "ss", "æ", "ae", "Æ", "ae", "œ", "oe", "Œ", "oe", "þ", "th", "ð", "d",
	"’", "'", "‘", "'", "ʼ", "'", "‐", " ", "‑", " ", "‒", " ", "–", " ",
)

// marks are the typographic variants of one spelling, in any text: an
// apostrophe is one mark, and a hyphen joins no more than a space does.
// Each opens with a byte mayHoldMark looks for (spelling_fast.go).
var marks = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "-", " ", "‐", " ", "‑", " ", "‒", " ", "–", " ")

// Fold returns the comparison form of s. ASCII text, the common case, is
// only lower-cased, and its hyphens made spaces; other text is decomposed
// (NFD) and stripped of its combining marks.
func Fold(s string) string {
	if IsASCII(s) {
		return strings.ToLower(strings.ReplaceAll(s, "-", " "))
	}
	s = strings.ReplaceAll(s, "-", " ")
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

// Spelling is s lower-cased with its typographic variants made one, its
// letters and marks kept: two texts of one Spelling are written the same
// way, where two of one Fold may differ in diacritics.
// Spaces are one mark too: a no-break or thin space, or two spaces where
// one was meant, write the same name as one space does; and so are the
// two encodings of one letter (é as one code point or as e and a combining
// accent: Unicode's NFC), which look the same on every screen.
func Spelling(s string) string {
	if !IsASCII(s) {
		s = norm.NFC.String(s)
	}
	if mayHoldMark(s) { // else marks.Replace would copy s unchanged (spelling_fast.go)
		s = marks.Replace(s)
	}
	return strings.ToLower(oneSpace(s))
}

// oneSpace makes every run of white space in s, Unicode's spaces included
// (no-break, thin, ideographic), one ASCII space; s itself when it has no
// such run, the common case, which costs no allocation.
func oneSpace(s string) string {
	prevSpace := false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (prevSpace || r != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	return s
}

// LowerOnly reports whether the fold of s is its lower case: ASCII with
// no hyphen.
func LowerOnly(s string) bool {
	return IsASCII(s) && !strings.Contains(s, "-")
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

// LowerASCII lower-cases the ASCII letters of s and leaves every other byte
// as it is, so offsets into the result are offsets into s (strings.ToLower
// may change a text's length: İ becomes i̇). Cue and dateline matchers
// search its result and cut the original at the same offsets.
func LowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			// b is never written again: the string is its bytes, one
			// allocation where string(b) would copy them into a second
			return unsafe.String(unsafe.SliceData(b), len(b))
		}
	}
	return s
}
