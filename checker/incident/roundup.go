package incident

import (
	"regexp"

	"github.com/factlint/factlint/checker/claim"
)

// roundupHeadline gives a headline's casualty count the incident and scope
// of the lead's figure of several incidents it repeats: a roundup's
// headline ("Weekend of gunfire leaves 3 dead") sums up the lead's total
// of several shootings ("a string of four shootings across the north side
// left three people dead"), so it is that total, not the toll of the scene
// the body goes on to tell. A value the body also gives of its own incident is left
// as it is: the headline may then be telling that one.
func roundupHeadline(cs []*claim.Claim) {
	lead := -1                    // the paragraph of the body's first casualty count
	var apart, own []*claim.Claim // the lead's figures of several incidents, and the body's of its own
	for _, c := range cs {
		if c.Kind != claim.Count || !casualtyEvents[c.Event] || c.InHeadline || c.Superseded {
			continue
		}
		if lead < 0 {
			lead = c.Paragraph
		}
		switch {
		case c.Paragraph == lead && c.Incident == Other && roundupCue.MatchString(c.Scope):
			apart = append(apart, c)
		case c.Incident == Main && c.Scope == "":
			own = append(own, c)
		}
	}
	if len(apart) == 0 {
		return
	}
	for _, h := range cs {
		if h.Kind != claim.Count || !h.InHeadline || !casualtyEvents[h.Event] || h.Incident == Other || h.Scope != "" {
			continue
		}
		if a := sameFigure(apart, h); a != nil && sameFigure(own, h) == nil {
			f := h.Edit()
			f.Incident, f.Scope = Other, a.Scope
		}
	}
}

// roundupCue matches the scopes (apartCue's) that gather several incidents
// of one spell: a roundup's, not a recalled date's or a separate shooting's.
var roundupCue = regexp.MustCompile(`^(?:shootings|incidents|citywide|city-wide|across the .*|a spate|a string of|a rash of|\d+-hour span|span of|in .*(?:hours|days))$`)

// sameFigure is the first of cs that tells h's event with h's number: the
// same value, or a lower bound of it, which a headline tells as the bare
// number ("6 injured" over "at least six injured").
func sameFigure(cs []*claim.Claim, h *claim.Claim) *claim.Claim {
	for _, c := range cs {
		if c.Event == h.Event && (c.Value == h.Value || c.Qualifier == claim.AtLeast && c.Value.Min == h.Value.Min) {
			return c
		}
	}
	return nil
}
