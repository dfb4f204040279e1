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

// ForceActing is the words where a text tells the force of the place, or
// a police body by its initials, act as the subject of a verb ("Police are
// investigating", "police arrested a man", "Deputies have not released
// the names", "LMPD responded to a shooting"), or "". Such a force is
// the one "police said" names: the police of the place the story is
// about, which counts the victims. A noun after the force word ("police
// officers", "a police shooting", "police tape") makes it no subject, and
// a force told with "and" ("police and firefighters responded") is left
// out, as is any force word after a capitalized one, which may name a
// body of another place ("Military police").
func ForceActing(text string) string {
	words := strings.Fields(text)
	for i := 0; i+1 < len(words); i++ {
		raw := strings.Trim(words[i], `"“”‘’'(`)
		w := strings.ToLower(raw)
		if w != "police" && !forceNouns[w] && !policeInitials(raw) || strings.ContainsAny(words[i], ",.;:") {
			continue
		}
		if i > 0 && namesAnotherBody(words, i-1) {
			continue
		}
		next := strings.ToLower(strings.TrimRight(words[i+1], ",.;:"))
		if actingAuxiliaries[next] || actingStatements[next] || forceVerbPast(next) {
			return words[i] + " " + words[i+1]
		}
	}
	return ""
}

// forceVerbPast reports whether a word is a verb's past form, regular
// ("identified") or irregular ("found", "shot"): a participle in -ing
// after a force word is mostly a noun's ("a police shooting").
func forceVerbPast(w string) bool {
	return !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly") && isVerbForm(w)
}

// namesAnotherBody reports whether the word before a force word may name
// a body of its own ("Military police"): a capitalized word that neither
// opens its sentence ("Later police ...") nor is a day or a month ("On
// Monday police ...").
func namesAnotherBody(words []string, k int) bool {
	w := words[k]
	if !upperFirst(w) || endsSentence(w) || k == 0 || endsSentence(words[k-1]) {
		return false
	}
	lower := strings.ToLower(strings.Trim(w, ",;"))
	return !weekdays[lower] && !months[lower]
}

func endsSentence(w string) bool {
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
}
