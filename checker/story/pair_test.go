package story

import (
	"slices"
	"testing"
)

// WeighPair weighs a pair as the grouping does: the weight it reports for
// two tied reports is the weight their evidence gives, their window sets
// the bar, and a pair that shares too little is no tie and two stories.
func TestWeighPairAgreesWithTheGrouping(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2026-03-01", "Perpetua Lindqvist", "Halvard Street"),
		doc("b.md", "2026-03-02", "Perpetua Lindqvist", "Halvard Street"),
		doc("c.md", "2026-03-02", "Ottoline Brack"),
		doc("d.md", "2026-05-20", "Halvard Street"),
	}
	p := WeighPair(docs, Infer, 0, 1)
	if !p.Direct || !p.Story || p.Window != "the same or the next day" || p.Need != dayBar {
		t.Errorf("a.md and b.md: %+v", p)
	}
	var keys []string
	for _, k := range p.Shared {
		keys = append(keys, k.Key)
	}
	if !slices.Contains(keys, "perpetua lindqvist") || !slices.Contains(keys, "halvard street") {
		t.Errorf("shared keys %q", keys)
	}
	for _, st := range Explain(docs, Infer) {
		for k, f := range st.Files {
			if f == "a.md" && st.Why[k] == "" {
				t.Errorf("a.md has no evidence")
			}
		}
	}
	if q := WeighPair(docs, Infer, 0, 2); q.Direct || q.Story || len(q.Shared) != 0 {
		t.Errorf("a.md and c.md share nothing: %+v", q)
	}
	far := WeighPair(docs, Infer, 0, 3)
	if far.Window != "within 120 days" || far.Need != farBar || far.Direct {
		t.Errorf("a.md and d.md, a street in common 80 days apart: %+v", far)
	}
}

// Two copies of one report (the same names and date) are one story as
// copies, whatever their names weigh.
func TestWeighPairOfCopies(t *testing.T) {
	docs := []Doc{
		doc("wire.md", "2026-03-01", "Perpetua Lindqvist", "Halvard Street"),
		doc("reprint.md", "2026-03-01", "Perpetua Lindqvist", "Halvard Street"),
	}
	if p := WeighPair(docs, Infer, 0, 1); !p.Copy || !p.Story {
		t.Errorf("copies: %+v", p)
	}
}
