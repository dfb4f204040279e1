package lint

import (
	"runtime/debug"
	"testing"
)

// The stories phase collects at storiesGCPercent and puts the run's GOGC
// back after; a GOGC already lower is left as it is.
func TestCollectOftenDuringStories(t *testing.T) {
	if _, set := lookupGOGC(); set {
		t.Skip("GOGC is set in the environment")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	restore := collectOftenDuringStories()
	if got := debug.SetGCPercent(storiesGCPercent); got != storiesGCPercent {
		t.Errorf("GOGC during the stories phase = %d, want %d", got, storiesGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(20); got != 100 {
		t.Errorf("GOGC after the stories phase = %d, want 100 back", got)
	}
	restore = collectOftenDuringStories()
	if got := debug.SetGCPercent(20); got != 20 {
		t.Errorf("a lower GOGC became %d during the stories phase", got)
	}
	restore()
}
