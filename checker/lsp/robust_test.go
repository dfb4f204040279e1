package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ping is a request the server answers with "method not found": the
// message after a bad one, to see that the server still serves.
func ping(id int) map[string]any {
	return map[string]any{"jsonrpc": "2.0", "id": id, "method": "factlint/ping"}
}

// wantError checks that m is an error reply with code and id (nil: null).
func wantError(t *testing.T, m map[string]any, code int, id any) {
	t.Helper()
	e, ok := m["error"].(map[string]any)
	if !ok || e["code"] != float64(code) {
		t.Fatalf("want error %d, got %v", code, m)
	}
	if got, present := m["id"]; !present || got != id {
		t.Fatalf("want id %v, got %v (present %v) in %v", id, got, present, m)
	}
}

// wantPing checks that m answers ping(id).
func wantPing(t *testing.T, m map[string]any, id int) {
	t.Helper()
	wantError(t, m, methodNotFound, float64(id))
}

func TestServerAnswersABadFrameAndServesTheNext(t *testing.T) {
	request := ping(3)
	body := frame(request, 0)
	body = body[strings.Index(body, "{"):]
	for _, tc := range []struct {
		name string
		bad  string
		code int
		id   any
	}{
		{"Content-Length not a number", "Content-Length: twelve\r\n\r\n" + body, parseError, nil},
		{"Content-Length negative", "Content-Length: -5\r\n\r\n" + body, parseError, nil},
		{"Content-Length too big for int64", "Content-Length: 99999999999999999999\r\n\r\n" + body, parseError, nil},
		{"no Content-Length", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + body, parseError, nil},
		{"a line that is no header", "hello there\r\n\r\n", parseError, nil},
		{"a header line longer than the bound", "Content-Type: " + strings.Repeat("x", 5000) + "\r\n\r\n", parseError, nil},
		{"Content-Length shorter than the body", frame(request, -4), parseError, nil},
		{"Content-Length shorter, the body holding the header's words", frame(map[string]any{"jsonrpc": "2.0", "id": 3, "method": "x", "params": "Content-Length: 5"}, -4), parseError, nil},
		{"Content-Length longer than the body", frame(request, 10), parseError, float64(3)},
		{"invalid JSON", "Content-Length: 24\r\n\r\n" + `{"jsonrpc":"2.0","id":3,`, parseError, nil},
		{"JSON that is no object", "Content-Length: 5\r\n\r\n[1,2]", invalidRequest, nil},
		{"a method that is no string", frame(map[string]any{"jsonrpc": "2.0", "id": 3, "method": 5}, 0), invalidRequest, float64(3)},
		{"an id that is an object", frame(map[string]any{"jsonrpc": "2.0", "id": map[string]any{}, "method": "x"}, 0), invalidRequest, nil},
		{"not JSON-RPC 2.0", frame(map[string]any{"jsonrpc": "1.0", "id": 3, "method": "x"}, 0), invalidRequest, float64(3)},
		{"no method", frame(map[string]any{"jsonrpc": "2.0", "id": 3}, 0), invalidRequest, float64(3)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := start(t)
			c.raw(tc.bad + frame(ping(7), 0))
			wantError(t, c.next(), tc.code, tc.id)
			wantPing(t, c.next(), 7) // one error for the bad frame, then the next is served
			c.raw(frame(ping(8), 0))
			wantPing(t, c.next(), 8)
		})
	}
}

func TestServerSkipsBlankLinesBetweenMessages(t *testing.T) {
	c := start(t)
	c.raw("\r\n\r\n" + frame(ping(7), 0) + "\r\n" + frame(ping(8), 0))
	wantPing(t, c.next(), 7)
	wantPing(t, c.next(), 8)
}

// A declared length over MaxMessage is answered at once, before its body
// is read, so the answer comes even for a length no client could send.
func TestServerRefusesAnOversizedMessageUnread(t *testing.T) {
	c := start(t)
	c.raw("Content-Length: 1099511627776\r\n\r\n") // 1 TiB
	wantError(t, c.next(), invalidRequest, nil)
	if m := c.next(); m["method"] != "window/showMessage" || !strings.Contains(fmt.Sprint(m["params"]), "64 MiB") {
		t.Fatalf("want a window/showMessage naming the limit, got %v", m)
	}
}

// An honest client that sent too much stays in step: its body is skipped.
func TestServerSkipsAnOversizedBodyAndServesTheNext(t *testing.T) {
	c := start(t)
	c.raw(fmt.Sprintf("Content-Length: %d\r\n\r\n", MaxMessage+1))
	wantError(t, c.next(), invalidRequest, nil)
	if m := c.next(); m["method"] != "window/showMessage" {
		t.Fatalf("want window/showMessage, got %v", m)
	}
	chunk := strings.Repeat(" ", 1<<20)
	for range MaxMessage >> 20 {
		c.raw(chunk)
	}
	c.raw(" " + frame(ping(7), 0))
	wantPing(t, c.next(), 7)
}

func TestServerAfterShutdownPublishesNothingAndRefusesRequests(t *testing.T) {
	c := start(t)
	c.request("initialize", map[string]any{"capabilities": map[string]any{}})
	c.next()
	id := c.request("shutdown", nil)
	m := c.next()
	if result, present := m["result"]; !present || result != nil || m["id"] != float64(id) {
		t.Fatalf(`shutdown reply = %v, want "result": null`, m)
	}
	uri := pathURI(filepath.Join(t.TempDir(), "draft.md"))
	c.notify("textDocument/didOpen", didOpen(uri, "Twelve people were killed.\n\nRescue crews said 14 people were killed.\n"))
	id = c.request("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": map[string]any{"line": 0, "character": 0}})
	wantError(t, c.next(), invalidRequest, float64(id)) // and no diagnostics before it
	id = c.request("shutdown", nil)
	wantError(t, c.next(), invalidRequest, float64(id))
	if code := c.exit(); code != 0 {
		t.Errorf("exit code %d after shutdown, want 0", code)
	}
}

// An untitled: buffer is linted from its text: the file of the same name
// in the working folder is not read, and the diagnostics go to the URI
// the editor gave.
func TestServerLintsAnUntitledDocumentFromItsText(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	const uri = "untitled:Untitled-1"
	if err := os.WriteFile(filepath.Join(dir, uri), []byte("Nothing happened here.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := start(t)
	c.request("initialize", map[string]any{"capabilities": map[string]any{}})
	c.next()
	c.notify("textDocument/didOpen", didOpen(uri, "Twelve people were killed in the flood.\n\nRescue crews said 14 people were killed in the flood.\n"))
	m := c.next()
	p, _ := m["params"].(map[string]any)
	if m["method"] != "textDocument/publishDiagnostics" || p["uri"] != uri {
		t.Fatalf("want diagnostics for %s, got %v", uri, m)
	}
	var codes []string
	for _, d := range p["diagnostics"].([]any) {
		d := d.(map[string]any)
		codes = append(codes, fmt.Sprint(d["code"]))
		if d["code"] == "death-toll-within" {
			// positions in the buffer's text, not in the file on disk
			if end := d["range"].(map[string]any)["end"]; fmt.Sprint(end) != "map[character:13 line:0]" {
				t.Errorf("range end %v, want line 0 character 13", end)
			}
			for _, r := range d["relatedInformation"].([]any) {
				loc := r.(map[string]any)["location"].(map[string]any)
				if start := loc["range"].(map[string]any)["start"]; loc["uri"] != uri || fmt.Sprint(start) != "map[character:18 line:2]" {
					t.Errorf("related place at %v %v, want %s line 2 character 18", loc["uri"], start, uri)
				}
			}
		}
	}
	if !strings.Contains(strings.Join(codes, " "), "death-toll-within") {
		t.Fatalf("no death-toll-within in %v", codes)
	}
}

// A 50 MB document is refused with a diagnostic on it and not kept: the
// next lint publishes only for the documents kept.
func TestServerRefusesADocumentOverMaxDocument(t *testing.T) {
	c := start(t)
	c.request("initialize", map[string]any{"capabilities": map[string]any{}})
	c.next()
	dir := t.TempDir()
	big, small := pathURI(filepath.Join(dir, "big.txt")), pathURI(filepath.Join(dir, "small.txt"))
	c.notify("textDocument/didOpen", didOpen(big, strings.Repeat("The council met again today.\n", 50_000_000/29)))
	m := c.next()
	p, _ := m["params"].(map[string]any)
	ds, _ := p["diagnostics"].([]any)
	if p["uri"] != big || len(ds) != 1 || !strings.Contains(fmt.Sprint(ds[0]), "document too large") {
		t.Fatalf("want one diagnostic saying %s is too large, got %v", big, m)
	}
	c.notify("textDocument/didOpen", didOpen(small, "The council met again today.\n"))
	m = c.next()
	if p, _ := m["params"].(map[string]any); p["uri"] != small {
		t.Fatalf("want diagnostics for %s alone, got %v", small, m)
	}
	c.request("shutdown", nil)
	if m := c.next(); m["method"] != nil {
		t.Fatalf("the big document is still linted: %v", m)
	}
}

// A document that grows over MaxDocument is dropped, text and file (the
// articles name the same street and mayor, so they are one story): the
// other documents are linted without it, neither its last text kept nor
// its file on disk read in its place.
func TestServerDropsADocumentThatGrowsOverMaxDocument(t *testing.T) {
	dir := t.TempDir()
	big, small := filepath.Join(dir, "big.txt"), filepath.Join(dir, "small.txt")
	if err := os.WriteFile(big, []byte("Twelve people were killed on Brookfield Lane, the mayor, Ana Pérez, said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := start(t)
	c.request("initialize", map[string]any{"rootUri": pathURI(dir), "capabilities": map[string]any{}})
	c.next()
	c.notify("textDocument/didOpen", didOpen(pathURI(small), "Rescue crews said 14 people were killed on Brookfield Lane, the mayor, Ana Pérez, said.\n"))
	if ds := c.diagnosticsFor(pathURI(small)); !strings.Contains(fmt.Sprint(ds), "big.txt") {
		t.Fatalf("the file on disk is not linted with the open document: %v", ds)
	}
	c.notify("textDocument/didOpen", didOpen(pathURI(big), "Eleven people were killed on Brookfield Lane, the mayor, Ana Pérez, said.\n"))
	c.diagnosticsFor(pathURI(small))
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": pathURI(big), "version": 2},
		"contentChanges": []any{map[string]any{"text": strings.Repeat("a", MaxDocument+1)}}})
	if ds := c.diagnosticsFor(pathURI(big)); len(ds) != 1 || !strings.Contains(fmt.Sprint(ds), "document too large") {
		t.Fatalf("want one diagnostic saying big.txt is too large, got %v", ds)
	}
	if ds := c.diagnosticsFor(pathURI(small)); strings.Contains(fmt.Sprint(ds), "big.txt") {
		t.Fatalf("big.txt is still linted: %v", ds)
	}
}

func TestServerAnswersInvalidParams(t *testing.T) {
	c := start(t)
	id := c.request("initialize", map[string]any{"rootUri": 5})
	wantError(t, c.next(), invalidParams, float64(id))
	c.notify("textDocument/didOpen", map[string]any{"textDocument": "draft.md"}) // logged: a notification has no answer
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"text": "no URI"}})
	c.raw(frame(ping(7), 0))
	wantPing(t, c.next(), 7)
}
