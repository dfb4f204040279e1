package timeline

import (
	"testing"

	"github.com/factlint/factlint/internal/piecetext"
)

// everyByteNextLabel is nextLabel as it was written before the sampled
// search, asking every byte: the reference.
func everyByteNextLabel(text string, from int) (int, string) {
	for i := from; i < len(text); i++ {
		for _, l := range labels {
			if hasPrefixLowerASCII(text[i:], l) {
				return i, l
			}
		}
	}
	return -1, ""
}

func TestNextLabelFindsWhatEveryByteFinds(t *testing.T) {
	pieces := []string{"updated", "UPDATED", "Posted", "published", "pub", "upd", "post", "p", "u", " ", ":", "é", "x", "postedupdated", "Updated: ", "\xff"}
	for text := range piecetext.Texts(1, 20000, 8, pieces...) {
		for from := 0; from <= len(text); from++ {
			gotAt, got := nextLabel(text, from)
			wantAt, want := everyByteNextLabel(text, from)
			if gotAt != wantAt || got != want {
				t.Fatalf("nextLabel(%q, %d) = %d %q, every byte gives %d %q", text, from, gotAt, got, wantAt, want)
			}
		}
	}
}
