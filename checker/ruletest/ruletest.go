// Package ruletest checks rules against expectations: fixture articles
// carrying markers such as <!-- want: rule-id --> and <!-- ok: rule-id -->,
// and the `examples` of each rule (bad ones must fire, good ones must not).
// It is what `factlint test` runs and what `go test` runs on the built-in
// packs.
package ruletest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker/facts"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/rules"
)

// markerRE finds expectation markers. A marker alone on its line concerns
// the next non-blank line; at the end of a line, that line.
var markerRE = regexp.MustCompile(`<!--\s*(want|ok):\s*([a-z0-9][a-z0-9-]*(?:[\s,]+[a-z0-9][a-z0-9-]*)*)\s*-->`)

// Expectation is one marker.
type Expectation struct {
	File string
	Line int // the line under test
	Want bool
	Rule string
}

// Result is the outcome of the tests of one rule.
type Result struct {
	Rule     string
	Fixtures int      // expectations checked
	Examples int      // examples checked
	Failures []string // what went wrong, one line each
}

// Passed reports whether every expectation of the rule held.
func (r Result) Passed() bool { return len(r.Failures) == 0 }

// Run checks the rules against the fixtures under paths (each folder is one
// run, so cross-document rules see its files together) and against their
// own examples. Results come sorted by rule id.
func Run(rs []*rules.Rule, paths []string) ([]Result, error) {
	byRule := map[string]*Result{}
	for _, r := range rs {
		byRule[r.ID] = &Result{Rule: r.ID}
	}
	groups, err := fixtureGroups(paths)
	if err != nil {
		return nil, err
	}
	for _, g := range groups {
		if err := runFixtures(rs, g, byRule); err != nil {
			return nil, err
		}
	}
	for _, r := range rs {
		runExamples(r, byRule[r.ID])
	}
	out := make([]Result, 0, len(byRule))
	for _, r := range byRule {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Rule < out[j].Rule })
	return out, nil
}

// fixtureGroups groups fixture files by folder.
func fixtureGroups(paths []string) ([][]files.Input, error) {
	in, err := files.Expand(paths, nil)
	if err != nil {
		return nil, err
	}
	byDir := map[string][]files.Input{}
	var dirs []string
	for _, i := range in {
		d := filepath.Dir(i.Path)
		if byDir[d] == nil {
			dirs = append(dirs, d)
		}
		byDir[d] = append(byDir[d], i)
	}
	var out [][]files.Input
	for _, d := range dirs {
		out = append(out, byDir[d])
	}
	return out, nil
}

// runFixtures runs all rules over one folder, as `factlint check` would
// (suppression comments included), and compares the findings with its
// markers.
func runFixtures(rs []*rules.Rule, group []files.Input, byRule map[string]*Result) error {
	var exps []Expectation
	var inputs []files.Input
	for _, in := range group {
		src, err := os.ReadFile(in.Path)
		if err != nil {
			return err
		}
		e, blanked := Markers(in.Path, src)
		exps = append(exps, e...)
		inputs = append(inputs, files.Input{Path: in.Path, Named: true, Data: blanked})
	}
	// a fixture folder is one story: its author put the articles together
	// to be compared, with the facts.yaml beside them
	res := lint.Check(inputs, lint.Options{Rules: rs, Workers: 1, Stories: story.Folder, Facts: facts.NewSet("", "")})
	if res.Err != nil {
		return res.Err
	}
	ds := res.Diagnostics
	got := map[string]bool{} // rule|file|line
	for _, d := range ds {
		got[key(d.Rule, d.Primary.File, d.Primary.Line)] = true
	}
	expected := map[string]bool{}
	for _, e := range exps {
		res := byRule[e.Rule]
		if res == nil {
			return fmt.Errorf("%s:%d: marker names unknown rule %q", e.File, e.Line, e.Rule)
		}
		res.Fixtures++
		k := key(e.Rule, e.File, e.Line)
		expected[k] = true
		switch {
		case e.Want && !got[k]:
			res.Failures = append(res.Failures, fmt.Sprintf("%s:%d: want %s, got none", e.File, e.Line, e.Rule))
		case !e.Want && got[k]:
			res.Failures = append(res.Failures, fmt.Sprintf("%s:%d: %s fired where marked ok", e.File, e.Line, e.Rule))
		}
	}
	// a rule tested by this folder must not fire where nothing expects it
	tested := map[string]bool{}
	for _, e := range exps {
		tested[e.Rule] = true
	}
	for _, d := range ds {
		k := key(d.Rule, d.Primary.File, d.Primary.Line)
		if tested[d.Rule] && !expected[k] {
			byRule[d.Rule].Failures = append(byRule[d.Rule].Failures, fmt.Sprintf("%s:%d: unexpected %s: %s", d.Primary.File, d.Primary.Line, d.Rule, d.Message))
		}
	}
	return nil
}

func key(rule, file string, line int) string { return fmt.Sprintf("%s|%s|%d", rule, file, line) }

// Markers reads the expectation markers of a fixture and returns the source
// with every marker blanked out by spaces, so offsets, lines and columns of
// the rest stay as they are.
func Markers(file string, src []byte) ([]Expectation, []byte) {
	lines := strings.SplitAfter(string(src), "\n")
	var out []Expectation
	blanked := []byte(string(src))
	off := 0
	for i, l := range lines {
		for _, m := range markerRE.FindAllStringSubmatchIndex(l, -1) {
			target := i + 1
			if strings.TrimSpace(l[:m[0]]) == "" && strings.TrimSpace(l[m[1]:]) == "" {
				for target = i + 2; target-1 < len(lines) && strings.TrimSpace(stripMarkers(lines[target-1])) == ""; target++ {
				}
			}
			for _, id := range strings.FieldsFunc(l[m[4]:m[5]], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
				out = append(out, Expectation{File: file, Line: target, Want: l[m[2]:m[3]] == "want", Rule: id})
			}
			for k := off + m[0]; k < off+m[1]; k++ {
				if blanked[k] != '\n' && blanked[k] != '\r' {
					blanked[k] = ' '
				}
			}
		}
		off += len(l)
	}
	return out, blanked
}

func stripMarkers(s string) string { return markerRE.ReplaceAllString(s, "") }

// registryMark opens the part of an example that is the story's registry
// of confirmed facts (facts.yaml), for the rules that read one.
const registryMark = "# facts.yaml\n"

// runExamples checks a rule's examples, each run as `factlint check`
// would run it. An example may hold several articles, separated by a line
// "===", for rules across documents; a part that opens with the line
// "# facts.yaml" is the story's registry. Examples show what the rule's
// expressions decide, so its `paths` do not apply to them: an example is
// no file of the drafts tree.
func runExamples(r *rules.Rule, res *Result) {
	everywhere := *r
	everywhere.Include, everywhere.Exclude = nil, nil
	r = &everywhere
	check := func(ex rules.Example, bad bool) {
		res.Examples++
		var inputs []files.Input
		var registry *facts.Set
		var regErr error
		for i, text := range strings.Split(ex.Text, "\n===\n") {
			if strings.HasPrefix(text, registryMark) {
				reg, err := facts.Parse(facts.FileName, []byte(text))
				registry, regErr = facts.Fixed(reg), err
				continue
			}
			inputs = append(inputs, files.Input{Path: fmt.Sprintf("example-%d.md", i+1), Named: true, Data: []byte(text)})
		}
		out := lint.Check(inputs, lint.Options{Rules: []*rules.Rule{r}, Workers: 1, Stories: story.Folder, Facts: registry}) // one example, one story
		switch {
		case regErr != nil:
			res.Failures = append(res.Failures, fmt.Sprintf("%s: example's registry: %v", ex.Pos, regErr))
		case out.Err != nil:
			res.Failures = append(res.Failures, fmt.Sprintf("%s: example: %v", ex.Pos, out.Err))
		case bad && len(out.Diagnostics) == 0:
			res.Failures = append(res.Failures, fmt.Sprintf("%s: bad example does not fire: %q", ex.Pos, ex.Text))
		case !bad && len(out.Diagnostics) > 0:
			res.Failures = append(res.Failures, fmt.Sprintf("%s: good example fires: %s", ex.Pos, out.Diagnostics[0].Message))
		}
	}
	for _, ex := range r.Examples.Bad {
		check(ex, true)
	}
	for _, ex := range r.Examples.Good {
		check(ex, false)
	}
}
