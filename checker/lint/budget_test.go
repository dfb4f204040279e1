package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/rules"
)

// longArticle is a legitimate long report: size bytes of paragraphs that
// each give a toll, a count of injured or missing, and other figures.
func longArticle(size int) []byte {
	places := []string{"Avonford", "Brackley", "Cresthaven", "Dunmere", "Elmsworth", "Fenwick"}
	tolls := []string{"Two people were killed", "Three people were injured", "Four climbers are missing", "Five people were killed"}
	sources := []string{"police said", "the fire service said", "officials said", "according to the county coroner"}
	var b strings.Builder
	b.WriteString("# Storms batter the coast\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "%s in %s on day %d, %s. About %d homes lost power, and %d roads were closed.\n\n",
			tolls[i%len(tolls)], places[i%len(places)], i, sources[i%len(sources)], 100+i, 3+i%40)
	}
	return []byte(b.String())
}

// A long article of thousands of claims is checked by every built-in rule
// within its budget: their work per article grows linearly. The 2 MB one
// holds some 40,000 claims, where a rule that searched the article from
// each casualty figure (casualty-named-source did) ran out of budget.
func TestBuiltinRulesStayWithinBudgetOnALongArticle(t *testing.T) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{80_000, 2_000_000} {
		if size > 100_000 && testing.Short() {
			continue
		}
		r := Check([]files.Input{{Path: "long.md", Named: true, Data: longArticle(size)}}, Options{Rules: set.Rules})
		if r.Err != nil {
			t.Fatalf("%d bytes: err = %v", size, r.Err)
		}
		if r.ClaimCount < size/55 {
			t.Fatalf("%d bytes: %d claims, want at least %d", size, r.ClaimCount, size/55)
		}
	}
}
