// Package lsp is factlint's language server: JSON-RPC 2.0 over a stream
// with Content-Length framing, as the Language Server Protocol specifies.
// It lints open documents as they change, against the other files of the
// workspace folder so rules across documents see the whole story, and
// publishes diagnostics with related places and UTF-16 columns. A
// finding across documents is published on both: on the document it is
// raised in, and on the open document of its related place, pointing back.
//
// Checks are debounced and incremental: an edit schedules a check Debounce
// after it, a newer edit cancels a scheduled or running check (running,
// between two stories), and the check itself (lint.Workspace) extracts
// again only the documents and files whose content changed and runs the
// rules across documents only on the stories that changed. Workspace files
// are read once and again only when a stat says their size or time
// changed.
//
// The server outlives a client that sends it what it cannot read. A frame
// with a malformed header, a Content-Length that is not a number or does
// not match its body, or a body that is not JSON is answered with a parse
// error (-32700), valid JSON that is no request with an invalid request
// (-32600), each with id null when the id cannot be read; the server then
// finds the next Content-Length header and serves the next message. A
// message over MaxMessage (64 MiB) is refused before it is read, with an
// error, a window/showMessage, and its body skipped by its declared
// length. A document over MaxDocument (32 MiB) is refused with a
// diagnostic on it. Documents of other schemes than file: (untitled:
// buffers) are linted from their text alone. After shutdown the server
// publishes nothing and answers every request with -32600 until exit.
package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/rules"
)

// MaxDocument is the largest document the server lints. It is below what
// factlint check reads from disk (document.MaxSize) because the server
// lints every open document again at each change the editor sends, each
// time with the whole text in a message: a larger document is refused with
// a diagnostic on it, kept neither in memory nor read from disk.
const MaxDocument = 32 << 20

// Debounce is how long the server waits after an edit before it checks:
// long enough for a burst of keystrokes (editors send a didChange per
// keystroke, tens of milliseconds apart) to cost one check, short enough
// that diagnostics follow typing without a felt lag.
const Debounce = 100 * time.Millisecond

// Server serves one client. The goroutine of Run reads and handles
// messages; checks run on their own goroutine, one at a time, each on a
// snapshot of the open documents, and publish only if no edit came since.
type Server struct {
	frames *frames
	out    io.Writer
	wmu    sync.Mutex
	log    io.Writer
	delay  time.Duration // Debounce; tests choose another

	mu           sync.Mutex        // guards what follows, and orders publishing
	root         string            // workspace folder
	docs         map[string]string // open documents: path → text
	uris         map[string]string // open documents: path → the URI the client named it by
	refused      map[string]bool   // open documents over MaxDocument, by path
	shuttingDown bool
	exclude      files.Globs        // workspace files left out, as check leaves them out
	edits        int                // state changes so far: a check publishes only for the latest
	checked      int                // the edit the last published check saw
	timer        *time.Timer        // the scheduled check
	cancel       context.CancelFunc // the running check's

	checkMu sync.Mutex       // one check at a time: it owns what follows
	ws      *lint.Workspace  // what earlier checks derived
	inWS    map[string]bool  // open documents the workspace holds
	onCheck func(lint.Stats) // tests: called after each check published
}

// New makes a server reading requests from in and writing to out.
func New(in io.Reader, out io.Writer, rs []*rules.Rule, log io.Writer) *Server {
	return NewWith(in, out, log, Config{Rules: rs})
}

// Config is what a server checks with, as `check` reads it from the
// configuration: the rules, the globs of workspace files to leave out and
// how stories are formed.
type Config struct {
	Rules   []*rules.Rule
	Exclude files.Globs
	Stories story.Mode
}

// NewWith makes a server that checks as the configuration says.
func NewWith(in io.Reader, out io.Writer, log io.Writer, c Config) *Server {
	return &Server{frames: newFrames(in), out: out, log: log, delay: Debounce,
		docs: map[string]string{}, uris: map[string]string{}, refused: map[string]bool{},
		ws: lint.NewWorkspace(lint.Options{Rules: c.Rules, Stories: c.Stories}), inWS: map[string]bool{}, exclude: c.Exclude}
}

// message is what the client sends: a request (method and id), a
// notification (method only) or a response (id, and result or error).
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
	Result  json.RawMessage `json:"result"`
	Error   json.RawMessage `json:"error"`
}

// success and failure answer a request: the id is always there (null when
// the request's could not be read), and so is a success's result, null or
// not, as JSON-RPC requires.
type success struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result"`
}

type failure struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Error   rpcError        `json:"error"`
}

type notification struct {
	JSONRPC string `json:"jsonrpc"`
	Method  string `json:"method"`
	Params  any    `json:"params"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Run serves until the client sends exit or closes the stream. It returns
// the process exit code the protocol asks for: 0 after shutdown, 1 if the
// client exits without it. A message it cannot read is answered with an
// error and the next one is served.
func (s *Server) Run() int {
	defer s.stop()
	for {
		msg, err := s.read()
		var bad *badFrame
		if errors.As(err, &bad) {
			fmt.Fprintf(s.log, "factlint lsp: %s\n", bad.msg)
			s.fail(bad.id, bad.code, bad.msg)
			if bad.tell && !s.stopped() {
				// a client may not show an error without an id
				s.notify("window/showMessage", map[string]any{"type": 1, "message": "factlint: " + bad.msg})
			}
			continue
		}
		if err != nil {
			if err != io.EOF {
				fmt.Fprintf(s.log, "factlint lsp: %v\n", err)
			}
			return 1
		}
		if msg.Method == "exit" {
			if s.stopped() {
				return 0
			}
			return 1
		}
		s.handle(msg)
	}
}

// stopped reports whether the client asked for shutdown.
func (s *Server) stopped() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.shuttingDown
}

// stop drops the scheduled check and cancels the running one: nothing is
// published from now on.
func (s *Server) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shuttingDown = true
	s.unschedule()
}

// read returns the next message, or a *badFrame to answer.
func (s *Server) read() (*message, error) {
	body, err := s.frames.next()
	if err != nil {
		return nil, err
	}
	var m message
	err = json.Unmarshal(body, &m)
	if err == nil {
		return &m, m.check()
	}
	if json.Valid(body) {
		return nil, &badFrame{code: invalidRequest, msg: "invalid request: " + err.Error(), id: idOf(body)}
	}
	s.frames.distrust()
	dec := json.NewDecoder(bytes.NewReader(body))
	var first json.RawMessage
	if dec.Decode(&first) == nil {
		// a whole message and more: its Content-Length counted into the
		// next message, which is read again from where this one ended
		end := dec.InputOffset()
		s.frames.unread(body[end:])
		return nil, &badFrame{code: parseError, id: idOf(first),
			msg: fmt.Sprintf("parse error: the message ends at byte %d of the %d its Content-Length declared", end, len(body))}
	}
	return nil, &badFrame{code: parseError, msg: "parse error: " + err.Error()}
}

// check reports what makes a message no JSON-RPC 2.0 message.
func (m *message) check() error {
	if !validID(m.ID) {
		return &badFrame{code: invalidRequest, msg: "invalid request: id is neither a number nor a string"}
	}
	if m.JSONRPC != "2.0" {
		return &badFrame{code: invalidRequest, msg: fmt.Sprintf("invalid request: jsonrpc is %s, not \"2.0\"", quoteShort(m.JSONRPC)), id: m.ID}
	}
	if m.Method == "" && (m.ID == nil || m.Result == nil && m.Error == nil) {
		return &badFrame{code: invalidRequest, msg: "invalid request: no method", id: m.ID}
	}
	return nil
}

// validID reports whether id is absent, null, a number or a string.
func validID(id json.RawMessage) bool {
	if id == nil || string(id) == "null" {
		return true
	}
	c := id[0]
	return c == '"' || c == '-' || '0' <= c && c <= '9'
}

// idOf is the id of a message that could not be read whole, or nil.
func idOf(body []byte) json.RawMessage {
	var m struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(body, &m) != nil || !validID(m.ID) {
		return nil
	}
	return m.ID
}

func (s *Server) write(v any) {
	body, err := json.Marshal(v)
	if err != nil {
		fmt.Fprintf(s.log, "factlint lsp: %v\n", err)
		return
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	fmt.Fprintf(s.out, "Content-Length: %d\r\n\r\n%s", len(body), body)
}

func (s *Server) reply(id json.RawMessage, result any) {
	if id != nil {
		s.write(success{JSONRPC: "2.0", ID: id, Result: result})
	}
}

// fail answers a request with an error; id nil stands for a request whose
// id could not be read.
func (s *Server) fail(id json.RawMessage, code int, msg string) {
	if id == nil {
		id = json.RawMessage("null")
	}
	s.write(failure{JSONRPC: "2.0", ID: id, Error: rpcError{Code: code, Message: msg}})
}

func (s *Server) notify(method string, params any) {
	s.write(notification{JSONRPC: "2.0", Method: method, Params: params})
}

type textDocument struct {
	URI  string `json:"uri"`
	Text string `json:"text"`
}

type params struct {
	RootURI          string `json:"rootUri"`
	WorkspaceFolders []struct {
		URI string `json:"uri"`
	} `json:"workspaceFolders"`
	TextDocument   textDocument `json:"textDocument"`
	ContentChanges []struct {
		Text string `json:"text"`
	} `json:"contentChanges"`
	Text *string `json:"text"`
}

// aboutDocument reports whether method is a notification about one open
// document, which must name it.
func aboutDocument(method string) bool {
	switch method {
	case "textDocument/didOpen", "textDocument/didChange", "textDocument/didSave", "textDocument/didClose":
		return true
	}
	return false
}

func (s *Server) handle(m *message) {
	if m.Method == "" {
		return // a response: the server sends no requests
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shuttingDown {
		if m.ID != nil {
			s.fail(m.ID, invalidRequest, m.Method+" after shutdown: the server accepts only exit")
		}
		return
	}
	var p params
	if len(m.Params) > 0 {
		if err := json.Unmarshal(m.Params, &p); err != nil {
			s.invalidParams(m, err.Error())
			return
		}
	}
	if aboutDocument(m.Method) && p.TextDocument.URI == "" {
		s.invalidParams(m, "no textDocument.uri")
		return
	}
	switch m.Method {
	case "initialize":
		root := p.RootURI
		if len(p.WorkspaceFolders) > 0 {
			root = p.WorkspaceFolders[0].URI
		}
		s.root = uriPath(root)
		s.reply(m.ID, map[string]any{
			"capabilities": map[string]any{
				"textDocumentSync": map[string]any{"openClose": true, "change": 1, "save": map[string]any{"includeText": true}},
			},
			"serverInfo": map[string]any{"name": "factlint"},
		})
	case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration":
	case "shutdown":
		s.shuttingDown = true
		s.unschedule()
		s.reply(m.ID, nil)
	case "textDocument/didOpen":
		s.set(p.TextDocument.URI, p.TextDocument.Text)
	case "textDocument/didChange":
		if n := len(p.ContentChanges); n > 0 {
			s.set(p.TextDocument.URI, p.ContentChanges[n-1].Text)
		}
	case "textDocument/didSave":
		if p.Text != nil {
			s.set(p.TextDocument.URI, *p.Text)
		} else {
			s.schedule() // a file on disk may have changed
		}
	case "textDocument/didClose":
		path := uriPath(p.TextDocument.URI)
		delete(s.docs, path)
		delete(s.uris, path)
		delete(s.refused, path)
		s.publish(p.TextDocument.URI, []map[string]any{})
		s.schedule()
	default:
		if m.ID != nil {
			s.fail(m.ID, methodNotFound, "method not found: "+m.Method)
		}
	}
}

// invalidParams answers a request whose parameters do not fit its method;
// a notification cannot be answered, so it is logged.
func (s *Server) invalidParams(m *message, why string) {
	msg := fmt.Sprintf("invalid params of %s: %s", m.Method, why)
	if m.ID != nil {
		s.fail(m.ID, invalidParams, msg)
		return
	}
	fmt.Fprintf(s.log, "factlint lsp: %s\n", msg)
}

// set takes a document's new text and schedules a check. A text over MaxDocument
// is refused with a diagnostic on the document; the document's earlier
// text, if any, is dropped with it, and so is its file in the workspace.
func (s *Server) set(uri, text string) {
	path := uriPath(uri)
	if len(text) > MaxDocument {
		delete(s.docs, path)
		delete(s.uris, path)
		s.refused[path] = true
		s.publish(uri, []map[string]any{{
			"range":    map[string]any{"start": map[string]int{"line": 0, "character": 0}, "end": map[string]int{"line": 0, "character": 0}},
			"severity": 1, "source": "factlint",
			"message": fmt.Sprintf("document too large: %d bytes (the language server lints documents up to %d MiB; factlint check reads files up to %d MiB)", len(text), MaxDocument>>20, document.MaxSize>>20),
		}})
	} else {
		delete(s.refused, path)
		s.docs[path] = text
		s.uris[path] = uri
	}
	s.schedule()
}

// schedule counts an edit and checks s.delay after it, unless another
// edit comes first; a check already running is cancelled. s.mu is held.
func (s *Server) schedule() {
	s.edits++
	s.unschedule()
	s.timer = time.AfterFunc(s.delay, s.recheck)
}

// unschedule drops the scheduled check and cancels the running one; s.mu
// is held.
func (s *Server) unschedule() {
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
}

// recheck checks the workspace as it is now and publishes the diagnostics
// of every open document, unless an edit came in the meantime (its own
// check follows) or the check for this edit was done already.
func (s *Server) recheck() {
	s.checkMu.Lock()
	defer s.checkMu.Unlock()
	s.mu.Lock()
	edit := s.edits
	if s.shuttingDown || s.checked == edit {
		s.mu.Unlock()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s.cancel = cancel
	docs, refused, root := maps.Clone(s.docs), maps.Clone(s.refused), s.root
	s.mu.Unlock()

	var res lint.Result
	if len(docs) > 0 { // else nothing to publish for
		var err error
		if res, err = s.check(ctx, docs, refused, root); err != nil {
			return // a newer edit cancelled it
		}
		if res.Err != nil {
			fmt.Fprintf(s.log, "factlint lsp: %v\n", res.Err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shuttingDown || s.edits != edit {
		return
	}
	s.checked = edit
	if s.onCheck != nil {
		s.onCheck(s.ws.Stats())
	}
	s.publishAll(res)
}

// check brings the workspace up to date with the open documents and the
// workspace folder's files (but for those open with a text too large to
// lint) and checks it.
func (s *Server) check(ctx context.Context, docs map[string]string, refused map[string]bool, root string) (lint.Result, error) {
	for p := range s.inWS {
		if _, open := docs[p]; !open {
			s.ws.Close(p)
			delete(s.inWS, p)
		}
	}
	for p, text := range docs {
		s.ws.Update(p, []byte(text))
		s.inWS[p] = true
	}
	var disk []files.Input
	if root != "" {
		ws, _ := files.ExpandExcluding([]string{root}, s.exclude)
		for _, i := range ws {
			abs := filepath.Clean(i.Path)
			if _, open := docs[abs]; !open && !refused[abs] {
				disk = append(disk, files.Input{Path: abs})
			}
		}
	}
	s.ws.Walk(disk)
	return s.ws.CheckContext(ctx)
}

// publishAll publishes the diagnostics of every open document: the
// findings raised in it, and those raised in another document that point
// to a place in it. s.mu is held.
func (s *Server) publishAll(res lint.Result) {
	byFile := map[string][]map[string]any{}
	lines := map[string]*source.Lines{}
	for _, d := range res.Diagnostics {
		if _, open := s.docs[d.Primary.File]; open {
			byFile[d.Primary.File] = append(byFile[d.Primary.File], s.toLSP(d, lines))
		}
		for _, r := range d.Related {
			if _, open := s.docs[r.File]; open && r.File != d.Primary.File {
				byFile[r.File] = append(byFile[r.File], s.mirror(d, r, lines))
			}
		}
	}
	paths := slices.Sorted(maps.Keys(s.docs))
	for _, p := range paths {
		ds := byFile[p]
		if ds == nil {
			ds = []map[string]any{}
		}
		s.publish(s.uris[p], ds)
	}
}

func (s *Server) publish(uri string, ds []map[string]any) {
	s.notify("textDocument/publishDiagnostics", map[string]any{"uri": uri, "diagnostics": ds})
}

// toLSP converts a finding: ranges in UTF-16 code units of each file's
// text, whose lines are kept in lines for the next finding.
func (s *Server) toLSP(d diagnostic.Diagnostic, lines map[string]*source.Lines) map[string]any {
	sev := map[diagnostic.Severity]int{diagnostic.Error: 1, diagnostic.Warning: 2, diagnostic.Info: 3}[d.Severity]
	out := map[string]any{"range": s.lspRange(d.Primary, lines), "severity": sev, "code": d.Rule, "source": "factlint", "message": d.Message}
	var rel []map[string]any
	for _, r := range d.Related {
		rel = append(rel, map[string]any{"location": map[string]any{"uri": s.uriOf(r.File), "range": s.lspRange(r.Location, lines)}, "message": r.Message})
	}
	if rel != nil {
		out["relatedInformation"] = rel
	}
	return out
}

// mirror is a finding raised in another document, shown at its related
// place r, with related information pointing back to where it is raised.
func (s *Server) mirror(d diagnostic.Diagnostic, r diagnostic.Related, lines map[string]*source.Lines) map[string]any {
	m := s.toLSP(d, lines)
	m["range"] = s.lspRange(r.Location, lines)
	m["message"] = fmt.Sprintf("%s (raised in %s)", d.Message, filepath.Base(d.Primary.File))
	m["relatedInformation"] = []map[string]any{{
		"location": map[string]any{"uri": s.uriOf(d.Primary.File), "range": s.lspRange(d.Primary, lines)},
		"message":  "the finding: " + d.Message,
	}}
	return m
}

// uriOf is an open document's URI as the client gave it, or a workspace
// file's.
func (s *Server) uriOf(path string) string {
	if uri, open := s.uris[path]; open {
		return uri
	}
	return pathURI(path)
}

func (s *Server) lspRange(l diagnostic.Location, lines map[string]*source.Lines) map[string]any {
	ls := lines[l.File]
	if ls == nil {
		text, open := s.docs[l.File]
		if !open { // a workspace file, read from disk
			b, _ := os.ReadFile(l.File)
			text = string(b)
		}
		ls = source.NewLines([]byte(text))
		lines[l.File] = ls
	}
	sl, sc := ls.UTF16Position(l.Span.Start)
	el, ec := ls.UTF16Position(l.Span.End)
	return map[string]any{"start": map[string]int{"line": sl, "character": sc}, "end": map[string]int{"line": el, "character": ec}}
}

// uriPath turns a file:// URI into a clean local path; a document of any
// other scheme (an editor's untitled: buffer) keeps its URI as its name,
// and is never looked for on disk.
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return uri
	}
	return filepath.Clean(u.Path)
}

func pathURI(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(p)}).String()
}
