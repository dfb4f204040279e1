package engine

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/hashicorp/go-multierror"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/rules"
)

func mustRules(t *testing.T, src string) []*rules.Rule {
	t.Helper()
	p, err := rules.Load("r.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return p.Rules
}

func count(file string, line int, lo, hi float64, event string) *claim.Claim {
	return &claim.Claim{Facets: &claim.Facets{Kind: claim.Count, File: file, Event: event, Subject: "soldier"}, Line: line, Column: 1, Text: file, Value: claim.Interval{Min: lo, Max: hi}}
}

const pairRule = `
- id: toll
  claims: count
  where: claim.event == "killed"
  pairs: PAIRS
  key: claim.subject
  assert: overlaps(a.value, b.value)
  message: "{figure(a)} conflicts with {figure(b)} in {b.file}:{b.line}"
`

func TestPairsAcrossDocuments(t *testing.T) {
	rs := mustRules(t, strings.Replace(pairRule, "PAIRS", "across-documents", 1))
	arts := []*claim.Article{
		{File: "a.md", Claims: []*claim.Claim{count("a.md", 3, 33, 33, "killed")}},
		{File: "b.md", Claims: []*claim.Claim{count("b.md", 5, 34, 34, "killed")}},
		{File: "c.md", Claims: []*claim.Claim{count("c.md", 1, 33, math.Inf(1), "killed")}},
	}
	ds, err := Run(rs, arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].Primary.File != "b.md" || ds[0].Related[0].File != "a.md" || ds[0].Message != "34 conflicts with 33 in a.md:3" {
		t.Fatalf("got %+v", ds)
	}
}

// Claims that say the same thing are compared once, but only when they
// agree on every field the assert reads: here the outlet, which no
// statement of a figure includes.
func TestPairRulesCompareWhatTheyRead(t *testing.T) {
	rs := mustRules(t, strings.Replace(strings.Replace(pairRule, "PAIRS", "across-documents", 1),
		"overlaps(a.value, b.value)", "a.outlet == b.outlet", 1))
	same := func(file, outlet string) *claim.Article {
		c := count(file, 3, 33, 33, "killed")
		c.Text, c.Edit().Outlet = "33 soldiers", outlet
		return &claim.Article{File: file, Outlet: outlet, Claims: []*claim.Claim{c}}
	}
	ds, err := Run(rs, []*claim.Article{same("a.md", "Wire"), same("b.md", "Wire"), same("c.md", "Post")})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].Primary.File != "c.md" {
		t.Fatalf("want c.md's claim against another outlet's, got %+v", ds)
	}
}

// Headlines round: an article is represented by its body's figure, though
// its headline comes first.
func TestAcrossDocumentsAnArticleIsItsBodysFigure(t *testing.T) {
	rs := mustRules(t, strings.Replace(pairRule, "PAIRS", "across-documents", 1))
	headline := count("a.md", 1, 40, 40, "killed")
	headline.InHeadline = true
	arts := []*claim.Article{
		{File: "a.md", Claims: []*claim.Claim{headline, count("a.md", 3, 33, 33, "killed")}},
		{File: "b.md", Claims: []*claim.Claim{count("b.md", 5, 33, 33, "killed")}},
	}
	if ds, _ := Run(rs, arts); len(ds) != 0 {
		t.Fatalf("a headline stood for its article: %+v", ds)
	}
}

func TestStoriesAreComparedOnlyWithThemselves(t *testing.T) {
	rs := mustRules(t, strings.Replace(pairRule, "PAIRS", "across-documents", 1))
	arts := []*claim.Article{
		{File: "a.md", Story: "flood", Claims: []*claim.Claim{count("a.md", 3, 33, 33, "killed")}},
		{File: "b.md", Story: "fire", Claims: []*claim.Claim{count("b.md", 5, 34, 34, "killed")}},
	}
	if ds, _ := Run(rs, arts); len(ds) != 0 {
		t.Fatalf("different stories compared: %+v", ds)
	}
}

func TestWithinDocumentIgnoresOtherFilesAndKeys(t *testing.T) {
	rs := mustRules(t, strings.Replace(pairRule, "PAIRS", "within-document", 1))
	other := count("a.md", 9, 90, 90, "killed")
	other.Edit().Subject = "civilian"
	arts := []*claim.Article{
		{File: "a.md", Claims: []*claim.Claim{count("a.md", 3, 33, 33, "killed"), other, count("a.md", 7, 34, 34, "killed"), count("a.md", 8, 35, 35, "injured")}},
		{File: "b.md", Claims: []*claim.Claim{count("b.md", 5, 36, 36, "killed")}},
	}
	ds, _ := Run(rs, arts)
	if len(ds) != 1 || ds[0].Primary.Line != 7 || ds[0].Related[0].Line != 3 {
		t.Fatalf("got %+v", ds)
	}
}

func TestPerClaimRuleSeesTheDocument(t *testing.T) {
	rs := mustRules(t, `
- id: needs-source
  claims: count
  assert: any(doc.claims, {.source.kind == "person"})
  message: "{claim.text} has no named source in {doc.file}"
`)
	sourced := count("b.md", 2, 1, 1, "killed")
	sourced.Edit().Source = claim.Source{Kind: claim.Person, Name: "Ana"}
	arts := []*claim.Article{
		{File: "a.md", Claims: []*claim.Claim{count("a.md", 1, 1, 1, "killed")}},
		{File: "b.md", Claims: []*claim.Claim{sourced}},
	}
	ds, _ := Run(rs, arts)
	if len(ds) != 1 || ds[0].Message != "a.md has no named source in a.md" {
		t.Fatalf("got %+v", ds)
	}
}

func TestRuntimeErrorIsReportedOnceWithItsPosition(t *testing.T) {
	rs := mustRules(t, `
- id: divides
  claims: count
  assert: 1 / (claim.value.min - claim.value.min) > 0 && claim.modifiers[3] == "x"
  message: m
- id: fine
  claims: count
  assert: "false"
  message: fine
`)
	arts := []*claim.Article{{File: "a.md", Claims: []*claim.Claim{count("a.md", 1, 1, 1, "killed"), count("a.md", 2, 2, 2, "killed")}}}
	ds, err := Run(rs, arts)
	var re *RuleError
	if !errors.As(err, &re) || re.Rule != "divides" || re.Pos.Line != 4 || strings.Count(err.Error(), "divides") != 1 {
		t.Fatalf("err = %v", err)
	}
	if len(ds) != 2 || ds[0].Rule != "fine" {
		t.Fatalf("the other rule did not run: %+v", ds)
	}
}

func TestAMessageThatFailsIsReportedAtTheMessage(t *testing.T) {
	rs := mustRules(t, `
- id: single
  claims: count
  assert: "false"
  message: "toll {claim.modifiers[3]}"
- id: pair
  claims: count
  pairs: within-document
  key: claim.event
  assert: "false"
  message: m
  related_message: >-
    other {b.modifiers[3]}
`)
	arts := []*claim.Article{{File: "a.md", Claims: []*claim.Claim{count("a.md", 1, 1, 1, "killed"), count("a.md", 2, 2, 2, "killed")}}}
	_, err := Run(rs, arts)
	var errs []string
	for _, e := range err.(*multierror.Error).Errors {
		errs = append(errs, e.Error())
	}
	got := strings.Join(errs, "\n")
	for _, want := range []string{`r.yaml:5:13: rule "single": message failed`, `r.yaml:13:5: rule "pair": related_message failed`} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
}

func TestPathGlobs(t *testing.T) {
	rs := mustRules(t, `
- id: only-news
  claims: count
  assert: "false"
  message: m
  paths: {include: ["news/**"], exclude: ["*.draft.md"]}
`)
	arts := []*claim.Article{
		{File: "news/a.md", Claims: []*claim.Claim{count("news/a.md", 1, 1, 1, "")}},
		{File: "news/b.draft.md", Claims: []*claim.Claim{count("news/b.draft.md", 1, 1, 1, "")}},
		{File: "blog/c.md", Claims: []*claim.Claim{count("blog/c.md", 1, 1, 1, "")}},
	}
	ds, _ := Run(rs, arts)
	if len(ds) != 1 || ds[0].Primary.File != "news/a.md" {
		t.Fatalf("got %+v", ds)
	}
}

// BenchmarkPairsLargeStory measures a story of many articles: pairs are
// formed per key, so the cost follows the group sizes.
func BenchmarkPairsLargeStory(b *testing.B) {
	rs, _ := rules.Load("r.yaml", []byte(strings.Replace(pairRule, "PAIRS", "across-documents", 1)))
	var arts []*claim.Article
	for i := 0; i < 2000; i++ {
		f := "f" + string(rune('a'+i%26)) + ".md"
		c := count(f, i, 33, 33, "killed")
		c.Edit().Subject = string(rune('a' + i%50))
		arts = append(arts, &claim.Article{File: f, Claims: []*claim.Claim{c}})
	}
	b.ReportAllocs()
	for b.Loop() {
		Run(rs.Rules, arts)
	}
}

// A panic while one rule checks one article is reported with the rule and
// the file; the other rules' findings are kept.
func TestPanicInOneRuleIsIsolated(t *testing.T) {
	rs := mustRules(t, `
- id: on-broken
  claims: count
  assert: "false"
  message: m
  paths: {include: ["broken.md"]}
- id: on-good
  claims: count
  assert: "false"
  message: good
  paths: {include: ["good.md"]}
`)
	arts := []*claim.Article{
		// a nil claim stands for any bug that makes the engine panic
		{File: "broken.md", Claims: []*claim.Claim{nil}},
		{File: "good.md", Claims: []*claim.Claim{count("good.md", 1, 1, 1, "killed")}},
	}
	ds, err := Run(rs, arts)
	var re *RuleError
	if !errors.As(err, &re) || re.Rule != "on-broken" || !strings.Contains(err.Error(), "internal error while checking broken.md") {
		t.Fatalf("err = %v", err)
	}
	if len(ds) != 1 || ds[0].Rule != "on-good" {
		t.Fatalf("the other rule's finding is lost: %+v", ds)
	}
}

// Rules evaluated at once give the findings and errors of rules evaluated
// one by one, in the same order.
func TestParallelRulesGiveTheSameResult(t *testing.T) {
	var src strings.Builder
	for i, pairs := range []string{"across-documents", "within-document", "any", "across-documents"} {
		src.WriteString(strings.Replace(strings.Replace(pairRule, "PAIRS", pairs, 1), "id: toll", fmt.Sprintf("id: toll-%d", i), 1))
	}
	src.WriteString("\n- id: broken\n  claims: count\n  assert: int(claim.text) > 0\n  message: m\n")
	rs := mustRules(t, src.String())
	var arts []*claim.Article
	for i := range 40 {
		f := fmt.Sprintf("f%02d.md", i)
		arts = append(arts, &claim.Article{File: f, Claims: []*claim.Claim{
			count(f, 1, float64(30+i%4), float64(30+i%4), "killed"), count(f, 2, 33, 33, "killed")}})
	}
	want, wantErr := Run(rs, arts)
	if len(want) == 0 || wantErr == nil {
		t.Fatalf("the fixture should give findings and an error: %d, %v", len(want), wantErr)
	}
	for _, workers := range []int{2, 3, 8} {
		got, err := RunParallel(rs, arts, workers)
		if fmt.Sprint(got) != fmt.Sprint(want) || fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Errorf("%d workers: findings or errors differ from one worker", workers)
		}
	}
}

func TestKeptClaimsAreCopies(t *testing.T) {
	rs := mustRules(t, strings.Replace(pairRule, "PAIRS", "across-documents", 1))
	_, global := Split(rs)
	c := count("a.md", 3, 33, 33, "killed")
	c.Edit().Modifiers = []string{"Turkish"}
	kept := NewSelector(global).Keep(&claim.Article{File: "a.md", Claims: []*claim.Claim{c}})
	if len(kept) != 1 || kept[0] == c || kept[0].Value != c.Value || kept[0].Modifiers[0] != "Turkish" {
		t.Fatalf("kept %+v of %+v: want an equal copy", kept, c)
	}
	// the extractor hands out claims from shared blocks; a kept claim must
	// not be a window onto them
	kept[0].Edit().Modifiers[0] = "changed"
	if c.Modifiers[0] != "Turkish" {
		t.Fatal("the kept claim shares its modifiers with the article's")
	}
}

// idIndex numbers identities as a map would, before and after it turns
// from a list into one.
func TestIDIndexNumbersInOrderOfFirstSight(t *testing.T) {
	var x idIndex
	want := map[string]int{}
	for round := range 2 {
		x.reset()
		clear(want)
		for i := range 3 * maxListedIDs {
			id := fmt.Sprint((i * 7) % (2*maxListedIDs + round))
			n, added := x.add(id)
			w, seen := want[id]
			if !seen {
				w = len(want)
				want[id] = w
			}
			if n != w || added == seen {
				t.Fatalf("round %d, add(%q) = %d, %v; want %d, %v", round, id, n, added, w, !seen)
			}
		}
	}
}

// A key that groups too many different claims stops the rule with an error
// that names the limit and the key, instead of running for hours.
func TestPairBudgetStopsARuleThatComparesTooMuch(t *testing.T) {
	rs := mustRules(t, `
- id: everything
  claims: count
  pairs: any
  key: '"all"'
  assert: a.value.min >= 0
  message: m
`)
	var cs []*claim.Claim
	for i := range 1500 {
		cs = append(cs, count("a.md", i+1, float64(i), float64(i), "killed"))
	}
	_, err := Run(rs, []*claim.Article{{File: "a.md", Claims: cs}})
	if err == nil || !strings.Contains(err.Error(), `more than 1000000 comparisons; the key "all" groups too many`) {
		t.Fatalf("err = %v", err)
	}
}

// Loops nested in each other stop at the operation budget (in whichever
// field they are written) and the rule is reported at that field, while
// the other rules still run. Time is not measured: the budget counts work.
func TestOperationBudgetStopsNestedLoopsWithTheirPosition(t *testing.T) {
	rs := mustRules(t, `
- id: cubic-assert
  claims: count
  assert: all(doc.claims, {all(doc.claims, {all(doc.claims, {.line > 0})})})
  message: m
- id: cubic-where
  claims: count
  where: |
    claim.line > 0 &&
      any(doc.claims, {any(doc.claims, {.line < 0})})
  assert: "false"
  message: m
- id: fine
  claims: count
  assert: any(doc.claims, {.line == claim.line})
  message: m
`)
	var cs []*claim.Claim
	for i := range 400 {
		cs = append(cs, count("a.md", i+1, 1, 1, "killed"))
	}
	ds, err := Run(rs, []*claim.Article{{File: "a.md", Claims: cs}})
	var m interface{ WrappedErrors() []error }
	if !errors.As(err, &m) || len(m.WrappedErrors()) != 2 {
		t.Fatalf("err = %v, want two rules over budget", err)
	}
	want := map[string]string{
		"cubic-assert": "r.yaml:4:11: rule \"cubic-assert\": assert failed: more than 10800000 operations in a.md",
		"cubic-where":  "r.yaml:9:5: rule \"cubic-where\": where failed: more than 10800000 operations in a.md",
	}
	for _, e := range m.WrappedErrors() {
		var re *RuleError
		if !errors.As(e, &re) || !strings.HasPrefix(e.Error(), want[re.Rule]) {
			t.Errorf("got %v, want %s…", e, want[re.Rule])
		}
	}
	if len(ds) != 0 {
		t.Fatalf("findings = %+v", ds)
	}
}

// BenchmarkNestedLoopRule is the rule of nested loops above on one article
// of 400 claims: the time it takes to spend its operation budget.
func BenchmarkNestedLoopRule(b *testing.B) {
	rs, _ := rules.Load("r.yaml", []byte("- id: cubic\n  claims: count\n  assert: all(doc.claims, {all(doc.claims, {all(doc.claims, {.line > 0})})})\n  message: m\n"))
	var cs []*claim.Claim
	for i := range 400 {
		cs = append(cs, count("a.md", i+1, 1, 1, "killed"))
	}
	arts := []*claim.Article{{File: "a.md", Claims: cs}}
	for b.Loop() {
		if _, err := Run(rs.Rules, arts); err == nil {
			b.Fatal("the rule did not stop")
		}
	}
}
