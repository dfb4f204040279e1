package claim

import (
	"unicode"

	"github.com/factlint/factlint/checker/fold"
)

// subjectClasses groups subjects that count the same people: a toll of
// "33 soldiers" and one of "34 troops" speak of one group, as do "five
// people" and "five victims" (and a figure with no noun: "2 dead").
var subjectClasses = map[string]string{
	"": "person", "person": "person", "individual": "person", "victim": "person", "other": "person", "casualty": "person",
	"soldier": "soldier", "troop": "soldier", "personnel": "soldier", "serviceman": "soldier", "servicemember": "soldier",
	"service member": "soldier", "trooper": "soldier",
}

// SubjectClass is the group a singular subject belongs to, or the subject.
func SubjectClass(s string) string {
	if c, ok := subjectClasses[s]; ok {
		return c
	}
	return s
}

// Compatible reports whether two counts count the same group: the same
// subject class, and proper modifiers that meet where both have some
// (Turkish soldiers are not Syrian soldiers). Rules across articles
// compare figures by it (the rule function compatible), and so does the
// registry of confirmed facts.
func Compatible(a, b *Claim) bool {
	if SubjectClass(a.Subject) != SubjectClass(b.Subject) {
		return false
	}
	pa, pb := properModifiers(a), properModifiers(b)
	if len(pa) == 0 || len(pb) == 0 {
		return true
	}
	for m := range pa {
		if pb[m] {
			return true
		}
	}
	return false
}

func properModifiers(c *Claim) map[string]bool {
	m := map[string]bool{}
	for _, w := range c.Modifiers {
		r := []rune(w)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			m[fold.Fold(w)] = true
		}
	}
	return m
}
