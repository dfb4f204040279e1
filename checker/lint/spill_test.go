package lint

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claim"
)

// Past the budget every chunk goes to the file, and the next chunk is
// filled in the memory of the one written: spilling many chunks allocates
// about one, not one each, and every article's claims read back as put.
func TestSpillReusesAWrittenChunk(t *testing.T) {
	claims := func(i int) []*claim.Claim {
		return []*claim.Claim{{Facets: &claim.Facets{Kind: claim.Quote, File: fmt.Sprintf("d/%d.md", i)}, Text: fmt.Sprintf("%d %s", i, strings.Repeat("said ", 600)), Line: i + 1}}
	}
	const n = 200
	// a chunk holds one article's claims only: each put seals a chunk
	each := len(claim.AppendBinary(nil, claims(0)))
	s := newSpill(0, each)
	defer s.close()
	at := make([]spilled, n)
	put := make([][]*claim.Claim, n)
	for i := range put {
		put[i] = claims(i)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range n {
		var err error
		if at[i], err = s.put(put[i]); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	if err := s.done(); err != nil {
		t.Fatal(err)
	}
	// puts allocate their claims' binary form in pooled buffers; what
	// grows with the chunks is the chunks themselves
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > uint64(n*each/4) {
		t.Errorf("%d puts of %d bytes, each sealing a chunk, allocated %d bytes: a chunk per put", n, each, allocated)
	}
	for i := range n {
		got, err := s.get(at[i])
		if err != nil {
			t.Fatal(err)
		}
		if want := put[i]; !reflect.DeepEqual(got, want) {
			t.Fatalf("article %d read back %+v, put %+v", i, got[0], want[0])
		}
	}
}
