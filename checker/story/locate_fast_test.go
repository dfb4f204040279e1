package story

import (
	"bytes"
	"math/rand"
	"testing"
)

func TestIndexSpacedAsBytesIndex(t *testing.T) {
	pieces := []string{" ", "  ", "block", " of ", "of", "b", "&", " & ", "&&", "and", " and ", "x", "\xe2\x80\x99"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := rng.Intn(8); k >= 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		for _, sep := range []string{" block of ", " & ", " and "} {
			if got, want := indexAnd(b, []byte(sep)), bytes.Index(b, []byte(sep)); sep != " block of " && got != want {
				t.Fatalf("indexAnd(%q, %q) = %d, want %d", b, sep, got, want)
			}
			if got, want := indexSpaced(b, []byte(sep)), bytes.Index(b, []byte(sep)); got != want {
				t.Fatalf("indexSpaced(%q, %q) = %d, want %d", b, sep, got, want)
			}
		}
	}
}
