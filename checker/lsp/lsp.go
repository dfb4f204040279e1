// Package lsp is factlint's language server. It lints open documents as
// they change, against the other files of the workspace folder so rules
// across documents see the whole story, and publishes diagnostics with
// related places and UTF-16 columns. A finding across documents is
// published on both: on the document it is raised in, and on the open
// document of its related place, pointing back. A hover on a claim shows
// how factlint read it; a code action on a finding inserts the
// suppression comment that silences it, with a reason to fill in.
//
// The protocol's messages, their types and their dispatch to a method are
// github.com/tliron/glsp's (protocol_3_16's Handler). Its server is not
// used: it reads the stream with sourcegraph/jsonrpc2, which ends the
// session at the first frame it cannot read (a malformed header, a
// Content-Length that lies, a body that is not JSON) without an answer,
// and allocates whatever length a header declares. The framing and the
// JSON-RPC envelope in front of glsp's handler are therefore this
// package's own (frames, Server.read), and so is the state that outlives
// the handler's (after shutdown only exit is served).
//
// Checks are debounced and incremental: an edit schedules a check Debounce
// after it, a newer edit cancels a scheduled or running check (running,
// between two stories), and the check itself (lint.Workspace) extracts
// again only the documents and files whose content changed and runs the
// rules across documents only on the stories that changed. The workspace
// folder is walked at the first check, and again only after a document is
// opened, saved or closed (a keystroke changes no file on disk); a walked
// file is read again only when a stat says its size or time changed.
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
	"github.com/factlint/factlint/checker/facts"
	"io"
	"sync"
	"time"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
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
	frames  *frames
	out     io.Writer
	wmu     sync.Mutex
	log     io.Writer
	delay   time.Duration // Debounce; tests choose another
	handler *protocol.Handler
	load    func(path string) (Config, error) // Config.Load
	calls   calls                             // the server's requests to the client

	mu           sync.Mutex          // guards what follows, and orders publishing
	root         string              // workspace folder
	docs         map[string]string   // open documents: path → text
	uris         map[string]string   // open documents: path → the URI the client named it by
	refused      map[string]bool     // open documents over MaxDocument, by path
	published    map[string][]shown  // by path: the diagnostics published last
	readings     map[string]*reading // open documents' claims, read for hovers
	shuttingDown bool
	reconfigured *Config            // a configuration the next check takes up
	progress     bool               // the client shows work done progress
	walkDue      bool               // the next check walks the workspace folder again
	edits        int                // state changes so far: a check publishes only for the latest
	checked      int                // the edit the last published check saw
	timer        *time.Timer        // the scheduled check
	cancel       context.CancelFunc // the running check's

	checkMu sync.Mutex       // one check at a time: it owns what follows
	ws      *lint.Workspace  // what earlier checks derived
	inWS    map[string]bool  // open documents the workspace holds
	walked  []files.Input    // the workspace folder's files, as last walked
	exclude files.Globs      // workspace files left out, as check leaves them out
	loaded  bool             // a check has read the workspace folder
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
	Rules         []*rules.Rule
	Exclude       files.Globs
	Stories       story.Mode
	RequireReason bool       // suppression comments must give a reason
	Facts         *facts.Set // the registries of confirmed facts; nil: none
	// Load reads the configuration file at an absolute path, for a client
	// that names one (initializationOptions.configPath); nil: such a
	// client is told the server cannot.
	Load func(path string) (Config, error)
}

// NewWith makes a server that checks as the configuration says.
func NewWith(in io.Reader, out io.Writer, log io.Writer, c Config) *Server {
	s := &Server{frames: newFrames(in), out: out, log: log, delay: Debounce, load: c.Load,
		docs: map[string]string{}, uris: map[string]string{}, refused: map[string]bool{},
		published: map[string][]shown{}, readings: map[string]*reading{},
		inWS: map[string]bool{}, walkDue: true}
	s.configure(c)
	s.handler = s.newHandler()
	return s
}

// configure makes the workspace check with c; the checks' lock is held,
// or no check runs yet.
func (s *Server) configure(c Config) {
	s.exclude = c.Exclude
	s.ws = lint.NewWorkspace(lint.Options{Rules: c.Rules, Stories: c.Stories, RequireReason: c.RequireReason, Facts: c.Facts})
	s.inWS = map[string]bool{}
	s.loaded = false
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
				s.showMessage(protocol.MessageTypeError, bad.msg)
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
	s.calls.abandon()
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

// showMessage tells the user something in the editor's own way.
func (s *Server) showMessage(kind protocol.MessageType, msg string) {
	s.notify(protocol.ServerWindowShowMessage, protocol.ShowMessageParams{Type: kind, Message: "factlint: " + msg})
}
