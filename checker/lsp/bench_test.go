package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/rules"
)

// benchWorkspace is ../shared/bench/corpus (2,225 articles) when it is
// there, else a generated folder of 500 short articles, 5 to a story.
func benchWorkspace(b *testing.B) string {
	corpus := filepath.Join("..", "..", "..", "shared", "bench", "corpus")
	if abs, err := filepath.Abs(corpus); err == nil {
		if _, err := os.Stat(abs); err == nil {
			return abs
		}
	}
	dir := b.TempDir()
	for i := range 500 {
		text := fmt.Sprintf("%d people were hurt on Elmwood%d Road, the councillor, Mara Quist%d, said.\n\nThe road reopened at %d pm.\n", i%7+2, i/5, i/5, i%12+1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("article-%03d.md", i)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// draft is the text of the document being edited, the n-th version: it
// names a company the corpus writes about, so it joins a story there.
func draft(n int) string {
	return fmt.Sprintf("Time Warner profit rises\n\nTime Warner said its profit rose %d%% in the quarter, helped by AOL, a spokesman said.\n", n%90+5)
}

// BenchmarkEditInLargeWorkspace measures the time from an edit of a draft
// in a large workspace to the check's result, for one edit and for a burst
// of 20: before (full, the whole workspace read, extracted and checked
// again per edit, as the server did, each edit of a burst queued after the
// other) and after (workspace, lint.Workspace: only the draft extracted
// again, only its story checked again, a burst checked once as the
// debounce has it). server/… are end to end: didChange to
// publishDiagnostics through the protocol, the Debounce delay included,
// and for a burst from the last of 20 edits sent 10 ms apart.
func BenchmarkEditInLargeWorkspace(b *testing.B) {
	root := benchWorkspace(b)
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		b.Fatal(err)
	}
	opts := lint.Options{Rules: set.Rules}
	path := filepath.Join(root, "draft-being-edited.md") // open, never written
	full := func(n int) {
		ws, _ := files.Expand([]string{root}, nil)
		in := append([]files.Input{{Path: path, Named: true, Data: []byte(draft(n))}}, ws...)
		lint.Check(in, opts)
	}
	b.Run("full/edit", func(b *testing.B) {
		n := 0
		for b.Loop() {
			n++
			full(n)
		}
	})
	b.Run("full/burst20", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for range 20 {
				n++
				full(n)
			}
		}
	})
	ws := lint.NewWorkspace(opts)
	incremental := func(n int) {
		ws.Update(path, []byte(draft(n)))
		disk, _ := files.Expand([]string{root}, nil)
		ws.Walk(disk)
		ws.Check()
	}
	incremental(0) // the first check reads everything
	b.Run("workspace/edit", func(b *testing.B) {
		n := 0
		for b.Loop() {
			n++
			incremental(n)
		}
	})
	b.Run("workspace/edit-names", func(b *testing.B) { // each edit changes a name: the stories are grouped again
		n := 0
		for b.Loop() {
			n++
			ws.Update(path, []byte(draft(n)+fmt.Sprintf("The deal was signed in %s.\n", []string{"Vienna", "Lisbon"}[n%2])))
			disk, _ := files.Expand([]string{root}, nil)
			ws.Walk(disk)
			ws.Check()
		}
	})
	b.Run("workspace/burst20", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for range 20 {
				n++
				ws.Update(path, []byte(draft(n))) // the debounce holds the check back
			}
			incremental(n)
		}
	})
	b.Run("server/edit", func(b *testing.B) { benchServer(b, root, path, 1) })
	b.Run("server/burst20", func(b *testing.B) { benchServer(b, root, path, 20) })
}

// benchServer times, per op, a burst of edits to the diagnostics of the
// last, from the last edit sent, and reports the 50th and 95th
// percentiles of that latency (p50-ms, p95-ms; the Debounce delay
// included) and the checks each burst cost (checks/op, 1 is the target).
func benchServer(b *testing.B, root, path string, burst int) {
	var seen checks
	c := startWith(b, func(s *Server) { s.onCheck = seen.add })
	c.request("initialize", map[string]any{"rootUri": pathURI(root), "capabilities": map[string]any{}})
	c.next()
	uri := pathURI(path)
	c.notify("textDocument/didOpen", didOpen(uri, draft(0)))
	c.diagnosticsFor(uri) // the first check reads everything
	seen.take()
	n, version := 0, 1
	var took []time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		var last time.Time
		for k := range burst {
			if k > 0 {
				time.Sleep(10 * time.Millisecond)
			}
			if k == burst-1 {
				b.StartTimer()
				last = time.Now()
			}
			n++
			version++
			c.notify("textDocument/didChange", change(uri, draft(n), version))
		}
		c.diagnosticsFor(uri)
		took = append(took, time.Since(last))
	}
	b.StopTimer()
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(took[min(len(took)-1, len(took)*95/100)].Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(len(seen.take()))/float64(b.N), "checks/op")
	c.request("shutdown", nil)
}

// BenchmarkMemoryOverEdits makes 1,000 edits of a draft in the large
// workspace, each checked (a 1 ms debounce: the delay is not what is
// measured), and reports the live heap after the 100th edit and after the
// 1,000th (heap100-MiB, heap1000-MiB): flat memory is the two alike.
func BenchmarkMemoryOverEdits(b *testing.B) {
	root := benchWorkspace(b)
	for b.Loop() {
		c := startWith(b, func(s *Server) { s.delay = time.Millisecond })
		c.request("initialize", map[string]any{"rootUri": pathURI(root), "capabilities": map[string]any{}})
		c.next()
		uri := pathURI(filepath.Join(root, "draft-being-edited.md"))
		c.notify("textDocument/didOpen", didOpen(uri, draft(0)))
		c.diagnosticsFor(uri)
		var at100 int64
		for n := 1; n <= 1000; n++ {
			c.notify("textDocument/didChange", change(uri, draft(n)+strings.Repeat("More was said. ", n%7), n+1))
			c.diagnosticsFor(uri)
			if n == 100 {
				at100 = heap()
			}
		}
		b.ReportMetric(float64(at100)/(1<<20), "heap100-MiB")
		b.ReportMetric(float64(heap())/(1<<20), "heap1000-MiB")
		c.request("shutdown", nil)
		c.exit()
	}
}
