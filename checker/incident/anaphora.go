package incident

import (
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// theSameOneApart gives a victim told again by a definite noun ("The man,
// 38, was pronounced dead") the incident and scope of the one that noun
// names back: the last person of its noun and event counted before it, in
// its paragraph or the one before, when that one was of another incident.
// A roundup that opens "A man was killed and five others were hurt in
// citywide shootings" tells the man's death again as "The man …": his
// death is the roundup's, not the article's own.
func theSameOneApart(cs []*claim.Claim) {
	type key struct{ event, subject string }
	last := map[key]*claim.Claim{} // the last count of each event and noun, read once in one pass
	for _, c := range cs {
		if c.Kind != claim.Count || c.Subject == "" {
			continue
		}
		k := key{c.Event, c.Subject}
		if p := last[k]; p != nil && c.Incident != Other && p.Incident == Other && p.Paragraph >= c.Paragraph-1 && definiteSingle(c) {
			c.Edit().Incident = Other
			if c.Scope == "" {
				c.Edit().Scope = p.Scope
			}
		}
		last[k] = c
	}
}

// definiteSingle: c is one victim told by a definite noun, "the man".
func definiteSingle(c *claim.Claim) bool {
	return c.By == "described-person" && c.Value == claim.Point(1) && strings.HasPrefix(strings.ToLower(c.Text), "the ")
}
