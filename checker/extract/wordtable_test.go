package extract

import "testing"

// TestWordTableIsTheMap checks the table against the map it is built from,
// for every word it holds and for words it does not.
func TestWordTableIsTheMap(t *testing.T) {
	m := buildLexicon()
	table := newWordTable(m)
	for w, c := range m {
		if got := table.class(w, wordHash(w)); got != c {
			t.Errorf("class(%q) = %b, want %b", w, got, c)
		}
	}
	for _, w := range []string{"", "zyzzyva", "Killed", "killed ", "doğan", "a-b-c", "1,709"} {
		if got := table.class(w, wordHash(w)); got != m[w] {
			t.Errorf("class(%q) = %b, want %b", w, got, m[w])
		}
	}
}
