package incident

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
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
			if singleVictim(k, "killed") && samePerson(c, k) && !toldBefore(k, c) {
				supersede(cs, c)
				break
			}
		}
	}
}

// toldBefore: the death k is told before the wounding c on the same line,
// which then tells of a second person ("shot his younger brother to death
// and wounded his older brother"): a line that tells a victim hurt who
// later died tells the wounding first.
func toldBefore(k, c *claim.Claim) bool {
	return k.Line == c.Line && k.Span.Start < c.Span.Start
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

// sameName: two names of one person, "Dana Reyes" and "Reyes", "Juan
// Romero-Sanchez" and "Romero-Sanchez" (a surname of two words, which
// folding splits at its hyphen): the shorter is the end of the longer.
// Two full names that differ are two people, though they share a surname
// (brothers, "Sam Ortiz" and "Ana Ortiz").
func sameName(a, b string) bool {
	fa, fb := strings.Fields(fold.Fold(a)), strings.Fields(fold.Fold(b))
	if len(fa) < len(fb) {
		fa, fb = fb, fa
	}
	if len(fb) == 0 || fa[len(fa)-1] != fb[len(fb)-1] {
		return false
	}
	return len(fb) < len(fa) && slices.Equal(fa[len(fa)-len(fb):], fb) || slices.Equal(fa, fb)
}

// supersedeLoneVictim marks superseded the injured victim of an article
// that tells of one victim alone: where every figure of the incident's
// victims counts one person ("a 16-year-old was shot", "the teen was
// taken to a hospital", "Dana Reyes died"), the one told hurt and the one
// told dead are the same person, however differently the text names them
// (by age, by name, by a pronoun). Two victims stay two where the text
// tells them apart: in one sentence ("a man was killed and a woman
// hurt"), by two names, two ages, an adult and a child, a man and a woman,
// by kin ("his brother": the one he is kin to may be the other), or with
// "another" or "also"; and where any figure counts two or more or the
// text tells of several victims ("a double shooting").
func supersedeLoneVictim(d *document.Document, cs []*claim.Claim, sents []sentence) {
	var singles []*claim.Claim
	deadIn := map[sentence]bool{}
	hurt, dead := false, false
	for i, c := range cs {
		if c.Kind != claim.Count || !casualtyEvents[c.Event] || c.Group != Victims || c.Incident == Other || c.Superseded || c.Scope != "" || c.Value.Max == 0 {
			continue
		}
		if c.Value != claim.Point(1) || !slices.Contains(loneVictimBy, c.By) || kin[c.Subject] || anotherPerson(c, sents[i].text) {
			return // a figure of two or more, or a second victim
		}
		for _, o := range singles {
			if !mayBeOnePerson(c, o) {
				return
			}
		}
		singles = append(singles, c)
		hurt = hurt || c.Event == "injured"
		if c.Event == "killed" {
			dead, deadIn[sents[i]] = true, true
		}
	}
	if !hurt || !dead {
		return
	}
	// read last: a scan of every block, where the claims above are cheap
	if slices.ContainsFunc(d.Blocks, func(b *document.Block) bool { return severalVictims.MatchString(b.Text) }) {
		return
	}
	for i, c := range cs {
		if slices.Contains(singles, c) && c.Event == "injured" && deadIn[sents[i]] {
			return // "a man was killed and a teen hurt": two people
		}
	}
	for _, c := range singles {
		if c.Event == "injured" {
			supersede(cs, c)
		}
	}
}

// loneVictimBy are the patterns that count one victim: told by who they
// are, by a pronoun, or by their death.
var loneVictimBy = append(slices.Clip(onePerson), "pronoun-died", "pronoun-shot", "possessive-death", "death-of")

// supersede marks c superseded and moves its primary mark to the event's
// own figure, if any is left.
func supersede(cs []*claim.Claim, c *claim.Claim) {
	c.Superseded = true
	if c.Primary { // a superseded figure is no article's own
		c.Primary = false
		if o := ownFigure(cs, c.Event); o != nil {
			o.Primary = true
		}
	}
}

// anotherPerson: a single victim's words or sentence make them a second
// one ("another man", "a second victim", "was also wounded").
func anotherPerson(c *claim.Claim, sentence string) bool {
	for _, m := range c.Modifiers {
		if slices.Contains(otherOne, strings.ToLower(m)) {
			return true
		}
	}
	if f := strings.Fields(c.Text); len(f) > 0 && slices.Contains(otherOne, strings.ToLower(f[0])) {
		return true
	}
	return alsoWord.MatchString(sentence)
}

// alsoWord tells of a victim besides one told before.
var alsoWord = regexp.MustCompile(`(?i)\b(also|too|as well|both)\b`)

// mayBeOnePerson: nothing in two single victims' words tells them apart:
// not two different names, not two ages, not an adult and a child, not a
// man and a woman.
func mayBeOnePerson(a, b *claim.Claim) bool {
	na, nb := personName(a), personName(b)
	if na != "" && nb != "" && !sameName(na, nb) {
		return false
	}
	aa, ab := ageKey(a.Text), ageKey(b.Text)
	if aa != "" && ab != "" && aa != ab {
		return false
	}
	if childNoun[a.Subject] && adultNoun[b.Subject] || adultNoun[a.Subject] && childNoun[b.Subject] {
		return false
	}
	sa, sb := sexOf[a.Subject], sexOf[b.Subject]
	return sa == "" || sb == "" || sa == sb
}

// severalVictims are words that tell of two victims or more.
var severalVictims = regexp.MustCompile(`(?i)\b(?:double|triple|quadruple) (?:shooting|homicide|murder|stabbing)|\b(?:second|other|both|two|three) victims?\b`)

// kin are nouns that tell a victim by another person: the one they are
// kin to, who may be the second victim.
var kin = map[string]bool{"friend": true, "brother": true, "sister": true, "son": true, "daughter": true, "mother": true,
	"father": true, "wife": true, "husband": true, "girlfriend": true, "boyfriend": true, "cousin": true, "nephew": true,
	"niece": true, "uncle": true, "aunt": true, "grandson": true, "granddaughter": true, "grandfather": true,
	"grandmother": true, "roommate": true, "neighbor": true, "fiance": true, "fiancee": true, "partner": true}

// ageOf finds a stated age: "a 16-year-old", "a 14-yr-old", "10-month-old".
var ageOf = regexp.MustCompile(`\b(\d+)[- ](year|yr|month|week|day)s?[- ]old\b`)

// ageKey is the age a victim's words state, as a number and a unit, the
// same however it is written ("14-yr-old", "14-year-old": "14 year"), or "".
func ageKey(text string) string {
	m := ageOf.FindStringSubmatch(strings.ToLower(text))
	if m == nil {
		return ""
	}
	unit := m[2]
	if unit == "yr" {
		unit = "year"
	}
	return m[1] + " " + unit
}

// childNoun and adultNoun are nouns that tell a victim's age apart.
var (
	childNoun = map[string]bool{"child": true, "boy": true, "girl": true, "baby": true, "infant": true, "toddler": true, "kid": true}
	adultNoun = map[string]bool{"adult": true, "man": true, "woman": true, "husband": true, "wife": true, "mother": true, "father": true}
)

// personName is the name a single victim is told by, or "".
func personName(c *claim.Claim) string {
	switch c.By {
	case "named-victim", "death-of", "possessive-death":
		if r, _ := utf8.DecodeRuneInString(c.Text); unicode.IsUpper(r) && c.Subject == "person" {
			return c.Text
		}
	}
	return ""
}

// sexOf is the sex a victim's noun tells.
var sexOf = map[string]string{
	"man": "m", "boy": "m", "son": "m", "brother": "m", "father": "m", "husband": "m", "boyfriend": "m",
	"grandfather": "m", "grandson": "m", "uncle": "m", "nephew": "m", "male": "m",
	"woman": "f", "girl": "f", "daughter": "f", "sister": "f", "mother": "f", "wife": "f", "girlfriend": "f",
	"grandmother": "f", "granddaughter": "f", "aunt": "f", "niece": "f", "female": "f",
}

// deathRetold gives a death told as a noun ("the death of Ann Lee", "Ann
// Lee's death") the incident and scope of a death of another incident
// told before it in its paragraph: "A shooting in August 2011 claimed the
// life of a sleeping boy. The death of Albert Lee led the city to …"
// names the recalled death again, not one of the article's own. The noun
// tells of a death already known, so it takes the nearest one, told in its
// paragraph or, for a death told without a name, the one before: "The last
// of the three homicides happened late Sunday. … ¶ No arrests were made in
// the 33-year-old's death" retells the roundup's third death.
func deathRetold(cs []*claim.Claim) {
	var told *claim.Claim // the last death told, in this paragraph or the one before
	for _, c := range cs {
		if c.Kind != claim.Count || c.Event != "killed" || c.Group == "" {
			continue
		}
		if told != nil && told.Paragraph < c.Paragraph-1 {
			told = nil
		}
		// a name reaches back no further than its paragraph: a named
		// victim told before is sameNameApart's to resolve
		if told != nil && (c.By == "death-of" || c.By == "possessive-death") && c.Scope == "" &&
			(told.Paragraph == c.Paragraph || personName(c) == "") &&
			told.Incident == Other && told.Scope != "" && told.Scope != claim.FurnitureScope {
			f := c.Edit()
			f.Incident, f.Scope = Other, told.Scope
		}
		told = c
	}
}

// sameNameApart gives a victim named again the incident the text first
// told them in: "in retaliation for the Deandre Smith killing" sets Smith's
// death apart, and "justice in Smith's death" later in the article is the
// same death of the same other incident, with its scope. A victim first
// told as the article's own stays its own wherever named again.
func sameNameApart(cs []*claim.Claim) {
	var first []*claim.Claim // the first death told of each name
	for _, o := range cs {
		n := personName(o)
		if n == "" || o.Kind != claim.Count || o.Event != "killed" || !slices.Contains(loneVictimBy, o.By) {
			continue
		}
		i := slices.IndexFunc(first, func(c *claim.Claim) bool { return sameName(personName(c), n) })
		if i < 0 {
			first = append(first, o)
			continue
		}
		if c := first[i]; c.Incident == Other && c.Scope != "" && c.Scope != claim.FurnitureScope && o.Incident != Other && o.Scope == "" {
			o.Edit().Incident, o.Edit().Scope = Other, c.Scope
		}
	}
}
