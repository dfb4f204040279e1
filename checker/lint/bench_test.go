package lint

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/checker/engine"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/rules"
)

func benchInputs(b *testing.B) []files.Input {
	in, _ := files.Expand([]string{filepath.Join("..", "..", "..", "shared", "bench", "corpus")}, nil)
	if len(in) == 0 {
		b.Skip("../shared/bench/corpus not found")
	}
	return in
}

// BenchmarkCheck is the whole pipeline on all cores: read, parse, extract,
// rules, as `factlint check` runs it.
func BenchmarkCheck(b *testing.B) {
	in := benchInputs(b)
	set, _ := rules.LoadSet(rules.SetOptions{Builtin: true})
	b.ReportAllocs()
	for b.Loop() {
		Check(in, Options{Rules: set.Rules})
	}
}

// BenchmarkRules is rule evaluation alone, over claims extracted once.
func BenchmarkRules(b *testing.B) {
	res := Extract(benchInputs(b), 0)
	set, _ := rules.LoadSet(rules.SetOptions{Builtin: true})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		engine.Run(set.Rules, res.Articles)
	}
}

// BenchmarkFormat is formatting alone: JSON and SARIF of the findings.
func BenchmarkFormat(b *testing.B) {
	set, _ := rules.LoadSet(rules.SetOptions{Builtin: true})
	res := Check(benchInputs(b), Options{Rules: set.Rules})
	r := &report.Report{Diagnostics: res.Diagnostics, Rules: set.Rules}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		var buf bytes.Buffer
		report.JSON(&buf, r)
		report.SARIF(&buf, r)
	}
}
