package lint

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// lowerFields must give the words of lowering the text and splitting it.
func TestLowerFieldsSplitsAsLoweringFirst(t *testing.T) {
	hyphen := func(r rune) bool { return r == '-' || notWordRune(r) }
	pieces := []string{" ", "-", "'", "’", ".", "Killed", "SHOT", "Doğan", "\u0130", "\u212a", "\xff", "\xe2\x80", "ÉTÉ", "9", "x"}
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := r.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		text := b.String()
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
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(10); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		for want := 0; want <= 6; want++ {
			if got, exp := atLeastFields(text, notWordRune, want), len(strings.FieldsFunc(text, notWordRune)) >= want; got != exp {
				t.Fatalf("atLeastFields(%q, %d) = %v, want %v", text, want, got, exp)
			}
		}
	}
}
