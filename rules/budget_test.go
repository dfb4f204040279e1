package rules

import (
	"errors"
	"testing"

	"github.com/expr-lang/expr"

	"github.com/factlint/factlint/checker/claim"
)

func article(n int) *claim.Article {
	a := &claim.Article{File: "a.md"}
	for i := 0; i < n; i++ {
		a.Claims = append(a.Claims, &claim.Claim{Facets: &claim.Facets{Kind: claim.Count}, Index: i})
	}
	return a
}

// A rule that loops over the claims inside a loop over the claims stops at
// its budget, whatever time that takes; one that reads them once per
// evaluation pays for each read.
func TestNestedLoopsSpendTheBudget(t *testing.T) {
	p, err := Load("r.yaml", []byte("- id: r\n  claims: count\n  assert: 'all(doc.claims, {all(doc.claims, {all(doc.claims, {.index >= 0})})})'\n  message: m\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := article(300)
	m := &Meter{}
	m.Reset(OperationBudget(len(a.Claims)), "in one article")
	_, err = expr.Run(p.Rules[0].Assert.Program, &ClaimEnv{Claim: a.Claims[0], Doc: a, Meter: m})
	var over *OverBudgetError
	if !errors.As(err, &over) || over.Limit != OperationBudget(300) {
		t.Fatalf("err = %v, want the operation budget", err)
	}
}

func TestShortCircuitedDocCostsNothing(t *testing.T) {
	p, err := Load("r.yaml", []byte("- id: r\n  claims: count\n  where: 'claim.index < 0 && any(doc.claims, {.index == 3})'\n  assert: 'any(doc.claims, {.index == 3})'\n  message: m\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := article(10)
	m := &Meter{}
	m.Reset(1000, "in one article")
	env := &ClaimEnv{Claim: a.Claims[0], Doc: a, Meter: m}
	if out, err := expr.Run(p.Rules[0].Where.Program, env); err != nil || out != false || m.left != 1000 {
		t.Fatalf("where = %v, %v; left %d, want false, nil, 1000", out, err, m.left)
	}
	// the doc read costs its 10 claims, and the closure 4 steps of its body
	if out, err := expr.Run(p.Rules[0].Assert.Program, env); err != nil || out != true || m.left >= 990 {
		t.Fatalf("assert = %v, %v; left %d", out, err, m.left)
	}
}
