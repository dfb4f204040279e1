package lint

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
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

// largeArticle writes an article of about size bytes: paragraphs of
// tolls, attributions, quotes and quantities that vary, so claims do not
// collapse into identical buckets.
func largeArticle(size int) []byte {
	places := []string{"Avalon", "Brisk", "Corvale", "Dunmore", "Eastwick"}
	names := []string{"Mara Quill", "Tomas Lerner", "Ines Varga", "Olu Bakare"}
	var buf bytes.Buffer
	buf.WriteString("Storm report\n\n")
	for i := 0; buf.Len() < size; i++ {
		p, n := places[i%len(places)], names[i%len(names)]
		fmt.Fprintf(&buf, "At least %d people were killed and %d injured in %s on day %d, the mayor of %s, %s, said. "+
			"\"We are doing all we can,\" %s told reporters. Prices rose %d%% to $%d million.\n\n",
			2+i%897, 4+i%1794, p, i, p, n, strings.Fields(n)[1], 1+i%40, 1+i%900)
	}
	return buf.Bytes()[:size]
}

// BenchmarkLargeArticle checks one article of 1, 10 and 100 MB with the
// built-in rules: the time per byte should stay flat as the size grows.
// (Within-article rules meet their comparison budgets on such an article
// and report it; the run still finishes.)
func BenchmarkLargeArticle(b *testing.B) {
	set, _ := rules.LoadSet(rules.SetOptions{Builtin: true})
	for _, mb := range []int{1, 10, 100} {
		data := largeArticle(mb << 20)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				Check([]files.Input{{Path: "large.md", Named: true, Data: data}}, Options{Rules: set.Rules})
			}
		})
	}
}
