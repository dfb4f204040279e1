package rules

import (
	"github.com/expr-lang/expr/ast"

	"github.com/factlint/factlint/checker/claim"
)

// Rejecting a claim before a `where` runs. A rule's `where` is run once
// for every claim of the rule's kinds, and most built-in ones open on a
// plain test of a field ("claim.event == \"killed\" && …", "claim.in_headline
// && …") that most claims fail: a run of the expression machine, with its
// setup, to read one field. A Guard is those opening tests, read from the
// compiled expression and run in Go.
//
// Only the tests that open the expression, before anything else of it,
// are taken: `A && B && rest` is false without a step of rest when A or
// B is, so rejecting a claim on them is what the machine would say, with
// nothing it would have spent (a meter, see budget.go) or failed on left
// out. A claim without facets is rejected only by the tests before the
// first that reads a facet: the machine fails there.

// Guard is the opening field tests of an expression; its zero value tests
// nothing.
type Guard struct {
	tests []fieldTest
}

// fieldTest is one opening test: a string field equal (or not) to a
// text, or in a set of texts, or a flag that is set (or not).
type fieldTest struct {
	text   func(*claim.Claim) string // nil for a flag
	flag   func(*claim.Claim) bool
	facets bool // the field is one of the facets
	equal  string
	in     map[string]struct{} // for `in`; nil otherwise
	want   bool                // the result that passes: == or a set flag (true), != or a flag not set (false)
}

// Rejects reports whether one of the guard's tests fails for c, so the
// expression is false for it. The tests run in the expression's order: at
// a facet of a claim without facets the machine would fail, not say
// false, so the guard stops there and leaves it to the machine.
func (g Guard) Rejects(c *claim.Claim) bool {
	for i := range g.tests {
		t := &g.tests[i]
		if t.facets && c.Facets == nil {
			return false
		}
		if !t.passes(c) {
			return true
		}
	}
	return false
}

func (t *fieldTest) passes(c *claim.Claim) bool {
	if t.text == nil {
		return t.flag(c) == t.want
	}
	v := t.text(c)
	if t.in != nil {
		_, ok := t.in[v]
		return ok
	}
	return (v == t.equal) == t.want
}

// guardOf reads the guard of a compiled expression's tree: its opening
// conjuncts, left to right, as long as each is a field test.
func guardOf(root ast.Node) Guard {
	var g Guard
	for _, n := range conjuncts(root) {
		t, ok := fieldTestOf(n)
		if !ok {
			break
		}
		g.tests = append(g.tests, t)
	}
	return g
}

// conjuncts are the operands of an expression's top-level chain of &&, in
// the order they run ("A && B && C" is (A && B) && C).
func conjuncts(n ast.Node) []ast.Node {
	if b, ok := n.(*ast.BinaryNode); ok && (b.Operator == "&&" || b.Operator == "and") {
		return append(conjuncts(b.Left), conjuncts(b.Right)...)
	}
	return []ast.Node{n}
}

// fieldTestOf reads claim.<flag>, !claim.<flag>, claim.<text> == "…" (or
// !=, either way round), claim.<text> in […] (a set of texts once
// compiled) and a library predicate of a text field or of the claim, or
// its negation (guard_calls.go).
func fieldTestOf(n ast.Node) (fieldTest, bool) {
	switch n := n.(type) {
	case *ast.MemberNode:
		if f, facets, ok := claimFlag(n); ok {
			return fieldTest{flag: f, facets: facets, want: true}, true
		}
	case *ast.CallNode:
		return predicateTestOf(n, true)
	case *ast.UnaryNode:
		if m, ok := n.Node.(*ast.MemberNode); ok && (n.Operator == "!" || n.Operator == "not") {
			if f, facets, ok := claimFlag(m); ok {
				return fieldTest{flag: f, facets: facets, want: false}, true
			}
		}
		if call, ok := n.Node.(*ast.CallNode); ok && (n.Operator == "!" || n.Operator == "not") {
			return predicateTestOf(call, false)
		}
	case *ast.BinaryNode:
		switch n.Operator {
		case "==", "!=":
			m, lit := n.Left, n.Right
			if _, ok := m.(*ast.StringNode); ok {
				m, lit = lit, m
			}
			s, isText := lit.(*ast.StringNode)
			member, isMember := m.(*ast.MemberNode)
			if !isText || !isMember {
				break
			}
			if f, facets, ok := claimText(member); ok {
				return fieldTest{text: f, facets: facets, equal: s.Value, want: n.Operator == "=="}, true
			}
		case "in":
			member, isMember := n.Left.(*ast.MemberNode)
			set, isSet := n.Right.(*ast.ConstantNode)
			if !isMember || !isSet {
				break
			}
			texts, ok := set.Value.(map[string]struct{})
			if f, facets, isField := claimText(member); ok && isField {
				return fieldTest{text: f, facets: facets, in: texts}, true
			}
		}
	}
	return fieldTest{}, false
}

// claimField is the name of the field n reads of the environment's claim
// ("event" of claim.event, "source.kind" of claim.source.kind), or "".
func claimField(n *ast.MemberNode) string {
	prop, named := n.Property.(*ast.StringNode)
	if !named || n.Optional || n.Method {
		return ""
	}
	switch of := n.Node.(type) {
	case *ast.IdentifierNode:
		if of.Value == "claim" {
			return prop.Value
		}
	case *ast.MemberNode:
		if outer := claimField(of); outer == "source" || outer == "speaker" {
			return outer + "." + prop.Value
		}
	}
	return ""
}

// claimText is the reader of a text field of the claim that n reads, and
// whether it is a facet (claim.TextField).
func claimText(n *ast.MemberNode) (read func(*claim.Claim) string, facets, ok bool) {
	return claim.TextField(claimField(n))
}

// claimFlag is the reader of a flag of the claim that n reads
// (claim.FlagField).
func claimFlag(n *ast.MemberNode) (read func(*claim.Claim) bool, facets, ok bool) {
	return claim.FlagField(claimField(n))
}
