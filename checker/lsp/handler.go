package lsp

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/factlint/factlint/checker/source"
)

// JSON-RPC error codes.
const (
	parseError           = -32700
	invalidRequest       = -32600
	methodNotFound       = -32601
	invalidParams        = -32602
	internalError        = -32603
	serverNotInitialized = -32002 // the protocol's own
)

// paramsError is a handler's word that a message's parameters do not fit
// its method (glsp's handler answers only those it cannot decode).
type paramsError string

func (e paramsError) Error() string { return string(e) }

// newHandler is glsp's dispatch of the methods the server serves to them.
// Every method of it runs with s.mu held.
func (s *Server) newHandler() *protocol.Handler {
	noop := func(*glsp.Context) error { return nil }
	return &protocol.Handler{
		Initialize:                      s.initialize,
		Initialized:                     s.initialized,
		Shutdown:                        s.shutdown,
		CancelRequest:                   func(*glsp.Context, *protocol.CancelParams) error { return nil },
		SetTrace:                        func(*glsp.Context, *protocol.SetTraceParams) error { return nil },
		Exit:                            noop,
		WorkspaceDidChangeConfiguration: func(*glsp.Context, *protocol.DidChangeConfigurationParams) error { return nil },
		WorkspaceDidChangeWatchedFiles:  s.didChangeWatchedFiles,
		WindowWorkDoneProgressCancel:    func(*glsp.Context, *protocol.WorkDoneProgressCancelParams) error { return nil },
		TextDocumentDidOpen:             s.didOpen,
		TextDocumentDidChange:           s.didChange,
		TextDocumentDidSave:             s.didSave,
		TextDocumentDidClose:            s.didClose,
		TextDocumentHover:               s.hover,
		TextDocumentCodeAction:          s.codeAction,
	}
}

// served are the methods newHandler sets. glsp's handler tells a method it
// does not serve only once initialized; the server tells it at once.
var served = map[string]bool{
	protocol.MethodInitialize: true, protocol.MethodInitialized: true, protocol.MethodShutdown: true,
	protocol.MethodCancelRequest: true, protocol.MethodSetTrace: true, protocol.MethodExit: true,
	protocol.MethodWorkspaceDidChangeConfiguration: true, protocol.MethodWorkspaceDidChangeWatchedFiles: true,
	protocol.MethodWindowWorkDoneProgressCancel: true,
	protocol.MethodTextDocumentDidOpen:          true, protocol.MethodTextDocumentDidChange: true,
	protocol.MethodTextDocumentDidSave: true, protocol.MethodTextDocumentDidClose: true,
	protocol.MethodTextDocumentHover: true, protocol.MethodTextDocumentCodeAction: true,
}

// handle serves a message the client sent: a response to one of the
// server's requests, or a request or notification for glsp's handler,
// whose outcome it turns into the answer the protocol asks for.
func (s *Server) handle(m *message) {
	if m.Method == "" {
		s.calls.answer(m)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.shuttingDown:
		if m.ID != nil {
			s.fail(m.ID, invalidRequest, m.Method+" after shutdown: the server accepts only exit")
		}
		return
	case !served[m.Method]:
		if m.ID != nil {
			s.fail(m.ID, methodNotFound, "method not found: "+m.Method)
		}
		return
	case !s.handler.IsInitialized() && m.Method != protocol.MethodInitialize:
		if m.ID != nil { // a notification before initialize is dropped, as the protocol says
			s.fail(m.ID, serverNotInitialized, m.Method+" before initialize")
		}
		return
	}
	params := m.Params
	if len(params) == 0 {
		params = json.RawMessage("null")
	}
	ctx := &glsp.Context{Method: m.Method, Params: params, Notify: s.notify}
	result, _, validParams, err := s.handler.Handle(ctx)
	var bad paramsError
	switch {
	case !validParams || errors.As(err, &bad):
		s.invalidParams(m, err)
	case err != nil && m.ID != nil:
		s.fail(m.ID, internalError, err.Error())
	case err != nil:
		fmt.Fprintf(s.log, "factlint lsp: %s: %v\n", m.Method, err)
	default:
		s.reply(m.ID, result)
	}
}

// invalidParams answers a request whose parameters do not fit its method;
// a notification cannot be answered, so it is logged.
func (s *Server) invalidParams(m *message, err error) {
	msg := fmt.Sprintf("invalid params of %s", m.Method)
	if err != nil {
		msg += ": " + err.Error()
	}
	if m.ID != nil {
		s.fail(m.ID, invalidParams, msg)
		return
	}
	fmt.Fprintf(s.log, "factlint lsp: %s\n", msg)
}

func (s *Server) initialize(_ *glsp.Context, p *protocol.InitializeParams) (any, error) {
	switch {
	case len(p.WorkspaceFolders) > 0:
		s.root = uriPath(p.WorkspaceFolders[0].URI)
	case p.RootURI != nil:
		s.root = uriPath(*p.RootURI)
	}
	if w := p.Capabilities.Window; w != nil && w.WorkDoneProgress != nil {
		s.progress = *w.WorkDoneProgress
	}
	if err := s.configPath(p.InitializationOptions); err != nil {
		return nil, err
	}
	yes, full := true, protocol.TextDocumentSyncKindFull
	return protocol.InitializeResult{
		Capabilities: protocol.ServerCapabilities{
			TextDocumentSync:   protocol.TextDocumentSyncOptions{OpenClose: &yes, Change: &full, Save: protocol.SaveOptions{IncludeText: &yes}},
			HoverProvider:      true,
			CodeActionProvider: protocol.CodeActionOptions{CodeActionKinds: []protocol.CodeActionKind{protocol.CodeActionKindQuickFix}},
		},
		ServerInfo: &protocol.InitializeResultServerInfo{Name: "factlint"},
	}, nil
}

// configPath takes up the configuration file initializationOptions names
// (configPath: absolute, or relative to the workspace folder). A file that
// does not load is shown to the user, and the server goes on checking with
// the configuration it started with.
func (s *Server) configPath(options any) error {
	o, _ := options.(map[string]any)
	v, named := o["configPath"]
	if !named || v == nil {
		return nil
	}
	path, ok := v.(string)
	if !ok || path == "" {
		return paramsError(fmt.Sprintf("initializationOptions.configPath is %v, not a path", v))
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(s.root, path)
	}
	if s.load == nil {
		s.showMessage(protocol.MessageTypeError, "this server cannot read "+path+": start it with factlint lsp")
		return nil
	}
	c, err := s.load(path)
	if err != nil {
		s.showMessage(protocol.MessageTypeError, fmt.Sprintf("%v (the server checks with the configuration it started with)", err))
		return nil
	}
	s.reconfigured = &c
	s.walkDue = true
	return nil
}

// initialized starts the first check: the workspace folder is read while
// the user opens a document.
func (s *Server) initialized(*glsp.Context, *protocol.InitializedParams) error {
	if s.root != "" {
		s.schedule()
	}
	return nil
}

func (s *Server) shutdown(*glsp.Context) error {
	s.shuttingDown = true
	s.unschedule()
	return nil
}

func (s *Server) didChangeWatchedFiles(*glsp.Context, *protocol.DidChangeWatchedFilesParams) error {
	s.walkDue = true
	s.schedule()
	return nil
}

// named is the check every notification about a document makes: that it
// names one.
func named(uri protocol.DocumentUri) error {
	if uri == "" {
		return paramsError("no textDocument.uri")
	}
	return nil
}

func (s *Server) didOpen(_ *glsp.Context, p *protocol.DidOpenTextDocumentParams) error {
	if err := named(p.TextDocument.URI); err != nil {
		return err
	}
	s.walkDue = true // a file may have come to the folder since the last walk
	s.set(p.TextDocument.URI, p.TextDocument.Text)
	return nil
}

// didChange takes the document's new text: the whole text, as the server
// asks (TextDocumentSyncKindFull), or edits of ranges, which it applies.
func (s *Server) didChange(_ *glsp.Context, p *protocol.DidChangeTextDocumentParams) error {
	uri := p.TextDocument.URI
	if err := named(uri); err != nil {
		return err
	}
	if len(p.ContentChanges) == 0 {
		return nil
	}
	text := s.docs[uriPath(uri)]
	for _, c := range p.ContentChanges {
		switch c := c.(type) {
		case protocol.TextDocumentContentChangeEventWhole:
			text = c.Text
		case protocol.TextDocumentContentChangeEvent:
			text = applyEdit(text, *c.Range, c.Text)
		}
	}
	s.set(uri, text)
	return nil
}

// applyEdit replaces a range of text, in UTF-16 positions, by repl.
func applyEdit(text string, r protocol.Range, repl string) string {
	lines := source.NewLines([]byte(text))
	start := lines.OffsetOfUTF16(int(r.Start.Line), int(r.Start.Character))
	end := max(start, lines.OffsetOfUTF16(int(r.End.Line), int(r.End.Character)))
	return text[:start] + repl + text[end:]
}

func (s *Server) didSave(_ *glsp.Context, p *protocol.DidSaveTextDocumentParams) error {
	if err := named(p.TextDocument.URI); err != nil {
		return err
	}
	s.walkDue = true // files on disk may have changed
	if p.Text != nil {
		s.set(p.TextDocument.URI, *p.Text)
	} else {
		s.schedule()
	}
	return nil
}

func (s *Server) didClose(_ *glsp.Context, p *protocol.DidCloseTextDocumentParams) error {
	uri := p.TextDocument.URI
	if err := named(uri); err != nil {
		return err
	}
	path := uriPath(uri)
	delete(s.docs, path)
	delete(s.uris, path)
	delete(s.refused, path)
	delete(s.readings, path)
	s.publish(uri, path, nil)
	s.walkDue = true
	s.schedule()
	return nil
}
