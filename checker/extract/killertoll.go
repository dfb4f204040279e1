// The killer's own death, told apart from his victims', joins the toll.

package extract

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// killerJoinsToll adds a killer's own death to the toll of his victims
// where the two are told in paragraphs of their own: "Two young girls were
// killed. … Their father shot them, then turned the gun on himself" is
// three dead, the toll news and the archives report (victimsAndSelf reads
// the two in one sentence). The toll must leave him out beyond doubt: it
// counts people by words that never count a killer (killersVictimNouns:
// "two daughters", "his girlfriend and her daughter") or as the object of
// his killing ("the gunman killed three people"), where "two people dead
// in a murder-suicide" may count him. His death must follow it, within a
// few paragraphs, told by a pattern of a suicide, as an assailant's ("the
// gunman was shot dead by officers") or as his, right after the killing
// ("killing two bailiffs before he was fatally shot"); where the
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
			c.Span.Start > toll.Span.End && c.Paragraph <= toll.Paragraph+reach && (killersDeath(c, toll) || x.killedBefore(c, toll))
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

// killedBefore: c is "he" or "she" dying right after "before" in the
// toll's paragraph, the killer's own death told after his killing
// ("killing two bailiffs before he was fatally shot by officers"): the one
// who dies before is the one who killed.
func (x *extractor) killedBefore(c, toll *claim.Claim) bool {
	return c.By == "pronoun-died" && c.Paragraph == toll.Paragraph && lastWordBefore(x.doc.Src, c.Span.Start) == "before"
}

// killingRightBefore: an active verb of killing ends right before offset at
// ("killed", "killing", "murdered"; not "were killed"), its subject no
// incident ("the shooting kills 2"): the figure at it is the object of a
// killer's killing, his victims, who never count him.
func killingRightBefore(src []byte, at int) bool {
	if !killingVerbs[lastWordBefore(src, at)] {
		return false
	}
	subject := lastWordBefore(src, wordStart(src, at))
	return !passiveAuxiliaries[subject] && !incidentNouns[subject] // "a shooting that killed two" may count him
}

// wordStart is the offset where the word that ends right before at starts.
func wordStart(src []byte, at int) int {
	end := at
	for end > 0 && src[end-1] == ' ' {
		end--
	}
	for end > 0 && (src[end-1] >= 'a' && src[end-1] <= 'z' || src[end-1] >= 'A' && src[end-1] <= 'Z') {
		end--
	}
	return end
}

// lastWordBefore is the word that ends right before offset at in src, in
// lower case ("" at a mark or the start).
func lastWordBefore(src []byte, at int) string {
	end := at
	for end > 0 && src[end-1] == ' ' {
		end--
	}
	start := end
	for start > 0 && (src[start-1] >= 'a' && src[start-1] <= 'z' || src[start-1] >= 'A' && src[start-1] <= 'Z') {
		start--
	}
	return strings.ToLower(string(src[start:end]))
}

// leavesKillerOut: the toll counts people by words that never count the
// killer, or lists only such people ("his girlfriend and her daughter").
func (x *extractor) leavesKillerOut(toll *claim.Claim) bool {
	if toll.By == "number" && killingRightBefore(x.doc.Src, toll.Span.Start) {
		return true // "the gunman killed three people": his victims
	}
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
