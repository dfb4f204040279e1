package lint

import (
	"fmt"
	"testing"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/engine"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/rules"
)

// Once the run is grouped, the signatures and the table of their keys are
// let go before the stories' claims are read back: the stories phase made
// the peak of a 100,000-file run, and they held a tenth of it.
func TestSignaturesLetGoOnceGrouped(t *testing.T) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	var in []files.Input
	for i := range 4 {
		in = append(in, files.Input{Path: fmt.Sprintf("d/%d.md", i), Named: true})
	}
	_, global := engine.Split(set.Rules)
	s := newStories(in, global, story.Infer, defaultSpill)
	for i := range in {
		name := fmt.Sprintf("Person%c Surname%c", 'a'+i/2, 'a'+i/2) // two stories of two
		a := &claim.Article{File: in[i].Path, Claims: []*claim.Claim{{Facets: &claim.Facets{Kind: claim.Name, Folded: name}, Text: name}}}
		o := &out{art: a, sig: story.Sign(a)}
		s.done(i, o)
	}
	if _, err := s.finish(1); err != nil {
		t.Fatal(err)
	}
	if s.table != nil {
		t.Error("the signatures' table is still held once the run is grouped")
	}
}
