package story

import (
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// An article's own toll, its primary killed and injured figures together
// ("3 killed, 2 injured"), is a key of its own. Many of a run's reports
// give any one toll, so it never finds candidates and says nothing across
// days; but two reports of the same or the next day that give the same
// toll of two or more and share one more name, however common (a city),
// most likely tell one event (tollWeight). A toll of one is every other
// report's, so it gives no key.
const tollInjured = " injured"

// tollKey is the toll key of an article's claims, "" when it gives no
// exact primary figure or a toll of less than two.
func tollKey(cs []*claim.Claim) string {
	killed, injured := -1, -1
	for _, c := range cs {
		if c.Kind != claim.Count || !c.Primary || c.Value.Min != c.Value.Max {
			continue
		}
		n := c.Value.Min
		if n < 0 || n > 1e6 || n != float64(int(n)) {
			continue
		}
		switch {
		case c.Event == "killed" && killed < 0:
			killed = int(n)
		case c.Event == "injured" && injured < 0:
			injured = int(n)
		}
	}
	if killed < 0 && injured < 0 || max(killed, 0)+max(injured, 0) < 2 {
		return ""
	}
	return strconv.Itoa(max(killed, 0)) + " killed, " + strconv.Itoa(max(injured, 0)) + tollInjured
}

// isTollKey reports whether a key is a toll key (tollKey): a name's key
// never is, since nameKeys trims the commas of its words.
func isTollKey(key string) bool {
	killed, injured, ok := strings.Cut(key, " killed, ")
	if !ok || !strings.HasSuffix(injured, tollInjured) {
		return false
	}
	_, err1 := strconv.Atoi(killed)
	_, err2 := strconv.Atoi(strings.TrimSuffix(injured, tollInjured))
	return err1 == nil && err2 == nil
}

// tollWeight is what a shared toll weighs in reports of the same or the
// next day: with any other shared name that the run does not make
// negligible it clears dayBar; alone it does not (on gva, same-day reports
// of one toll and nothing else in common were more often two events than
// one).
const tollWeight = 0.9
