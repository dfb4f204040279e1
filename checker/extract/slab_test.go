package extract

import (
	"runtime"
	"testing"
	"unsafe"

	"github.com/factlint/factlint/checker/claim"
)

// A block of claims is sized to its allocation: the allocator rounds a
// block up to a size class, and what it adds should be less than one
// claim, on what is most of a huge article's heap.
func TestClaimBlockFillsItsAllocation(t *testing.T) {
	const blocks = 200
	s := claimSlab{out: make([][]claim.Claim, 0, blocks)} // only the blocks are measured
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range blocks * claimsPerBlock {
		s.next()
	}
	runtime.ReadMemStats(&after)
	claims := int(unsafe.Sizeof(claim.Claim{}))
	perBlock := int(after.TotalAlloc-before.TotalAlloc) / blocks
	if waste := perBlock - claimsPerBlock*claims; waste >= claims {
		t.Errorf("a block of %d claims of %d bytes takes %d bytes: %d more, at least a claim", claimsPerBlock, claims, perBlock, waste)
	}
}
