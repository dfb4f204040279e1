package rules

import (
	"fmt"
	"reflect"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"

	"github.com/factlint/factlint/checker/claim"
)

// A rule's expressions are metered as they run, so that a costly one stops
// with its position instead of running for hours: every read of `doc`
// costs the article's number of claims (what a builtin given doc.claims
// may visit), and every step of a closure (the predicate of all, filter,
// map, …) the size of its body. Loops nested in each other pay for each
// inner step, so an expression that pairs every claim with every other
// costs the square of the claims, and an expression run once per claim
// that reads doc costs it for each claim. Only what runs is paid: a `doc`
// behind a false `&&` costs nothing.
//
// The meter is written into the compiled program by a patch (see
// meterPatch) rather than counted by the VM, which has no step budget.

// Meter is what an evaluator may still spend. It travels in the
// environment, out of the rule language's reach (`expr:"-"`); an
// environment without one is not metered.
type Meter struct {
	left, limit int
	what        string
	inFile      bool // what is the file a meter is "in"
}

// Reset gives the meter limit operations for what it meters ("in one
// article", "in the comparisons of a story").
func (m *Meter) Reset(limit int, what string) {
	m.left, m.limit, m.what, m.inFile = limit, limit, what, false
}

// ResetIn is Reset for what is "in " a file. The words are made only if
// the meter runs out: a run resets a meter for every rule and article.
func (m *Meter) ResetIn(limit int, file string) {
	m.left, m.limit, m.what, m.inFile = limit, limit, file, true
}

// metered is what the meter meters, in words.
func (m *Meter) metered() string {
	if m.inFile {
		return "in " + m.what
	}
	return m.what
}

// spend takes n operations, or fails when they are over the limit.
func (m *Meter) spend(n int) error {
	if m == nil {
		return nil
	}
	if m.left -= max(n, 1); m.left < 0 {
		return &OverBudgetError{Limit: m.limit, What: m.metered()}
	}
	return nil
}

// OverBudgetError is an expression that spent its meter.
type OverBudgetError struct {
	Limit int
	What  string
}

func (e *OverBudgetError) Error() string {
	return fmt.Sprintf("more than %d operations %s: the rule does too much work per claim (a loop over doc.claims for each claim, or loops nested in each other)", e.Limit, e.What)
}

// OperationBudget is the limit for n claims: linear in them, with room for
// small articles. A rule that reads the whole article once per claim, on
// an article of 5,000 claims, is over it; any built-in rule is far under.
func OperationBudget(n int) int { return minOperations + operationsPerClaim*n }

const (
	minOperations      = 10_000_000
	operationsPerClaim = 2_000
)

// The names the patch calls. They are not documented: a rule that calls
// them only pays (a negative cost counts as one).
const (
	spendName = "__spend"
	docName   = "__doc"
)

func meterOf(env any) *Meter {
	switch e := env.(type) {
	case *ClaimEnv:
		return e.Meter
	case *PairEnv:
		return e.Meter
	}
	return nil
}

var articleType = reflect.TypeOf(&claim.Article{})

// meterOptions are the compile options of metering: the two functions and
// the patch that calls them.
func meterOptions() []expr.Option {
	return []expr.Option{
		expr.Function(spendName, func(p ...any) (any, error) {
			return true, meterOf(p[0]).spend(p[1].(int))
		}, new(func(any, int) bool)),
		expr.Function(docName, func(p ...any) (any, error) {
			env, _ := p[0].(*ClaimEnv)
			if env == nil {
				return (*claim.Article)(nil), nil
			}
			n := 0
			if env.Doc != nil {
				n = len(env.Doc.Claims)
			}
			return env.Doc, env.Meter.spend(n)
		}, new(func(any) *claim.Article)),
		expr.Patch(meterPatch{}),
	}
}

// meterPatch replaces each read of doc with __doc($env), and makes each
// closure body `__spend($env, size); body`. ast.Walk visits children
// first, so a closure's size counts the closures inside it once.
type meterPatch struct{}

func (meterPatch) Visit(node *ast.Node) {
	switch n := (*node).(type) {
	case *ast.IdentifierNode:
		if n.Value == "doc" || n.Type() == articleType {
			ast.Patch(node, &ast.CallNode{Callee: &ast.IdentifierNode{Value: docName},
				Arguments: []ast.Node{&ast.IdentifierNode{Value: "$env"}}})
		}
	case *ast.PredicateNode:
		spend := &ast.CallNode{Callee: &ast.IdentifierNode{Value: spendName},
			Arguments: []ast.Node{&ast.IdentifierNode{Value: "$env"}, &ast.IntegerNode{Value: size(n.Node)}}}
		n.Node = &ast.SequenceNode{Nodes: []ast.Node{spend, n.Node}}
	}
}

// size is the number of nodes of an expression.
func size(root ast.Node) int {
	c := &counter{}
	ast.Walk(&root, c)
	return c.n
}

type counter struct{ n int }

func (c *counter) Visit(*ast.Node) { c.n++ }
