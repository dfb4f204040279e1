package engine

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/rules"
)

// Group ranks order the claims as their keys' strings do: equal keys get
// equal ranks, and a lower rank is a key that sorts first. Few claims, or
// claims of different stories, get none.
func TestGroupRanksFollowTheKeysOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	doc := &claim.Article{File: "a.md"}
	var sel []selected
	for range 500 {
		sel = append(sel, selected{doc: doc, key: fmt.Sprintf("k%d|%s", rng.IntN(40), strings.Repeat("x", rng.IntN(3)))})
	}
	ev := &evaluator{}
	ranks := ev.groupRanks(sel, true)
	if ranks == nil {
		t.Fatal("no ranks for 500 claims of one story")
	}
	sign := func(n int) int { return min(max(n, -1), 1) }
	for i := range sel {
		for j := range sel {
			if got, want := sign(int(ranks[i]-ranks[j])), strings.Compare(sel[i].key, sel[j].key); got != want {
				t.Fatalf("keys %q and %q: ranks compare %d, strings %d", sel[i].key, sel[j].key, got, want)
			}
		}
	}
	if ev.groupRanks(sel[:minRanked-1], true) != nil {
		t.Error("ranks for fewer claims than minRanked")
	}
	sel[7].doc = &claim.Article{File: "b.md", Story: "other"}
	if ev.groupRanks(sel, true) != nil {
		t.Error("ranks for claims of two stories")
	}
	if ev.groupRanks(sel, false) == nil {
		t.Error("no ranks for a rule within documents, whose stories do not count")
	}
}

// A story of a thousand articles that copy the same figures: the sort of
// each rule's claims by group.
func BenchmarkStoryOfCopies(b *testing.B) {
	rs := mustRulesB(b, strings.Replace(pairRule, "PAIRS", "any", 1))
	var arts []*claim.Article
	for i := range 1000 {
		file := fmt.Sprintf("d/%04d.md", i)
		a := &claim.Article{File: file}
		for k := range 5 {
			c := count(file, k+1, 33, 34, "killed")
			c.Subject = fmt.Sprintf("soldier of the %d brigade", k)
			a.Claims = append(a.Claims, c)
		}
		arts = append(arts, a)
	}
	r := NewRunner(rs)
	b.ReportAllocs()
	for b.Loop() {
		r.Run(arts)
	}
}

func mustRulesB(b *testing.B, src string) []*rules.Rule {
	b.Helper()
	p, err := rules.Load("r.yaml", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	return p.Rules
}
