// Package progress shows that a long run is alive: once the run has taken
// longer than a delay, one line on a terminal, rewritten at each tick with
// the time spent, and erased when the run ends, so it never mixes with the
// report.
package progress

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Line is a progress line being shown.
type Line struct {
	w       io.Writer
	label   string
	started time.Time

	mu      sync.Mutex
	written int // the length of the line on the terminal, 0 if none
	done    chan struct{}
	stopped chan struct{}
}

// Start shows "label… 3s" on w at each tick, the time spent from started
// to the tick's time, until Stop. ticks is a time.Ticker's channel in use,
// one a test feeds.
func Start(w io.Writer, label string, started time.Time, ticks <-chan time.Time) *Line {
	l := &Line{w: w, label: label, started: started, done: make(chan struct{}), stopped: make(chan struct{})}
	go l.loop(ticks)
	return l
}

func (l *Line) loop(ticks <-chan time.Time) {
	defer close(l.stopped)
	for {
		select {
		case <-l.done:
			return
		case t := <-ticks:
			l.show(t)
		}
	}
}

func (l *Line) show(at time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	text := fmt.Sprintf("%s… %ds", l.label, int(at.Sub(l.started).Seconds()))
	pad := ""
	if n := l.written - len(text); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	fmt.Fprintf(l.w, "\r%s%s", text, pad)
	l.written = len(text)
}

// Stop ends the line and erases it, if it was shown, with spaces (which
// every terminal understands); it returns once nothing more is written.
func (l *Line) Stop() {
	close(l.done)
	<-l.stopped
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.written > 0 {
		fmt.Fprintf(l.w, "\r%s\r", strings.Repeat(" ", l.written))
	}
}
