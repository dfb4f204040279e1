package piecetext

import (
	"strings"
	"testing"
)

func TestTextsAreGluedFromOneToMostPieces(t *testing.T) {
	seen := map[int]bool{}
	count := 0
	for s := range Texts(1, 2000, 4, "ab") {
		count++
		if len(s)%2 != 0 || strings.ReplaceAll(s, "ab", "") != "" {
			t.Fatalf("text %q is not made of the piece", s)
		}
		seen[len(s)/2] = true
	}
	if count != 2000 {
		t.Errorf("%d texts, want 2000", count)
	}
	for k := 1; k <= 4; k++ {
		if !seen[k] {
			t.Errorf("no text of %d pieces", k)
		}
	}
	if seen[0] || seen[5] {
		t.Errorf("a text of 0 or 5 pieces: %v", seen)
	}
}

func TestTextsRepeatForOneSeed(t *testing.T) {
	var a, b []string
	for s := range Texts(9, 50, 6, "x", "é", " ") {
		a = append(a, s)
	}
	for s := range Texts(9, 50, 6, "x", "é", " ") {
		b = append(b, s)
	}
	if strings.Join(a, "|") != strings.Join(b, "|") {
		t.Error("one seed gave two sequences")
	}
}
