package lsp

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/rules"
)

// initialize starts a session on root ("" for none) with the client's
// capabilities and initialization options, and returns the server's
// capabilities and what it sent before them.
func (c *client) initialize(root string, capabilities, options map[string]any) (caps map[string]any, before []map[string]any) {
	c.t.Helper()
	p := map[string]any{"capabilities": capabilities}
	if root != "" {
		p["rootUri"] = pathURI(root)
	}
	if options != nil {
		p["initializationOptions"] = options
	}
	id := c.request("initialize", p)
	for {
		m := c.next()
		if m["id"] == float64(id) {
			result, _ := m["result"].(map[string]any)
			if result == nil {
				c.t.Fatalf("initialize: %v", m)
			}
			c.notify("initialized", map[string]any{})
			return result["capabilities"].(map[string]any), before
		}
		before = append(before, m)
	}
}

// answer reads messages until the answer to request id.
func (c *client) answer(id int) map[string]any {
	c.t.Helper()
	for {
		if m := c.next(); m["id"] == float64(id) && m["method"] == nil {
			return m
		}
	}
}

// respond answers a request of the server's.
func (c *client) respond(id any, result any) {
	c.write(map[string]any{"jsonrpc": "2.0", "id": id, "result": result})
}

func position(line, character int) map[string]any {
	return map[string]any{"line": line, "character": character}
}

const conflict = "Twelve people were killed in the flood, the mayor, Ana Pérez, said.\n\nRescue crews said 14 people were killed in the flood.\n"

func TestServerHoverShowsHowAClaimWasRead(t *testing.T) {
	c := startWith(t, func(s *Server) { s.delay = time.Millisecond })
	caps, _ := c.initialize("", map[string]any{}, nil)
	if caps["hoverProvider"] != true {
		t.Fatalf("hoverProvider not offered: %v", caps)
	}
	uri := pathURI(filepath.Join(t.TempDir(), "draft.md"))
	c.notify("textDocument/didOpen", didOpen(uri, conflict))
	c.diagnosticsFor(uri)
	hover := func(line, character int) map[string]any {
		t.Helper()
		m := c.answer(c.request("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}, "position": position(line, character)}))
		if _, present := m["result"]; !present {
			t.Fatalf("hover: %v", m)
		}
		r, _ := m["result"].(map[string]any)
		return r
	}
	r := hover(0, 3) // in "Twelve people"
	contents, _ := r["contents"].(map[string]any)
	if contents["kind"] != "markdown" {
		t.Fatalf("hover contents %v, want markdown", r)
	}
	text := fmt.Sprint(contents["value"])
	for _, want := range []string{"**factlint: count** “Twelve people”", "- value: 12 (`exact`)", "- event: killed", "- subject: person",
		"- counts: main incident, victims", "- source: the mayor, Ana Pérez (Ana Pérez), person", "- read by: `number`"} {
		if !strings.Contains(text, want) {
			t.Errorf("hover lacks %q:\n%s", want, text)
		}
	}
	if rng := fmt.Sprint(r["range"]); rng != "map[end:map[character:13 line:0] start:map[character:0 line:0]]" {
		t.Errorf("hover range %s, want the claim's", rng)
	}
	if r := hover(2, 2); r != nil { // "Rescue": no claim
		t.Errorf("hover outside any claim = %v, want null", r)
	}
}

// The quick fix inserts the comment that suppresses the finding: on a line
// of its own before a paragraph, at the end of the line before inside one.
func TestServerCodeActionSuppressesTheFinding(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"paragraph", conflict, "\n\n<!-- factlint-disable-next-line death-toll-within -- " + ReasonPlaceholder + " -->\nRescue crews"},
		{"inside a paragraph", strings.Replace(conflict, "\n\nRescue", "\nRescue", 1), "said. <!-- factlint-disable-next-line death-toll-within -- " + ReasonPlaceholder + " -->\nRescue crews"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := startWith(t, func(s *Server) { s.delay = time.Millisecond })
			c.initialize("", map[string]any{}, nil)
			uri := pathURI(filepath.Join(t.TempDir(), "draft.md"))
			c.notify("textDocument/didOpen", didOpen(uri, tc.text))
			var finding map[string]any
			for _, d := range c.diagnosticsFor(uri) {
				if d := d.(map[string]any); d["code"] == "death-toll-within" {
					finding = d
				}
			}
			if finding == nil {
				t.Fatal("no death-toll-within")
			}
			at := finding["range"].(map[string]any)["start"]
			m := c.answer(c.request("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri},
				"range": map[string]any{"start": at, "end": at}, "context": map[string]any{"diagnostics": []any{finding}}}))
			actions, _ := m["result"].([]any)
			if len(actions) != 1 {
				t.Fatalf("want one action, got %v", m)
			}
			a := actions[0].(map[string]any)
			if a["kind"] != "quickfix" || !strings.Contains(fmt.Sprint(a["title"]), "death-toll-within") {
				t.Errorf("action %v", a)
			}
			edits := a["edit"].(map[string]any)["changes"].(map[string]any)[uri].([]any)
			fixed := apply(tc.text, edits)
			if !strings.Contains(fixed, tc.want) {
				t.Fatalf("after the edit:\n%s\nwant it to hold %q", fixed, tc.want)
			}
			c.notify("textDocument/didChange", change(uri, fixed, 2))
			if ds := c.diagnosticsFor(uri); len(ds) != 0 {
				t.Errorf("findings after the suppression: %v", ds)
			}
		})
	}
}

// apply applies LSP text edits (inserts, as the code action makes) to text.
func apply(text string, edits []any) string {
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i].(map[string]any)
		start := e["range"].(map[string]any)["start"].(map[string]any)
		off := source.NewLines([]byte(text)).OffsetOfUTF16(int(start["line"].(float64)), int(start["character"].(float64)))
		text = text[:off] + e["newText"].(string) + text[off:]
	}
	return text
}

func TestServerCodeActionOffersNothingWithoutAFinding(t *testing.T) {
	c := startWith(t, func(s *Server) { s.delay = time.Millisecond })
	c.initialize("", map[string]any{}, nil)
	uri := pathURI(filepath.Join(t.TempDir(), "draft.md"))
	c.notify("textDocument/didOpen", didOpen(uri, conflict))
	c.diagnosticsFor(uri)
	m := c.answer(c.request("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri},
		"range": map[string]any{"start": position(0, 0), "end": position(0, 0)}, "context": map[string]any{"diagnostics": []any{}}}))
	if actions, ok := m["result"].([]any); !ok || len(actions) != 0 {
		t.Fatalf("want no action on line 0, got %v", m)
	}
}

// initializationOptions.configPath, relative to the workspace folder, is
// read with the server's loader; a configuration that does not load is
// shown to the user with where it went wrong.
func TestServerReadsTheConfigPathTheClientNames(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "archive"), 0o755)
	for _, f := range []string{"archive/old.md", "kept.md"} {
		os.WriteFile(filepath.Join(dir, f), []byte(flood("Nine")), 0o644)
	}
	var asked []string
	load := func(path string) (Config, error) {
		asked = append(asked, path)
		if strings.HasSuffix(path, "bad.yaml") {
			return Config{}, errors.New(path + ":3:7: exclude: a pattern with an unclosed [")
		}
		c := testConfig(t)
		c.Exclude = files.Globs{Base: dir, Patterns: []string{"archive/**"}}
		return c, nil
	}

	c := startWith(t, func(s *Server) { s.delay = time.Millisecond; s.load = load })
	_, before := c.initialize(dir, map[string]any{}, map[string]any{"configPath": "conf/bad.yaml"})
	if len(before) != 1 || before[0]["method"] != "window/showMessage" || !strings.Contains(fmt.Sprint(before[0]["params"]), filepath.Join(dir, "conf/bad.yaml")+":3:7: exclude") {
		t.Fatalf("want the configuration's error shown, got %v", before)
	}

	c = startWith(t, func(s *Server) { s.delay = time.Millisecond; s.load = load })
	c.initialize(dir, map[string]any{}, map[string]any{"configPath": filepath.Join(dir, "good.yaml")})
	a := pathURI(filepath.Join(dir, "a.md"))
	c.notify("textDocument/didOpen", didOpen(a, flood("Fourteen")))
	with := c.messagesOf(a, "death-toll-across")
	if len(with) != 1 || !strings.Contains(with[0], "kept.md") {
		t.Fatalf("want one conflict, with kept.md and not the archive good.yaml excludes: %v", with)
	}
	if len(asked) != 2 || asked[1] != filepath.Join(dir, "good.yaml") {
		t.Errorf("loader asked for %v", asked)
	}
}

// A client that shows work done progress sees the first reading of the
// workspace folder as it goes, with a file count.
func TestServerReportsTheWorkspaceLoadAsProgress(t *testing.T) {
	dir := t.TempDir()
	for i := range 30 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.md", i)), []byte(flood(fmt.Sprint(i+2))), 0o644)
	}
	c := startWith(t, func(s *Server) { s.delay = time.Millisecond })
	c.initialize(dir, map[string]any{"window": map[string]any{"workDoneProgress": true}}, nil)
	m := c.next()
	if m["method"] != "window/workDoneProgress/create" {
		t.Fatalf("want the token created, got %v", m)
	}
	token := m["params"].(map[string]any)["token"]
	c.respond(m["id"], nil)
	var kinds, messages []string
	for len(kinds) == 0 || kinds[len(kinds)-1] != "end" {
		m := c.next()
		if m["method"] != "$/progress" {
			t.Fatalf("want progress, got %v", m)
		}
		p := m["params"].(map[string]any)
		if p["token"] != token {
			t.Fatalf("progress on token %v, want %v", p["token"], token)
		}
		v := p["value"].(map[string]any)
		kinds = append(kinds, fmt.Sprint(v["kind"]))
		messages = append(messages, fmt.Sprint(v["message"]))
	}
	if kinds[0] != "begin" || len(kinds) < 3 {
		t.Errorf("progress %v, want begin, reports, end", kinds)
	}
	if !strings.Contains(strings.Join(messages, "|"), "30/30 files") || messages[len(messages)-1] != "30 files read" {
		t.Errorf("progress messages %v, want a file count", messages)
	}
}

func TestServerAnswersARequestBeforeInitialize(t *testing.T) {
	c := start(t)
	id := c.request("textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": "file:///a.md"}, "position": position(0, 0)})
	wantError(t, c.next(), serverNotInitialized, float64(id))
}

// testConfig is the built-in rules' configuration.
func testConfig(t testing.TB) Config {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	return Config{Rules: set.Rules}
}
