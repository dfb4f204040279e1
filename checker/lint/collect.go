package lint

import (
	"runtime"

	"github.com/factlint/factlint/checker/claim"
)

// Collecting between the phases of a huge article. Its claims and text
// are most of the heap (its claims were 600 bytes each, twelve times the
// text of a dense draft, before they shared their facets), and the
// collector lets the heap grow to twice what was live at its last cycle
// before it runs again (gchuge.go lowers that while such an article is in
// work); so the garbage of the work after extraction (marking incidents,
// the rules' selections and boxed values) lands on top of the claims, up
// to as much again as they hold, and is the peak of the run. Collecting
// before and after the rules of such an article puts the peak nearer its
// claims and one phase's garbage (on a 10 MB draft: peak RSS 31 -> 25
// times its size, before the facets were shared). A cycle costs tens of
// milliseconds on such a heap, against seconds of work on the article,
// and an article below the bound never pays it. (Collecting after each
// rule as well, or before incident marking, measured no lower.)

// hugeArticleClaims is the number of claims from which an article's
// phases are collected apart: about 2.5 MB of dense news text.
const hugeArticleClaims = 50_000

// collectIfHuge runs a garbage collection when a has hugeArticleClaims
// claims or more.
func collectIfHuge(a *claim.Article) {
	if len(a.Claims) >= hugeArticleClaims {
		runtime.GC()
	}
}

// shareFacets makes the claims whose facets the passes after extraction
// changed (incident marking, the evidence notes) share them again, so that
// a large article's claims hold one copy of each while the rules run. A
// small one's claims keep their own, as extraction leaves them.
func shareFacets(cs []*claim.Claim) {
	if len(cs) >= claim.ShareFrom {
		var in claim.Interner
		in.Share(cs)
	}
}
