package story

import (
	"strings"
	"testing"
)

// Two spellings of one first name give one variant key: a letter
// doubled, dropped or swapped, a vowel for another; a short first name, a
// body's or a place's name, or a name of three words gives none.
func TestVariantKey(t *testing.T) {
	same := [][2]string{
		{"keziah marlowe", "kezia marlowe"},
		{"rosalind quarry", "rosalynd quarry"},
		{"dashawnte pruitt", "dashawnt pruitt"},
		{"frederica lyle", "fredreica lyle"},
	}
	for _, p := range same {
		a, b := variantKey(p[0]), variantKey(p[1])
		if a == "" || a != b {
			t.Errorf("variantKey(%q) = %q, variantKey(%q) = %q: want one key", p[0], a, p[1], b)
		}
	}
	for _, k := range []string{"jon quarry", "oakvale police", "westview street", "keziah ann marlowe", "marlowe"} {
		if v := variantKey(k); v != "" {
			t.Errorf("variantKey(%q) = %q, want none", k, v)
		}
	}
	if variantKey("keziah marlowe") == variantKey("keziah marlow") {
		t.Errorf("a surname spelled two ways is two people's: the variant keeps it as written")
	}
}

// A victim's name spelled two ways in two reports of one week ties them,
// and the evidence shows both spellings; two reports that spell it alike
// weigh what the name does, no more.
func TestASpellingVariantTiesReports(t *testing.T) {
	a := victimDoc("first.md", "2026-04-02", []string{"Keziah Marlowe"})
	b := doc("second.md", "2026-04-06", "Kezia Marlowe")
	st := Explain([]Doc{a, b}, Infer)
	if len(st) != 1 {
		t.Fatalf("%d stories, want one", len(st))
	}
	if ev := strings.Join(st[0].Evidence, "\n"); !strings.Contains(ev, `"keziah marlowe" ≈ "kezia marlowe"`) && !strings.Contains(ev, `"kezia marlowe" ≈ "keziah marlowe"`) {
		t.Errorf("evidence %q does not show the two spellings", ev)
	}
	c := doc("third.md", "2026-04-06", "Odalys Pirela")
	d := doc("fourth.md", "2026-04-07", "Odalys Pirela")
	s := sign([]Doc{c, d})
	inf := newInference(s, []int{0, 1})
	e, ok := inf.table.pair(0, 1)
	if want := weight("odalys pirela") + weight("pirela"); !ok || e.score != want {
		t.Errorf("one spelling in both: score %.2f, want %.2f (the name and its surname)", e.score, want)
	}
	if got := len(Group([]Doc{doc("g.md", "2026-04-02", "Kezia Marlowe"), doc("h.md", "2026-05-20", "Keziah Marlowe")}, Infer)); got != 2 {
		t.Errorf("two spellings, no victim, seven weeks apart: %d stories, want 2", got)
	}
}

// A victim's name written in many reports across the weeks of one event's
// coverage (the shooting, the vigil, the arrest, the charge) is not a
// common name: it ties a report two months later however many occasions
// the run writes it on.
func TestVictimOnManyOccasionsTiesAFollowUp(t *testing.T) {
	var docs []Doc
	for n, date := range []string{"2026-01-05", "2026-01-12", "2026-01-20", "2026-01-28", "2026-02-05"} {
		docs = append(docs, victimDoc(string(rune('a'+n))+".md", date, []string{"Keziah Marlowe"}))
	}
	docs = append(docs, doc("charge.md", "2026-03-30", "Keziah Marlowe"))
	if got := len(Group(docs, Infer)); got != 1 {
		t.Errorf("%d stories, want one: %s", got, grouping(Group(docs, Infer)))
	}
}
