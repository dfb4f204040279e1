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
		"PERCENT ", "Half ", "Most ", "two-thirds ", "Six ", "none ", "dozens ", "who ", "published ",
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

// The hash filters only spare asking the lists: the share and partitive
// tests must answer as asking every token of random sentences of share
// words, partitive heads, number words and look-alikes, in any case.
func TestFilteredTestsAnswerAsAskingEveryToken(t *testing.T) {
	pieces := []string{
		"percent ", "Percent ", "% ", "half ", "HALF ", "halves ", "third ", "thirds ", "two-thirds ", "Three-Quarters ",
		"quarter ", "majority ", "Majorities ", "plurality ", "in ", "In ", "out ", "Out ", "of ", "OF ", "six ", "10 ", "Six ",
		"most ", "Most ", "many ", "none ", "both ", "dozens ", "Hundreds ", "one ", "the ", "voters ", "said ",
		"percentage ", "ha", "lf ", "-", "'s ", "é ", "Ünal ", ", ", ". ",
	}
	var shares, partitives [2]int
	for text := range piecetext.Texts(26, 30000, 8, pieces...) {
		toks := tokenize(text)
		share, partitive := false, false
		for i := range toks {
			share = share || shareWord(toks, i)
			h := &toks[i]
			partitive = partitive || partitiveHeads[h.lower] || h.in(cNumberHead) && i+1 < len(toks) && toks[i+1].is("of", "in")
		}
		if got := holdsShareWord(toks); got != share {
			t.Fatalf("holdsShareWord(%q) = %v, asking every token says %v", text, got, share)
		}
		if got := holdsPartitiveOpening(toks); got != partitive {
			t.Fatalf("holdsPartitiveOpening(%q) = %v, asking every token says %v", text, got, partitive)
		}
		shares[b2i(share)]++
		partitives[b2i(partitive)]++
	}
	if shares[0] == 0 || shares[1] == 0 || partitives[0] == 0 || partitives[1] == 0 {
		t.Errorf("the random sentences do not test both answers: shares %v, partitives %v", shares, partitives)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
