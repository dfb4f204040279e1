// The killer's own death, told apart from his victims', joins the toll.

package extract

import (
	"slices"

	"github.com/factlint/factlint/checker/claim"
)

// killerJoinsToll adds a killer's own death to the toll of his victims
// where the two are told in paragraphs of their own: "Two young girls were
// killed. … Their father shot them, then turned the gun on himself" is
// three dead, the toll news and the archives report (victimsAndSelf reads
// the two in one sentence). The toll must leave him out beyond doubt: it
// counts people by words that never count a killer (killersVictimNouns:
// "two daughters", "his girlfriend and her daughter"), where "two people
// dead in a murder-suicide" may count him. His death must follow it,
// within a few paragraphs, told by a pattern of a suicide or as an
// assailant's ("the gunman was shot dead by officers"); where the
// article adds them up itself, nothing is added. The sum stands where the
// toll does, which becomes a subset of it.
func (x *extractor) killerJoinsToll() {
	const reach = 3 // paragraphs after the toll in which the killer's death is told
	if slices.ContainsFunc(x.claims, func(c *claim.Claim) bool { return c.By == victimsAndSelfName }) {
		return
	}
	toll := x.primaries()["killed"]
	if toll == nil || toll.Value.Min != toll.Value.Max || isSuicide(toll.By) || !x.leavesKillerOut(toll) {
		return
	}
	i := slices.IndexFunc(x.claims, func(c *claim.Claim) bool {
		return c.Kind == claim.Count && c.Event == "killed" && !c.Superseded && c.Scope == "" && c.Value == claim.Point(1) &&
			c.Span.Start > toll.Span.End && c.Paragraph <= toll.Paragraph+reach && killersDeath(c, toll)
	})
	if i < 0 {
		return
	}
	sum := toll.Copy()
	sum.Value, sum.Subset, sum.Edit().By, sum.Edit().Subject = claim.Point(toll.Value.Min+1), false, killerJoinsName, "person"
	toll.Subset = true
	x.claims = append(x.claims, sum)
	slices.SortStableFunc(x.claims, func(a, b *claim.Claim) int { return a.Span.Start - b.Span.Start })
}

// killersDeath: c tells the killer's own death after the toll: a suicide
// told in a later paragraph (one in the toll's sentence is victimsAndSelf's
// to read), or an assailant killed ("the gunman was shot dead by
// officers", "the suspect died"), who is none of the victims the toll
// counts by words that never count him.
func killersDeath(c, toll *claim.Claim) bool {
	if isSuicide(c.By) {
		return c.Paragraph > toll.Paragraph
	}
	return assailantNouns[c.Subject] && c.By != shotHimselfName
}

// leavesKillerOut: the toll counts people by words that never count the
// killer, or lists only such people ("his girlfriend and her daughter").
func (x *extractor) leavesKillerOut(toll *claim.Claim) bool {
	if toll.By != singlesTotalName {
		return killersVictimNouns[singular(toll.Subject)]
	}
	members := 0
	for _, c := range x.claims {
		if c == toll || c.Kind != claim.Count || c.Event != "killed" || c.Span.Start < toll.Span.Start || c.Span.End > toll.Span.End {
			continue
		}
		if !killersVictimNouns[singular(c.Subject)] {
			return false
		}
		members++
	}
	return members >= 2
}
