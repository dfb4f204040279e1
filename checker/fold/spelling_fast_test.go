package fold

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/piecetext"
	"golang.org/x/text/unicode/norm"
)

// TestMarksOpenWithTheBytesMayHoldMarkLooksFor keeps mayHoldMark true to
// marks: a pattern added that opens with another byte would be missed.
func TestMarksOpenWithTheBytesMayHoldMarkLooksFor(t *testing.T) {
	for _, m := range []string{"’", "‘", "ʼ", "-", "‐", "‑", "‒", "–"} {
		if !mayHoldMark(m) {
			t.Errorf("mayHoldMark(%q) = false", m)
		}
		if marks.Replace(m) == m {
			t.Errorf("%q is no mark of marks", m)
		}
	}
}

func TestSpellingAsTheReplacerGivesIt(t *testing.T) {
	pieces := []string{"a", "B", "O", "’", "‘", "ʼ", "-", "‐", "‑", "‒", "–", "—", "ğ", "İ", " ", "'", "\xe2", "\xca", "é"}
	for s := range piecetext.Texts(1, 20000, 8, pieces...) {
		if got, want := Spelling(s), spellingReference(s); got != want {
			t.Errorf("Spelling(%q) = %q, want %q", s, got, want)
		}
	}
}

// spellingReference is Spelling without the fast path: NFC, every mark
// replaced, one space.
func spellingReference(s string) string {
	if !IsASCII(s) {
		s = norm.NFC.String(s)
	}
	return strings.ToLower(oneSpace(marks.Replace(s)))
}
