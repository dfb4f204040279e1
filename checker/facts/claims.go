package facts

import (
	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/source"
)

// The cues of the claims a registry's entries become: what an entry
// confirms.
const (
	CueFigure = "figure"
	CueName   = "name"
	CueTitle  = "title"
	CueQuote  = "quote"
)

// Article is the registry as rules across articles see it: an article of
// the story whose claims are its entries, kind "fact" (see Claims).
func (r *Registry) Article(story string) *claim.Article {
	cs := r.Claims()
	for _, c := range cs {
		c.Edit().Story = story
	}
	return &claim.Article{File: r.File, Title: "registry of confirmed facts", Story: story, Claims: cs}
}

// Claims are the registry's entries as claims of kind "fact", one field
// set as a draft's claim of the same thing sets it, so a rule compares a
// draft's claim with an entry as it compares two drafts' claims:
//   - a figure: cue "figure"; event, subject, value, qualifier, text (the
//     value as written), source.text (who confirmed it), as_of;
//   - a name: cue "name"; text is the house spelling, folded the form it is
//     looked up by: one claim for the name and one for each variant it
//     flags (so a draft's "Rahmi Dogen" meets the entry of "Rahmi Doğan");
//   - a title: cue "title"; source.name, source.title and source.role (the
//     office), source.kind "person", as an attribution has them;
//   - a quote: cue "quote"; text is the quotation in marks, speaker.name
//     the speaker.
//
// Every claim stands where its value is written in the registry.
func (r *Registry) Claims() []*claim.Claim {
	var out []*claim.Claim
	add := func(c *claim.Claim, at source.Position, end int) {
		c.Edit().Kind, c.Edit().File, c.Index = claim.Fact, r.File, len(out)
		c.Line, c.Column, c.EndLine, c.EndColumn = at.Line, at.Column, at.Line, end
		c.Span = source.Span{Start: r.offset(at.Line, at.Column), End: r.offset(at.Line, end)}
		out = append(out, c)
	}
	for _, f := range r.Figures {
		add(&claim.Claim{Facets: &claim.Facets{Cue: CueFigure, Event: f.Event, Subject: f.Subject, Qualifier: f.Qualifier, Source: claim.Source{Text: f.Source}, AsOf: f.AsOf}, Text: f.Text, Value: f.Value}, f.Pos, f.end)
	}
	for _, n := range r.Names {
		for _, k := range n.keys() {
			add(&claim.Claim{Facets: &claim.Facets{Cue: CueName, Folded: k}, Text: n.Name}, n.Pos, n.end)
		}
	}
	for _, t := range r.Titles {
		add(&claim.Claim{Facets: &claim.Facets{Cue: CueTitle, Title: t.Title, Source: claim.Source{Text: t.Name, Name: t.Name, Title: t.Title, Role: t.Role, Kind: claim.Person}}, Text: t.Title}, t.Pos, t.end)
	}
	for _, q := range r.Quotes {
		add(&claim.Claim{Facets: &claim.Facets{Cue: CueQuote, Speaker: claim.Source{Text: q.By, Name: q.By, Kind: claim.Person}}, Text: "“" + q.Text + "”"}, q.Pos, q.end)
	}
	return out
}

// offset is the byte offset of a 1-based line and column (in characters).
func (r *Registry) offset(line, col int) int {
	off := 0
	for i := 0; i < line-1 && i < len(r.lines); i++ {
		off += len(r.lines[i])
	}
	if line < 1 || line > len(r.lines) {
		return off
	}
	n := 0
	for i := range r.lines[line-1] {
		if n == col-1 {
			return off + i
		}
		n++
	}
	return off + len(r.lines[line-1])
}
