package rules

import (
	"slices"

	"github.com/expr-lang/expr/ast"

	"github.com/factlint/factlint/checker/claim"
)

// pairReads finds the claim fields a pair rule's assert reads of a and b:
// the engine compares two claims that agree on all of them once, however
// many places say them. A field read (a.text, b.value.min), or a claim
// given whole to a function that declares what it reads (compatible(a, b)),
// is known; a claim used in any other way (a == b, let x = a) may depend on
// every field, and then all are named.
func pairReads(root ast.Node, fns []Function) []string {
	declared := map[string][]string{}
	for _, f := range fns {
		if f.reads != nil {
			declared[f.Name] = f.reads
		}
	}
	v := &readsVisitor{declared: declared, known: map[*ast.IdentifierNode]bool{}, fields: map[string]bool{}}
	ast.Walk(&root, v)
	if slices.ContainsFunc(v.uses, func(id *ast.IdentifierNode) bool { return !v.known[id] }) {
		return claim.Fields()
	}
	out := make([]string, 0, len(v.fields))
	for f := range v.fields {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// readsVisitor collects every use of a and b and marks those read through
// a field or a declared function; ast.Walk visits a parent after its
// children, so uses are judged only once the walk is over.
type readsVisitor struct {
	declared map[string][]string
	known    map[*ast.IdentifierNode]bool // a or b read through a field or a declared function
	uses     []*ast.IdentifierNode        // every a and b
	fields   map[string]bool
}

func (v *readsVisitor) Visit(node *ast.Node) {
	switch n := (*node).(type) {
	case *ast.IdentifierNode:
		if isPairClaim(n) {
			v.uses = append(v.uses, n)
		}
	case *ast.MemberNode:
		id, ok := n.Node.(*ast.IdentifierNode)
		prop, named := n.Property.(*ast.StringNode)
		if ok && isPairClaim(id) && named {
			v.known[id] = true
			v.fields[prop.Value] = true
		}
	case *ast.CallNode:
		callee, ok := n.Callee.(*ast.IdentifierNode)
		if !ok {
			return
		}
		reads, ok := v.declared[callee.Value]
		if !ok {
			return
		}
		for _, arg := range n.Arguments {
			if id, ok := arg.(*ast.IdentifierNode); ok && isPairClaim(id) {
				v.known[id] = true
				for _, f := range reads {
					v.fields[f] = true
				}
			}
		}
	}
}

func isPairClaim(n *ast.IdentifierNode) bool { return n.Value == "a" || n.Value == "b" }
