package lint

import (
	"runtime/debug"
	"testing"

	"github.com/factlint/factlint/checker/document"
)

// GOGC is hugeGCPercent while a huge article is in work, however many, and
// the run's again when the last is done; an ordinary article leaves it.
func TestHugeArticleLowersGOGCWhileInWork(t *testing.T) {
	if _, set := lookupGOGC(); set {
		t.Skip("GOGC is set in the environment")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	gogc := func() int { v := debug.SetGCPercent(100); debug.SetGCPercent(v); return v }
	var g hugeGC
	small, huge := &document.Document{Src: make([]byte, 1000)}, &document.Document{Src: make([]byte, hugeTextBytes)}
	g.enter(small)()
	if got := gogc(); got != 100 {
		t.Errorf("an ordinary article set GOGC %d", got)
	}
	leave1 := g.enter(huge)
	leave2 := g.enter(huge)
	if got := gogc(); got != hugeGCPercent {
		t.Errorf("GOGC while huge articles are in work = %d, want %d", got, hugeGCPercent)
	}
	leave1()
	if got := gogc(); got != hugeGCPercent {
		t.Errorf("GOGC with one huge article still in work = %d, want %d", got, hugeGCPercent)
	}
	leave2()
	if got := gogc(); got != 100 {
		t.Errorf("GOGC after the huge articles = %d, want 100 back", got)
	}
}
