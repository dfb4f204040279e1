package story

import (
	"bytes"
	"slices"

	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/fold"
)

// Identified reads the people a report identifies by name: "Police
// identified the victim as 16-year-old Ana Ruiz", "The man was identified
// as Tim Wren, 34", "identified the two men as Dana Whitlock and…". The
// police name the people of the event itself, the dead, the hurt, the one
// charged, and a follow-up weeks or months later is written about them; a
// count of the victims does not always carry the name ("the victim, 16,
// died" and later "identified as Ana Ruiz"), so the signature takes these
// too among its victims (Signature.Victims). Folded, sorted, unique; a
// description ("identified as a Quillon man") names no one.
func Identified(text []byte) []string {
	var out []string
	for i := 0; ; {
		at := bytes.Index(text[i:], []byte("identified "))
		if at < 0 {
			break
		}
		i += at + len("identified ")
		if name := identifiedName(text[i:]); name != "" {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// maxIdentifiedGap is how many words may stand between "identified" and
// its "as": "identified the two men shot there as".
const maxIdentifiedGap = 6

// identifiedName reads the name after "identified …as" in rest, "" when
// none follows within maxIdentifiedGap words of the sentence.
func identifiedName(rest []byte) string {
	for range maxIdentifiedGap + 1 {
		w, n := firstWord(rest)
		if w == "" || !lowerWord(w) || extract.AssailantNoun(extract.Singular(w)) {
			return "" // the one who shot: a victim's name is what a follow-up is written about
		}
		rest = rest[n:]
		if w == "as" {
			return nameAfterAs(rest)
		}
	}
	return ""
}

// nameAfterAs reads the person's name that opens rest, after an age
// ("16-year-old", "the 16-year-old"), written in two to four capitalized
// words and ended by the sentence's punctuation or a word of its grammar
// ("Ana Ruiz, 16", "Ana Ruiz and…"); "" for a description ("a Quillon
// man": an article is no name's).
func nameAfterAs(rest []byte) string {
	w, n := firstWord(rest)
	if w == "the" {
		rest = rest[n:]
		w, n = firstWord(rest)
	}
	if ageWord(w) {
		rest = rest[n:]
	}
	var words []byte
	count := 0
	for count < 4 {
		w, n := firstWord(rest)
		if w == "" || !capitalized(w) {
			break
		}
		words = append(append(words, ' '), w...)
		count++
		rest = rest[n:]
		if end := bytes.TrimLeft(rest, " "); len(end) == 0 || !wordByte(end[0]) && end[0] != '(' {
			return nameOf(words, count) // the name ends at its comma or full stop
		}
	}
	if w, _ := firstWord(rest); count < 2 || w != "" && !identifiedJoin[w] {
		return ""
	}
	return nameOf(words, count)
}

func nameOf(words []byte, count int) string {
	if count < 2 {
		return ""
	}
	return fold.Fold(string(bytes.TrimLeft(words, " ")))
}

// identifiedJoin are the words of a sentence's grammar that may follow an
// identified person's name: "Ana Ruiz and Tim Wren", "Ana Ruiz of
// Quillon", "Ana Ruiz, who".
var identifiedJoin = set(`and of who from in on at was were had has is`)

// firstWord is the word that opens b after its spaces (letters, digits and
// a name's or an age's marks: "O'Brien", "16-year-old", "Jr."), and how
// many bytes it and the spaces before it take; "" at a sentence's end.
func firstWord(b []byte) (string, int) {
	i := 0
	for i < len(b) && b[i] == ' ' {
		i++
	}
	j := i
	for j < len(b) && (wordByte(b[j]) || b[j] == '.' && j > i && j+1 < len(b) && b[j+1] == ' ' && j-i <= 3) {
		j++
	}
	return string(b[i:j]), j
}

func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigit(c) || c == '-' || c == '\'' || c >= 0x80
}

func lowerWord(w string) bool { return w != "" && 'a' <= w[0] && w[0] <= 'z' }

func capitalized(w string) bool {
	return len(w) >= 2 && 'A' <= w[0] && w[0] <= 'Z' && ('a' <= w[1] && w[1] <= 'z' || w[1] == '.' || w[1] == '\'' || w[1] >= 0x80)
}

// ageWord is an age written before a name: "16-year-old".
func ageWord(w string) bool {
	i := 0
	for i < len(w) && isDigit(w[i]) {
		i++
	}
	return i > 0 && i <= 3 && w[i:] == "-year-old"
}
