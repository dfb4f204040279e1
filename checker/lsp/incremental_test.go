package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factlint/factlint/checker/facts"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/rules"
)

func flood(n string) string {
	return n + " people were killed on Brookfield Lane, the mayor, Ana Pérez, said.\n"
}

// checks records what the server's checks did.
type checks struct {
	mu    sync.Mutex
	stats []lint.Stats
}

func (c *checks) add(s lint.Stats) {
	c.mu.Lock()
	c.stats = append(c.stats, s)
	c.mu.Unlock()
}

func (c *checks) take() []lint.Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.stats
	c.stats = nil
	return s
}

func change(uri, text string, version int) map[string]any {
	return map[string]any{"textDocument": map[string]any{"uri": uri, "version": version},
		"contentChanges": []any{map[string]any{"text": text}}}
}

// A burst of edits is checked once, with the last text, and a check after
// an edit extracts only the edited document, not the workspace's files.
func TestServerChecksABurstOfEditsOnceAndOnlyWhatChanged(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.md", "b.md", "c.md"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(flood("Nine")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var seen checks
	// a debounce far longer than the burst takes to send, so the test does
	// not depend on the machine's speed
	c := startWith(t, func(s *Server) { s.delay = time.Second; s.onCheck = seen.add })
	c.request("initialize", map[string]any{"rootUri": pathURI(dir), "capabilities": map[string]any{}})
	c.next()
	uri := pathURI(filepath.Join(dir, "draft.md"))
	c.notify("textDocument/didOpen", didOpen(uri, flood("Nine")))
	for i := 1; i <= 20; i++ {
		c.notify("textDocument/didChange", change(uri, flood(fmt.Sprint(10+i)), i+1))
	}
	c.raw(frame(ping(7), 0))
	if m := c.next(); m["method"] != nil {
		t.Fatalf("published before the burst was over: %v", m)
	}
	ds := c.diagnosticsFor(uri)
	if !strings.Contains(fmt.Sprint(ds), "death toll 30") {
		t.Fatalf("the diagnostics are not of the last text: %v", ds)
	}
	c.raw(frame(ping(8), 0))
	wantPing(t, c.next(), 8) // no second publish
	if s := seen.take(); len(s) != 1 || s[0].Extracted != 4 {
		t.Fatalf("checks %+v, want one that extracted the 4 files", s)
	}

	c.notify("textDocument/didChange", change(uri, flood("Seven"), 30))
	if ds := c.diagnosticsFor(uri); !strings.Contains(fmt.Sprint(ds), "death toll 7") {
		t.Fatalf("the diagnostics are not of the edit: %v", ds)
	}
	if s := seen.take(); len(s) != 1 || s[0].Extracted != 1 || s[0].Read != 0 || s[0].Files != 4 {
		t.Fatalf("checks %+v after one edit, want one that extracted the draft alone and read no file", s)
	}
}

// A finding across documents is shown on both open documents: where it is
// raised, pointing to the other, and on the other, pointing back.
func TestServerShowsAFindingAcrossDocumentsOnBoth(t *testing.T) {
	dir := t.TempDir()
	c := startWith(t, func(s *Server) { s.delay = time.Millisecond })
	c.request("initialize", map[string]any{"rootUri": pathURI(dir), "capabilities": map[string]any{}})
	c.next()
	a, b := pathURI(filepath.Join(dir, "a.md")), pathURI(filepath.Join(dir, "b.md"))
	c.notify("textDocument/didOpen", didOpen(a, flood("Fourteen")))
	c.diagnosticsFor(a)
	c.notify("textDocument/didOpen", didOpen(b, flood("Nine")))
	across := func(uri string) map[string]any {
		t.Helper()
		for _, d := range c.diagnosticsFor(uri) {
			if d := d.(map[string]any); d["code"] == "death-toll-across" {
				return d
			}
		}
		t.Fatalf("no death-toll-across on %s", uri)
		return nil
	}
	onA, onB := across(a), across(b)
	for _, tc := range []struct {
		d     map[string]any
		other string
	}{{onB, a}, {onA, b}} {
		rel, _ := tc.d["relatedInformation"].([]any)
		if len(rel) != 1 {
			t.Fatalf("related information %v", tc.d["relatedInformation"])
		}
		loc := rel[0].(map[string]any)["location"].(map[string]any)
		if loc["uri"] != tc.other {
			t.Errorf("%v points to %v, want %s", tc.d["message"], loc["uri"], tc.other)
		}
	}
	if !strings.Contains(fmt.Sprint(onA["message"]), "raised in b.md") {
		t.Errorf("the finding on a.md does not say where it is raised: %v", onA["message"])
	}
}

// The workspace's files are walked as check walks them: a file the
// configuration excludes is compared with no open document.
func TestServerLeavesOutExcludedWorkspaceFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "archive"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"archive/old.md", "kept.md"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(flood("Nine")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := startWith(t, func(s *Server) {
		s.delay = time.Millisecond
		s.exclude = files.Globs{Base: dir, Patterns: []string{"archive/**"}}
	})
	c.request("initialize", map[string]any{"rootUri": pathURI(dir), "capabilities": map[string]any{}})
	c.next()
	a := pathURI(filepath.Join(dir, "a.md"))
	c.notify("textDocument/didOpen", didOpen(a, flood("Fourteen")))
	with := c.messagesOf(a, "death-toll-across")
	if len(with) != 1 || !strings.Contains(with[0], "kept.md") {
		t.Fatalf("want one conflict, with kept.md and not the excluded archive: %v", with)
	}
}

// An open draft is held against the registry of confirmed facts beside it,
// as check holds it, also when it is the only article of its story.
func TestServerHoldsADraftAgainstItsRegistry(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, facts.FileName), []byte("figures:\n  - event: killed\n    value: 12\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	c := startWith(t, func(s *Server) {
		s.delay = time.Millisecond
		s.configure(Config{Rules: set.Rules, Facts: facts.NewSet(dir, "")})
	})
	c.request("initialize", map[string]any{"rootUri": pathURI(dir), "capabilities": map[string]any{}})
	c.next()
	uri := pathURI(filepath.Join(dir, "a.md"))
	c.notify("textDocument/didOpen", didOpen(uri, flood("Nine")))
	for _, d := range c.diagnosticsFor(uri) {
		if d := d.(map[string]any); d["code"] == "figure-confirmed" {
			return
		}
	}
	t.Fatalf("the draft's 9 killed is not held against the registry's 12")
}
