package lint

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/rules"
)

// newsDraft is about size bytes of one Markdown article in the manner of
// a running storm story: paragraphs of tolls, attributions, quotes, money
// and counts of homes and roads, varied so that claims do not repeat.
func newsDraft(size int) []byte {
	places := []string{"Avonford", "Brackley", "Cresthaven", "Dunmere", "Elmsworth", "Fenwick", "Glenholm", "Harwick"}
	people := []string{"Mara Quill", "Tomas Lerner", "Ines Varga", "Olu Bakare", "Petra Solis", "Dev Anand"}
	var b strings.Builder
	b.Grow(size + 1024)
	b.WriteString("---\ntitle: Storm batters the coast\n---\n\n")
	for i := 0; b.Len() < size; i++ {
		p, who := places[i%len(places)], people[i%len(people)]
		fmt.Fprintf(&b, "At least %d people were killed and %d injured when the storm struck %s on Tuesday, the mayor, %s, said. ", 2+i%90, 5+i%170, p, who)
		fmt.Fprintf(&b, "Rescue teams searched flooded streets through the night, and %d residents were moved to shelters, according to the county council. ", 100+i%900)
		fmt.Fprintf(&b, "\"We are doing everything we can to reach the families still cut off,\" %s told reporters. ", strings.Fields(who)[1])
		fmt.Fprintf(&b, "Repairs will cost about $%d million and take at least %d weeks, the regional government said.\n\n", 1+i%40, 2+i%9)
	}
	return []byte(b.String())
}

// BenchmarkMemoryLargeDraft checks one draft of 10 and 50 MB with the
// built-in rules and reports, per byte of input, the bytes allocated and
// the peak of the heap in use (sampled every few milliseconds).
func BenchmarkMemoryLargeDraft(b *testing.B) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		b.Fatal(err)
	}
	for _, mb := range []int{10, 50} {
		data := newsDraft(mb << 20)
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
