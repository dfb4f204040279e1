package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	protocol "github.com/tliron/glsp/protocol_3_16"
)

// answerWait is how long the server waits for the client to answer one of
// its requests before it goes on without: a client that offers progress
// and never creates the token costs the first check this once.
const answerWait = 2 * time.Second

// calls are the server's requests to the client awaiting an answer, by id.
type calls struct {
	mu      sync.Mutex
	last    int
	waiting map[string]chan *message
}

// open makes a request id and the channel its answer comes on.
func (c *calls) open() (json.RawMessage, chan *message) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.last++
	id := json.RawMessage(strconv.Quote(fmt.Sprintf("factlint-%d", c.last)))
	if c.waiting == nil {
		c.waiting = map[string]chan *message{}
	}
	ch := make(chan *message, 1)
	c.waiting[string(id)] = ch
	return id, ch
}

// answer hands a response to the request it answers; a response to no
// request of the server's is dropped.
func (c *calls) answer(m *message) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ch, ok := c.waiting[string(m.ID)]; ok {
		delete(c.waiting, string(m.ID))
		ch <- m
	}
}

// forget drops a request given up on.
func (c *calls) forget(id json.RawMessage) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.waiting, string(id))
}

// abandon closes every request's channel: the session is over.
func (c *calls) abandon() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for id, ch := range c.waiting {
		close(ch)
		delete(c.waiting, id)
	}
}

type request struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Method  string          `json:"method"`
	Params  any             `json:"params"`
}

// call sends a request to the client and waits for its answer, at most
// answerWait and not past ctx.
func (s *Server) call(ctx context.Context, method string, params any) error {
	id, answered := s.calls.open()
	s.write(request{JSONRPC: "2.0", ID: id, Method: method, Params: params})
	select {
	case m, ok := <-answered:
		if !ok {
			return errors.New("the session ended")
		}
		if m.Error != nil {
			return fmt.Errorf("%s: %s", method, m.Error)
		}
		return nil
	case <-ctx.Done():
		s.calls.forget(id)
		return ctx.Err()
	case <-time.After(answerWait):
		s.calls.forget(id)
		return fmt.Errorf("%s: no answer in %v", method, answerWait)
	}
}

// progressBar reports the first check's reading of the workspace folder
// as work done progress: begin, a report at each percent of the files
// extracted, end. The zero bar (the client did not create the token)
// reports nothing.
type progressBar struct {
	s     *Server
	token protocol.ProgressToken
	mu    sync.Mutex
	shown int // the percentage reported last
	files int // files extracted
	on    bool
}

// startProgress asks the client for a progress token and begins.
func (s *Server) startProgress(ctx context.Context) *progressBar {
	b := &progressBar{s: s, token: protocol.ProgressToken{Value: "factlint-workspace"}, shown: -1}
	if err := s.call(ctx, protocol.ServerWindowWorkDoneProgressCreate, protocol.WorkDoneProgressCreateParams{Token: b.token}); err != nil {
		fmt.Fprintf(s.log, "factlint lsp: no progress shown: %v\n", err)
		return b
	}
	b.on = true
	msg, zero := "reading the workspace folder", protocol.UInteger(0)
	s.notify(protocol.MethodProgress, protocol.ProgressParams{Token: b.token,
		Value: protocol.WorkDoneProgressBegin{Kind: "begin", Title: "factlint", Message: &msg, Percentage: &zero}})
	return b
}

// report is told by the workers that done files of total are extracted.
func (b *progressBar) report(done, total int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.files = max(b.files, done)
	pct := done * 100 / max(total, 1)
	if !b.on || pct <= b.shown || b.s.stopped() {
		return
	}
	b.shown = pct
	msg, p := fmt.Sprintf("%d/%d files", done, total), protocol.UInteger(pct)
	b.s.notify(protocol.MethodProgress, protocol.ProgressParams{Token: b.token,
		Value: protocol.WorkDoneProgressReport{Kind: "report", Message: &msg, Percentage: &p}})
}

func (b *progressBar) end() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.on {
		return
	}
	b.on = false
	msg := fmt.Sprintf("%d files read", b.files)
	b.s.notify(protocol.MethodProgress, protocol.ProgressParams{Token: b.token,
		Value: protocol.WorkDoneProgressEnd{Kind: "end", Message: &msg}})
}
