package document

import (
	"math/rand"
	"testing"
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
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := rng.Intn(10); k >= 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		for off := 0; off <= len(b); off++ {
			if got, want := lineEnd(b, off), loop(b, off); got != want {
				t.Fatalf("lineEnd(%q, %d) = %d, want %d", b, off, got, want)
			}
		}
	}
}
