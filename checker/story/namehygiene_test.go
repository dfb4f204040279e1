package story

import (
	"slices"
	"testing"
)

// A newspaper, a jail, a police unit or a tip line is a body, however
// its words read: two reports that cite the same paper or the same unit
// share its name as two reports of one city share its police, and a
// person's weight would tie them.
func TestOutletsUnitsAndJailsAreBodies(t *testing.T) {
	for _, k := range []string{"harbourton globe", "millbrook correctional institution", "gang unit",
		"metro crimestoppers", "fugitive task force", "lakeview dispatch"} {
		if w := weight(k); w >= personWeight {
			t.Errorf("%q weighs %.1f, a person's; want a body's", k, w)
		}
	}
	if w := weight("ottilie brandvold"); w != personWeight {
		t.Errorf("a person's name weighs %.1f", w)
	}
}

// A car is described by its make and model ("a grey Toyota Corolla"), and
// many reports of a run write the same model: the pair is a thing's name,
// not a person's.
func TestAVehicleIsNoPerson(t *testing.T) {
	for _, k := range []string{"toyota corolla", "chevrolet impala", "jeep cherokee"} {
		if w := weight(k); w >= personWeight {
			t.Errorf("%q weighs %.1f, a person's", k, w)
		}
		if personName([]string{"toyota", "corolla"}) {
			t.Errorf("a make and model read as a person's name")
		}
	}
	docs := []Doc{
		doc("a.md", "2026-03-01", "Toyota Corolla", "Brackwater"),
		doc("b.md", "2026-03-20", "Toyota Corolla", "Brackwater"),
	}
	if got, want := grouping(Group(docs, Infer)), "a=a.md b=b.md"; got != want {
		t.Errorf("two reports of one car model and town, weeks apart: got %s, want %s", got, want)
	}
}

// A headline in title case or a sentence's first word can leave the words
// of its grammar at a name's edges ("Neighbours Say The", "Is A"): they are
// trimmed, and what is left is a name or nothing.
func TestGrammarAtANamesEdgesIsTrimmed(t *testing.T) {
	cases := map[string][]string{
		"is a":                  nil,
		"say the":               nil,
		"was odalys pirela":     {"odalys pirela", "pirela"},
		"odalys pirela and":     {"odalys pirela", "pirela"},
		"whenever ines halvard": nil, // a site's alert line ("Whenever Ines Halvard posts…"): furniture
	}
	for in, want := range cases {
		if got := nameKeys(in); !slices.Equal(got, want) {
			t.Errorf("nameKeys(%q) = %q, want %q", in, got, want)
		}
	}
}

// A byline's or an office's title before a name is left out like a rank:
// "Digital Editor Ines Halvard" meets "Ines Halvard", and "Supt. Ruben
// Aldana" meets "Ruben Aldana".
func TestJobTitlesBeforeANameAreLeftOut(t *testing.T) {
	for in, want := range map[string]string{
		"digital editor ines halvard": "ines halvard",
		"supt. ruben aldana":          "ruben aldana",
		"neighbor dolores vance":      "dolores vance",
	} {
		if got := nameKeys(in); len(got) == 0 || got[0] != want {
			t.Errorf("nameKeys(%q) = %q, want %q first", in, got, want)
		}
	}
}

// A place's word inside a person's name is a middle name ("Lane" of
// "Corwin Lane Haskett"): the name gives its first-and-last key and weighs
// as a person's. A street's or a town's name keeps its kind at its end or a
// point of the compass inside ("Far South Side").
func TestPlaceWordAsAMiddleName(t *testing.T) {
	for in, want := range map[string][]string{
		"corwin lane haskett": {"corwin lane haskett", "corwin haskett", "haskett"},
		"ivo park delacroix":  {"ivo park delacroix", "ivo delacroix", "delacroix"},
		"far south side":      {"far south side"},
		"quillon lake road":   {"quillon lake road"},
	} {
		if got := nameKeys(in); !slices.Equal(got, want) {
			t.Errorf("nameKeys(%q) = %q, want %q", in, got, want)
		}
	}
	if w := weight("corwin lane haskett"); w != personWeight {
		t.Errorf("weight of a name with a middle name Lane = %v, want a person's %v", w, personWeight)
	}
	if w := weight("far south side"); w == personWeight {
		t.Errorf("weight of a town's part Far South Side = %v, want no person's", w)
	}
}

// A street named after a state is a street: its every word is common, and
// trimming common words at a name's edges must not leave it nothing. The
// state alone stays common.
func TestStreetNamedAfterAState(t *testing.T) {
	cases := map[string][]string{
		"idaho street":           {"idaho street"},
		"north carolina avenue":  {"north carolina avenue"},
		"n. wisconsin st.":       {"wisconsin street"},
		"west virginia avenue":   {"west virginia avenue"},
		"idaho":                  nil,
		"new york":               nil,
		"idaho state university": nil,
	}
	for in, want := range cases {
		if got := nameKeys(in); !slices.Equal(got, want) {
			t.Errorf("nameKeys(%q) = %q, want %q", in, got, want)
		}
	}
}
