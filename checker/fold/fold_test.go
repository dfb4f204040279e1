package fold

import "testing"

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Doğan": "dogan", "Dogan": "dogan", "Erdoğan": "erdogan", "Çavuşoğlu": "cavusoglu",
		"İbrahim Kalın": "ibrahim kalin", "Ömer Çelik": "omer celik", "Łódź": "lodz", "Søren": "soren",
		"O’Brien": "o'brien", "Mevlüt": "mevlut",
		"Jean-Pierre": "jean pierre", "Jean Pierre": "jean pierre", "Jean‐Pierre Doğan": "jean pierre dogan",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSpelling(t *testing.T) {
	for _, same := range [][2]string{{"O'Sullivan", "O’Sullivan"}, {"Jean-Pierre", "Jean Pierre"}, {"ERDOĞAN", "Erdoğan"},
		{"Donald\u00a0Trump", "Donald Trump"}, {"Ana  Ruiz", "Ana Ruiz"}, {"Ana\u2009Ruiz", "Ana Ruiz"},
		{"Jos\u00e9", "Jose\u0301"}} {
		if Spelling(same[0]) != Spelling(same[1]) {
			t.Errorf("Spelling(%q) = %q, Spelling(%q) = %q: want one spelling", same[0], Spelling(same[0]), same[1], Spelling(same[1]))
		}
	}
	if Spelling("Doğan") == Spelling("Dogan") {
		t.Errorf("Spelling keeps diacritics: Doğan and Dogan are two spellings")
	}
}

func FuzzFold(f *testing.F) {
	f.Add("Doğan")
	f.Fuzz(func(t *testing.T, s string) {
		if Fold(Fold(s)) != Fold(s) {
			t.Fatalf("Fold is not idempotent on %q", s)
		}
	})
}

// LowerASCII keeps every offset: only A–Z change, so a dateline found in it
// is cut from the original at the same bytes.
func TestLowerASCIIKeepsOffsets(t *testing.T) {
	for in, want := range map[string]string{"İstanbul UPDATED": "İstanbul updated", "plain": "plain", "": ""} {
		if got := LowerASCII(in); got != want || len(got) != len(in) {
			t.Errorf("LowerASCII(%q) = %q", in, got)
		}
	}
}

// TestLowerASCIIAllocatesOnce: the lower case of a text with capitals is
// one allocation, the text's own when it has none.
func TestLowerASCIIAllocatesOnce(t *testing.T) {
	for s, want := range map[string]float64{"Posted: 3 March 2026, and Updated a little later on the same day": 1, "posted today": 0} {
		if n := testing.AllocsPerRun(10, func() { LowerASCII(s) }); n != want {
			t.Errorf("LowerASCII(%q) made %.0f allocations, want %.0f", s, n, want)
		}
	}
	if got := LowerASCII("Posted: İSTANBUL"); got != "posted: İstanbul" {
		t.Errorf("LowerASCII = %q", got)
	}
}
