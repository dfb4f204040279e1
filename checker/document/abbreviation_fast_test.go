package document

import (
	"strings"
	"testing"
)

func TestLongestAbbreviationBoundsTheTable(t *testing.T) {
	for a := range abbreviations {
		if len(a) > longestAbbreviation {
			t.Errorf("abbreviation %q is longer than longestAbbreviation (%d)", a, longestAbbreviation)
		}
	}
}

// knownAbbreviation answers what the table answers of the word's lower
// case, for words in any case, of any length, past ASCII too.
func TestKnownAbbreviationIsTheTablesAnswer(t *testing.T) {
	words := []string{"Gov", "GOV", "gov", "Mr", "mrs", "U.S", "u.s.a", "U.S.A", "Approx", "approxi", "Sept", "Dr",
		"Doğan", "İnc", "\u212Ao", "Washington", "Jan", "x", "", "e.g", "I.E", "Capt", "capta", strings.Repeat("a", 20)}
	for a := range abbreviations {
		words = append(words, a, strings.ToUpper(a), strings.ToUpper(a[:1])+a[1:])
	}
	for _, w := range words {
		if got, want := knownAbbreviation(w), abbreviations[strings.ToLower(w)]; got != want {
			t.Errorf("knownAbbreviation(%q) = %v, the table says %v", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = knownAbbreviation("Gov") }); n != 0 {
		t.Errorf("asking about a capitalized word took %.0f allocations, want none", n)
	}
}
