package progress

import (
	"bytes"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer the line's goroutine and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestLineShowsOnlyAfterATickAndErasesItself(t *testing.T) {
	var out syncBuffer
	start := time.Unix(0, 0)
	ticks := make(chan time.Time)
	l := Start(&out, "checking 3 files", start, ticks)
	ticks <- start.Add(2 * time.Second)
	ticks <- start.Add(12 * time.Second)
	l.Stop()
	want := "\rchecking 3 files… 2s\rchecking 3 files… 12s\r" + "                       " + "\r"
	if got := out.String(); got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestAQuickRunWritesNothing(t *testing.T) {
	var out syncBuffer
	l := Start(&out, "checking", time.Now(), make(chan time.Time))
	l.Stop()
	if out.String() != "" {
		t.Fatalf("wrote %q", out.String())
	}
}
