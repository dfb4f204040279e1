// Package suggest finds the known name a mistyped one was meant to be, for
// the "did you mean" of an error message.
package suggest

import (
	"fmt"

	"github.com/agnivade/levenshtein"
)

// Closest returns the candidate nearest to word in edits, if it is near
// enough to be a typo (at most a third of the word's length, and at least
// one edit allowed), or "". Ties go to the earlier candidate, so the
// answer does not depend on anything but the order given.
func Closest(word string, candidates []string) string {
	best, bestDist := "", len(word)/3+1
	if bestDist < 2 {
		bestDist = 2
	}
	bestDist++ // the first candidate within the limit wins a tie
	for _, c := range candidates {
		if c == word {
			return ""
		}
		if d := levenshtein.ComputeDistance(word, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// DidYouMean is `; did you mean "x"?` for the candidate Closest finds, or
// "" when none is close.
func DidYouMean(word string, candidates []string) string {
	if c := Closest(word, candidates); c != "" {
		return fmt.Sprintf("; did you mean %q?", c)
	}
	return ""
}
