package lsp

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// spaces is an endless stream of blanks that allocates nothing.
type spaces struct{}

func (spaces) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// BenchmarkRefuseOversizedMessage reads a header declaring one byte over
// MaxMessage, its body and the next message: B/op is what the refusal
// costs, a few KiB whatever the declared size.
func BenchmarkRefuseOversizedMessage(b *testing.B) {
	next := frame(ping(7), 0)
	b.ReportAllocs()
	for b.Loop() {
		f := newFrames(io.MultiReader(
			strings.NewReader(fmt.Sprintf("Content-Length: %d\r\n\r\n", MaxMessage+1)),
			io.LimitReader(spaces{}, MaxMessage+1),
			strings.NewReader(next)))
		if _, err := f.next(); err == nil {
			b.Fatal("not refused")
		}
		if body, err := f.next(); err != nil || !strings.Contains(string(body), "factlint/ping") {
			b.Fatalf("next message: %q %v", body, err)
		}
	}
}

// BenchmarkRefuseLargeDocument opens a 50 MB document: B/op is what
// reading and refusing it costs, kept-B what the server still holds of it
// afterwards (the heap's growth over the session, after a collection).
func BenchmarkRefuseLargeDocument(b *testing.B) {
	text := strings.Repeat("The council met again today.\n", 50_000_000/29)
	b.ReportAllocs()
	var kept float64
	for b.Loop() {
		b.StopTimer()
		c := start(b)
		c.request("initialize", map[string]any{"capabilities": map[string]any{}})
		c.next()
		before := heap()
		msg := frame(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": didOpen("file:///big.txt", text)}, 0)
		b.StartTimer()
		c.raw(msg)
		if m := c.next(); !strings.Contains(fmt.Sprint(m), "document too large") {
			b.Fatalf("not refused: %.200v", m)
		}
		b.StopTimer()
		msg = ""
		kept += float64(heap() - before)
		c.exit()
		b.StartTimer()
	}
	b.ReportMetric(kept/float64(b.N), "kept-B")
}

// heap is the size of the live heap.
func heap() int64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// FuzzRead feeds the server's reader any bytes: it must answer or skip
// every frame and end at the end of the stream, without a panic.
func FuzzRead(f *testing.F) {
	good := frame(ping(7), 0)
	for _, seed := range []string{
		good, good + good, frame(ping(3), -4) + good, frame(ping(3), 10) + good,
		"Content-Length: x\r\n\r\n{}" + good, "hello\r\n\r\n" + good, "\r\n" + good,
		"Content-Length: 99999999999\r\n\r\n" + good, "content-length: 2\r\ncontent-length: 3\r\n\r\n{}" + good,
		"Content-Length: 5\r\n\r\n[1,2]", `Content-Length: 30` + "\r\n\r\n" + `{"jsonrpc":"2.0","id":{},"x":1}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s := New(bytes.NewReader(data), io.Discard, nil, io.Discard)
		s.frames.max = 1 << 16 // a declared length costs at most this much memory
		for range len(data) + 2 {
			_, err := s.read()
			var bad *badFrame
			if errors.As(err, &bad) {
				if bad.code != parseError && bad.code != invalidRequest {
					t.Fatalf("error code %d", bad.code)
				}
				continue
			}
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				return
			}
			if err != nil {
				t.Fatalf("read: %v", err)
			}
		}
		t.Fatalf("more messages than bytes in %q", data)
	})
}
