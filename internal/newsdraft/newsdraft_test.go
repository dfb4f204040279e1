package newsdraft

import (
	"bytes"
	"strings"
	"testing"
)

// A draft is at least the size asked, the same bytes each time, and made
// of paragraphs that seldom repeat: a benchmark on it measures a varied
// article, not one line copied.
func TestDraftIsLongVariedAndRepeatable(t *testing.T) {
	const size = 256 << 10
	d := Draft(size)
	if len(d) < size || len(d) > size+1024 {
		t.Fatalf("a draft of %d bytes, asked %d", len(d), size)
	}
	if !bytes.Equal(d, Draft(size)) {
		t.Fatal("two drafts of one size differ")
	}
	paras := strings.Split(string(d), "\n\n")
	seen := map[string]bool{}
	for _, p := range paras {
		seen[p] = true
	}
	if len(seen)*10 < len(paras)*9 {
		t.Fatalf("%d distinct paragraphs of %d", len(seen), len(paras))
	}
}
