package extract

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
)

func seedDocs(t *testing.T) []*document.Document {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if len(paths) < 2 {
		t.Fatal("testdata/seeds holds fewer than two articles")
	}
	return parseFiles(t, paths)
}

// values copies claims with their facets, which the Extractor reuses too.
func values(cs []*claim.Claim) []claim.Claim {
	out := make([]claim.Claim, len(cs))
	for i, c := range cs {
		out[i] = *c
		f := *c.Facets
		out[i].Facets = &f
	}
	return out
}

// After Reuse an Extractor hands out claims whose every field the new
// document sets: nothing of the article before shows through.
func TestReusedClaimsAreAsFresh(t *testing.T) {
	docs := seedDocs(t)
	var x Extractor
	for i, d := range docs {
		got := values(x.Extract(d))
		x.Reuse()
		want := values(Extract(d))
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s, after %d other articles: reused claims differ from fresh ones", d.Path, i)
		}
	}
}

// Claims returned without a Reuse stay as they were, whatever the
// Extractor extracts after.
func TestClaimsWithoutReuseAreKept(t *testing.T) {
	docs := seedDocs(t)
	var x Extractor
	first := x.Extract(docs[0])
	want := values(first)
	for _, d := range docs[1:] {
		x.Extract(d)
	}
	if !reflect.DeepEqual(values(first), want) {
		t.Fatal("a later Extract changed the claims of the first document")
	}
}

// An Extractor keeps for reuse no more than maxKeptClaims, so a huge
// article does not pin its claims for the rest of a run.
func TestReuseKeepsABoundedNumberOfClaims(t *testing.T) {
	d, err := document.Parse("huge.md", []byte(strings.Repeat("Three people died and 4 were hurt, Mayor Jo Smith said.\n\n", 3000)))
	if err != nil {
		t.Fatal(err)
	}
	var x Extractor
	if n := len(x.Extract(d)); n <= maxKeptClaims {
		t.Fatalf("only %d claims: the test needs more than %d", n, maxKeptClaims)
	}
	x.Reuse()
	if kept := len(x.slab.free) * claimsPerBlock; kept > maxKeptClaims {
		t.Fatalf("%d claims kept for reuse, more than %d", kept, maxKeptClaims)
	}
}

// One huge paragraph leaves no scratch slice larger than its bound in the
// Extractor, so it does not pin that paragraph's memory for a run: many
// attributed quotes, one sentence of many figures, and over a million
// tokens in all.
func TestScratchAfterAHugeParagraphIsBounded(t *testing.T) {
	text := strings.Repeat(`“Three people died and 4 were hurt,” Mayor Jo Smith said. `, 6000) +
		"Victims: " + strings.Repeat("4 dead, ", maxKeptClaims+100) + "in all. " +
		strings.Repeat("so ", maxKeptTokens)
	d, err := document.Parse("huge.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var x Extractor
	x.Extract(d)
	b := &x.bufs
	for name, n := range map[string]int{
		"attributions": cap(b.attrs), "quotes": cap(b.quotes), "figures": cap(b.counts.figures),
		"counts": cap(b.counts.counts), "count list": cap(b.counts.list), "sentences": cap(b.sents),
	} {
		if n > maxKeptClaims {
			t.Errorf("%s: storage for %d kept, more than %d", name, n, maxKeptClaims)
		}
	}
	if n := cap(b.quoted); n > maxKeptTokens {
		t.Errorf("quoted: storage for %d tokens kept, more than %d", n, maxKeptTokens)
	}
}
