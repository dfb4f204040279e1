package extract

import (
	"testing"

	"github.com/factlint/factlint/internal/piecetext"
)

// A pattern's sentence test must hold wherever the pattern matches:
// otherwise attributionPatternAt, which skips the pattern on a sentence
// that fails it, would read otherwise than trying every pattern in turn.
// Random sentences of the words the tested patterns read (verbs of saying
// and stance, "by", participles, relatives, quotes, names) must make each
// tested pattern match somewhere, and fail its test somewhere, for the
// check to say anything.
func TestSentenceTestsHoldWhereTheirPatternsMatch(t *testing.T) {
	pieces := []string{
		"said ", "says ", "told ", "argued ", "opposed ", "support ", "was ", "were ", "reported ", "asked ",
		"percent ", "% ", "half ", "six ", "in ", "10 ", "40 ", "of ", "most ", "many ", "them ", "whom ",
		"by ", "the ", "voters ", "officials ", "he ", "she ", "that ", "and ", "Ruiz ", "Webb ",
		"Democrats ", "a ", "majority ", "poll ", "critics ", "were ", "predicting ", "rejected ",
		", ", ". ", "“", "” ", "according ", "to ", "reporters ", "Asked ", "when ", "pressed ",
	}
	matched := map[string]int{}
	failed := map[string]int{}
	for text := range piecetext.Texts(15, 30000, 14, pieces...) {
		toks := tokenize(text)
		inQuote := quotedIndex(nil, len(toks), findQuotes(nil, toks))
		for k := nextTrigger(toks, 0); k < len(toks); k = nextTrigger(toks, k+1) {
			if inQuote[k] {
				continue
			}
			for i := range attributionPatterns {
				p := &attributionPatterns[i]
				if p.sentence == nil {
					continue
				}
				s := cueSite{toks: toks, inQuote: inQuote}
				s.at(k)
				_, _, m := p.read(&s)
				holds := p.sentence(toks)
				if m {
					matched[p.name]++
				}
				if !holds {
					failed[p.name]++
				}
				if m && !holds {
					t.Fatalf("%s matches at %q in %q, whose sentence fails its test", p.name, toks[k].text, text)
				}
			}
		}
	}
	for i := range attributionPatterns {
		if p := &attributionPatterns[i]; p.sentence != nil && (matched[p.name] == 0 || failed[p.name] == 0) {
			t.Errorf("%s: matched %d times, its test failed %d times: the random sentences test nothing", p.name, matched[p.name], failed[p.name])
		}
	}
}
