package lsp

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/rules"
)

// client speaks the protocol to a server over pipes. A goroutine reads
// what the server writes, so that the test can write a large frame while
// the server answers.
type client struct {
	t    testing.TB
	w    io.WriteCloser
	msgs chan map[string]any
	done chan int // the server's exit code
	seq  int
}

// start runs a server with the built-in rules.
func start(t testing.TB) *client { return startWith(t, nil) }

// startWith runs a server with the built-in rules, after configure.
func startWith(t testing.TB, configure func(*Server)) *client {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	cr, sw := io.Pipe()
	sr, cw := io.Pipe()
	srv := New(sr, sw, set.Rules, io.Discard)
	if configure != nil {
		configure(srv)
	}
	c := &client{t: t, w: cw, msgs: make(chan map[string]any, 1000), done: make(chan int, 1)}
	go func() {
		code := srv.Run()
		sw.Close() // the client sees the end
		sr.Close() // a write the server no longer reads fails
		c.done <- code
	}()
	go c.pump(bufio.NewReader(cr))
	t.Cleanup(func() { cw.Close() })
	return c
}

// pump decodes the server's messages until it closes its output.
func (c *client) pump(r *bufio.Reader) {
	defer close(c.msgs)
	for {
		length := -1
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
				length, _ = strconv.Atoi(v)
			}
		}
		body := make([]byte, max(length, 0))
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil {
			m = map[string]any{"unreadable": string(body)}
		}
		c.msgs <- m
	}
}

// request sends a request and returns its id.
func (c *client) request(method string, params any) int {
	c.seq++
	c.write(map[string]any{"jsonrpc": "2.0", "id": c.seq, "method": method, "params": params})
	return c.seq
}

func (c *client) notify(method string, params any) {
	c.write(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

func (c *client) write(m map[string]any) {
	c.raw(frame(m, 0))
}

// frame is m framed with a Content-Length off by lie bytes.
func frame(m any, lie int) string {
	b, _ := json.Marshal(m)
	return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(b)+lie, b)
}

// raw writes bytes as they are, framed or not.
func (c *client) raw(s string) {
	if _, err := io.WriteString(c.w, s); err != nil {
		c.t.Fatalf("write: %v", err)
	}
}

// next is the server's next message; the test fails if the server ends
// first (or, as a guard against a hang, says nothing for a minute).
func (c *client) next() map[string]any {
	c.t.Helper()
	select {
	case m, ok := <-c.msgs:
		if !ok {
			c.t.Fatal("the server closed its output")
		}
		return m
	case <-time.After(time.Minute):
		c.t.Fatal("no message from the server")
	}
	return nil
}

// diagnosticsFor reads messages until diagnostics for uri arrive.
func (c *client) diagnosticsFor(uri string) []any {
	c.t.Helper()
	for {
		m := c.next()
		if m["method"] == "textDocument/publishDiagnostics" {
			p := m["params"].(map[string]any)
			if p["uri"] == uri {
				return p["diagnostics"].([]any)
			}
		}
	}
}

// messagesOf reads the diagnostics for uri and returns the messages of a
// rule's findings among them.
func (c *client) messagesOf(uri, rule string) []string {
	c.t.Helper()
	var out []string
	for _, d := range c.diagnosticsFor(uri) {
		if d := d.(map[string]any); d["code"] == rule {
			out = append(out, fmt.Sprint(d["message"]))
		}
	}
	return out
}

// exit ends the session and returns the server's exit code.
func (c *client) exit() int {
	c.t.Helper()
	c.notify("exit", nil)
	select {
	case code := <-c.done:
		return code
	case <-time.After(time.Minute):
		c.t.Fatal("server did not exit")
	}
	return 0
}

func didOpen(uri, text string) map[string]any {
	return map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "markdown", "version": 1, "text": text}}
}

func TestServerPublishesDiagnosticsWithRelatedPlaces(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "other.md"), []byte("Twelve people were killed in the flood, the mayor said.\n"), 0o644)
	draft := filepath.Join(dir, "draft.md")
	text := "😀 Twelve people were killed in the flood, the mayor said.\n\n😀 Rescue crews said 14 people were killed in the flood.\n"
	c := start(t)

	c.request("initialize", map[string]any{"rootUri": pathURI(dir), "capabilities": map[string]any{}})
	if init := c.next(); init["result"] == nil {
		t.Fatalf("initialize: %v", init)
	}
	c.notify("initialized", map[string]any{})
	uri := pathURI(draft)
	c.notify("textDocument/didOpen", didOpen(uri, text))
	ds := c.diagnosticsFor(uri)
	var within map[string]any
	for _, d := range ds {
		if d.(map[string]any)["code"] == "death-toll-within" {
			within = d.(map[string]any)
		}
	}
	if within == nil {
		t.Fatalf("no death-toll-within in %v", ds)
	}
	start := within["range"].(map[string]any)["start"].(map[string]any)
	// "😀 Rescue crews said " is 20 characters but 21 UTF-16 units
	if start["line"].(float64) != 2 || start["character"].(float64) != 21 {
		t.Errorf("range start = %v, want line 2 character 21 (UTF-16)", start)
	}
	if rel, ok := within["relatedInformation"].([]any); !ok || len(rel) != 1 {
		t.Errorf("relatedInformation = %v", within["relatedInformation"])
	}

	// the fix clears the finding
	fixed := strings.Replace(text, "14", "12", 1)
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []any{map[string]any{"text": fixed}}})
	for _, d := range c.diagnosticsFor(uri) {
		if code := d.(map[string]any)["code"]; code == "death-toll-within" || code == "death-toll-across" {
			t.Errorf("still reported after the fix: %v", d)
		}
	}

	c.request("shutdown", nil)
	c.next()
	if code := c.exit(); code != 0 {
		t.Errorf("exit code %d", code)
	}
}
