package document

import (
	"math/rand"
	"strings"
	"testing"
)

func TestPrefixFoldAsTheJoinedLabel(t *testing.T) {
	pieces := []string{"more", "MORE", "Mo", "re", " ", " on ", " ON ", " from ", "on", "x", "\u212a", "\u017f", "é", "ſtories", "stories"}
	labels := []string{"more on", "more", "related stories", "link"}
	seps := []string{" ", " on ", " from "}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		for _, l := range labels {
			for _, s := range seps {
				m := len(l) + len(s)
				want := len(text) >= m && strings.EqualFold(text[:m], l+s)
				if got := prefixFold(text, l, s); got != want {
					t.Fatalf("prefixFold(%q, %q, %q) = %v, want %v", text, l, s, got, want)
				}
			}
		}
	}
}
