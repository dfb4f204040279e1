package extract

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the grammar section of docs/extraction.md from the registry")

const (
	grammarBegin = "<!-- grammar: generated from checker/extract/grammar.go by `go test ./checker/extract -update`; do not edit -->"
	grammarEnd   = "<!-- grammar: end -->"
)

// renderGrammar is the section of docs/extraction.md that lists every
// pattern of the registry, in order, with its example.
func renderGrammar() string {
	var b strings.Builder
	b.WriteString(grammarBegin + "\n")
	for _, g := range grammarGroups() {
		b.WriteString("\n### " + g.title + "\n\n" + g.about + "\n\n| by | example |\n|---|---|\n")
		for _, p := range g.patterns {
			b.WriteString("| `" + p.name + "` | " + strings.ReplaceAll(p.example, "|", `\|`) + " |\n")
		}
	}
	b.WriteString("\n" + grammarEnd)
	return b.String()
}

// TestExtractionDocListsTheGrammar fails when docs/extraction.md lists
// other pattern names or examples than the registry, in another order.
func TestExtractionDocListsTheGrammar(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "extraction.md")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(src)
	i, j := strings.Index(doc, grammarBegin), strings.Index(doc, grammarEnd)
	if i < 0 || j < i {
		t.Fatalf("%s has no grammar section between %q and %q", path, grammarBegin, grammarEnd)
	}
	want := renderGrammar()
	if got := doc[i : j+len(grammarEnd)]; got != want {
		if *update {
			if err := os.WriteFile(path, []byte(doc[:i]+want+doc[j+len(grammarEnd):]), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("the grammar section of %s is not the registry's; run go test ./checker/extract -update and review the diff\n%s", path, firstDiff(got, want))
	}
}

// TestGrammarNamesAreUnique: a by names one pattern.
func TestGrammarNamesAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, g := range grammarGroups() {
		for _, p := range g.patterns {
			if p.name == "" || p.example == "" {
				t.Errorf("%s: a pattern without a name or an example: %+v", g.title, p)
			}
			if seen[p.name] {
				t.Errorf("%s: %q names two patterns", g.title, p.name)
			}
			seen[p.name] = true
		}
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for k := 0; k < len(g) || k < len(w); k++ {
		var a, b string
		if k < len(g) {
			a = g[k]
		}
		if k < len(w) {
			b = w[k]
		}
		if a != b {
			return "line " + strconv.Itoa(k+1) + " of the section:\n  doc:      " + a + "\n  registry: " + b
		}
	}
	return ""
}
