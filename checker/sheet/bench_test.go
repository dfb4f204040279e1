package sheet

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/rules"
)

// BenchmarkSheetSeeds builds and renders the sheet of the five bundled
// reports from their claims and findings (the reading and the check, which
// `factlint sheet` also runs, are outside the loop).
func BenchmarkSheetSeeds(b *testing.B) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true, Read: os.ReadFile})
	if err != nil {
		b.Fatal(err)
	}
	inputs, err := files.Expand([]string{filepath.Join("..", "..", "testdata", "seeds")}, nil)
	if err != nil {
		b.Fatal(err)
	}
	res := lint.Check(inputs, lint.Options{Rules: set.Rules})
	ext := lint.Extract(inputs, 0)
	stories := Stories(ext.Articles, story.Infer)
	b.ReportAllocs()
	for b.Loop() {
		s, err := Build(Input{Articles: ext.Articles, Stories: stories, Diagnostics: res.Diagnostics, Rules: set.Rules, LinkBase: "."})
		if err != nil {
			b.Fatal(err)
		}
		if err := HTML(io.Discard, s); err != nil {
			b.Fatal(err)
		}
	}
}
