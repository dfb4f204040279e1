package lint

import (
	"runtime/debug"
	"sync"
	"testing"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/rules"
)

// A small run reads its files at readGCPercent and puts the run's GOGC
// back after; a large one reads at the default.
func TestSmallRunCollectsLessWhileReading(t *testing.T) {
	if _, set := lookupGOGC(); set {
		t.Skip("GOGC is set in the environment")
	}
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	var mu sync.Mutex
	var seen []int
	reading := func(d *document.Document) []*claim.Claim {
		mu.Lock()
		v := debug.SetGCPercent(-1)
		debug.SetGCPercent(v)
		seen = append(seen, v)
		mu.Unlock()
		return extract.Extract(d)
	}
	in := []files.Input{
		{Path: "a.md", Named: true, Data: []byte("Two people were killed in the fire, police said.\n")},
		{Path: "b.md", Named: true, Data: []byte("Three people were killed in the fire, police said.\n")},
	}
	Check(in, Options{Rules: set.Rules, extract: reading})
	for _, v := range seen {
		if v != readGCPercent {
			t.Errorf("GOGC while a small run reads = %d, want %d", v, readGCPercent)
		}
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC after the run = %d, want 100 back", got)
	}
	if restore := collectLessWhileReading(smallRunFiles + 1); debug.SetGCPercent(100) != 100 {
		t.Error("a large run changed GOGC while reading")
	} else {
		restore()
	}
}
