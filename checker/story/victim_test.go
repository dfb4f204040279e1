package story

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claim"
)

// victimDoc is doc with the people an article counts among its victims by
// name ("Orin Castellano died"), as extraction and checker/incident mark
// them: a count of the group "victims" whose words are the name.
func victimDoc(file, date string, victims []string, ns ...string) Doc {
	a := names(date, append(slices.Clone(victims), ns...)...)
	a.File = file
	for _, v := range victims {
		a.Claims = append(a.Claims, &claim.Claim{Facets: &claim.Facets{Kind: claim.Count, Group: "victims", Event: "killed"}, Text: v})
	}
	return Doc{File: file, Sig: Sign(a)}
}

// The people counted by name among the dead or the hurt are the
// signature's victims: their names of two words or more, never a surname
// alone, a suspect, or a victim told by a common noun.
func TestVictimKeys(t *testing.T) {
	a := names("2026-01-10", "Orin Castellano", "Tobias Wender", "The Child")
	a.Claims = append(a.Claims,
		&claim.Claim{Facets: &claim.Facets{Kind: claim.Count, Group: "victims", Event: "killed"}, Text: "Orin Castellano"},
		&claim.Claim{Facets: &claim.Facets{Kind: claim.Count, Group: "victims", Event: "injured"}, Text: "The child"},
		&claim.Claim{Facets: &claim.Facets{Kind: claim.Count, Group: "suspects", Event: "arrested"}, Text: "Tobias Wender"})
	if got, want := Sign(a).Victims, []string{"orin castellano"}; !slices.Equal(got, want) {
		t.Errorf("victims %q, want %q", got, want)
	}
}

// A follow-up names the victim: a charge two months after the shooting
// that names the person the first report counted among the dead is the
// same story, and so is a sentencing eight months later that names the
// victim and the accused; the same names, counted as no one's victim, are
// not (TestFollowUpWithinMonthsNeedsAPersonAndMore).
func TestVictimNamedInAFollowUpTiesIt(t *testing.T) {
	shooting := victimDoc("shooting.md", "2026-01-10", []string{"Orin Castellano"}, "Tobias Wender")
	charge := doc("charge.md", "2026-03-11", "Orin Castellano")
	if got, want := grouping(Group([]Doc{shooting, charge}, Infer)), "orin-castellano=shooting.md,charge.md"; got != want {
		t.Errorf("a victim named again 60 days later: got %s, want %s", got, want)
	}
	sentencing := doc("sentencing.md", "2026-09-14", "Orin Castellano", "Tobias Wender")
	if got, want := grouping(Group([]Doc{shooting, sentencing}, Infer)), "orin-castellano=shooting.md,sentencing.md"; got != want {
		t.Errorf("a victim and the accused eight months later: got %s, want %s", got, want)
	}
	plain := doc("report.md", "2026-01-10", "Orin Castellano", "Tobias Wender")
	if got := len(Group([]Doc{plain, sentencing}, Infer)); got != 2 {
		t.Errorf("two names counted as no one's victim eight months apart: %d stories, want 2", got)
	}
	ev := Explain([]Doc{shooting, charge}, Infer)[0].Evidence
	if len(ev) == 0 || !strings.Contains(ev[0], `"orin castellano" (a victim)`) {
		t.Errorf("evidence %q does not say the name is a victim's", ev)
	}
}
