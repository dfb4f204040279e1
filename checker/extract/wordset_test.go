package extract

import (
	"fmt"
	"testing"
)

// TestWordSetIsASet checks the set against a map through growth and reuse.
func TestWordSetIsASet(t *testing.T) {
	var s wordSet
	for round := range 3 {
		want := map[string]bool{}
		for i := range 5000 {
			w := fmt.Sprintf("w%d", i*(round+1)%3001)
			s.add(w, wordHash(w))
			want[w] = true
		}
		for i := range 7000 {
			w := fmt.Sprintf("w%d", i)
			if s.has(w, wordHash(w)) != want[w] {
				t.Fatalf("round %d: has(%q) = %v, want %v", round, w, !want[w], want[w])
			}
			if b := []byte(w); s.hasBytes(b, bytesHash(b)) != want[w] {
				t.Fatalf("round %d: hasBytes(%q) = %v, want %v", round, w, !want[w], want[w])
			}
		}
		if len(s.words) != len(want) {
			t.Fatalf("round %d: %d words, want %d", round, len(s.words), len(want))
		}
		s.reset()
		if s.has("w1", wordHash("w1")) {
			t.Fatalf("round %d: a word outlived reset", round)
		}
	}
}
