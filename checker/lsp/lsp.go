// Package lsp is factlint's language server: JSON-RPC 2.0 over a stream
// with Content-Length framing, as the Language Server Protocol specifies.
// It lints open documents as they change, against the other files of the
// workspace folder so rules across documents see the whole story, and
// publishes diagnostics with related places and UTF-16 columns.
package lsp

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/rules"
)

// Server serves one client.
type Server struct {
	in           *bufio.Reader
	out          io.Writer
	wmu          sync.Mutex
	opts         lint.Options
	root         string            // workspace folder
	docs         map[string]string // open documents: path → text
	log          io.Writer
	shuttingDown bool
}

// New makes a server reading requests from in and writing to out.
func New(in io.Reader, out io.Writer, rs []*rules.Rule, log io.Writer) *Server {
	return &Server{in: bufio.NewReader(in), out: out, opts: lint.Options{Rules: rs}, docs: map[string]string{}, log: log}
}

type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  any             `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Run serves until the client sends exit or closes the stream. It returns
// the process exit code the protocol asks for: 0 after shutdown, 1 if the
// client exits without it.
func (s *Server) Run() int {
	for {
		msg, err := s.read()
		if err != nil {
			if err != io.EOF {
				fmt.Fprintf(s.log, "factlint lsp: %v\n", err)
			}
			return 1
		}
		if msg.Method == "exit" {
			if s.shuttingDown {
				return 0
			}
			return 1
		}
		s.handle(msg)
	}
}

func (s *Server) read() (*message, error) {
	length := -1
	for {
		line, err := s.in.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "Content-Length") {
			if length, err = strconv.Atoi(strings.TrimSpace(v)); err != nil {
				return nil, fmt.Errorf("bad Content-Length %q", v)
			}
		}
	}
	if length < 0 || length > 256<<20 {
		return nil, fmt.Errorf("missing or oversized Content-Length")
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(s.in, body); err != nil {
		return nil, err
	}
	var m message
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, fmt.Errorf("malformed message: %v", err)
	}
	return &m, nil
}

func (s *Server) send(m message) {
	m.JSONRPC = "2.0"
	body, err := json.Marshal(m)
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
		s.send(message{ID: id, Result: result})
	}
}

type textDocument struct {
	URI  string `json:"uri"`
	Text string `json:"text"`
}

func (s *Server) handle(m *message) {
	var p struct {
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
	if len(m.Params) > 0 {
		_ = json.Unmarshal(m.Params, &p)
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
		s.reply(m.ID, nil)
	case "textDocument/didOpen":
		s.docs[uriPath(p.TextDocument.URI)] = p.TextDocument.Text
		s.publishAll()
	case "textDocument/didChange":
		if n := len(p.ContentChanges); n > 0 {
			s.docs[uriPath(p.TextDocument.URI)] = p.ContentChanges[n-1].Text
			s.publishAll()
		}
	case "textDocument/didSave":
		if p.Text != nil {
			s.docs[uriPath(p.TextDocument.URI)] = *p.Text
		}
		s.publishAll()
	case "textDocument/didClose":
		path := uriPath(p.TextDocument.URI)
		delete(s.docs, path)
		s.publish(path, []map[string]any{})
		s.publishAll()
	default:
		if m.ID != nil {
			s.send(message{ID: m.ID, Error: &rpcError{Code: -32601, Message: "method not found: " + m.Method}})
		}
	}
}

// publishAll lints the open documents with the workspace's other files and
// publishes the diagnostics of every open document.
func (s *Server) publishAll() {
	inputs := s.inputs()
	res := lint.Check(inputs, s.opts)
	if res.Err != nil {
		fmt.Fprintf(s.log, "factlint lsp: %v\n", res.Err)
	}
	byFile := map[string][]map[string]any{}
	for _, d := range res.Diagnostics {
		if _, open := s.docs[d.Primary.File]; open {
			byFile[d.Primary.File] = append(byFile[d.Primary.File], s.toLSP(d))
		}
	}
	paths := slices.Sorted(maps.Keys(s.docs))
	for _, p := range paths {
		ds := byFile[p]
		if ds == nil {
			ds = []map[string]any{}
		}
		s.publish(p, ds)
	}
}

// inputs are the open documents and the workspace's other articles.
func (s *Server) inputs() []files.Input {
	var in []files.Input
	seen := map[string]bool{}
	for p, text := range s.docs {
		in = append(in, files.Input{Path: p, Named: true, Data: []byte(text)})
		seen[p] = true
	}
	if s.root != "" {
		ws, _ := files.Expand([]string{s.root}, nil)
		for _, i := range ws {
			if abs := filepath.Clean(i.Path); !seen[abs] {
				in = append(in, files.Input{Path: abs})
			}
		}
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Path < in[j].Path })
	return in
}

func (s *Server) publish(path string, ds []map[string]any) {
	s.send(message{Method: "textDocument/publishDiagnostics", Params: mustJSON(map[string]any{"uri": pathURI(path), "diagnostics": ds})})
}

// toLSP converts a finding: ranges in UTF-16 code units of each file's text.
func (s *Server) toLSP(d diagnostic.Diagnostic) map[string]any {
	sev := map[diagnostic.Severity]int{diagnostic.Error: 1, diagnostic.Warning: 2, diagnostic.Info: 3}[d.Severity]
	out := map[string]any{"range": s.lspRange(d.Primary), "severity": sev, "code": d.Rule, "source": "factlint", "message": d.Message}
	var rel []map[string]any
	for _, r := range d.Related {
		rel = append(rel, map[string]any{"location": map[string]any{"uri": pathURI(r.File), "range": s.lspRange(r.Location)}, "message": r.Message})
	}
	if rel != nil {
		out["relatedInformation"] = rel
	}
	return out
}

func (s *Server) lspRange(l diagnostic.Location) map[string]any {
	text, ok := s.docs[l.File]
	if !ok {
		b, _ := os.ReadFile(l.File)
		text = string(b)
	}
	lines := source.NewLines([]byte(text))
	sl, sc := lines.UTF16Position(l.Span.Start)
	el, ec := lines.UTF16Position(l.Span.End)
	return map[string]any{"start": map[string]int{"line": sl, "character": sc}, "end": map[string]int{"line": el, "character": ec}}
}

func mustJSON(v any) json.RawMessage {
	b, _ := json.Marshal(v)
	return b
}

// uriPath turns a file:// URI into a clean local path.
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
