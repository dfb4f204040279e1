package rules

import (
	"math/rand"
	"strings"
	"testing"
)

func TestLastFieldIsStringsFieldsLast(t *testing.T) {
	pieces := []string{"Ana", " ", "\t", "\u00a0", "\u2003", "Ruiz", "\xff", "\xc2", "\xa0", "é", ".", "O'Neil"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastField(s); got != want {
			t.Fatalf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
}
