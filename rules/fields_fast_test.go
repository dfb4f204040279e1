package rules

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/piecetext"
)

func TestLastFieldIsStringsFieldsLast(t *testing.T) {
	pieces := []string{"Ana", " ", "\t", "\u00a0", "\u2003", "Ruiz", "\xff", "\xc2", "\xa0", "é", ".", "O'Neil"}
	for s := range piecetext.Texts(1, 20000, 8, pieces...) {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastField(s); got != want {
			t.Fatalf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
}
