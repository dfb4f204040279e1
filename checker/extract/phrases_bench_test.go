package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkProvisionalNote reads the bench corpus's texts for the
// provisional phrases, the fast way and by lowering each text.
func BenchmarkProvisionalNote(b *testing.B) {
	paths, _ := filepath.Glob("../../../shared/bench/corpus/*")
	var texts []string
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			texts = append(texts, strings.Split(string(data), "\n\n")...)
		}
	}
	if len(texts) == 0 {
		b.Skip("no bench corpus")
	}
	b.Run("fast", func(b *testing.B) {
		for range b.N {
			for _, t := range texts {
				provisionalNotes.firstIn(t)
			}
		}
	})
	b.Run("lowering", func(b *testing.B) {
		for range b.N {
			for _, t := range texts {
				provisionalNotes.slowFirstIn(t)
			}
		}
	})
}
