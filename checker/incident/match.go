package incident

import (
	"regexp"
	"strings"
)

// phrases is a cue expression with the words one of which every match holds
// (its anchors). A text with none of them is never given to the expression,
// which is most sentences, and the expression runs without case folding on
// the text's ASCII lower case: Go's expressions cost most on long texts and
// on case-insensitive alternations, and these cues are asked of every
// sentence that holds a casualty figure.
type phrases struct {
	re *regexp.Regexp
	// anchors by their first word: the words that may follow it ("" for a
	// one-word anchor)
	anchors map[string][]string
}

// newPhrases compiles expr, written in lower case, with its anchors of one
// or two words.
func newPhrases(expr string, anchors ...string) phrases {
	p := phrases{re: regexp.MustCompile(expr), anchors: map[string][]string{}}
	for _, a := range anchors {
		first, next, _ := strings.Cut(a, " ")
		p.anchors[first] = append(p.anchors[first], next)
	}
	return p
}

// find returns the first match in lower (a text's fold.LowerASCII form), or "".
func (p phrases) find(lower string) string {
	if p.anchored(lower) {
		return p.re.FindString(lower)
	}
	return ""
}

// anchored reports whether lower holds an anchor, word by word: one pass
// and a lookup a word, where asking for each anchor would scan the text
// once an anchor.
func (p phrases) anchored(lower string) bool {
	prev := []string(nil) // the words that may follow the previous word
	for i := 0; i < len(lower); {
		for i < len(lower) && !wordByte(lower[i]) {
			i++
		}
		j := i
		for j < len(lower) && wordByte(lower[j]) {
			j++
		}
		if i == j {
			break
		}
		w := lower[i:j]
		for _, n := range prev {
			if n == w {
				return true
			}
		}
		prev = nil
		if next, ok := p.anchors[w]; ok {
			for _, n := range next {
				if n == "" {
					return true
				}
			}
			prev = next
		}
		i = j
	}
	return false
}

// wordByte is a byte of a word: a letter, a digit, an apostrophe or a
// hyphen ("city-wide", "48-hour" are one word each).
func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '\'' || c == '-' || c >= 0x80
}
