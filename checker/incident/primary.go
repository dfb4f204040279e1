package incident

import (
	"regexp"
	"slices"

	"github.com/factlint/factlint/checker/claim"
)

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

// scopeRecalled gives a figure of another incident recalled by a date
// ("last summer", "in 2005", "killed in April") the words that recall it
// as its scope, where it is background: the article's body opens on a toll
// of its own incident and tells none of that event. A report of a shooting
// that left five wounded, recalling that "last summer one man was killed"
// there, tells no death of its own. The date may stand in an earlier
// sentence of the figure's paragraph, which it carries to ("a July
// shooting left a girl dead. Ana Ruiz was shot in the head and killed"):
// the figure is marked another incident's all the same, and unscoped it
// would stand as the article's toll. Where the body opens on the recalled
// incident, it is the article's own, told by its date (a report on a
// trial or a funeral), and the figures stay unscoped.
func scopeRecalled(cs []*claim.Claim, recalled map[*claim.Claim]string) {
	if len(recalled) == 0 {
		return
	}
	lead := slices.IndexFunc(cs, func(c *claim.Claim) bool {
		return c.Kind == claim.Count && casualtyEvents[c.Event] && c.Group != "" && !c.InHeadline
	})
	if lead < 0 {
		return
	}
	// a body that opens on the recalled incident tells it as its own,
	// unless the headline tells a toll of another event: "One teen
	// wounded" over a body that opens on "in 1993 a doctor was shot dead"
	// is a report of the wounding with a history for background
	headline := cs[lead].Incident == Other
	for c, cue := range recalled {
		if headline && !headlineTollBeside(cs, c.Event) {
			continue
		}
		if !slices.ContainsFunc(cs, func(o *claim.Claim) bool { return ownToll(o) && o.Event == c.Event }) {
			c.Edit().Scope = cue
		}
	}
}

// headlineTollBeside: the headline gives a casualty figure of the
// article's own incident, and none of event ev.
func headlineTollBeside(cs []*claim.Claim, ev string) bool {
	own := false
	for _, c := range cs {
		if c.Kind != claim.Count || !casualtyEvents[c.Event] || !c.InHeadline || c.Group == "" {
			continue
		}
		if c.Event == ev || c.Event == "shot" || c.Incident == Other {
			return false
		}
		own = true
	}
	return own
}

// ownToll: c is a casualty figure of the article's own incident, told in
// its body.
func ownToll(c *claim.Claim) bool {
	return c.Kind == claim.Count && casualtyEvents[c.Event] && c.Incident != Other && !c.InHeadline &&
		!c.Superseded && c.Scope == "" && c.Value.Max > 0
}

// ownDatedLead gives back to the article the figures of its first
// casualty sentence that only a date of their own scoped ("his
// stepdaughter was shot last week", "a Wednesday morning shooting that
// injured three", "earlier this month"), where the article tells no
// unscoped figure of their event: a report on an arrest, a charge or a
// funeral tells its own shooting by when it happened, and its lead is that
// shooting. A figure of several incidents, over a span ("in the last 17
// days") or of a year keeps its scope, and so do later sentences, which may
// recall another shooting. The date made the lead's figures of another
// incident; they are the article's own.
func ownDatedLead(cs []*claim.Claim) {
	lead := slices.IndexFunc(cs, func(c *claim.Claim) bool {
		return c.Kind == claim.Count && casualtyEvents[c.Event] && c.Group != "" && !c.InHeadline
	})
	if lead < 0 {
		return
	}
	for ev := range casualtyEvents {
		if slices.ContainsFunc(cs, func(c *claim.Claim) bool {
			return c.Kind == claim.Count && c.Event == ev && !c.Superseded && c.Scope == ""
		}) {
			continue
		}
		given := false
		for _, c := range cs[lead:] {
			if c.Line != cs[lead].Line {
				break
			}
			if c.Kind == claim.Count && c.Event == ev && !c.Superseded && datingScope.MatchString(c.Scope) {
				c.Edit().Scope, c.Edit().Incident = "", Main
				given = true
			}
		}
		if c := ownFigure(cs, ev); given && c != nil {
			c.Primary = true
		}
	}
}

// datingScope matches the scopes that only date one event: "last week",
// "earlier this month", "a recent shooting", "an overnight shooting".
var datingScope = regexp.MustCompile(`^(?:last (?:week|weekend|month|year|night|\w+day)|earlier (?:this|last) (?:week|month|year)|this (?:week|weekend|month)|(?:a|an) (?:\w+ ){0,3}(?:shooting|attack|incident))$`)
