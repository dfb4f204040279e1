package lint

import (
	"sync"

	"github.com/factlint/factlint/checker/document"
)

// Collecting often while a huge article is in work. The collector lets the
// heap grow to twice what was live at its last cycle (GOGC=100) before it
// runs again; a huge article's claims and text are most of what is live,
// so its extraction and its rules raised the peak to about twice them. A
// lower GOGC while such an article is read and checked keeps the peak
// nearer what is live, for some more collections of a heap that is mostly
// the article itself (on a 10 MB draft, about a tenth more CPU). A run of
// ordinary articles never enters it, and a GOGC the user set is left as
// it is.

// hugeGCPercent is the GOGC while a huge article is in work.
const hugeGCPercent = 10

// hugeTextBytes is the size of text from which an article is huge: about
// hugeArticleClaims claims of dense news text.
const hugeTextBytes = 2_500_000

// hugeGC lowers GOGC while one or more huge articles are in work, and puts
// the run's GOGC back when the last one is done. One serves a run.
type hugeGC struct {
	mu      sync.Mutex
	inWork  int
	restore func() // puts back the GOGC before the first huge article
}

// enter notes that d is in work until leave is called: when d is huge,
// GOGC is hugeGCPercent meanwhile.
func (g *hugeGC) enter(d *document.Document) (leave func()) {
	if g == nil || len(d.Src) < hugeTextBytes {
		return func() {}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.inWork == 0 {
		g.restore = lowerGCPercent(hugeGCPercent)
	}
	g.inWork++
	return g.leave
}

func (g *hugeGC) leave() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.inWork--; g.inWork == 0 {
		g.restore()
	}
}
