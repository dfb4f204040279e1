package timeline

import (
	"math/rand"
	"testing"
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
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := rng.Intn(8); k >= 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		text := string(b)
		for from := 0; from <= len(text); from++ {
			gotAt, got := nextLabel(text, from)
			wantAt, want := everyByteNextLabel(text, from)
			if gotAt != wantAt || got != want {
				t.Fatalf("nextLabel(%q, %d) = %d %q, every byte gives %d %q", text, from, gotAt, got, wantAt, want)
			}
		}
	}
}
