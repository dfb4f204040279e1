package suppress

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/source"
)

func finding(rule string, line int) diagnostic.Diagnostic {
	return diagnostic.Diagnostic{Rule: rule, Severity: diagnostic.Error, Primary: diagnostic.Location{File: "a.md", Line: line}}
}

func TestDirectives(t *testing.T) {
	src := `# Title

<!-- factlint-disable-next-line death-toll-within -- the 34 is the ministry's, confirmed -->

Line five. 

<!-- factlint-disable name-spelling-within -->
Line eight.
<!-- factlint-enable name-spelling-within -->
Line ten.
<!-- factlint-disable-next-line quote-wording-across -->
Line twelve.
`
	dirs, blanked := Parse("a.md", []byte(src), source.NewLines([]byte(src)))
	if len(dirs) != 4 || len(blanked) != len(src) || strings.Contains(string(blanked), "factlint-") {
		t.Fatalf("dirs=%d blanked=%q", len(dirs), blanked)
	}
	if dirs[0].Reason != "the 34 is the ministry's, confirmed" || dirs[0].Rules[0] != "death-toll-within" {
		t.Fatalf("first directive = %+v", dirs[0])
	}
	in := []diagnostic.Diagnostic{
		finding("death-toll-within", 5),     // suppressed by next-line (past a blank line)
		finding("death-toll-within", 8),     // not suppressed
		finding("name-spelling-within", 8),  // suppressed by the range
		finding("name-spelling-within", 10), // after the enable: kept
	}
	out := Apply(in, map[string][]*Directive{"a.md": dirs}, Options{RequireReason: true})
	var got []string
	for _, d := range out {
		got = append(got, fmt.Sprintf("%s@%d", d.Rule, d.Primary.Line))
	}
	want := "death-toll-within@8 name-spelling-within@10"
	if !strings.HasPrefix(strings.Join(got, " "), want) {
		t.Fatalf("got %v", got)
	}
	rest := strings.Join(got[2:], " ")
	for _, w := range []string{UnusedRule, NoReasonRule} {
		if !strings.Contains(rest, w) {
			t.Errorf("no %s finding in %v", w, got)
		}
	}
}

func TestDisableFileWithoutRuleCoversAll(t *testing.T) {
	src := "<!-- factlint-disable-file -- archive copy -->\nText.\n"
	dirs, _ := Parse("a.md", []byte(src), source.NewLines([]byte(src)))
	out := Apply([]diagnostic.Diagnostic{finding("x", 2), finding("y", 9)}, map[string][]*Directive{"a.md": dirs}, Options{})
	if len(out) != 0 {
		t.Fatalf("got %+v", out)
	}
}

func TestUnknownRuleID(t *testing.T) {
	src := "<!-- factlint-disable-next-line deth-toll -->\nText.\n"
	dirs, _ := Parse("a.md", []byte(src), source.NewLines([]byte(src)))
	out := Apply(nil, map[string][]*Directive{"a.md": dirs}, Options{KnownRules: map[string]bool{"death-toll-within": true}})
	if len(out) != 2 || out[0].Rule != UnknownIDRule || !strings.Contains(out[0].Message, `"deth-toll"`) {
		t.Fatalf("got %+v", out)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("<!-- factlint-disable-next-line a, b -- why -->\nx")
	f.Add("<!-- factlint-disable-file-->")
	f.Fuzz(func(t *testing.T, s string) {
		dirs, blanked := Parse("f.md", []byte(s), source.NewLines([]byte(s)))
		if len(blanked) != len(s) {
			t.Fatal("blanking changed the length")
		}
		for _, d := range dirs {
			if d.At.Span.Start < 0 || d.At.Span.End > len(s) || d.At.Line < 1 {
				t.Fatalf("directive at %+v", d.At)
			}
		}
	})
}
