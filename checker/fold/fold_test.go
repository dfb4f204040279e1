package fold

import "testing"

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Doğan": "dogan", "Dogan": "dogan", "Erdoğan": "erdogan", "Çavuşoğlu": "cavusoglu",
		"İbrahim Kalın": "ibrahim kalin", "Ömer Çelik": "omer celik", "Łódź": "lodz", "Søren": "soren",
		"O’Brien": "o'brien", "Mevlüt": "mevlut",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
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
