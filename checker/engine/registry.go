package engine

import (
	"slices"

	"github.com/expr-lang/expr/ast"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/rules"
)

// Rules that only hold drafts against a registry of confirmed facts (the
// facts pack) are true of every pair whose b is a draft's claim: their
// assert opens `b.kind != "fact" || …`. Only a registry makes claims of
// kind fact (package facts), so in a run without one such a rule finds
// nothing, yet it selected every name, quote and title of every article,
// kept them until the stories were checked and compared them there: a
// tenth of a run's CPU over an archive. A run that knows it has no
// registry leaves them out (checker/lint).

// NeedsRegistry reports whether a rule across articles can find nothing
// where no claim is of kind fact: its assert is a disjunction with the
// term `b.kind != "fact"`, read from the compiled expression.
func NeedsRegistry(r *rules.Rule) bool {
	if r.Pairs == rules.Single || !r.Assert.Defined() {
		return false
	}
	for _, term := range disjuncts(r.Assert.Program.Node(), nil) {
		if bIsNoFact(term) {
			return true
		}
	}
	return false
}

// disjuncts appends the terms of a chain of ||.
func disjuncts(n ast.Node, out []ast.Node) []ast.Node {
	if b, ok := n.(*ast.BinaryNode); ok && (b.Operator == "||" || b.Operator == "or") {
		return disjuncts(b.Right, disjuncts(b.Left, out))
	}
	return append(out, n)
}

// bIsNoFact reports whether n is `b.kind != "fact"` (or the same written
// the other way round).
func bIsNoFact(n ast.Node) bool {
	bin, ok := n.(*ast.BinaryNode)
	if !ok || bin.Operator != "!=" {
		return false
	}
	return isBKind(bin.Left) && isFact(bin.Right) || isBKind(bin.Right) && isFact(bin.Left)
}

func isBKind(n ast.Node) bool {
	m, ok := n.(*ast.MemberNode)
	if !ok {
		return false
	}
	id, ok := m.Node.(*ast.IdentifierNode)
	prop, named := m.Property.(*ast.StringNode)
	return ok && named && id.Value == "b" && prop.Value == "kind"
}

func isFact(n ast.Node) bool {
	s, ok := n.(*ast.StringNode)
	return ok && s.Value == string(claim.Fact)
}

// WithoutRegistryRules returns rs without the rules that need a registry
// (NeedsRegistry), for a run that has none; rs itself when it has no such
// rule.
func WithoutRegistryRules(rs []*rules.Rule) []*rules.Rule {
	if !slices.ContainsFunc(rs, NeedsRegistry) {
		return rs
	}
	return slices.DeleteFunc(slices.Clone(rs), NeedsRegistry)
}
