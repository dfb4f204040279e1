package lsp

import (
	"context"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"time"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/source"
)

// shown is a diagnostic as published, with what a code action needs of it.
type shown struct {
	protocol.Diagnostic
	rule string // the finding's rule, "" for the server's own word
	own  bool   // raised in this document, so a comment here suppresses it
}

// set takes a document's new text and schedules a check. A text over MaxDocument
// is refused with a diagnostic on the document; the document's earlier
// text, if any, is dropped with it, and so is its file in the workspace.
func (s *Server) set(uri, text string) {
	path := uriPath(uri)
	delete(s.readings, path)
	if len(text) > MaxDocument {
		delete(s.docs, path)
		delete(s.uris, path)
		s.refused[path] = true
		s.walkDue = true // its file on disk leaves the workspace too
		severity, src := protocol.DiagnosticSeverityError, "factlint"
		s.publish(uri, path, []shown{{Diagnostic: protocol.Diagnostic{Severity: &severity, Source: &src,
			Message: fmt.Sprintf("document too large: %d bytes (the language server lints documents up to %d MiB; factlint check reads files up to %d MiB)", len(text), MaxDocument>>20, document.MaxSize>>20)}}})
	} else {
		if s.refused[path] {
			delete(s.refused, path)
			s.walkDue = true
		}
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

// snapshot is what a check works on, taken under s.mu.
type snapshot struct {
	docs     map[string]string
	refused  map[string]bool
	root     string
	walk     bool    // walk the workspace folder again
	config   *Config // check with this configuration from now on
	progress bool    // the client shows work done progress
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
	snap := snapshot{docs: maps.Clone(s.docs), refused: maps.Clone(s.refused), root: s.root,
		walk: s.walkDue, config: s.reconfigured, progress: s.progress}
	s.walkDue, s.reconfigured = false, nil
	s.mu.Unlock()

	var res lint.Result
	if len(snap.docs) > 0 || !s.loaded && snap.root != "" { // else nothing to check or publish for
		var err error
		if res, err = s.check(ctx, snap); err != nil {
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

// check brings the workspace up to date with the open documents and, when
// it is due, the workspace folder's files (but for those open with a text
// too large to lint), and checks it. s.checkMu is held.
func (s *Server) check(ctx context.Context, snap snapshot) (lint.Result, error) {
	if snap.config != nil {
		s.configure(*snap.config)
	}
	for p := range s.inWS {
		if _, open := snap.docs[p]; !open {
			s.ws.Close(p)
			delete(s.inWS, p)
		}
	}
	for p, text := range snap.docs {
		s.ws.Update(p, []byte(text))
		s.inWS[p] = true
	}
	if snap.walk || !s.loaded {
		s.walk(snap)
	}
	if !s.loaded && snap.progress && len(s.walked) > 0 {
		bar := s.startProgress(ctx)
		defer bar.end()
		s.ws.OnExtract(bar.report)
		defer s.ws.OnExtract(nil)
	}
	res, err := s.ws.CheckContext(ctx)
	s.loaded = true // the files are read, even if the stories were not all checked
	return res, err
}

// walk lists the workspace folder's files as check lists them, and gives
// the workspace those not open (an open document stands for its file) nor
// refused (a document too large is linted in no form).
func (s *Server) walk(snap snapshot) {
	s.walked = nil
	if snap.root != "" {
		s.walked, _ = files.ExpandExcluding([]string{snap.root}, s.exclude)
	}
	var disk []files.Input
	for _, i := range s.walked {
		abs := filepath.Clean(i.Path)
		if _, open := snap.docs[abs]; !open && !snap.refused[abs] {
			disk = append(disk, files.Input{Path: abs})
		}
	}
	s.ws.Walk(disk)
}

// publishAll publishes the diagnostics of every open document: the
// findings raised in it, and those raised in another document that point
// to a place in it. s.mu is held.
func (s *Server) publishAll(res lint.Result) {
	byFile := map[string][]shown{}
	lines := map[string]*source.Lines{}
	for _, d := range res.Diagnostics {
		if _, open := s.docs[d.Primary.File]; open {
			byFile[d.Primary.File] = append(byFile[d.Primary.File], shown{s.toLSP(d, lines), d.Rule, true})
		}
		for _, r := range d.Related {
			if _, open := s.docs[r.File]; open && r.File != d.Primary.File {
				byFile[r.File] = append(byFile[r.File], shown{s.mirror(d, r, lines), d.Rule, false})
			}
		}
	}
	for _, p := range slices.Sorted(maps.Keys(s.docs)) {
		s.publish(s.uris[p], p, byFile[p])
	}
}

// publish sends a document's diagnostics and keeps them for code actions.
func (s *Server) publish(uri, path string, ds []shown) {
	if ds == nil {
		delete(s.published, path)
	} else {
		s.published[path] = ds
	}
	out := make([]protocol.Diagnostic, len(ds))
	for i, d := range ds {
		out[i] = d.Diagnostic
	}
	s.notify(protocol.ServerTextDocumentPublishDiagnostics, protocol.PublishDiagnosticsParams{URI: uri, Diagnostics: out})
}

// severities are the protocol's for factlint's.
var severities = map[diagnostic.Severity]protocol.DiagnosticSeverity{
	diagnostic.Error: protocol.DiagnosticSeverityError, diagnostic.Warning: protocol.DiagnosticSeverityWarning,
	diagnostic.Info: protocol.DiagnosticSeverityInformation,
}

// toLSP converts a finding: ranges in UTF-16 code units of each file's
// text, whose lines are kept in lines for the next finding.
func (s *Server) toLSP(d diagnostic.Diagnostic, lines map[string]*source.Lines) protocol.Diagnostic {
	sev, src := severities[d.Severity], "factlint"
	out := protocol.Diagnostic{Range: s.lspRange(d.Primary, lines), Severity: &sev,
		Code: &protocol.IntegerOrString{Value: d.Rule}, Source: &src, Message: d.Message}
	for _, r := range d.Related {
		out.RelatedInformation = append(out.RelatedInformation, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{URI: s.uriOf(r.File), Range: s.lspRange(r.Location, lines)}, Message: r.Message})
	}
	return out
}

// mirror is a finding raised in another document, shown at its related
// place r, with related information pointing back to where it is raised.
func (s *Server) mirror(d diagnostic.Diagnostic, r diagnostic.Related, lines map[string]*source.Lines) protocol.Diagnostic {
	m := s.toLSP(d, lines)
	m.Range = s.lspRange(r.Location, lines)
	m.Message = fmt.Sprintf("%s (raised in %s)", d.Message, filepath.Base(d.Primary.File))
	m.RelatedInformation = []protocol.DiagnosticRelatedInformation{{
		Location: protocol.Location{URI: s.uriOf(d.Primary.File), Range: s.lspRange(d.Primary, lines)},
		Message:  "the finding: " + d.Message,
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

func (s *Server) lspRange(l diagnostic.Location, lines map[string]*source.Lines) protocol.Range {
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
	return spanRange(ls, l.Span)
}

// spanRange is a span's range in UTF-16 positions.
func spanRange(ls *source.Lines, sp source.Span) protocol.Range {
	sl, sc := ls.UTF16Position(sp.Start)
	el, ec := ls.UTF16Position(sp.End)
	return protocol.Range{Start: protocol.Position{Line: uint32(sl), Character: uint32(sc)},
		End: protocol.Position{Line: uint32(el), Character: uint32(ec)}}
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
