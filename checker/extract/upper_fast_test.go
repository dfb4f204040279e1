package extract

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/piecetext"
)

func TestUnchangedByUpperAsToUpperSays(t *testing.T) {
	pieces := []string{"A", "b", "Z", "z", "1", ".", "-", "é", "É", "ß", "\xff", "ǅ", "ı", " ", "PD"}
	for s := range piecetext.Texts(1, 20000, 6, pieces...) {
		if got, want := unchangedByUpper(s), s == strings.ToUpper(s); got != want {
			t.Errorf("unchangedByUpper(%q) = %v, want %v", s, got, want)
		}
	}
	if !unchangedByUpper("") {
		t.Error(`unchangedByUpper("") = false`)
	}
}
