package extract

import (
	"testing"

	"github.com/factlint/factlint/checker/claim"
)

// A death told by its rank raises the toll past the lower figures before
// it, and a lower rank told after it (the story retold) replaces nothing.
func TestARankedDeathIsTheToll(t *testing.T) {
	cs := claimsOf(t, "Two people were shot dead outside the depot on Friday.\n\n"+
		"A third victim has died, the coroner said.\n\n"+
		"Neighbours said a second victim died on the way to the hospital.\n")
	var primary *claim.Claim
	for _, c := range ofKind(cs, claim.Count) {
		if c.Event != "killed" {
			continue
		}
		if c.Primary {
			primary = c
		}
		switch {
		case c.Text == "Two people" && !c.Superseded:
			t.Errorf("%q not superseded by the third death", c.Text)
		case c.By == "ordinal-death" && c.Value.Min == 3 && c.Superseded:
			t.Errorf("%q superseded by a lower rank told later", c.Text)
		}
	}
	if primary == nil || primary.Value != claim.Point(3) {
		t.Fatalf("primary killed = %+v, want 3", primary)
	}
}
