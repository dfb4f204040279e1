package document

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse measures parsing alone over the shared benchmark corpus.
func BenchmarkParse(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "bench", "corpus", "*.txt"))
	if len(paths) == 0 {
		b.Skip("../shared/bench/corpus not found")
	}
	var srcs [][]byte
	size := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, src := range srcs {
			if _, err := Parse(paths[i], src); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseHostile parses 1 MB of each shape goldmark cannot parse in
// linear time ("- " repeated on one line, unclosed links, …): the pre-scan
// sends them to the plain-text reader, so the time per byte is that of
// plain text.
func BenchmarkParseHostile(b *testing.B) {
	for name, src := range hostileMarkdown(1 << 20) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse("h.md", []byte(src)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
