package facts

import (
	"math"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claim"
)

const registry = `figures:
  - event: killed
    subject: soldiers
    value: at least 34
    source: the governor
    as_of: 2026-02-27T18:00:00Z
  - event: wounded
    value: about 300
names:
  - name: Rahmi Doğan
    flag: [Rahmi Dogen]
titles:
  - name: Rahmi Doğan
    title: governor of Hatay
quotes:
  - by: Rahmi Doğan
    text: We will search every building.
`

func mustParse(t *testing.T, src string) *Registry {
	t.Helper()
	r, err := Parse("facts.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestLoadReadsEntriesWithPositions(t *testing.T) {
	r := mustParse(t, registry)
	f, ok := r.Figure("killed", "troops") // a troop is a soldier, as the -across rules compare them
	if !ok || f.Value.Min != 34 || !math.IsInf(f.Value.Max, 1) || f.Qualifier != claim.AtLeast || f.Text != "at least 34" {
		t.Fatalf("killed troops: %+v %v", f, ok)
	}
	if f.Pos.String() != "facts.yaml:4:12" || f.Source != "the governor" || f.AsOf != "2026-02-27T18:00:00Z" {
		t.Fatalf("killed: pos %s source %q as_of %q", f.Pos, f.Source, f.AsOf)
	}
	if w, ok := r.Figure("injured", ""); !ok || w.Value != (claim.Interval{Min: 270, Max: 330}) {
		t.Fatalf("wounded is injured, about 300 is [270, 330]: %+v %v", w, ok)
	}
	if _, ok := r.Figure("killed", "civilians"); ok {
		t.Fatal("civilians are not soldiers")
	}
	for _, n := range []string{"Rahmi Dogan", "RAHMI DOĞAN", "Rahmi Dogen"} {
		if e, ok := r.Spelling(n); !ok || e.Name != "Rahmi Doğan" {
			t.Errorf("Spelling(%q) = %+v, %v", n, e, ok)
		}
	}
	if tt, ok := r.Title("Doğan"); !ok || tt.Role != "governor" {
		t.Fatalf("title: %+v %v", tt, ok)
	}
	if len(r.Quotes) != 1 || r.Quotes[0].Pos.Line != 17 {
		t.Fatalf("quotes: %+v", r.Quotes)
	}
}

// A figure is matched as the -across rules match two drafts' figures:
// the same event, a compatible subject (claim.Compatible).
func TestMatchUsesTheAcrossComparison(t *testing.T) {
	r := mustParse(t, "figures:\n  - event: killed\n    subject: soldier\n    value: 34\n")
	for _, c := range []struct {
		claim claim.Claim
		want  bool
	}{
		{claim.Claim{Facets: &claim.Facets{Event: "killed", Subject: "soldier"}}, true},
		{claim.Claim{Facets: &claim.Facets{Event: "killed", Subject: "personnel", Modifiers: []string{"Turkish"}}}, true},
		{claim.Claim{Facets: &claim.Facets{Event: "killed", Subject: "person"}}, false},
		{claim.Claim{Facets: &claim.Facets{Event: "injured", Subject: "soldier"}}, false},
	} {
		if _, ok := r.Match(&c.claim); ok != c.want {
			t.Errorf("Match(%s %s %v) = %v", c.claim.Event, c.claim.Subject, c.claim.Modifiers, ok)
		}
	}
}

func TestValues(t *testing.T) {
	inf := math.Inf(1)
	for in, want := range map[string]claim.Interval{
		"34": {Min: 34, Max: 34}, "thirty-four": {Min: 34, Max: 34}, "at least 33": {Min: 33, Max: inf},
		"more than 30": {Min: 31, Max: inf}, "up to 5": {Min: 0, Max: 5}, "fewer than 20": {Min: 0, Max: 19},
		"nearly 40": {Min: 36, Max: 39}, "30 to 40": {Min: 30, Max: 40}, "30-40": {Min: 30, Max: 40},
		"between 10 and 12": {Min: 10, Max: 12}, "3.6 million": {Min: 3.6e6, Max: 3.6e6}, "10,000": {Min: 1e4, Max: 1e4},
	} {
		_, got, err := parseValue(in)
		if err != nil || got != want {
			t.Errorf("parseValue(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "many", "34 soldiers", "40 to 30", "at least", "about 30 to 40", "-5"} {
		if _, _, err := parseValue(bad); err == nil {
			t.Errorf("parseValue(%q) is no error", bad)
		}
	}
}

func TestErrorsHavePositions(t *testing.T) {
	_, err := Parse("f.yaml", []byte("figures:\n  - event: killed\n    value: 3\n    when: today\nnames: x\n"))
	if err == nil {
		t.Fatal("no error")
	}
	got := err.Error()
	for _, want := range []string{`f.yaml:4:5: unknown key "when" in figure`, "f.yaml:5:8: names must be a list"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

// The registry's entries are claims of kind fact standing where the
// registry writes them, one per name and variant.
func TestClaims(t *testing.T) {
	cs := mustParse(t, registry).Claims()
	var cues []string
	for _, c := range cs {
		if c.Kind != claim.Fact || c.File != "facts.yaml" || c.Line == 0 {
			t.Fatalf("claim %+v", c)
		}
		cues = append(cues, c.Cue+":"+c.Folded)
	}
	if got := strings.Join(cues, " "); got != "figure: figure: name:rahmi dogan name:rahmi dogen title: quote:" {
		t.Fatalf("cues %s", got)
	}
	if c := cs[0]; registry[c.Span.Start:c.Span.End] != "at least 34" {
		t.Fatalf("span %v is %q", c.Span, registry[c.Span.Start:c.Span.End])
	}
}

// Every parser has a fuzz target: a registry never panics, and one that
// loads gives claims inside the file.
func FuzzParse(f *testing.F) {
	f.Add([]byte(registry))
	f.Add([]byte("figures: []\n"))
	f.Add([]byte("figures:\n  - event: killed\n    value: \"nearly 1,000\"\n"))
	f.Add([]byte("names:\n  - name: |\n      a\n      b\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse("f.yaml", data)
		if err != nil {
			return
		}
		for _, c := range r.Claims() {
			if c.Span.Start < 0 || c.Span.End < c.Span.Start || c.Span.End > len(data) {
				t.Fatalf("span %v outside %d bytes", c.Span, len(data))
			}
		}
	})
}
