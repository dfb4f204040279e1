package lsp

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/tliron/glsp"
	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/source"
)

// maxHover is how many claims one hover shows: the narrowest ones under
// the cursor (a count inside an attribution inside a quote).
const maxHover = 3

// reading is an open document's claims, extracted whole for hovers (a
// check keeps only what rules across documents select), once per text.
type reading struct {
	claims []*claim.Claim
	lines  *source.Lines
}

// readingOf extracts an open document's claims, or returns those of its
// current text extracted for an earlier hover. s.mu is held.
func (s *Server) readingOf(path, text string) *reading {
	if r, ok := s.readings[path]; ok {
		return r
	}
	res := lint.Extract([]files.Input{{Path: path, Named: true, Data: []byte(text)}}, 1)
	r := &reading{lines: source.NewLines([]byte(text))}
	if len(res.Articles) > 0 {
		r.claims = res.Articles[0].Claims
	}
	s.readings[path] = r
	return r
}

// hover shows how factlint read the claims under the cursor.
func (s *Server) hover(_ *glsp.Context, p *protocol.HoverParams) (*protocol.Hover, error) {
	path := uriPath(p.TextDocument.URI)
	text, open := s.docs[path]
	if !open {
		return nil, nil
	}
	r := s.readingOf(path, text)
	off := r.lines.OffsetOfUTF16(int(p.Position.Line), int(p.Position.Character))
	under := claimsAt(r.claims, off)
	if len(under) == 0 {
		return nil, nil
	}
	parts := make([]string, len(under))
	for i, c := range under {
		parts[i] = describe(c)
	}
	at := spanRange(r.lines, under[0].Span)
	return &protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.MarkupKindMarkdown,
		Value: strings.Join(parts, "\n\n---\n\n")}, Range: &at}, nil
}

// claimsAt are the claims whose span holds off, narrowest first.
func claimsAt(cs []*claim.Claim, off int) []*claim.Claim {
	var under []*claim.Claim
	for _, c := range cs {
		if c.Span.Start <= off && off < c.Span.End {
			under = append(under, c)
		}
	}
	slices.SortStableFunc(under, func(a, b *claim.Claim) int { return cmp.Compare(a.Span.Len(), b.Span.Len()) })
	return under[:min(len(under), maxHover)]
}

// describe is a claim as factlint read it, in Markdown: what it is, the
// figure and its qualifier, what it counts, who said it, when, and the
// extraction pattern that produced it (docs/extraction.md).
func describe(c *claim.Claim) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**factlint: %s** “%s”\n", c.Kind, markdownText(c.Text))
	item := func(label, value string) {
		if value != "" {
			fmt.Fprintf(&b, "\n- %s: %s", label, value)
		}
	}
	if c.Kind == claim.Count || c.Kind == claim.Quantity {
		item("value", interval(c.Value)+" (`"+c.Qualifier+"`)")
		item("unit", markdownText(c.Unit))
		item("event", markdownText(c.Event))
		item("subject", markdownText(c.Subject))
		item("counts", markdownText(strings.Join(nonEmpty(c.Incident+" incident", c.Group, weak(c.Weak)), ", ")))
	}
	item("source", attributed(c.Source))
	item("speaker", attributed(c.Speaker))
	if c.SpeakerBy != "" {
		item("speaker found by", "`"+c.SpeakerBy+"`")
	}
	item("cue", markdownText(c.Cue))
	item("title", markdownText(c.Title))
	item("as of", c.AsOf)
	if c.By != "" {
		item("read by", "`"+c.By+"`")
	}
	return b.String()
}

// interval is the values a figure allows, as a reader says them.
func interval(v claim.Interval) string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	switch {
	case math.IsInf(v.Max, 1):
		return f(v.Min) + " or more"
	case v.Min == v.Max:
		return f(v.Min)
	}
	return f(v.Min) + " to " + f(v.Max)
}

// attributed is who a statement is attributed to, and what kind of source.
func attributed(s claim.Source) string {
	if s.Text == "" {
		return ""
	}
	out := markdownText(s.Text)
	if s.Name != "" && s.Name != s.Text {
		out += " (" + markdownText(s.Name) + ")"
	}
	if s.Kind != "" {
		out += ", " + s.Kind
	}
	return out
}

func weak(why string) string {
	if why == "" {
		return ""
	}
	return "doubt: " + why
}

// nonEmpty drops the empty parts, and an incident of "" (" incident").
func nonEmpty(parts ...string) []string {
	var out []string
	for _, p := range parts {
		if p != "" && p != " incident" {
			out = append(out, p)
		}
	}
	return out
}

// markdownText escapes what Markdown would read as markup, and folds
// line breaks, so an article's words show as written.
func markdownText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteByte(' ')
		case strings.ContainsRune("\\`*_[]<>|~", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
