package sheet

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/rules"
)

// article is a test input: a file name and its text.
type article struct{ name, text string }

// build makes the sheet of articles as `factlint sheet` does: check's
// findings, every claim, the run's stories.
func build(t *testing.T, reg Confirmed, arts ...article) *Sheet {
	t.Helper()
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true, Read: os.ReadFile})
	if err != nil {
		t.Fatal(err)
	}
	var inputs []files.Input
	for _, a := range arts {
		inputs = append(inputs, files.Input{Path: a.name, Data: []byte(a.text)})
	}
	res := lint.Check(inputs, lint.Options{Rules: set.Rules, Workers: 1})
	ext := lint.Extract(inputs, 1)
	if res.Err != nil || ext.Err != nil {
		t.Fatal(res.Err, ext.Err)
	}
	s, err := Build(Input{Articles: ext.Articles, Stories: Stories(ext.Articles, story.Infer), Diagnostics: res.Diagnostics,
		Rules: set.Rules, Registry: reg, LinkBase: "."})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// findRow finds a row of the sheet's first story.
func findRow(t *testing.T, s *Sheet, section, label string) Row {
	t.Helper()
	if len(s.Stories) == 0 {
		t.Fatal("no story")
	}
	for _, sec := range s.Stories[0].Sections {
		for _, r := range sec.Rows {
			if sec.Name == section && r.Label == label {
				return r
			}
		}
	}
	t.Fatalf("no row %s %q in %+v", section, label, s.Stories[0].Sections)
	return Row{}
}

func marks(fs []Fact) []string {
	var out []string
	for _, f := range fs {
		for _, m := range f.Marks {
			out = append(out, m.Kind+" "+m.Rule)
		}
	}
	return out
}

const early = `---
story: convoy
date: 2026-02-27T06:00:00Z
---
Thirty-three soldiers were killed near Kestrel Ridge, the governor, Lina Ortiz, said.
`

const late = `---
story: convoy
date: 2026-02-27T18:00:00Z
---
The toll has since risen to 34 soldiers killed near Kestrel Ridge, the governor, Lina Ortiz, said.
`

// An older figure is marked outdated where it stands; the newer figure
// it is older than is no conflict and bears no mark.
func TestAnOutdatedFigureIsMarkedWhereItStands(t *testing.T) {
	s := build(t, nil, article{"early.md", early}, article{"late.md", late})
	r := findRow(t, s, DeathToll, "soldier")
	if got := marks(r.Cells[0]); len(got) != 1 || got[0] != "outdated figure-outdated" {
		t.Errorf("early.md: %v", got)
	}
	if got := marks(r.Cells[1]); len(got) != 0 {
		t.Errorf("late.md: %v", got)
	}
	if f := r.Cells[0][0]; f.Value != "33" || f.AsOf != "27 Feb 2026 06:00" || f.Place.String() != "early.md:5:1" || f.Place.Link != "early.md#L5" {
		t.Errorf("early.md's fact: %+v", f)
	}
}

// Two figures of one time that disagree are a conflict on both sides.
func TestAConflictIsMarkedOnBothSides(t *testing.T) {
	undated := func(s string) string { return strings.Replace(s, "date: 2026-02-27T06:00:00Z\n", "", 1) }
	s := build(t, nil, article{"a.md", undated(early)}, article{"b.md", strings.Replace(undated(late), "date: 2026-02-27T18:00:00Z\n", "", 1)})
	r := findRow(t, s, DeathToll, "soldier")
	for i, c := range r.Cells {
		if got := marks(c); len(got) != 1 || got[0] != "conflict death-toll-across" {
			t.Errorf("source %d: %v", i, got)
		}
	}
}

// A finding marks the claim its rule reads: a title that conflicts marks
// the attribution, not the name that starts at the same place.
func TestAMarkGoesToTheKindOfClaimItsRuleReads(t *testing.T) {
	s := build(t, nil,
		article{"a.md", "---\nstory: strike\n---\nErdogan's press secretary, Fahrettin Altun, said the army would answer.\n"},
		article{"b.md", "---\nstory: strike\n---\nFahrettin Altun, the communications director of Erdogan, said the army would answer.\n"})
	r := findRow(t, s, Titles, "Fahrettin Altun")
	if got := marks(r.Cells[1]); len(got) != 1 || got[0] != "conflict title-consistent" {
		t.Errorf("b.md's title: %v", got)
	}
	for _, sec := range s.Stories[0].Sections {
		if sec.Name == Names {
			t.Errorf("names written alike are shown: %+v", sec.Rows)
		}
	}
	if n := s.Stories[0].NamesAlike; n != 2 {
		t.Errorf("names alike: %d, want 2", n)
	}
}

// registry is a registry of confirmed facts that knows one toll and one
// spelling.
type registry struct{}

func (registry) Figure(event, subject string) (string, string, string, bool) {
	if event == "killed" && subject == "soldier" {
		return "34", "the governor", "facts.yaml:4:12", true
	}
	return "", "", "", false
}

func (registry) Spelling(name string) (string, string, bool) {
	if name == "Lina Ortiz" {
		return "Lina Ortiz", "facts.yaml:9:5", true
	}
	return "", "", false
}

func (registry) Title(string) (string, string, bool) { return "", "", false }

// With a registry, every row has its confirmed value (or none) in a
// column of its own; without, the column is absent.
func TestTheRegistryHasAColumnOfItsOwn(t *testing.T) {
	s := build(t, registry{}, article{"early.md", early}, article{"late.md", late})
	if c := findRow(t, s, DeathToll, "soldier").Confirmed; c == nil || c.Value != "34" || c.Pos != "facts.yaml:4:12" {
		t.Errorf("confirmed toll: %+v", c)
	}
	// a name both write alike is shown when the registry knows it
	if c := findRow(t, s, Names, "Lina Ortiz").Confirmed; c == nil || c.Value != "Lina Ortiz" {
		t.Errorf("house spelling: %+v", c)
	}
	var page, md bytes.Buffer
	if err := HTML(&page, s); err != nil {
		t.Fatal(err)
	}
	if err := Markdown(&md, s); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), `<th scope="col">Confirmed</th>`) || !strings.Contains(md.String(), "| Confirmed |") {
		t.Error("no Confirmed column")
	}
	if !strings.Contains(md.String(), "34 (the governor)<br>`facts.yaml:4:12`") {
		t.Errorf("markdown:\n%s", md.String())
	}
	page.Reset()
	md.Reset()
	s = build(t, nil, article{"early.md", early}, article{"late.md", late})
	HTML(&page, s)
	Markdown(&md, s)
	if strings.Contains(page.String(), "Confirmed</th>") || strings.Contains(md.String(), "Confirmed") {
		t.Error("a Confirmed column without a registry")
	}
}

// Every text of a draft and every file name is escaped: a title cannot
// add a script to the page, a file name cannot become a link's scheme or
// break a Markdown table.
func TestTextsAndNamesAreEscaped(t *testing.T) {
	hostile := strings.Replace(early, "story: convoy\n", "story: convoy\ntitle: \"<script>alert('x')</script> [a](http://example.com) | @desk\"\n", 1)
	s := build(t, nil, article{"java:script|x.md", hostile}, article{"late.md", late})
	var page, md bytes.Buffer
	if err := HTML(&page, s); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(page.String(), "<script") || !strings.Contains(page.String(), "&lt;script&gt;") {
		t.Error("the title's script is not escaped")
	}
	if !strings.Contains(page.String(), `href="./java:script%7Cx.md#L6"`) {
		t.Errorf("the link to java:script|x.md is not relative:\n%s", page.String())
	}
	if err := Markdown(&md, s); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"`java:script\\|x.md`", `\[a\](http://example.com) \| @&#8203;desk`, "&lt;script&gt;"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
}

// The same inputs give the same page and table, byte for byte.
func TestTheSheetIsDeterministic(t *testing.T) {
	render := func() []byte {
		var b bytes.Buffer
		s := build(t, nil, article{"early.md", early}, article{"late.md", late}, article{"a.md", "Lina Ortiz said 33 soldiers were killed near Kestrel Ridge."})
		HTML(&b, s)
		Markdown(&b, s)
		return b.Bytes()
	}
	first := render()
	for i := 0; i < 3; i++ {
		if !bytes.Equal(render(), first) {
			t.Fatal("the sheet differs between runs")
		}
	}
}
