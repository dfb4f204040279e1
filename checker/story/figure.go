package story

import (
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// An article's own casualty figure of two or more ("two people were
// killed", marked Primary by extraction) is a key of its own: "2 killed".
// Like an age (age.go) it says nothing across days, and many of a run's
// reports write any one figure; but two reports of the same or the next
// day that give the same toll and share one more thing (a rare word, a
// victim's age) most likely tell one event (figureWeight). A toll of one
// is every other report's, so it gives no key.
var figureEvents = map[string]bool{"killed": true, "injured": true, "shot": true}

// figureKey is the figure key of a count claim, "" for other claims.
func figureKey(c *claim.Claim) string {
	if c.Kind != claim.Count || !c.Primary || !figureEvents[c.Event] || c.Value.Min != c.Value.Max {
		return ""
	}
	n := c.Value.Min
	if n < 2 || n > 1e6 || n != float64(int(n)) {
		return ""
	}
	return strconv.Itoa(int(n)) + " " + c.Event
}

// isFigureKey reports whether a key is a figure key (figureKey): a name's
// key never is, since a name never starts with a number and a verb.
func isFigureKey(key string) bool {
	num, event, ok := strings.Cut(key, " ")
	if !ok || !figureEvents[event] {
		return false
	}
	_, err := strconv.Atoi(num)
	return err == nil
}
