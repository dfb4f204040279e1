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
