package ruletest

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/rules"
)

var fixtures = filepath.Join("..", "..", "testdata", "rules")

// The built-in rules pass their fixtures and their examples.
func TestBuiltinRules(t *testing.T) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	results, err := Run(set.Rules, []string{fixtures})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		for _, f := range r.Failures {
			t.Errorf("%s: %s", r.Rule, f)
		}
		if r.Fixtures == 0 {
			t.Errorf("%s has no fixture under testdata/rules", r.Rule)
		}
	}
}

func TestMarkers(t *testing.T) {
	src := "# T\n\nA line. <!-- want: a-rule -->\n\n<!-- ok: b-rule, c-rule -->\n\nTarget line.\n"
	exps, blanked := Markers("f.md", []byte(src))
	var got []string
	for _, e := range exps {
		got = append(got, fmt.Sprintf("%s@%d", e.Rule, e.Line))
	}
	if strings.Join(got, " ") != "a-rule@3 b-rule@7 c-rule@7" {
		t.Fatalf("got %v", got)
	}
	if len(blanked) != len(src) || strings.Contains(string(blanked), "<!--") {
		t.Fatalf("markers not blanked in place: %q", blanked)
	}
}

// A fixture whose expectation fails is reported with its place.
func TestFailuresAreReported(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "f.md"), "Two people were killed, police said.\n\nTwo people were killed, police said. <!-- want: death-toll-within -->\n")
	set, _ := rules.LoadSet(rules.SetOptions{Builtin: true})
	results, err := Run(set.Rules, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if r.Rule == "death-toll-within" {
			if len(r.Failures) != 1 || !strings.Contains(r.Failures[0], "f.md:3: want death-toll-within, got none") {
				t.Fatalf("failures = %v", r.Failures)
			}
			return
		}
	}
	t.Fatal("rule missing from results")
}
