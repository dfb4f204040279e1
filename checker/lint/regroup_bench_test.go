package lint

import (
	"fmt"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/factlint/factlint/checker/story"
)

// BenchmarkRegroup is the grouping of the bench corpus's 2,225 articles
// after an edit of one article's names, as a workspace does it: full, as
// every edit was grouped before story.Grouper, and incremental, with a
// name another article writes or with a name none does. It reports
// the CPU time per edit besides the wall time: this machine is shared.
func BenchmarkRegroup(b *testing.B) {
	docs := Stories(benchInputs(b), 0, story.Infer).Docs
	edited, variants := editedDoc(docs)
	edit := func(n int) []story.Doc {
		docs = slices.Clone(docs)
		docs[edited].Sig = variants[n%2]
		return docs
	}
	b.Run("full", func(b *testing.B) {
		n := 0
		defer cpuPerOp(b)()
		for b.Loop() {
			n++
			story.Group(edit(n), story.Infer)
		}
	})
	b.Run("incremental", func(b *testing.B) {
		var g story.Grouper
		g.Group(docs)
		n := 0
		defer cpuPerOp(b)()
		for b.Loop() {
			n++
			g.Group(edit(n))
			if g.Full() {
				b.Fatal("an edit of known names grouped in full")
			}
		}
	})
	b.Run("incremental/new-name", func(b *testing.B) { // a name no article wrote: the key table is made again
		var g story.Grouper
		g.Group(docs)
		n := 0
		defer cpuPerOp(b)()
		for b.Loop() {
			n++
			d := edit(n)
			d[edited].Sig.Keys = slices.Sorted(slices.Values(slices.Concat(d[edited].Sig.Keys, []string{fmt.Sprintf("zz%09d person", n)})))
			g.Group(d)
			if g.Full() {
				b.Fatal("an edit of a new name grouped in full")
			}
		}
	})
}

// editedDoc picks an article no other article copies, and two signatures
// for it: its own and one with a name another article writes.
func editedDoc(docs []story.Doc) (int, [2]story.Signature) {
	for i := len(docs) / 2; i < len(docs); i++ {
		sig := docs[i].Sig
		copied := false
		for j := range docs {
			copied = copied || j != i && docs[j].Sig.Day == sig.Day && slices.Equal(docs[j].Sig.Keys, sig.Keys)
		}
		if copied || len(sig.Keys) == 0 || len(docs[i-1].Sig.Keys) == 0 {
			continue
		}
		more := sig
		more.Keys = slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(sig.Keys), docs[i-1].Sig.Keys[0]))))
		return i, [2]story.Signature{sig, more}
	}
	panic("no article to edit")
}

// cpuPerOp reports the process's CPU time per op when the returned func
// runs.
func cpuPerOp(b *testing.B) func() {
	start := cpuTime()
	return func() { b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op") }
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
