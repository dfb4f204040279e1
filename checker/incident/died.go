package incident

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/fold"
)

// onePerson are the patterns that count one victim told by who they are
// ("the child", "a 16-year-old", "Dana Reyes", a headline's "Boy").
var onePerson = []string{"described-person", "age-as-person", "named-victim", "headline-person"}

// otherOne are the modifiers that make a second person of the same noun:
// "a second man", "another child".
var otherOne = []string{"second", "another", "other", "third", "fourth"}

// supersedeLaterDeaths marks superseded the injured victim an article
// later tells dead: a report writes "the child was taken to a hospital",
// then "the child was pronounced dead", or "Lee was shot" then "Lee died
// on Sunday"; the wounding was the state before the death, not a second
// victim, so a person who later died is killed, not injured. The two
// figures must name the same person: the same noun of a victim told by who
// they are, or the same surname.
func supersedeLaterDeaths(cs []*claim.Claim) {
	for _, c := range cs {
		if !singleVictim(c, "injured") || c.Superseded {
			continue
		}
		for _, k := range cs {
			if singleVictim(k, "killed") && samePerson(c, k) {
				c.Superseded = true
				if c.Primary { // a superseded figure is no article's own
					c.Primary = false
					if o := ownFigure(cs, c.Event); o != nil {
						o.Primary = true
					}
				}
				break
			}
		}
	}
}

// singleVictim: c counts one victim of the event, told by who they are,
// and not of another incident.
func singleVictim(c *claim.Claim, ev string) bool {
	return c.Kind == claim.Count && c.Event == ev && c.Group == Victims && c.Incident != Other &&
		c.Value == claim.Point(1) && slices.Contains(onePerson, c.By)
}

// samePerson: two single victims are one person, by surname or by noun.
func samePerson(a, b *claim.Claim) bool {
	if a.By == "named-victim" || b.By == "named-victim" {
		return a.By == b.By && sameName(a.Text, b.Text)
	}
	if a.Subject == "" || a.Subject == "person" || a.Subject != b.Subject {
		return false
	}
	for _, m := range append(slices.Clip(a.Modifiers), b.Modifiers...) {
		if slices.Contains(otherOne, strings.ToLower(m)) {
			return false
		}
	}
	return !slices.ContainsFunc([]string{a.Text, b.Text}, func(t string) bool {
		return slices.Contains(otherOne, strings.ToLower(strings.Fields(t)[0]))
	})
}

// sameName: two names of one person, "Dana Reyes" and "Reyes"; two full
// names that differ are two people, though they share a surname
// (brothers, "Sam Ortiz" and "Ana Ortiz").
func sameName(a, b string) bool {
	fa, fb := strings.Fields(fold.Fold(a)), strings.Fields(fold.Fold(b))
	if len(fa) == 0 || len(fb) == 0 || fa[len(fa)-1] != fb[len(fb)-1] {
		return false
	}
	return len(fa) == 1 || len(fb) == 1 || slices.Equal(fa, fb)
}
