// Package report renders findings and claims. Every format renders the same
// diagnostic.Diagnostic; none of them computes anything a rule decided.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/rules"
)

// Stats summarises a run.
type Stats struct {
	Files  int `json:"files"`
	Claims int `json:"claims"`
	Rules  int `json:"rules"`
}

// Report is everything a findings format may print.
type Report struct {
	Diagnostics []diagnostic.Diagnostic
	Rules       []*rules.Rule
	Stats       Stats
	Version     string
	Color       bool
	// Hidden counts, by severity, the findings below MinSeverity that
	// the report leaves out (--min-severity).
	Hidden      map[diagnostic.Severity]int
	MinSeverity diagnostic.Severity
	// Source reads a file a finding is in, for the formats that count
	// columns in bytes (rdjson); nil, or false, where it cannot be read.
	Source func(file string) ([]byte, bool)
	// Errors are the tool errors of the run (input, configuration and
	// rule errors), for the formats that carry them: SARIF's
	// toolExecutionNotifications, github's ::error annotations.
	Errors []error
	// Incomplete is set when some input or rule failed: the run exits 2
	// and its summary must not read as a clean bill.
	Incomplete bool
}

// Formatter writes a report in one format.
type Formatter func(w io.Writer, r *Report) error

var formatters = map[string]Formatter{
	"text":       Text,
	"json":       JSON,
	"sarif":      SARIF,
	"github":     GitHub,
	"rdjson":     RDJSON,
	"checkstyle": Checkstyle,
	"junit":      JUnit,
	"markdown":   Markdown,
}

// Formats lists the findings formats.
func Formats() []string {
	var out []string
	for k := range formatters {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Lookup finds a findings format by name.
func Lookup(name string) (Formatter, error) {
	f, ok := formatters[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want %s)", name, strings.Join(Formats(), ", "))
	}
	return f, nil
}

// ruleByID indexes the report's rules.
func (r *Report) ruleByID(id string) *rules.Rule {
	for _, rule := range r.Rules {
		if rule.ID == id {
			return rule
		}
	}
	return nil
}
