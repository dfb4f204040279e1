// Package diagnostic defines the one finding type every output format
// renders: a rule's message at a primary place, with the related places of
// the claims it conflicts with.
package diagnostic

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker/safetext"
	"github.com/factlint/factlint/checker/source"
)

// Severity orders findings; it is also the --fail-on threshold.
type Severity int

const (
	Info Severity = iota + 1
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// ParseSeverity reads error, warning or info; "none" ranks above every
// severity, so --fail-on none never fails.
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "info":
		return Info, nil
	case "none":
		return Error + 1, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning, info or none)", s)
}

// Location is a span of a file with its line and column (1-based, columns in
// Unicode characters), as extraction computed them.
type Location struct {
	File      string
	Span      source.Span
	Line      int
	Column    int
	EndLine   int
	EndColumn int
}

// Placed is what stands at a place of a file: a claim. The interface keeps
// this package below the claim package, which it need not know.
type Placed interface {
	Place() (file string, span source.Span, line, column, endLine, endColumn int)
}

// At is the location of a claim (or of anything else Placed).
func At(p Placed) Location {
	var l Location
	l.File, l.Span, l.Line, l.Column, l.EndLine, l.EndColumn = p.Place()
	return l
}

// String renders file:line:col with the file name escaped by
// safetext.Name, for the formats read as lines.
func (l Location) String() string {
	return fmt.Sprintf("%s:%d:%d", safetext.Name(l.File), l.Line, l.Column)
}

// Related is another place a finding concerns.
type Related struct {
	Location
	Message string
}

// Diagnostic is one finding.
type Diagnostic struct {
	Rule     string
	Severity Severity
	Message  string
	Primary  Location
	Related  []Related
	// Facts identifies what the finding is about independently of where
	// it stands: the rule and the texts of the claims involved. SARIF
	// fingerprints and baselines use it, so an edit elsewhere in a file
	// does not make an old finding new.
	Facts string
	// Story is the story a finding of a rule across articles was raised
	// in (see package story); "" for a finding inside one article.
	Story string
	// Weak is set on a finding its rule reported below its severity for
	// want of evidence that both sides count the same thing (the rule's
	// `strong`): a doubt for a person to read, not a conflict.
	Weak bool
}

// Fingerprint is a stable hash of the rule, the file and the facts.
func (d Diagnostic) Fingerprint() string {
	h := sha256.Sum256([]byte(d.Rule + "\x00" + d.Primary.File + "\x00" + d.Facts))
	return hex.EncodeToString(h[:16])
}

// Sort orders findings by file (in the order given), position, rule and
// message, so every run prints them in the same order.
func Sort(ds []Diagnostic, fileOrder map[string]int) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Primary.File != b.Primary.File {
			oa, okA := fileOrder[a.Primary.File]
			ob, okB := fileOrder[b.Primary.File]
			if okA && okB {
				return oa < ob
			}
			return a.Primary.File < b.Primary.File
		}
		if a.Primary.Span.Start != b.Primary.Span.Start {
			return a.Primary.Span.Start < b.Primary.Span.Start
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return strings.Compare(a.Message, b.Message) < 0
	})
}
