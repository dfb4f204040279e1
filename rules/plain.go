package rules

import (
	"github.com/expr-lang/expr/ast"

	"github.com/factlint/factlint/checker/claim"
)

// Reading a key that is one text field without the expression machine.
// A rule across articles keys every claim it selects, and the most common
// key is a field as it is (`key: claim.folded`): a run of the machine, with
// its setup, for one field, once for each name of a run. The field is
// read in Go instead, when the expression is nothing else.

// plainText is the reader of the text field an expression is, when it is
// only that field; its zero value reads nothing.
type plainText struct {
	read   func(*claim.Claim) string
	facets bool
}

// plainTextOf is the reader of an expression that is one text field of
// the claim (claim.folded, claim.speaker.name), or none.
func plainTextOf(root ast.Node) plainText {
	if m, ok := root.(*ast.MemberNode); ok {
		if read, facets, ok := claimText(m); ok {
			return plainText{read: read, facets: facets}
		}
	}
	return plainText{}
}

// Text is the value of the expression for c when the expression is one
// text field of the claim, read without running it, and whether it is:
// not for other expressions, nor for a claim without the facets the field
// is in (the machine fails there, and says why).
func (e Expr) Text(c *claim.Claim) (string, bool) {
	if e.plain.read == nil || e.plain.facets && c.Facets == nil {
		return "", false
	}
	return e.plain.read(c), true
}
