package engine

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
)

const strongRule = `
- id: toll
  claims: count
  where: claim.event == "killed"
  pairs: within-document
  key: claim.subject
  assert: overlaps(a.value, b.value)
  strong: a.backed && b.backed
  WEAK
  message: "{figure(a)} conflicts with {figure(b)}"
`

func told(line int, n float64, backed bool) *claim.Claim {
	c := count("a.md", line, n, n, "killed")
	c.Backed = backed
	return c
}

// A finding without the rule's strong evidence is reported at its weak
// severity (a warning unless the rule says otherwise) and marked weak.
func TestAFindingWithoutStrongEvidenceIsAWarning(t *testing.T) {
	rs := mustRules(t, strings.Replace(strongRule, "WEAK", "", 1))
	for _, tc := range []struct {
		a, b bool
		want diagnostic.Severity
	}{{true, true, diagnostic.Error}, {true, false, diagnostic.Warning}, {false, false, diagnostic.Warning}} {
		arts := []*claim.Article{{File: "a.md", Claims: []*claim.Claim{told(1, 33, tc.a), told(2, 34, tc.b)}}}
		ds, err := Run(rs, arts)
		if err != nil {
			t.Fatal(err)
		}
		if len(ds) != 1 || ds[0].Severity != tc.want || ds[0].Weak != (tc.want != diagnostic.Error) {
			t.Errorf("backed %v/%v: got %+v, want one %v", tc.a, tc.b, ds, tc.want)
		}
	}
}

// weak_severity: none drops a doubt; info keeps it below a warning.
func TestWeakSeverityNoneDropsADoubt(t *testing.T) {
	for weak, want := range map[string]int{"weak_severity: none": 0, "weak_severity: info": 1} {
		rs := mustRules(t, strings.Replace(strongRule, "WEAK", weak, 1))
		arts := []*claim.Article{{File: "a.md", Claims: []*claim.Claim{told(1, 33, true), told(2, 34, false)}}}
		ds, err := Run(rs, arts)
		if err != nil {
			t.Fatal(err)
		}
		if len(ds) != want || want == 1 && ds[0].Severity != diagnostic.Info {
			t.Errorf("%s: got %+v", weak, ds)
		}
	}
}

// Of the figures one claim conflicts with, the finding names one it has
// strong evidence against, even when a weak one comes first and says the
// same figure: a stale "four" in a heading must not hide the error against
// the lead's "four people".
func TestTheStrongFindingOfAClaimWinsOverAWeakOne(t *testing.T) {
	rs := mustRules(t, strings.Replace(strongRule, "WEAK", "", 1))
	weak, strong, late := told(1, 4, false), told(2, 4, true), told(3, 3, true)
	ds, err := Run(rs, []*claim.Article{{File: "a.md", Claims: []*claim.Claim{weak, strong, late}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].Severity != diagnostic.Error || ds[0].Related[0].Line != 2 {
		t.Fatalf("got %+v, want one error against line 2", ds)
	}
}
