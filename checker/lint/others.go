package lint

import (
	"slices"

	"github.com/factlint/factlint/checker/claim"
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
func noteOthers(cs []*claim.Claim) {
	for _, p := range cs {
		if p.Kind != claim.Count || !p.Primary || p.Event == "" {
			continue
		}
		var others []claim.Interval
		for _, c := range cs {
			if c != p && c.Kind == claim.Count && c.Event == p.Event && !c.Superseded && !c.InHeadline &&
				c.Qualifier != claim.Vague && (c.Subset || c.Scope != "" || c.Cumulative) && !slices.Contains(others, c.Value) {
				others = append(others, c.Value)
			}
		}
		if !slices.Equal(others, p.Others) { // facets are copied only to change them
			p.Edit().Others = others
		}
	}
}
