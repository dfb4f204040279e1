package incident

import "testing"

// The anchors are written by hand beside the expression they guard: a
// phrase of every alternative must pass them and be found, or an
// alternative added to the expression without its anchor would never run.
func TestEveryCueAlternativeIsAnchored(t *testing.T) {
	for _, s := range []string{
		"in a separate shooting", "an unrelated attack", "another shooting", "two other incidents",
		"the second shooting", "a previous attack", "an earlier incident", "previously", "last summer",
		"three years ago", "earlier this month", "this year", "so far this year", "year to date",
		"citywide", "city-wide", "statewide", "across the city", "homicides", "murders", "shootings",
		"in addition to", "most recently", "a spate of", "a string of", "a rash of", "weekend violence",
		"over the long holiday weekend", "in a 48-hour span", "a span of", "incidents", "in one shooting",
	} {
		if otherIncident.find(s) == "" {
			t.Errorf("%q: no cue found", s)
		}
	}
	for _, s := range []string{"in the past 48 hours", "in three days", "in the past two months", "in six weeks"} {
		if otherSpan.find(s) == "" {
			t.Errorf("%q: no span found", s)
		}
	}
	if c := otherIncident.find("two people were shot on elm street, police said"); c != "" {
		t.Errorf("a plain sentence gives the cue %q", c)
	}
}
