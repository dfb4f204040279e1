package rules

import (
	"github.com/expr-lang/expr/ast"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/extract"
)

// The library's yes-or-no functions of one text or of the claim whole
// that a guard may ask in Go (guard.go): each is the Go function the
// library's own calls (functions.go), spends no meter and cannot fail, so
// asking it in an opening conjunct is what the machine would do, without
// the machine. `office(claim.source.role) && !pastTitle(claim.source.title)`
// rejects most attributions of a rule across articles.
// TestGuardPredicatesAreTheLibrarys holds each to the library's answer.

// textPredicates are those of one text, by the library's name.
var textPredicates = map[string]func(string) bool{
	"office":    extract.Office,
	"pastTitle": extract.PastTitle,
}

// claimPredicates are those of the claim whole; each reads facets.
var claimPredicates = map[string]func(*claim.Claim) bool{
	"ownFigure": OwnFigure,
}

// predicateTestOf reads name(claim.<text>) and name(claim) as a flag of
// the claim, which passes when the predicate says want.
func predicateTestOf(n *ast.CallNode, want bool) (fieldTest, bool) {
	callee, ok := n.Callee.(*ast.IdentifierNode)
	if !ok || len(n.Arguments) != 1 {
		return fieldTest{}, false
	}
	switch arg := n.Arguments[0].(type) {
	case *ast.MemberNode:
		p, isPredicate := textPredicates[callee.Value]
		read, facets, isText := claimText(arg)
		if isPredicate && isText {
			return fieldTest{flag: func(c *claim.Claim) bool { return p(read(c)) }, facets: facets, want: want}, true
		}
	case *ast.IdentifierNode:
		if p, isPredicate := claimPredicates[callee.Value]; isPredicate && arg.Value == "claim" {
			return fieldTest{flag: p, facets: true, want: want}, true
		}
	}
	return fieldTest{}, false
}
