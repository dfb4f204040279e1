package incident

import "github.com/factlint/factlint/checker/claim"

// Parts and moments read from the figures themselves: where no word of a
// sentence says that its figure is a part of the toll or an earlier count
// of it, the arithmetic of the article's own figures can. A sentence's
// figures that add up to a toll told elsewhere are that toll's parts; a
// sentence that accounts for as many victims as another, with fewer of
// them dead, tells an earlier moment, before a victim died. Neither is a
// rival to the toll, so neither raises a doubt.

// toll is what one sentence says of one group: its figures of each event,
// summed when it tells several ("one person shot in the street and three
// more in a nearby home").
type toll struct {
	killed, injured   claim.Interval
	nKilled, nInjured int
	claims            []*claim.Claim
}

type sentenceGroup struct {
	sentence
	group string
}

// tollsBySentence sums the exact counts of the killed and the injured of
// each sentence and group. Estimates, vague and superseded figures and
// figures of another incident are left out: their sum says nothing. A
// count with no verb of its own after a casualty count of its sentence
// shares that count's event and group: "one person shot in the street and
// three more in a nearby home" tells four shot.
func tollsBySentence(cs []*claim.Claim, sents []sentence) (map[sentenceGroup]*toll, []sentenceGroup) {
	m := map[sentenceGroup]*toll{}
	var order []sentenceGroup
	var last *claim.Claim // the sentence's last casualty count, whose event an elliptical count shares
	for i, c := range cs {
		if i > 0 && sents[i] != sents[i-1] {
			last = nil
		}
		event, group := c.Event, c.Group
		if c.Kind == claim.Count && event == "" && last != nil && elliptical(c) {
			event, group = last.Event, last.Group
		}
		if c.Kind != claim.Count || group == "" || c.Incident == Other || c.Superseded || c.Scope != "" ||
			c.Qualifier != claim.Exact || sents[i].block == nil || (event != "killed" && event != "injured") {
			continue
		}
		last = c
		k := sentenceGroup{sents[i], group}
		t := m[k]
		if t == nil {
			t = &toll{}
			m[k] = t
			order = append(order, k)
		}
		if event == "killed" {
			t.killed, t.nKilled = add(t.killed, c.Value), t.nKilled+1
		} else {
			t.injured, t.nInjured = add(t.injured, c.Value), t.nInjured+1
		}
		t.claims = append(t.claims, c)
	}
	return m, order
}

// elliptical: a count of people with no noun or a person's, whose verb is
// the one before it ("and three more in a nearby home").
func elliptical(c *claim.Claim) bool {
	return c.Subject == "" || c.Subject == "other" || c.Subject == "person" || c.Subject == "people"
}

// maxTollSentences bounds the sentences with tolls whose sums markParts
// compares pairwise; news tells its tolls in far fewer.
const maxTollSentences = 64

func add(a, b claim.Interval) claim.Interval {
	return claim.Interval{Min: a.Min + b.Min, Max: a.Max + b.Max}
}

// markParts marks the figures of a sentence that are parts of a toll told
// in another sentence (weak "parts"), and those of a sentence that tells
// an earlier moment of the same victims (weak "earlier"). A figure that
// already has a doubt keeps it.
func markParts(cs []*claim.Claim, sents []sentence) {
	tolls, order := tollsBySentence(cs, sents)
	if len(order) > maxTollSentences {
		return // a pasted table of tolls: every pair would cost the square of its rows
	}
	for _, k := range order {
		t := tolls[k]
		for _, o := range order {
			u := tolls[o]
			if o == k || o.group != k.group {
				continue
			}
			switch {
			case t.nKilled > 1 && u.nKilled > 0 && t.killed.Overlaps(u.killed),
				t.nInjured > 1 && u.nInjured > 0 && t.injured.Overlaps(u.injured):
				doubt(t.claims, "parts")
			case t.nKilled > 0 && t.nInjured > 0 && u.nKilled > 0 && u.nInjured > 0 &&
				add(t.killed, t.injured).Overlaps(add(u.killed, u.injured)) && t.killed.Max < u.killed.Min:
				// "found two people shot to death and three wounded" beside
				// "four people were killed and one wounded": the same five,
				// two of the wounded dead since
				doubt(t.claims, "earlier")
			}
		}
	}
}

// markFatesOfAGroup marks a casualty count that tells the fate of some of
// a group its sentence counted before it with no verb of casualty, or set
// apart from the toll by "other" or "more" (weak "parts"): "two other victims were taken to hospitals, where one was
// pronounced dead" tells of one of the two, not the toll.
func markFatesOfAGroup(cs []*claim.Claim, sents []sentence) {
	var group float64 // the largest group counted so far in the sentence, 0 for none
	for i, c := range cs {
		if i > 0 && sents[i] != sents[i-1] {
			group = 0
		}
		if c.Kind != claim.Count {
			continue
		}
		if casualtyEvents[c.Event] && c.Group != "" && c.Value.Max < group && c.Weak == "" {
			c.Edit().Weak = "parts"
		}
		// a group: people counted with no verb of casualty, or a group
		// already set apart from the toll ("two other victims")
		if c.Qualifier == claim.Exact && (elliptical(c) || c.Subject == "victim") && (c.Event == "" || c.Weak == "increment") {
			group = max(group, c.Value.Min)
		}
	}
}

func doubt(cs []*claim.Claim, why string) {
	for _, c := range cs {
		if c.Weak == "" {
			c.Edit().Weak = why
		}
	}
}
