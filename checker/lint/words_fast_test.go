package lint

import (
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/piecetext"
)

// lowerFields must give the words of lowering the text and splitting it.
func TestLowerFieldsSplitsAsLoweringFirst(t *testing.T) {
	hyphen := func(r rune) bool { return r == '-' || notWordRune(r) }
	pieces := []string{" ", "-", "'", "’", ".", "Killed", "SHOT", "Doğan", "\u0130", "\u212a", "\xff", "\xe2\x80", "ÉTÉ", "9", "x"}
	for text := range piecetext.Texts(7, 5000, 8, pieces...) {
		for _, sep := range []func(rune) bool{notWordRune, hyphen} {
			want := strings.FieldsFunc(strings.ToLower(text), sep)
			got := slices.Collect(lowerFields(text, sep))
			if !slices.Equal(got, want) {
				t.Fatalf("lowerFields(%q) = %q, lowering and splitting gives %q", text, got, want)
			}
		}
	}
}

func TestAtLeastFieldsCountsAsFieldsFunc(t *testing.T) {
	pieces := []string{"word", " ", "  ", "-", "'", "’", "é", "\xff", ".", "3", "\u00a0", "x"}
	for text := range piecetext.Texts(3, 20000, 10, pieces...) {
		for want := 0; want <= 6; want++ {
			if got, exp := atLeastFields(text, notWordRune, want), len(strings.FieldsFunc(text, notWordRune)) >= want; got != exp {
				t.Fatalf("atLeastFields(%q, %d) = %v, want %v", text, want, got, exp)
			}
		}
	}
}
