package extract

import "testing"

// TestIngFormOfARegularPast: the forms in -ing are derived from the past
// forms of the verb lexicon, spelling changes included.
func TestIngFormOfARegularPast(t *testing.T) {
	for past, want := range map[string]string{
		"backed": "backing", "urged": "urging", "planned": "planning", "agreed": "agreeing",
		"worried": "worrying", "hoped": "hoping", "said": "", "told": "", "red": "",
	} {
		if got := ingForm(past); got != want {
			t.Errorf("ingForm(%q) = %q, want %q", past, got, want)
		}
	}
}

// TestProgressiveCuesAreDerived: "backing" and "hoping" come from the past
// forms of stanceVerbs, not from a list; a figure cue's form and the acts
// of notStatementsInProgressive stay out.
func TestProgressiveCuesAreDerived(t *testing.T) {
	for _, w := range []string{"backing", "hoping", "worrying", "agreeing"} {
		if !progressiveCues[w] {
			t.Errorf("%q is no progressive cue", w)
		}
	}
	for _, w := range []string{"raising", "continuing", "considering", "saying", "calling"} {
		if progressiveCues[w] {
			t.Errorf("%q is a progressive cue", w)
		}
	}
}
