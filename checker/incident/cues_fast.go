package incident

import (
	"regexp"
	"strings"
)

// wordCues is a case-insensitive alternation of words and phrases between
// word boundaries, the expression `(?i)\b(?:w1|w2|…)\b`, asked only whether
// a text holds one. Go's engine runs such an alternation as a backtracking
// search from every byte of the text, and these cues are asked of every
// sentence that holds a casualty figure; wordCues compares bytes at the
// start of each word of the text instead, against the cues that begin
// with its letter. The expression is kept for the texts where case
// folding is more than ASCII's (holds): the Kelvin sign folds to k and the
// long s to s.
type wordCues struct {
	re      *regexp.Regexp
	byFirst [26][]string // the cues, in lower case, by their first letter
}

// newWordCues makes the cues of words, each in lower case and made of
// ASCII letters, spaces and hyphens, opening and ending on a letter.
func newWordCues(words ...string) wordCues {
	quoted := make([]string, len(words))
	w := wordCues{}
	for i, cue := range words {
		if cue == "" || !asciiLetter(cue[0]) || !asciiLetter(cue[len(cue)-1]) || cue != strings.ToLower(cue) {
			panic("wordCues: a cue must open and end on a lower-case letter: " + cue)
		}
		quoted[i] = regexp.QuoteMeta(cue)
		w.byFirst[cue[0]-'a'] = append(w.byFirst[cue[0]-'a'], cue)
	}
	w.re = regexp.MustCompile(`(?i)\b(?:` + strings.Join(quoted, "|") + `)\b`)
	return w
}

// holds reports whether text holds one of the cues, as re.MatchString does.
func (w *wordCues) holds(text string) bool {
	if foldsBeyondASCII(text) {
		return w.re.MatchString(text)
	}
	for i := 0; i < len(text); i++ {
		c := text[i] | 0x20 // lower case, for a letter
		if !asciiLetter(text[i]) || i > 0 && regexpWord(text[i-1]) {
			continue
		}
		for _, cue := range w.byFirst[c-'a'] {
			if hasFoldedPrefix(text[i:], cue) && !wordAt(text, i+len(cue)) {
				return true
			}
		}
	}
	return false
}

// foldsBeyondASCII reports whether text holds a letter that (?i) folds to
// an ASCII one: the Kelvin sign (K, to k) and the long s (ſ, to s).
func foldsBeyondASCII(text string) bool {
	return strings.Contains(text, "\u212a") || strings.Contains(text, "\u017f")
}

// hasFoldedPrefix reports whether s opens with cue (lower case, ASCII)
// in any case of its ASCII letters.
func hasFoldedPrefix(s, cue string) bool {
	if len(s) < len(cue) {
		return false
	}
	for k := 0; k < len(cue); k++ {
		c := s[k]
		if asciiLetter(c) {
			c |= 0x20
		}
		if c != cue[k] {
			return false
		}
	}
	return true
}

// wordAt reports whether text[i] is a byte of a word as \b reads one
// (an ASCII letter, a digit or an underscore); the end of text is none.
func wordAt(text string, i int) bool { return i < len(text) && regexpWord(text[i]) }

// regexpWord is \w of Go's expressions: ASCII letters, digits and "_".
func regexpWord(c byte) bool { return asciiLetter(c) || '0' <= c && c <= '9' || c == '_' }

func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// atHospital reports whether text holds "at the …hospital" as
// `(?i)\bat (?:the|a|an) [a-z ]*hospital\b` matches it: letters and spaces
// only between the article and "hospital".
func atHospital(text string) bool {
	if foldsBeyondASCII(text) {
		return atHospitalRe.MatchString(text)
	}
	for i := 0; i+len("at a hospital") <= len(text); i++ {
		if (text[i]|0x20) != 'a' || i > 0 && regexpWord(text[i-1]) {
			continue
		}
		for _, open := range [...]string{"at the ", "at a ", "at an "} {
			if hasFoldedPrefix(text[i:], open) && hospitalIn(text, i+len(open)) {
				return true
			}
		}
	}
	return false
}

// hospitalIn reports whether "hospital", ended by a word boundary, stands
// in the run of letters and spaces that starts at p.
func hospitalIn(text string, p int) bool {
	for j := p; j < len(text) && (asciiLetter(text[j]) || text[j] == ' '); j++ {
		if hasFoldedPrefix(text[j:], "hospital") && !wordAt(text, j+len("hospital")) {
			return true
		}
	}
	return false
}

var atHospitalRe = regexp.MustCompile(`(?i)\bat (?:the|a|an) [a-z ]*hospital\b`)

// mayOpenLiveUpdate reports whether text opens as liveUpdate may match it,
// with a digit or the u of "update": most paragraphs do not, and are not
// given to the expression.
func mayOpenLiveUpdate(text string) bool {
	return text != "" && ('0' <= text[0] && text[0] <= '9' || text[0]|0x20 == 'u')
}

// The month and year words of otherIncidentCue and recalledYear are asked
// of every sentence of a block that counts; most hold none, and those are
// not given to the expressions, whose search from every byte finds nothing.

// findMonths is monthWord.FindAllString(sentence, -1): none where no
// word opens with the three letters of a month's name.
func findMonths(sentence string) []string {
	if !mayNameMonth(sentence) {
		return nil
	}
	return monthWord.FindAllString(sentence, -1)
}

// mayNameMonth reports whether a word of s opens with the first three
// letters of a month's name, as each of monthWord's does.
func mayNameMonth(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'S' && (i == 0 || !regexpWord(s[i-1])) && monthOpenings[s[i:i+3]] {
			return true
		}
	}
	return false
}

var monthOpenings = map[string]bool{"Jan": true, "Feb": true, "Mar": true, "Apr": true, "May": true, "Jun": true,
	"Jul": true, "Aug": true, "Sep": true, "Oct": true, "Nov": true, "Dec": true}

// findYears is yearWord.FindAllStringIndex(sentence, -1): none where no
// "19" or "20" is written.
func findYears(sentence string) [][]int {
	if !strings.Contains(sentence, "19") && !strings.Contains(sentence, "20") {
		return nil
	}
	return yearWord.FindAllStringIndex(sentence, -1)
}

// findInYears is inYear.FindAllStringSubmatchIndex(sentence, -1): none
// where no "n 19" or "n 20" is written.
func findInYears(sentence string) [][]int {
	if !strings.Contains(sentence, "n 19") && !strings.Contains(sentence, "n 20") {
		return nil
	}
	return inYear.FindAllStringSubmatchIndex(sentence, -1)
}
