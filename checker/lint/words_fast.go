package lint

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerFields yields, one after the other, the words
// strings.FieldsFunc(strings.ToLower(text), sep) returns, without lowering
// the whole text or making the slice: the headline and lead are read for
// their words three times a document (headlineOrLeadHolds), and most of
// their words are lower case already, which strings.ToLower returns as
// they are. Lower case maps rune by rune, so a word's lower case is the
// lower-cased text's word, and sep is asked of the lowered rune as
// FieldsFunc asks it.
func lowerFields(text string, sep func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(text); {
			r, w := lowerRuneAt(text, i)
			switch {
			case !sep(r):
				if start < 0 {
					start = i
				}
			case start >= 0:
				if !yield(strings.ToLower(text[start:i])) {
					return
				}
				start = -1
			}
			i += w
		}
		if start >= 0 {
			yield(strings.ToLower(text[start:]))
		}
	}
}

// lowerRuneAt is the lower case of the rune at i and the rune's width; an
// invalid byte is utf8.RuneError, as strings.ToLower writes it.
func lowerRuneAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return rune(c), 1
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	return unicode.ToLower(r), w
}

// asciiWordByte marks the ASCII runes notWordRune keeps in a word:
// letters, digits, the hyphen and the apostrophe, looked up instead of
// asking the Unicode tables of every rune of a headline and lead.
var asciiWordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		r := rune(c)
		t[c] = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\''
	}
	return t
}()

// atLeastFields reports whether strings.FieldsFunc(s, sep) has n fields or
// more, counting them up to n instead of making the slice of every word
// of every sentence leadParagraph weighs.
func atLeastFields(s string, sep func(rune) bool, n int) bool {
	count, in := 0, false
	for _, r := range s {
		switch {
		case sep(r):
			in = false
		case !in:
			in = true
			if count++; count >= n {
				return true
			}
		}
	}
	return count >= n
}
