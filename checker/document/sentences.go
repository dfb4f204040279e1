package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/source"
)

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`mr mrs ms dr prof gov sen rep gen lt col sgt capt cmdr maj adm
		st jr sr no nos inc corp ltd co bros vs etc e.g i.e u.s u.k u.n u.s.a d.c a.m p.m
		jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig approx dept est rev hon pres supt insp det`) {
		abbreviations[a] = true
	}
}

// Sentences splits text into sentences: a period, question or exclamation
// mark (with any closing quotes or brackets after it) ends a sentence when
// white space and an upper-case letter, a digit or an opening quote follow,
// unless it ends an abbreviation or an initial ("Robert C. O'Brien").
func Sentences(text string) []source.Span {
	var out []source.Span
	start := skipSpace(text, 0)
	for i := 0; i < len(text); {
		at, r, size := nextStop(text[i:])
		if at < 0 {
			break
		}
		i += at + size
		end := i
		for end < len(text) {
			c, sz := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune("\"'”’)]", c) {
				break
			}
			end += sz
		}
		next := skipSpace(text, end)
		if next == end || next >= len(text) {
			continue
		}
		if !startsSentence(text[next:]) || (r == '.' && isAbbreviation(text[:i-1])) {
			continue
		}
		out = append(out, source.Span{Start: start, End: end})
		start, i = next, next
	}
	if start < len(text) {
		if end := trimRightSpace(text); end > start {
			out = append(out, source.Span{Start: start, End: end})
		}
	}
	return out
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([", r)
}

// isAbbreviation reports whether the word before a period is an abbreviation
// or a single-letter initial.
func isAbbreviation(before string) bool {
	w := before[strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' })+1:]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return knownAbbreviation(w)
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func trimRightSpace(s string) int {
	return len(strings.TrimRightFunc(s, unicode.IsSpace))
}
