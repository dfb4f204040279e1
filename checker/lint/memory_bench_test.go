package lint

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/internal/newsdraft"
	"github.com/factlint/factlint/rules"
)

// BenchmarkMemoryLargeDraft checks one draft of 10 and 50 MB with the
// built-in rules and reports, per byte of input, the bytes allocated and
// the peak of the heap in use (sampled every few milliseconds). The
// command's peak RSS on the same drafts is scripts/memory.sh's.
func BenchmarkMemoryLargeDraft(b *testing.B) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		b.Fatal(err)
	}
	for _, mb := range []int{10, 50} {
		data := newsdraft.Draft(mb << 20)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			peak := uint64(0)
			for b.Loop() {
				runtime.GC()
				stop := sampleHeap(&peak)
				r := Check([]files.Input{{Path: "draft.md", Named: true, Data: data}}, Options{Rules: set.Rules})
				stop()
				if r.ClaimCount == 0 {
					b.Fatal("no claims")
				}
			}
			b.ReportMetric(float64(peak)/float64(len(data)), "peak-heap/B")
		})
	}
}

// sampleHeap records the largest heap in use into peak until stopped.
func sampleHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			*peak = max(*peak, ms.HeapInuse)
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}
