package story

import (
	"bytes"
	"testing"

	"github.com/factlint/factlint/internal/piecetext"
)

func TestIndexSpacedAsBytesIndex(t *testing.T) {
	pieces := []string{" ", "  ", "block", " of ", "of", "b", "&", " & ", "&&", "and", " and ", "x", "\xe2\x80\x99"}
	for text := range piecetext.Texts(1, 20000, 8, pieces...) {
		b := []byte(text)
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
