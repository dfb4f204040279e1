package extract

import (
	"testing"

	"github.com/factlint/factlint/checker/claim"
)

// The killer's own death, told a paragraph after the toll of his victims,
// joins it where the toll's words leave him out, and not where they may
// count him.
func TestTheKillersDeathJoinsATollThatLeavesHimOut(t *testing.T) {
	for _, tc := range []struct {
		text string
		want float64
	}{
		{"Two bailiffs were killed at the courthouse on Monday.\n\nThe inmate who shot them later turned the gun on himself.\n", 3},
		{"Two men were killed at the courthouse on Monday.\n\nThe inmate who shot them later turned the gun on himself.\n", 2},
		{"Two bailiffs were killed at the courthouse on Monday.\n\nA deputy said the inmate had tried to turn the gun on himself.\n", 2},
	} {
		var primary *claim.Claim
		for _, c := range ofKind(claimsOf(t, tc.text), claim.Count) {
			if c.Event == "killed" && c.Primary {
				primary = c
			}
		}
		if primary == nil || primary.Value != claim.Point(tc.want) {
			t.Errorf("%q: primary killed %+v, want %v", tc.text, primary, tc.want)
		}
	}
}
