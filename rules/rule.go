package rules

import (
	"github.com/expr-lang/expr/vm"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/source"
)

// Severity is the severity of a rule's findings.
type Severity = diagnostic.Severity

// The severities, re-exported for rule code.
const (
	Info    = diagnostic.Info
	Warning = diagnostic.Warning
	Error   = diagnostic.Error
)

// ParseSeverity reads error, warning, info or none.
var ParseSeverity = diagnostic.ParseSeverity

// Pairing says which claims a rule compares.
type Pairing string

const (
	Single          Pairing = ""                 // each claim on its own
	WithinDocument  Pairing = "within-document"  // pairs in one article
	AcrossDocuments Pairing = "across-documents" // pairs in different articles of one story
	AnyPair         Pairing = "any"              // both
)

// Rule is one declarative rule, compiled.
type Rule struct {
	ID          string
	Title       string
	Description string
	Link        string
	Since       string
	Severity    Severity
	Kinds       []claim.Kind
	Pairs       Pairing
	Where       Expr
	Key         Expr
	Assert      Expr
	// Strong is the evidence a finding needs to be reported at Severity:
	// a finding for which it is false is a doubtful case, reported at
	// WeakSeverity. Undefined, every finding is strong.
	Strong       Expr
	WeakSeverity Severity
	Message      Template
	Related      Template // message for the related place of a pair
	Include      []string // path globs the rule applies to (all when empty)
	Exclude      []string // path globs it skips
	Examples     Examples
	Pack         string
	Pos          source.Position // where the rule's id is written

	// PathBase is the folder Include and Exclude are relative to: the
	// configuration's, set by whoever loads the rules; "" is the working
	// folder.
	PathBase string
}

// Examples are short articles a rule must flag (Bad) or pass (Good).
type Examples struct {
	Bad, Good []Example
}

// Example is one example text and where it is written.
type Example struct {
	Text string
	Pos  source.Position
}

// Expr is a compiled expression and where its source text is written.
type Expr struct {
	Source  string
	Pos     source.Position
	Program *vm.Program
	// Reads names the claim fields a pair rule's assert reads of a and b,
	// sorted: claims equal in all of them are compared once.
	Reads []string
	// Guard is the field tests the expression opens with, to reject a
	// claim without running it (guard.go).
	Guard Guard
	plain plainText // the one text field the expression is, if it is one (plain.go)
}

// Defined reports whether the rule file gave the expression.
func (e Expr) Defined() bool { return e.Program != nil }

// HasKind reports whether the rule selects claims of kind k.
func (r *Rule) HasKind(k claim.Kind) bool {
	for _, kk := range r.Kinds {
		if kk == k {
			return true
		}
	}
	return false
}

// ClaimEnv is what `where`, `key` and the `assert` of a per-claim rule see.
type ClaimEnv struct {
	Claim *claim.Claim   `expr:"claim"`
	Doc   *claim.Article `expr:"doc"`
	Meter *Meter         `expr:"-"` // what the evaluation may still spend; nil: unmetered
}

// PairEnv is what the `assert` and `message` of a pair rule see: a is the
// claim reported, b the one it conflicts with.
type PairEnv struct {
	A     *claim.Claim `expr:"a"`
	B     *claim.Claim `expr:"b"`
	Meter *Meter       `expr:"-"` // as in ClaimEnv
}
