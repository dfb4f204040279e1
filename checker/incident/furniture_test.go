package incident_test

import (
	"testing"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/incident"
	"github.com/factlint/factlint/checker/lint"
)

// A victim first named in page furniture (a link to a story of another
// shooting) and then told as the article's own keeps the article's
// incident: the link's scope is furniture, not a reason to set the death
// apart.
func TestVictimNamedFirstInFurnitureStaysTheArticles(t *testing.T) {
	d, err := document.Parse("a.md", []byte("# Vigil on Elm Street\n\nRELATED: Jo Vance was killed in a separate shooting\n\nJo Vance was shot and killed on Elm Street on Monday, police said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := lint.Article(d, extract.Extract(d))
	incident.Mark(d, a)
	var link, own *claim.Claim
	for _, c := range a.Claims {
		if c.Kind != claim.Count || c.Event != "killed" {
			continue
		}
		switch c.Line {
		case 3:
			link = c
		case 5:
			own = c
		}
	}
	if link == nil || link.Scope != claim.FurnitureScope {
		t.Fatalf("the link's count = %+v, want scope %q", link, claim.FurnitureScope)
	}
	if own == nil || own.Incident == "other" || own.Scope != "" {
		t.Fatalf("the article's count = %+v, want its own incident, unscoped", own)
	}
}
