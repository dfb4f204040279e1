package document

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/piecetext"
)

func TestPrefixFoldAsTheJoinedLabel(t *testing.T) {
	pieces := []string{"more", "MORE", "Mo", "re", " ", " on ", " ON ", " from ", "on", "x", "\u212a", "\u017f", "é", "ſtories", "stories"}
	labels := []string{"more on", "more", "related stories", "link"}
	seps := []string{" ", " on ", " from "}
	for text := range piecetext.Texts(1, 20000, 6, pieces...) {
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
