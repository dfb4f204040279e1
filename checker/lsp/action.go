package lsp

import (
	"fmt"
	"strings"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/factlint/factlint/checker/source"
)

// ReasonPlaceholder is the reason a suppression the code action inserts
// gives, for the writer to replace: with require_suppression_reason the
// comment needs one, and a reason no one wrote should not pass for one.
const ReasonPlaceholder = "TODO: say why this stands"

// codeAction offers, for each finding raised in the document on the range
// asked about, a quick fix that inserts the suppression comment
// (checker/suppress) covering its line. glsp cannot read the diagnostics
// the client sends back (its IntegerOrString decodes into a copy), so the
// findings are those the server published last.
func (s *Server) codeAction(_ *glsp.Context, p *protocol.CodeActionParams) (any, error) {
	actions := []protocol.CodeAction{}
	path := uriPath(p.TextDocument.URI)
	text, open := s.docs[path]
	if !open {
		return actions, nil
	}
	lines := source.NewLines([]byte(text))
	offered := map[string]bool{}
	kind, preferred := protocol.CodeActionKindQuickFix, false
	for _, d := range s.published[path] {
		key := fmt.Sprint(d.rule, d.Range.Start.Line)
		if !d.own || d.rule == "" || !touches(d.Range, p.Range) || offered[key] {
			continue
		}
		offered[key] = true
		actions = append(actions, protocol.CodeAction{
			Title:       fmt.Sprintf("Suppress %s on this line (factlint-disable-next-line, with a reason to fill in)", d.rule),
			Kind:        &kind,
			Diagnostics: []protocol.Diagnostic{d.Diagnostic},
			IsPreferred: &preferred, // it silences the finding, it fixes nothing
			Edit: &protocol.WorkspaceEdit{Changes: map[protocol.DocumentUri][]protocol.TextEdit{
				p.TextDocument.URI: {suppression(text, lines, int(d.Range.Start.Line), d.rule)}}},
		})
	}
	return actions, nil
}

// touches reports whether a finding's lines meet the range asked about
// (an editor asks at the cursor, often with an empty range).
func touches(d, r protocol.Range) bool {
	return d.Start.Line <= r.End.Line && r.Start.Line <= d.End.Line
}

// suppression is the edit that puts a factlint-disable-next-line comment
// for rule right before 0-based line. The comment covers the next line
// with content after the line it ends on, and it is blanked out before the
// text is read: so where line starts a block (the first line, or after a
// blank line or a front matter's or rule's ---), it goes on a line of its
// own; inside a paragraph, a line of its own would split the paragraph, so
// it goes at the end of the line before.
func suppression(text string, lines *source.Lines, line int, rule string) protocol.TextEdit {
	comment := fmt.Sprintf("<!-- factlint-disable-next-line %s -- %s -->", rule, ReasonPlaceholder)
	if line == 0 || startsBlock(text, lines, line) {
		at := protocol.Position{Line: uint32(line)}
		return protocol.TextEdit{Range: protocol.Range{Start: at, End: at}, NewText: comment + lineBreak(text)}
	}
	end := lines.OffsetOfUTF16(line-1, 1<<30) // clamped to the end of the line before
	l, c := lines.UTF16Position(end)
	at := protocol.Position{Line: uint32(l), Character: uint32(c)}
	return protocol.TextEdit{Range: protocol.Range{Start: at, End: at}, NewText: " " + comment}
}

// startsBlock reports whether the line before 0-based line is blank or a
// line of dashes.
func startsBlock(text string, lines *source.Lines, line int) bool {
	before := strings.TrimSpace(text[lines.LineStart(line):lines.LineStart(line+1)])
	return before == "" || strings.Trim(before, "-") == "" && len(before) >= 3
}

// lineBreak is the text's own line break.
func lineBreak(text string) string {
	if i := strings.IndexAny(text, "\r\n"); i >= 0 && text[i] == '\r' {
		if i+1 < len(text) && text[i+1] == '\n' {
			return "\r\n"
		}
		return "\r"
	}
	return "\n"
}
