package document

import (
	"testing"

	"github.com/factlint/factlint/internal/piecetext"
)

func TestLineEndAsTheByteLoop(t *testing.T) {
	loop := func(b []byte, off int) int {
		i := off
		for i < len(b) && b[i] != '\n' && b[i] != '\r' {
			i++
		}
		return i
	}
	pieces := []string{"a", "word ", "\n", "\r", "\r\n", "\n\r", "é", ""}
	for text := range piecetext.Texts(1, 20000, 10, pieces...) {
		b := []byte(text)
		for off := 0; off <= len(b); off++ {
			if got, want := lineEnd(b, off), loop(b, off); got != want {
				t.Fatalf("lineEnd(%q, %d) = %d, want %d", b, off, got, want)
			}
		}
	}
}
