// Who speaks for the investigation of a shooting without being named: the
// force of the place ("deputies said") and a body set as a label
// ("Police: 5 shot"). The words are lexicon_authority.go's.

package extract

import (
	"strings"
	"unicode"
)

// ForceOfThePlace reports whether a source's words are a force's plural
// alone ("Deputies", "sheriff's deputies", "state troopers"): the body of
// the place, as "police" is.
func ForceOfThePlace(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 || !forceNouns[f[len(f)-1]] {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if !forceModifiers[w] {
			return false
		}
	}
	return true
}

// bodyLabelWords is the most words a label before a colon may have ("Harris
// County Medical Examiner:").
const bodyLabelWords = 4

// BodyLabel reports whether a text opens with a police or inquest body as
// a label, the way a headline or a summary line puts a statement to its
// source: "Police: 5 shot at a party", "Coroner: the victims were ...",
// "Deputies: three children hurt". The label is capitalized words, one
// of them the body's or its force's.
func BodyLabel(text string) bool {
	label, _, ok := strings.Cut(text, ": ")
	if !ok {
		return false
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > bodyLabelWords {
		return false
	}
	body := false
	for _, w := range words {
		if r := w[0]; r < 'A' || r > 'Z' {
			return false
		}
		lower := strings.ToLower(w)
		body = body || investigatingWord(lower, w) || forceNouns[lower]
	}
	return body
}

// namesAPoliceBody reports whether a name or a source's words hold the
// name of a police body of several words (investigatingPhrases: "the
// Department of Public Safety").
func namesAPoliceBody(text string) bool {
	for _, p := range investigatingPhrases {
		if i := strings.Index(text, p); i >= 0 && (i == 0 || text[i-1] == ' ') && (i+len(p) == len(text) || !unicode.IsLetter(rune(text[i+len(p)]))) {
			return true
		}
	}
	return false
}
