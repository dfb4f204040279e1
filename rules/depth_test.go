package rules

import (
	"strings"
	"testing"
)

// An expression nested a million deep is refused at load with the place
// where it goes too deep, never a stack overflow.
func TestDeepExpressionRefusedWithPosition(t *testing.T) {
	const n = 1_000_000
	for name, e := range map[string]string{
		"parentheses": strings.Repeat("(", n) + "true" + strings.Repeat(")", n),
		"negations":   strings.Repeat("!", n) + "true",
		"not":         strings.Repeat("not ", n) + "true",
		"minus":       "claim.value.min > " + strings.Repeat("-", n) + "1",
		"arrays":      "len(" + strings.Repeat("[", n) + strings.Repeat("]", n) + ") > 0",
		"closures":    strings.Repeat("all(doc.claims, {", n) + "true" + strings.Repeat("})", n),
	} {
		t.Run(name, func(t *testing.T) {
			src := "- id: r\n  claims: count\n  message: m\n  assert: '" + e + "'\n"
			_, err := Load("r.yaml", []byte(src))
			if err == nil || !strings.HasPrefix(err.Error(), "r.yaml:4:") || !strings.Contains(err.Error(), "nested more than") {
				t.Fatalf("err = %.300v", err)
			}
		})
	}
}

func TestDeepPositionAndTemplates(t *testing.T) {
	deep := strings.Repeat("(", 1_000_000) + "1" + strings.Repeat(")", 1_000_000)
	src := "- id: r\n  claims: count\n  assert: '" + deep + " > 0'\n  message: 'x {" + deep + "}'\n"
	_, err := Load("r.yaml", []byte(src))
	want := []string{
		`r.yaml:3:112: rule "r": assert: expression nested more than 100 deep (brackets and prefix operators)`,
		`r.yaml:4:116: rule "r": message: expression nested more than 100 deep (brackets and prefix operators)`,
	}
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Fatalf("err = %.500v", err)
	}
	// ordinary nesting still loads
	if _, err := Load("r.yaml", []byte("- id: r\n  claims: count\n  assert: '!(-claim.value.min < -(1 + (2 * [3, -4][0]))) && not (claim.text != \"((((\")'\n  message: m\n")); err != nil {
		t.Fatal(err)
	}
}
