// Package sheet builds a story desk's fact sheet: for every story of a run,
// a table of its sources (the articles) against the facts they state (death
// toll, injured, missing, other figures, names as spelled, titles, quotes),
// each fact with its as_of time and its place, marked where a rule across
// articles found a conflict or an outdated figure, beside the value a
// registry of confirmed facts holds. It renders the sheet as one
// self-contained HTML page (HTML) or as GitHub-flavoured Markdown
// (Markdown).
//
// The sheet shows what the rules across articles compare: the claims they
// select (engine.Selector), and their findings as the marks. It finds no
// conflict of its own, so it never disagrees with `factlint check`.
package sheet

import (
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/engine"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/checker/timeline"
	"github.com/factlint/factlint/rules"
)

// Confirmed is what a registry of confirmed facts (facts.yaml) tells the
// sheet: the confirmed value of a figure, the house spelling of a name, the
// title of a person, each with where the registry says it (file:line:col).
// A nil Confirmed is no registry: the sheet has no registry column.
type Confirmed interface {
	// Figure is the confirmed figure of an event ("killed") and subject
	// ("soldier"), as written ("34"), and the source the desk has it from.
	Figure(event, subject string) (value, source, pos string, ok bool)
	// Spelling is the house spelling of a name written as name.
	Spelling(name string) (spelling, pos string, ok bool)
	// Title is the registry's title of the person name.
	Title(name string) (title, pos string, ok bool)
}

// Sections, in the order the sheet shows them.
const (
	DeathToll    = "Death toll"
	Injured      = "Injured"
	Missing      = "Missing"
	OtherFigures = "Other figures"
	Names        = "Names"
	Titles       = "Titles"
	Quotes       = "Quotes"
)

var sectionOrder = []string{DeathToll, Injured, Missing, OtherFigures, Names, Titles, Quotes}

// casualtyEvents are the events with a section of their own.
var casualtyEvents = map[string]string{"killed": DeathToll, "injured": Injured, "missing": Missing}

// Mark kinds: what a finding across articles says of a fact.
const (
	Conflict = "conflict" // the fact disagrees with another source's
	Outdated = "outdated" // a later source gives a newer figure
)

// quoteLimit is the most characters of a quote a cell shows: the sheet is
// for comparing, the article has the rest.
const quoteLimit = 160

// Sheet is the fact sheet of a run.
type Sheet struct {
	Stories  []Story
	Registry bool // a registry was given: rows have a Confirmed column
}

// Story is one story's table.
type Story struct {
	ID       string
	Sources  []Source
	Sections []Section // only the sections with rows
	// NamesAlike counts the names left out of Names: written alike by
	// every source that writes them, unmarked and unknown to the registry
	NamesAlike int
}

// Source is an article of a story: a column of its table.
type Source struct {
	File, Title, Outlet string
	AsOf                string // timeline.Show's form, "" when undated
	Link                string // relative URL of the file, "" for standard input
}

// Section is a group of rows: "Death toll", "Names".
type Section struct {
	Name string
	Rows []Row
}

// Row is one fact across the sources: a cell per source, in the order of
// Story.Sources, and the registry's value.
type Row struct {
	Label     string
	Cells     [][]Fact // per source; empty: the source does not state it
	Confirmed *Registered
}

// Fact is what one source states of a row.
type Fact struct {
	Value string // "at least 33", "Rahmi Doğan", "governor of Hatay"
	Text  string // as written, when it says more than Value
	AsOf  string // timeline.Show's form, "" when undated
	Place Place
	Marks []Mark
}

// Place is where a fact stands.
type Place struct {
	File         string
	Line, Column int
	Link         string // relative URL with #L<line>, "" for standard input
}

// String is file:line:col.
func (p Place) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column) }

// Mark is a finding across articles that concerns a fact.
type Mark struct {
	Kind     string // Conflict or Outdated
	Rule     string
	Severity string
	Message  string
}

// Symbol goes with the mark's word, so that neither colour nor a symbol
// alone carries it.
func (m Mark) Symbol() string {
	if m.Kind == Outdated {
		return "◷"
	}
	return "≠"
}

// Registered is a registry's value for a row.
type Registered struct {
	Value, Source, Pos string
}

// Input is what a sheet is built from: a run's articles with their claims,
// its stories, and the findings `check` gives for the same inputs.
type Input struct {
	Articles    []*claim.Article // with their claims, in input order
	Stories     []story.Story    // Docs index Articles
	Diagnostics []diagnostic.Diagnostic
	Rules       []*rules.Rule // the run's rules; those across articles select the facts
	Registry    Confirmed     // nil: none
	// LinkBase is the folder the page is written to: links to the
	// articles are relative to it. Standard input ("-" or a name given
	// with --stdin-filename, Stdin) gets no link.
	LinkBase string
	Stdin    map[string]bool
}

// Build makes the sheet.
func Build(in Input) (*Sheet, error) {
	_, global := engine.Split(in.Rules)
	sel := engine.NewSelector(global)
	marks := indexMarks(in.Diagnostics, in.Rules)
	s := &Sheet{Registry: in.Registry != nil}
	for _, st := range in.Stories {
		t := table{registry: in.Registry, marks: marks, sources: len(st.Docs), rows: map[string]*pending{}}
		out := Story{ID: st.ID}
		for col, d := range st.Docs {
			a := in.Articles[d]
			src := Source{File: a.File, Title: a.Title, Outlet: a.Outlet, AsOf: timeline.Show(a.AsOf)}
			if !in.Stdin[a.File] {
				link, err := relativeLink(in.LinkBase, a.File)
				if err != nil {
					return nil, err
				}
				src.Link = link
			}
			out.Sources = append(out.Sources, src)
			for _, c := range sel.Keep(a) {
				t.add(col, c, src.Link)
			}
		}
		out.Sections, out.NamesAlike = t.sections()
		s.Stories = append(s.Stories, out)
	}
	return s, nil
}

// Stories groups articles (with their claims) into stories as check and
// `factlint stories` do: by their front matter story, else as mode says.
func Stories(arts []*claim.Article, mode story.Mode) []story.Story {
	docs := make([]story.Doc, len(arts))
	for i, a := range arts {
		docs[i] = story.Doc{File: a.File, Named: a.Story, Sig: story.Sign(a)}
	}
	return story.Group(docs, mode)
}

// relativeLink is the URL of file from the folder base: a relative path,
// escaped, "./" before a first segment holding a colon (url.URL does it)
// so that no browser reads it as a scheme.
func relativeLink(base, file string) (string, error) {
	absFile, err := filepath.Abs(file)
	if err != nil {
		return "", err
	}
	absBase, err := filepath.Abs(base)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(absBase, absFile)
	if err != nil {
		rel = absFile
	}
	return (&url.URL{Path: filepath.ToSlash(rel)}).String(), nil
}

// placeKey identifies a claim's place in findings and facts alike.
func placeKey(file string, line, column int) string {
	return fmt.Sprintf("%s\x00%d\x00%d", file, line, column)
}

// indexMarks files the findings of rules across articles (those with a
// story) under the places they concern, with the kinds of claim their rule
// reads: a name and an attribution may start at one place. An outdated
// figure is marked where it stands, not on the newer figure it names; a
// conflict on both sides.
func indexMarks(ds []diagnostic.Diagnostic, rs []*rules.Rule) map[string][]placedMark {
	byID := map[string]*rules.Rule{}
	for _, r := range rs {
		byID[r.ID] = r
	}
	out := map[string][]placedMark{}
	for _, d := range ds {
		r := byID[d.Rule]
		if d.Story == "" || r == nil {
			continue
		}
		m := placedMark{Mark: Mark{Kind: Conflict, Rule: d.Rule, Severity: d.Severity.String(), Message: d.Message}, rule: r}
		if d.Rule == "figure-outdated" {
			m.Kind = Outdated
		}
		places := []diagnostic.Location{d.Primary}
		if m.Kind == Conflict {
			for _, rel := range d.Related {
				places = append(places, rel.Location)
			}
		}
		for _, l := range places {
			k := placeKey(l.File, l.Line, l.Column)
			out[k] = append(out[k], m)
		}
	}
	return out
}

// placedMark is a mark with the rule that made it.
type placedMark struct {
	Mark
	rule *rules.Rule
}

// marksOf are the marks of a claim: those at its place whose rule reads its
// kind, one per kind of mark (the first finding's).
func marksOf(index map[string][]placedMark, c *claim.Claim) []Mark {
	var out []Mark
	for _, m := range index[placeKey(c.File, c.Line, c.Column)] {
		if m.rule.HasKind(c.Kind) && !slices.ContainsFunc(out, func(o Mark) bool { return o.Kind == m.Kind }) {
			out = append(out, m.Mark)
		}
	}
	return out
}

// table gathers one story's rows as its sources' facts come in.
type table struct {
	registry Confirmed
	marks    map[string][]placedMark
	sources  int
	rows     map[string]*pending
	order    []string // row keys in order of first sight
}

// pending is a row being gathered.
type pending struct {
	section, label string
	event, subject string // what the registry is asked about
	cells          [][]Fact
}

// add files a claim of the source in column col.
func (t *table) add(col int, c *claim.Claim, link string) {
	section, key, label, f := describe(c)
	if section == "" {
		return
	}
	f.AsOf = timeline.Show(c.AsOf)
	f.Place = Place{File: c.File, Line: c.Line, Column: c.Column}
	if link != "" {
		f.Place.Link = fmt.Sprintf("%s#L%d", link, c.Line)
	}
	f.Marks = marksOf(t.marks, c)
	if f.Text == f.Value {
		f.Text = ""
	}
	rk := section + "\x00" + key
	r, ok := t.rows[rk]
	if !ok {
		subject := key // a casualty row's subject class
		if section == OtherFigures {
			subject = c.Subject
		}
		r = &pending{section: section, label: label, event: c.Event, subject: subject, cells: make([][]Fact, t.sources)}
		t.rows[rk] = r
		t.order = append(t.order, rk)
	}
	// a source that writes the same value twice is one fact, at its first place
	if !slices.ContainsFunc(r.cells[col], func(o Fact) bool { return o.Value == f.Value }) {
		r.cells[col] = append(r.cells[col], f)
	}
}

// describe says which section and row a claim belongs to and what its cell
// shows; section "" is a claim the sheet does not show.
func describe(c *claim.Claim) (section, key, label string, f Fact) {
	switch c.Kind {
	case claim.Count, claim.Quantity:
		f.Value, f.Text = rules.Figure(c), c.Text
		if c.Unit != "" {
			f.Value += " " + c.Unit
		}
		if s, ok := casualtyEvents[c.Event]; ok && c.Kind == claim.Count {
			class := claim.SubjectClass(c.Subject)
			label = class
			if label == "" {
				label = "people"
			}
			return s, class, label, f
		}
		label = c.Subject
		if c.Event != "" {
			label = strings.TrimSpace(label + " (" + c.Event + ")")
		}
		if label == "" {
			label = c.Unit
		}
		return OtherFigures, c.Subject + "|" + c.Event + "|" + c.Unit, label, f
	case claim.Name:
		f.Value = c.Text
		return Names, c.Folded, c.Text, f
	case claim.Attribution:
		if c.Source.Name == "" {
			return "", "", "", f
		}
		f.Value, f.Text = c.Source.Title, c.Text
		if f.Value == "" {
			f.Value = c.Source.Text
		}
		return Titles, rules.Surname(c.Source.Name), c.Source.Name, f
	case claim.Quote:
		if c.Speaker.Name == "" {
			return "", "", "", f
		}
		f.Value = shorten(strings.TrimRight(rules.Quoted(c.Text), ",;: "), quoteLimit)
		return Quotes, rules.Surname(c.Speaker.Name), c.Speaker.Name, f
	}
	return "", "", "", f
}

// shorten cuts s to at most n characters, at a word, with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// sections orders the gathered rows. A name every source writes alike,
// unmarked and unknown to the registry, says nothing a desk must check: it
// is left out of Names, and counted.
func (t *table) sections() (out []Section, namesAlike int) {
	for _, name := range sectionOrder {
		var rows []Row
		for _, k := range t.order {
			p := t.rows[k]
			if p.section != name {
				continue
			}
			r := Row{Label: p.label, Cells: p.cells, Confirmed: t.confirmed(p)}
			if name == Names && spellings(r) < 2 && !marked(r) && r.Confirmed == nil {
				namesAlike++
				continue
			}
			rows = append(rows, r)
		}
		if len(rows) > 0 {
			out = append(out, Section{Name: name, Rows: rows})
		}
	}
	return out, namesAlike
}

// confirmed asks the registry about a row.
func (t *table) confirmed(p *pending) *Registered {
	if t.registry == nil {
		return nil
	}
	var r Registered
	var ok bool
	switch p.section {
	case DeathToll, Injured, Missing, OtherFigures:
		r.Value, r.Source, r.Pos, ok = t.registry.Figure(p.event, p.subject)
	case Names:
		r.Value, r.Pos, ok = t.registry.Spelling(p.label)
	case Titles:
		r.Value, r.Pos, ok = t.registry.Title(p.label)
	}
	if !ok {
		return nil
	}
	return &r
}

// spellings counts the different values of a row.
func spellings(r Row) int {
	seen := map[string]bool{}
	for _, c := range r.Cells {
		for _, f := range c {
			seen[f.Value] = true
		}
	}
	return len(seen)
}

func marked(r Row) bool {
	for _, c := range r.Cells {
		for _, f := range c {
			if len(f.Marks) > 0 {
				return true
			}
		}
	}
	return false
}
