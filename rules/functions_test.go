package rules

import (
	"testing"

	"github.com/factlint/factlint/checker/claim"
)

func TestOwnFigure(t *testing.T) {
	for _, c := range []struct {
		name string
		c    claim.Claim
		want bool
	}{
		{"primary of the main incident", claim.Claim{Primary: true, Facets: &claim.Facets{Incident: "main"}}, true},
		{"primary of an article with one incident", claim.Claim{Primary: true, Facets: &claim.Facets{}}, true},
		{"primary with a breakdown's doubt", claim.Claim{Primary: true, Facets: &claim.Facets{Weak: "breakdown"}}, true},
		{"not primary", claim.Claim{Facets: &claim.Facets{Incident: "main"}}, false},
		{"another incident", claim.Claim{Primary: true, Facets: &claim.Facets{Incident: "other"}}, false},
		{"several", claim.Claim{Primary: true, Facets: &claim.Facets{Weak: "vague"}}, false},
		{"an age", claim.Claim{Primary: true, Facets: &claim.Facets{Weak: "age"}}, false},
		{"a witness's words", claim.Claim{Primary: true, Facets: &claim.Facets{Weak: "quote"}}, false},
	} {
		if got := OwnFigure(&c.c); got != c.want {
			t.Errorf("%s: OwnFigure = %v, want %v", c.name, got, c.want)
		}
	}
}
