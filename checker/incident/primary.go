package incident

import "github.com/factlint/factlint/checker/claim"

// ownPrimaries moves an event's primary mark off a figure that tells of
// another incident: extraction marks the body's first figure, and in a
// report that opens on a recalled shooting, a roundup or a site's list of
// other headlines, that figure is not the article's own. The mark goes to
// the first figure of the event that extraction could have marked and
// that is not of another incident (a stated one before a reckoning; not
// the headline's, which sums up a lead that told of another incident), or,
// where there is none, nowhere: the article then states no figure of its
// own.
func ownPrimaries(cs []*claim.Claim) {
	for _, p := range cs {
		if !p.Primary || p.Incident != Other {
			continue
		}
		p.Primary = false
		if c := ownFigure(cs, p.Event); c != nil {
			c.Primary = true
		}
	}
}

// ownFigure is the figure of event ev that stands for the article's own
// incident, or nil.
func ownFigure(cs []*claim.Claim, ev string) *claim.Claim {
	var derived *claim.Claim
	for _, c := range cs {
		if c.Kind != claim.Count || c.Event != ev || c.Incident == Other || c.Group == "" || c.Superseded || c.Scope != "" || c.Subset {
			continue
		}
		switch {
		case c.By == "shot-less-dead":
			if derived == nil {
				derived = c
			}
		case c.InHeadline:
			// a headline sums up what the lead tells, and the lead's
			// figure was another incident's (a roundup's)
		default:
			return c
		}
	}
	return derived
}
