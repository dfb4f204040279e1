package extract

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
)

// Extraction fixtures are short articles under testdata/extract whose lines
// carry markers of what the extractor reads there, at the end of the line
// they describe:
//
//	<!-- claim: count [33,inf] killed sailor by=number -->
//	<!-- claim: attribution said source="the harbour master" by=speech-verb -->
//	<!-- reads: ordinal -->
//	<!-- no-claim: attribution -->
//
// A claim marker names a kind, then optionally an interval [min,max] (inf
// for no upper bound), bare words (a count's event and subject, a
// quantity's unit, an attribution's cue; - for empty) and key=value fields
// (by, text, scope, source, speaker, speaker_by, qualifier, subset,
// folded; a value with spaces in double quotes). Each is checked both
// ways: every marked claim is found on its line, and a line with markers
// of a kind has no other claim of that kind. A reads marker names a
// pattern that makes no claim of its own (a not-a-figure case, a scope
// reading, an attribution pattern that attributes nothing): it must be the
// first of its list to apply at some token of the line. A reads marker
// that names a speaker reading says it found the speaker of a quote that
// opens on the line, as the reading of a quote that joins the quotation
// of a claim before it does, which no speaker_by shows. A no-claim marker
// says the line has no claim of the kinds it names.

var markerRE = regexp.MustCompile(`<!--\s*(claim|reads|no-claim):\s*(.*?)\s*-->`)

// fieldRE splits a claim marker into its words: key="value", key=value,
// [min,max] or a bare word.
var fieldRE = regexp.MustCompile(`([a-z_]+)="([^"]*)"|([a-z_]+)=(\S+)|(\[[^\]]*\])|(\S+)`)

// claimMarker is one claim a fixture line expects.
type claimMarker struct {
	line   int
	kind   string
	fields map[string]string // field → wanted value, as claimFields writes it
	raw    string
}

// readsMarker is a pattern a fixture line expects to apply.
type readsMarker struct {
	line int
	name string
	text string // the line without its markers
}

// parseFixture reads the markers of a fixture.
func parseFixture(t *testing.T, path string, src []byte) (claims []claimMarker, reads []readsMarker, none map[[2]string]bool) {
	t.Helper()
	none = map[[2]string]bool{}
	for i, line := range strings.Split(string(src), "\n") {
		text := markerRE.ReplaceAllString(line, "")
		for _, m := range markerRE.FindAllStringSubmatch(line, -1) {
			switch m[1] {
			case "reads":
				reads = append(reads, readsMarker{line: i + 1, name: m[2], text: text})
				continue
			case "no-claim":
				for _, k := range strings.Fields(m[2]) {
					if !slices.Contains(claim.Kinds, k) {
						t.Fatalf("%s:%d: no-claim marker %q names no claim kind", path, i+1, m[2])
					}
					none[[2]string{strconv.Itoa(i + 1), k}] = true
				}
				continue
			}
			c := claimMarker{line: i + 1, fields: map[string]string{}, raw: m[2]}
			var bare []string
			for _, f := range fieldRE.FindAllStringSubmatch(m[2], -1) {
				switch {
				case f[1] != "":
					c.fields[f[1]] = f[2]
				case f[3] != "":
					c.fields[f[3]] = f[4]
				case f[5] != "":
					c.fields["value"] = f[5]
				case c.kind == "":
					c.kind = f[6]
				default:
					bare = append(bare, f[6])
				}
			}
			names := map[string][]string{claim.Count: {"event", "subject"}, claim.Quantity: {"unit"}, claim.Attribution: {"cue"}}[c.kind]
			if len(bare) > len(names) {
				t.Fatalf("%s:%d: marker %q has more bare words than %s takes (%v)", path, i+1, m[2], c.kind, names)
			}
			for k, w := range bare {
				if w == "-" {
					w = ""
				}
				c.fields[names[k]] = w
			}
			if !slices.Contains(claim.Kinds, c.kind) {
				t.Fatalf("%s:%d: marker %q names no claim kind", path, i+1, m[2])
			}
			claims = append(claims, c)
		}
	}
	return claims, reads, none
}

// claimFields is a claim's fields as markers write them.
func claimFields(c *claim.Claim) map[string]string {
	bound := func(v float64) string {
		if math.IsInf(v, 1) {
			return "inf"
		}
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return map[string]string{
		"value": "[" + bound(c.Value.Min) + "," + bound(c.Value.Max) + "]",
		"event": c.Event, "subject": c.Subject, "unit": c.Unit, "cue": c.Cue,
		"by": c.By, "text": c.Text, "scope": c.Scope, "source": c.Source.Text, "speaker": c.Speaker.Text, "speaker_by": c.SpeakerBy,
		"qualifier": c.Qualifier, "subset": strconv.FormatBool(c.Subset), "folded": c.Folded,
		"source_name": c.Source.Name, "source_kind": c.Source.Kind, "role": c.Source.Role,
	}
}

// matches reports whether the claim has every field the marker gives.
func (m claimMarker) matches(c *claim.Claim) bool {
	if c.Kind != m.kind || c.Line != m.line {
		return false
	}
	have := claimFields(c)
	for k, v := range m.fields {
		if got, ok := have[k]; !ok || got != v {
			return false
		}
	}
	return true
}

// checkFixture extracts the claims of the fixture at path and checks its
// markers both ways; it returns the pattern names the fixture covers.
func checkFixture(t *testing.T, path string) []string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	markers, reads, marked := parseFixture(t, path, src)
	d, err := document.Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	var heard []readsMarker // the speaker reading of each quote kept, by line
	e := &Extractor{onSpeaker: func(off int, reading string) {
		heard = append(heard, readsMarker{line: 1 + strings.Count(string(src[:off]), "\n"), name: reading})
	}}
	claims := e.Extract(d)
	var covered []string
	used := make([]bool, len(claims))
	// marked holds the line and kind of every marker
	for _, m := range markers {
		marked[[2]string{strconv.Itoa(m.line), m.kind}] = true
		found := false
		for k, c := range claims {
			if !used[k] && m.matches(c) {
				used[k], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("%s:%d: no %s claim matches <!-- claim: %s -->; the line has:\n%s", path, m.line, m.kind, m.raw, describeLine(claims, m.line))
		}
		for _, k := range [...]string{"by", "speaker_by"} {
			if by := m.fields[k]; by != "" {
				covered = append(covered, by)
			}
		}
	}
	for k, c := range claims {
		if !used[k] && marked[[2]string{strconv.Itoa(c.Line), c.Kind}] {
			t.Errorf("%s:%d: an unmarked %s claim %q (by=%s) on a line with %s markers", path, c.Line, c.Kind, c.Text, c.By, c.Kind)
		}
	}
	for _, r := range reads {
		if isSpeakerReading(r.name) {
			if !slices.ContainsFunc(heard, func(h readsMarker) bool { return h.line == r.line && h.name == r.name }) {
				t.Errorf("%s:%d: <!-- reads: %s --> finds the speaker of no quote on the line (the readings heard: %v)", path, r.line, r.name, heard)
			}
		} else if !lineReads(r.text, r.name) {
			t.Errorf("%s:%d: <!-- reads: %s --> does not apply on the line (it reads %v)", path, r.line, r.name, patternsOnLine(r.text))
		}
		covered = append(covered, r.name)
	}
	return covered
}

// describeLine lists the claims of a line, for a failure message.
func describeLine(claims []*claim.Claim, line int) string {
	var b strings.Builder
	for _, c := range claims {
		if c.Line == line {
			f := claimFields(c)
			b.WriteString("\t" + c.Kind + " " + strconv.Quote(c.Text) + " value=" + f["value"] + " event=" + c.Event + " subject=" + c.Subject +
				" unit=" + c.Unit + " cue=" + c.Cue + " scope=" + strconv.Quote(c.Scope) + " source=" + strconv.Quote(c.Source.Text) + " speaker=" + strconv.Quote(c.Speaker.Text) + " speaker_by=" + c.SpeakerBy + " by=" + c.By + "\n")
		}
	}
	return b.String()
}

// isSpeakerReading: the name is one of speakerReadings.
func isSpeakerReading(name string) bool {
	return slices.ContainsFunc(speakerReadings, func(r speakerReading) bool { return r.name == name })
}

// lineReads reports whether the pattern named applies on the line.
func lineReads(text, name string) bool { return slices.Contains(patternsOnLine(text), name) }

// patternsOnLine is the names of the claim-less patterns that apply at the
// tokens of a line: the first not-a-figure case at each number, the first
// scope reading that reads a phrase at each word, the first attribution
// pattern at each cue.
func patternsOnLine(text string) []string {
	toks := tokenize(text)
	var names []string
	var ns numberSite
	var ss scopeSite
	for i := range toks {
		if toks[i].kind == tNumber || toks[i].cls&cNumeric != 0 {
			if n, ok := parseNumberAt(toks, i); ok {
				if _, k := notAFigureCase(&ns, toks, i, i+n.Tokens, n); k >= 0 {
					names = append(names, notAFigures[k].name)
				}
			}
		}
		if n, k := scopeReadingAt(&ss, toks, i, len(toks)); n > 0 {
			names = append(names, scopeReadings[k].name)
		}
	}
	inQuote := quotedIndex(nil, len(toks), findQuotes(nil, toks))
	s := cueSite{toks: toks, inQuote: inQuote}
	for k := nextTrigger(toks, 0); k < len(toks); k = nextTrigger(toks, k+1) {
		if inQuote[k] {
			continue
		}
		s.at(k)
		if _, _, w := attributionPatternAt(&s); w >= 0 {
			names = append(names, attributionPatterns[w].name)
		}
	}
	return names
}

// fixturePaths are the extraction fixtures.
func fixturePaths(t *testing.T) []string {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "extract", "*.md"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures under testdata/extract (%v)", err)
	}
	return paths
}

// TestExtractionFixtures checks the markers of every fixture both ways.
func TestExtractionFixtures(t *testing.T) {
	for _, p := range fixturePaths(t) {
		t.Run(filepath.Base(p), func(t *testing.T) { checkFixture(t, p) })
	}
}

// TestEveryPatternHasAFixture: every pattern of the registry is on some
// fixture line, as the by of a marked claim or a reads marker.
func TestEveryPatternHasAFixture(t *testing.T) {
	covered := map[string]bool{}
	for _, p := range fixturePaths(t) {
		for _, n := range checkFixture(t, p) {
			covered[n] = true
		}
	}
	for _, g := range grammarGroups() {
		for _, p := range g.patterns {
			if !covered[p.name] {
				t.Errorf("%s: pattern %q (%s) has no fixture line under testdata/extract", g.title, p.name, p.example)
			}
		}
	}
}
