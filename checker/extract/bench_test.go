package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/checker/document"
)

// benchCorpus reads the shared benchmark corpus, beside the repository.
func benchCorpus(b *testing.B) []*document.Document {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "bench", "corpus", "*.txt"))
	if len(paths) == 0 {
		b.Skip("../shared/bench/corpus not found")
	}
	return parseFiles(b, paths)
}

// parseFiles reads and parses the files at paths.
func parseFiles(tb testing.TB, paths []string) []*document.Document {
	tb.Helper()
	var docs []*document.Document
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		d, err := document.Parse(p, src)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// measuredCorpus is benchCorpus with its size set for MB/s and allocations
// reported, the clock started after reading it.
func measuredCorpus(b *testing.B) []*document.Document {
	docs := benchCorpus(b)
	size := 0
	for _, d := range docs {
		size += len(d.Src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	return docs
}

// BenchmarkExtract measures extraction alone on one core, as each worker of
// a check does it: one Extractor, whose claims serve again once the
// article's rules are done with them (Reuse). b.SetBytes makes `go test
// -bench` report MB/s.
func BenchmarkExtract(b *testing.B) { benchmarkExtract(b, true) }

// BenchmarkExtractKept is BenchmarkExtract with every claim newly
// allocated, as `factlint claims` and the language server extract.
func BenchmarkExtractKept(b *testing.B) { benchmarkExtract(b, false) }

func benchmarkExtract(b *testing.B, reuse bool) {
	docs := measuredCorpus(b)
	var x Extractor
	for b.Loop() {
		for _, d := range docs {
			x.Extract(d)
			if reuse {
				x.Reuse()
			}
		}
	}
}

// BenchmarkTokenize measures the tokenizer alone over the same corpus, the
// first stage of every extraction.
func BenchmarkTokenize(b *testing.B) {
	docs := measuredCorpus(b)
	var toks []token
	for b.Loop() {
		for _, d := range docs {
			for _, bl := range d.Blocks {
				toks = appendTokens(toks[:0], bl.Text, nil)
			}
		}
	}
}
