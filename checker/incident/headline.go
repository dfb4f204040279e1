package incident

import (
	"strings"
	"unicode"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/extract"
)

// markHeadlineClauses marks a headline's count as a part of the toll
// (weak "parts") when the headline tells, in a clause of its own after a
// semicolon, one more victim of the count's event in words: "2 shot dead
// at a block party; boy, 9, dies in the crush" tells three dead, of which
// the 2 are the shot. A headline with two counts of the event is
// markParts' to sum; only a headline with one is read here.
func markHeadlineClauses(cs []*claim.Claim, sents []sentence) {
	for i, c := range cs {
		if !c.InHeadline || c.Kind != claim.Count || c.Weak != "" || c.Group == "" || (c.Event != "killed" && c.Event != "injured") {
			continue
		}
		head := sents[i].text
		if strings.IndexByte(head, ';') < 0 || otherHeadlineCount(cs, c) {
			continue
		}
		if at := strings.Index(head, c.Text); at >= 0 && clauseTells(head, at, c) {
			c.Edit().Weak = "parts"
		}
	}
}

// otherHeadlineCount: the headline holds another count of c's event.
func otherHeadlineCount(cs []*claim.Claim, c *claim.Claim) bool {
	for _, o := range cs {
		if o != c && o.InHeadline && o.Kind == claim.Count && o.Event == c.Event {
			return true
		}
	}
	return false
}

// clauseTells reports whether a clause of head other than the one at
// byte at (clauses split at semicolons) tells a victim of c's group by
// kind and c's event in words ("boy, 9, dies"), and names no one of
// another group ("suspect dead" is not one of the victims).
func clauseTells(head string, at int, c *claim.Claim) bool {
	start := 0
	for _, clause := range strings.SplitAfter(head, ";") {
		end := start + len(clause)
		if (at < start || at >= end) && tellsVictim(clause, c) {
			return true
		}
		start = end
	}
	return false
}

// tellsVictim: a clause names a person by kind and c's event, and no one
// of a group other than c's.
func tellsVictim(clause string, c *claim.Claim) bool {
	person, event := false, false
	for _, w := range strings.FieldsFunc(clause, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		w = strings.ToLower(w)
		if g, ok := groupOf[w]; ok && g != c.Group {
			return false
		}
		person = person || descriptors[w]
		event = event || extract.EventOf(w) == c.Event
	}
	return person && event
}
