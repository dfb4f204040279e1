package lint

import (
	"testing"

	"github.com/factlint/factlint/checker/claim"
)

// The parts a sentence tells add up to a figure the article states; a
// sentence that sums its parts itself, or tells one part, adds none.
func TestPartsTold(t *testing.T) {
	sub := func(n float64, paragraph int, by string) *claim.Claim {
		return &claim.Claim{Facets: &claim.Facets{Kind: claim.Count, Event: "injured", Qualifier: claim.Exact, By: by},
			Subset: true, Paragraph: paragraph, Value: claim.Point(n)}
	}
	cs := []*claim.Claim{sub(2, 1, "number"), sub(8, 1, "number"), sub(3, 2, "number"), sub(1, 3, "number"), sub(2, 3, "number"), sub(3, 3, "group-total")}
	got := partsTold(cs, "injured")
	if len(got) != 1 || got[0] != claim.Point(10) {
		t.Errorf("parts told = %v, want [10]", got)
	}
}
