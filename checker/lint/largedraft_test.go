package lint

import (
	"runtime"
	"testing"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/internal/newsdraft"
)

// The claims of a large draft are most of what a run holds while its rules
// run, so what they keep is bounded per byte of input: 21,000 claims a MB
// of 616 bytes each kept 14 times the draft, and with their facets shared
// (claim.Interner) they keep about four. scripts/memory.sh measures the
// command's peak on 10 and 50 MB.
func TestLargeDraftClaimsKeepFewBytesPerInputByte(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a 1 MB draft")
	}
	data := newsdraft.Draft(1 << 20)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r := Extract([]files.Input{{Path: "draft.md", Named: true, Data: data}}, 1)
	runtime.GC()
	runtime.ReadMemStats(&after)
	if len(r.Articles) != 1 || r.ClaimCount < 10_000 {
		t.Fatalf("%d articles, %d claims: want one article of a dense draft", len(r.Articles), r.ClaimCount)
	}
	kept := float64(after.HeapAlloc) - float64(before.HeapAlloc)
	if perByte := kept / float64(len(data)); perByte > 6 {
		t.Errorf("%d claims keep %.0f bytes, %.1f per byte of the draft: want at most 6", r.ClaimCount, kept, perByte)
	}
	t.Logf("%d claims keep %.1f bytes per byte of the draft", r.ClaimCount, kept/float64(len(data)))
	runtime.KeepAlive(r)
}
