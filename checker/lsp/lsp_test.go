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

// client speaks the protocol to a server over pipes.
type client struct {
	t   *testing.T
	w   io.Writer
	r   *bufio.Reader
	seq int
}

func (c *client) send(method string, id bool, params any) {
	m := map[string]any{"jsonrpc": "2.0", "method": method, "params": params}
	if id {
		c.seq++
		m["id"] = c.seq
	}
	b, _ := json.Marshal(m)
	fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%s", len(b), b)
}

func (c *client) next() map[string]any {
	length := 0
	for {
		line, err := c.r.ReadString('\n')
		if err != nil {
			c.t.Fatal(err)
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
			length, _ = strconv.Atoi(v)
		}
	}
	body := make([]byte, length)
	io.ReadFull(c.r, body)
	var m map[string]any
	json.Unmarshal(body, &m)
	return m
}

// diagnosticsFor reads messages until diagnostics for uri arrive.
func (c *client) diagnosticsFor(uri string) []any {
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

func TestServerPublishesDiagnosticsWithRelatedPlaces(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "other.md"), []byte("Twelve people were killed in the flood, the mayor said.\n"), 0o644)
	draft := filepath.Join(dir, "draft.md")
	text := "😀 Twelve people were killed in the flood, the mayor said.\n\n😀 Rescue crews said 14 people were killed in the flood.\n"
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	cr, sw := io.Pipe()
	sr, cw := io.Pipe()
	srv := New(sr, sw, set.Rules, io.Discard)
	done := make(chan int)
	go func() { done <- srv.Run() }()
	c := &client{t: t, w: cw, r: bufio.NewReader(cr)}

	c.send("initialize", true, map[string]any{"rootUri": pathURI(dir), "capabilities": map[string]any{}})
	if init := c.next(); init["result"] == nil {
		t.Fatalf("initialize: %v", init)
	}
	c.send("initialized", false, map[string]any{})
	uri := pathURI(draft)
	c.send("textDocument/didOpen", false, map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
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
	c.send("textDocument/didChange", false, map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2}, "contentChanges": []any{map[string]any{"text": fixed}}})
	for _, d := range c.diagnosticsFor(uri) {
		if code := d.(map[string]any)["code"]; code == "death-toll-within" || code == "death-toll-across" {
			t.Errorf("still reported after the fix: %v", d)
		}
	}

	c.send("shutdown", true, nil)
	c.next()
	c.send("exit", false, nil)
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit code %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("server did not exit")
	}
}
