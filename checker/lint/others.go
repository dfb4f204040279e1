package lint

import (
	"github.com/factlint/factlint/checker/incident"
	"slices"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/extract"
)

// noteOthers gives each primary count the values of the article's other
// counts of the same event that count a part or another scope (a subset, a
// scope, a running total), so rules across articles can tell a rival total
// from a part the article also states: an article that says "five
// injured" of one shooting and "16 wounded across the city" does not
// contradict one that says 16, nor one whose "seven treated and released"
// is part of the ten this one counts. Another total of the article is not
// an excuse: two totals in one article are death-toll-within's, and a
// cross-source conflict stays one. The headline's figures are left out:
// a headline that disagrees with its body is headline-figure-backed's, and
// no proof that the body's figure is not a rival; so are vague ones
// ("several"), which would meet almost any figure.
//
// A headline's figure is one more where the primary is doubted as a part
// of its article's toll (headlineWhole): "Four men were shot and a woman
// was hurt as she fled" under "5 hurt" is a part, and the headline tells
// the whole another article's five agrees with.
//
// The sum of a sentence's parts is one more (partsTold): "the victims,
// two juveniles and eight adults, were taken to hospitals" tells ten, which
// another article's ten agrees with.
func noteOthers(cs []*claim.Claim) {
	sums := map[string][]claim.Interval{} // partsTold of each event, read once
	for _, p := range cs {
		if p.Kind != claim.Count || !p.Primary || p.Event == "" {
			continue
		}
		if _, ok := sums[p.Event]; !ok {
			sums[p.Event] = partsTold(cs, p.Event)
		}
		var others []claim.Interval
		for _, c := range cs {
			if c != p && c.Kind == claim.Count && c.Event == p.Event && !c.Superseded && (!c.InHeadline || headlineWhole(p, c)) &&
				c.Qualifier != claim.Vague && (c.Subset || c.Scope != "" || c.Cumulative || c.InHeadline) && !slices.Contains(others, c.Value) {
				others = append(others, c.Value)
			}
		}
		for _, sum := range sums[p.Event] {
			if !slices.Contains(others, sum) {
				others = append(others, sum)
			}
		}
		if !slices.Equal(others, p.Others) { // facets are copied only to change them
			p.Edit().Others = others
		}
	}
}

// part reports whether a count of an event is told as a part of its
// sentence's toll (a subset: "including two juveniles and eight adults").
// Only parts that extraction marks are summed: a figure beside them ("Five
// people were shot, including a girl") is their whole, not one more part.
func part(c *claim.Claim, event string) bool {
	return c.Kind == claim.Count && c.Event == event && !c.Superseded && !c.InHeadline && c.Qualifier != claim.Vague && c.Subset
}

// partsTold are the sums of the parts of an event that the body's
// sentences tell two or more of, each sentence once; a sentence that adds
// up its parts itself (extract.Derived: "three women and one man were
// injured") already tells its sum as a count.
func partsTold(cs []*claim.Claim, event string) []claim.Interval {
	var sums []claim.Interval
	for i := 0; i < len(cs); {
		j, n, derived := i+1, 0, false
		for j < len(cs) && sameSentence(cs[j], cs[i]) {
			j++
		}
		sum := claim.Interval{}
		for _, c := range cs[i:j] {
			derived = derived || c.Kind == claim.Count && c.Event == event && extract.Derived(c.By)
			if part(c, event) {
				sum, n = claim.Interval{Min: sum.Min + c.Value.Min, Max: sum.Max + c.Value.Max}, n+1
			}
		}
		if n >= 2 && !derived {
			sums = append(sums, sum)
		}
		i = j
	}
	return sums
}

// headlineWhole: c is a headline's figure of the primary p's own incident
// and p is doubted as a part of the toll (a breakdown, a condition), so
// the headline may state the whole p is a part of.
func headlineWhole(p, c *claim.Claim) bool {
	return c.InHeadline && p.Weak != "" && c.Incident != incident.Other && c.Scope == "" && !c.Subset
}
