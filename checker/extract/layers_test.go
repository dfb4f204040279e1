package extract_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// layers orders the package's files from the lowest to the highest: a file
// may use what its own layer and the layers below declare, never what a
// higher layer does (doc.go says what each layer is for). grammar.go, the
// registry of patterns, lists functions of the pattern files, which read
// their lists from it: the one sanctioned loop.
var layers = [][]string{
	{"wordset.go", "phrases_fast.go", "upper_fast.go"},
	{"lexicon.go", "lexicon_authority.go", "lexicon_background.go", "lexicon_events.go", "lexicon_figures.go", "lexicon_names.go", "lexicon_people.go", "lexicon_reporting.go", "lexicon_sources.go", "lexicon_speakers.go", "lexicon_time.go"},
	{"classes.go", "wordtable.go"},
	{"tokens.go", "scan.go"},
	{"figures.go", "notfigure.go", "names.go", "quotes.go", "docstate.go"},
	{"sourcekind.go"},
	{"coreference.go", "authority.go"},
	{"attribution.go", "attribution_fast.go", "subject.go", "counts.go", "scope.go", "implicit.go", "laterdeath.go", "killedobject.go"},
	{"grammar.go"},
	{"extract.go", "killertoll.go", "speakers.go", "speakerreadings.go", "reuse.go", "stream.go", "furniture.go", "doc.go"},
}

// TestLayers checks that no file of the package uses a top-level name a
// file of a higher layer declares, and that every file has a layer.
// Identifiers are resolved by the parser's file scopes: an identifier it
// leaves unresolved names a package-level declaration (or a builtin);
// methods and fields, reached through selectors, are not checked.
func TestLayers(t *testing.T) {
	layerOf := map[string]int{}
	for i, fs := range layers {
		for _, f := range fs {
			layerOf[f] = i
		}
	}
	paths, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	files := map[string]*ast.File{}
	declared := map[string]string{} // top-level name → file
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		if _, ok := layerOf[p]; !ok {
			t.Errorf("%s has no layer in layers_test.go", p)
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, p, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		files[p] = f
		for name, obj := range f.Scope.Objects {
			_ = obj
			declared[name] = p
		}
	}
	var bad []string
	for p, f := range files {
		seen := map[string]bool{}
		for _, id := range f.Unresolved {
			d, ok := declared[id.Name]
			if !ok || d == grammarFile && p != grammarFile || seen[id.Name] {
				continue
			}
			if layerOf[d] > layerOf[p] && p != grammarFile {
				seen[id.Name] = true
				bad = append(bad, fset.Position(id.Pos()).String()+": "+id.Name+" is declared in "+d+", a higher layer")
			}
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Error(b)
	}
}

const grammarFile = "grammar.go"
