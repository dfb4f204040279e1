package incident

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLowerShrinksAtMostThreefold holds shortLower's bound for every rune.
func TestLowerShrinksAtMostThreefold(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if l := strings.ToLower(s); maxLowerShrink*len(l) < len(s) {
			t.Errorf("%U (%d bytes) lower-cases to %d bytes", r, len(s), len(l))
		}
	}
}

func TestShortLower(t *testing.T) {
	if got := shortLower("MORE FROM US", 60); got != "more from us" {
		t.Errorf("short text: %q", got)
	}
	long := strings.Repeat("Word ", 40)
	if got := shortLower(long, 60); got != long || len(strings.ToLower(long)) < 60 {
		t.Errorf("long text: %q", got)
	}
}
