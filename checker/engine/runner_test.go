package engine

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claim"
)

const runnerRules = `
- id: toll
  claims: count
  where: claim.event == "killed"
  pairs: within-document
  key: claim.subject
  assert: overlaps(a.value, b.value)
  message: "{figure(a)} conflicts with {figure(b)}"
- id: digits
  claims: count
  assert: int(claim.text) > 0
  message: "not a number"
`

// A Runner keeps its evaluators from one article to the next: it finds
// on each article what Run finds on it alone, and a rule that failed on
// one article is tried again on the next.
func TestRunnerFindsWhatRunFinds(t *testing.T) {
	rs := mustRules(t, runnerRules)
	article := func(file string, texts ...string) *claim.Article {
		a := &claim.Article{File: file}
		for i, text := range texts {
			c := count(file, i+1, float64(10+i%2), float64(10+i%2), "killed")
			c.Text, c.Subject = text, fmt.Sprintf("group%d", i%3)
			a.Claims = append(a.Claims, c)
		}
		return a
	}
	arts := []*claim.Article{
		article("a.md", "10", "11", "12", "13", "14", "15"),
		article("b.md", "ten", "11"), // int("ten") fails: digits fails here
		article("c.md", "10", "11", "10", "11"),
		article("d.md", "7"),
	}
	r := NewRunner(rs)
	for _, a := range arts {
		want, wantErr := Run(rs, []*claim.Article{a})
		got, gotErr := r.Run([]*claim.Article{a})
		if !reflect.DeepEqual(got, want) || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("%s: runner found %v (error %v), Run %v (error %v)", a.File, got, gotErr, want, wantErr)
		}
	}
	if _, err := r.Run(arts[3:]); err != nil {
		t.Errorf("a rule that failed on an earlier article still fails: %v", err)
	}
}

// Its evaluators' scratch is made once: a runner's next article costs
// fewer allocations than a fresh Run of the same article.
func TestRunnerAllocatesLessThanRun(t *testing.T) {
	rs := mustRules(t, runnerRules)
	a := &claim.Article{File: "a.md"}
	for i := range 200 {
		c := count("a.md", i+1, 10, 10, "killed")
		c.Text, c.Subject = "10", fmt.Sprintf("group%d", i) // each alone in its group
		a.Claims = append(a.Claims, c)
	}
	arts := []*claim.Article{a}
	r := NewRunner(rs)
	runner := testing.AllocsPerRun(10, func() { r.Run(arts) })
	fresh := testing.AllocsPerRun(10, func() { Run(rs, arts) })
	if runner >= fresh {
		t.Errorf("a runner's article allocated %.0f times, a fresh Run's %.0f", runner, fresh)
	}
}

// A claim alone in its key group is compared with nothing, and its
// identity is not made: reading the where and the key of two hundred
// claims, each alone in its group, allocates twice per claim in the VM,
// and nothing more per claim in the comparisons (three times before).
func TestLoneClaimsOfAGroupCostNothing(t *testing.T) {
	rs := mustRules(t, runnerRules)
	a := &claim.Article{File: "a.md"}
	for i := range 200 {
		c := count("a.md", i+1, 10, 10, "killed")
		c.Text, c.Subject = "10", fmt.Sprintf("group%d", i)
		a.Claims = append(a.Claims, c)
	}
	r := NewRunner(rs[:1])
	arts := []*claim.Article{a}
	r.Run(arts)
	if n := testing.AllocsPerRun(10, func() { r.Run(arts) }); n > 2*200+50 {
		t.Errorf("200 lone claims allocated %.0f times", n)
	}
}

// Copies of a statement in a story's articles share one identity string:
// comparing it with the last one made costs less than allocating it. Each
// more article of copies costs the VM's allocations for its where and its
// key, and none for its identity (a third before).
func TestCopiesShareAnIdentity(t *testing.T) {
	rs := mustRules(t, strings.Replace(pairRule, "PAIRS", "across-documents", 1))
	story := func(n int) []*claim.Article {
		var arts []*claim.Article
		for i := range n {
			file := fmt.Sprintf("d/%03d.md", i)
			arts = append(arts, &claim.Article{File: file, Claims: []*claim.Claim{count(file, 3, 33, 34, "killed")}})
		}
		return arts
	}
	r := NewRunner(rs)
	small, large := story(50), story(100)
	perArticle := (testing.AllocsPerRun(5, func() { r.Run(large) }) - testing.AllocsPerRun(5, func() { r.Run(small) })) / 50
	if perArticle > 2.5 {
		t.Errorf("each more copy allocated %.1f times: copies do not share their identity", perArticle)
	}
}
