// Package suppress reads inline suppression comments in articles and
// applies them to findings:
//
//	<!-- factlint-disable-next-line RULE[, RULE] -- reason -->
//	<!-- factlint-disable RULE -- reason --> … <!-- factlint-enable RULE -->
//	<!-- factlint-disable-file RULE -- reason -->
//
// Without a rule id a directive covers every rule. A suppression that
// suppresses nothing is itself reported, so stale ones do not pile up.
package suppress

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/source"
)

// Kind is what a directive does.
type Kind string

const (
	NextLine Kind = "disable-next-line"
	Disable  Kind = "disable"
	Enable   Kind = "enable"
	File     Kind = "disable-file"
)

// Directive is one suppression comment.
type Directive struct {
	Kind   Kind
	Rules  []string // empty: every rule
	Reason string
	At     diagnostic.Location
	target int // the line NextLine covers
	used   bool
}

// Rule ids of the findings suppressions produce themselves.
const (
	UnusedRule    = "unused-suppression"
	NoReasonRule  = "suppression-without-reason"
	UnknownIDRule = "suppression-unknown-rule"
)

var directiveRE = regexp.MustCompile(`<!--\s*factlint-(disable-next-line|disable-file|disable|enable)\b([^>]*?)-->`)

// Parse finds the directives of a file and returns the source with each
// directive blanked out by spaces, so plain-text parsing does not read the
// comment as prose and every other offset stays where it was. lines may be
// nil: they are then made only if the file has directives.
func Parse(file string, src []byte, lines *source.Lines) ([]*Directive, []byte) {
	matches := directiveRE.FindAllSubmatchIndex(src, -1)
	if len(matches) == 0 {
		return nil, src
	}
	if lines == nil {
		lines = source.NewLines(src) // only a file with directives needs its lines
	}
	blanked := append([]byte(nil), src...)
	var out []*Directive
	for _, m := range matches {
		d := &Directive{Kind: Kind(src[m[2]:m[3]])}
		body := string(src[m[4]:m[5]])
		if i := strings.Index(body, "--"); i >= 0 {
			d.Reason = strings.TrimSpace(body[i+2:])
			body = body[:i]
		}
		for _, id := range strings.FieldsFunc(body, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' }) {
			d.Rules = append(d.Rules, id)
		}
		line, col := lines.Position(m[0])
		endLine, endCol := lines.Position(m[1])
		d.At = diagnostic.Location{File: file, Span: source.Span{Start: m[0], End: m[1]}, Line: line, Column: col, EndLine: endLine, EndColumn: endCol}
		d.target = nextContentLine(src, lines, endLine)
		out = append(out, d)
		for k := m[0]; k < m[1]; k++ {
			if blanked[k] != '\n' && blanked[k] != '\r' {
				blanked[k] = ' '
			}
		}
	}
	return out, blanked
}

// nextContentLine is the first line after line that holds more than white
// space and directives.
func nextContentLine(src []byte, lines *source.Lines, line int) int {
	for l := line + 1; l <= lines.Count(); l++ {
		end := len(src)
		if l < lines.Count() {
			end = lines.LineStart(l + 1)
		}
		text := directiveRE.ReplaceAllString(string(src[lines.LineStart(l):end]), "")
		if strings.TrimSpace(text) != "" {
			return l
		}
	}
	return line + 1
}

func (d *Directive) names(rule string) bool {
	if len(d.Rules) == 0 {
		return true
	}
	for _, r := range d.Rules {
		if r == rule {
			return true
		}
	}
	return false
}

// Options say how strict suppressions are.
type Options struct {
	RequireReason bool
	KnownRules    map[string]bool // ids a directive may name; nil accepts any
}

// Apply removes the findings the directives cover and adds findings for
// directives that are unused, name unknown rules or lack a required reason.
// byFile holds each file's directives.
func Apply(ds []diagnostic.Diagnostic, byFile map[string][]*Directive, o Options) []diagnostic.Diagnostic {
	var out []diagnostic.Diagnostic
	for _, d := range ds {
		if !suppressed(d, byFile[d.Primary.File]) {
			out = append(out, d)
		}
	}
	files := slices.Sorted(maps.Keys(byFile))
	for _, f := range files {
		for _, dir := range byFile[f] {
			out = append(out, problems(dir, o)...)
		}
	}
	return out
}

// suppressed reports whether a directive of the file covers d, and marks
// the directive used.
func suppressed(d diagnostic.Diagnostic, dirs []*Directive) bool {
	line := d.Primary.Line
	hit := false
	for i, dir := range dirs {
		if !dir.names(d.Rule) {
			continue
		}
		switch dir.Kind {
		case File:
		case NextLine:
			if dir.target != line {
				continue
			}
		case Disable:
			if dir.At.Line > line || enabledBetween(dirs[i+1:], d.Rule, line) {
				continue
			}
		default:
			continue
		}
		dir.used, hit = true, true
	}
	return hit
}

// enabledBetween: an enable for the rule stands before line.
func enabledBetween(rest []*Directive, rule string, line int) bool {
	for _, e := range rest {
		if e.Kind == Enable && e.names(rule) && e.At.Line <= line {
			return true
		}
	}
	return false
}

func problems(dir *Directive, o Options) []diagnostic.Diagnostic {
	var out []diagnostic.Diagnostic
	mk := func(rule, msg string) {
		out = append(out, diagnostic.Diagnostic{Rule: rule, Severity: diagnostic.Warning, Message: msg, Primary: dir.At,
			Facts: string(dir.Kind) + "|" + strings.Join(dir.Rules, ",")})
	}
	if dir.Kind == Enable {
		return nil
	}
	for _, r := range dir.Rules {
		if o.KnownRules != nil && !o.KnownRules[r] {
			mk(UnknownIDRule, fmt.Sprintf("factlint-%s names %q, which is no active rule", dir.Kind, r))
		}
	}
	if !dir.used {
		what := "any finding"
		if len(dir.Rules) > 0 {
			what = "a finding of " + strings.Join(dir.Rules, ", ")
		}
		mk(UnusedRule, fmt.Sprintf("factlint-%s suppresses nothing: there is no longer %s here; remove it", dir.Kind, what))
	}
	if o.RequireReason && dir.Reason == "" {
		mk(NoReasonRule, fmt.Sprintf("factlint-%s needs a reason: add “-- why” before the end of the comment", dir.Kind))
	}
	return out
}
