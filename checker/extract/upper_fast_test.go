package extract

import (
	"math/rand"
	"strings"
	"testing"
)

func TestUnchangedByUpperAsToUpperSays(t *testing.T) {
	pieces := []string{"A", "b", "Z", "z", "1", ".", "-", "é", "É", "ß", "\xff", "ǅ", "ı", " ", "PD"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := unchangedByUpper(s), s == strings.ToUpper(s); got != want {
			t.Errorf("unchangedByUpper(%q) = %v, want %v", s, got, want)
		}
	}
	if !unchangedByUpper("") {
		t.Error(`unchangedByUpper("") = false`)
	}
}
