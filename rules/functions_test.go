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

// Two tolls one apart are no rivals when one is told with the gunman's own
// death; two apart, or without that sentence, they still are.
func TestGunmanApart(t *testing.T) {
	toll := func(n float64, weak string) *claim.Claim {
		return &claim.Claim{Facets: &claim.Facets{Weak: weak}, Value: claim.Interval{Min: n, Max: n}}
	}
	for _, c := range []struct {
		a, b *claim.Claim
		want bool
	}{
		{toll(2, "gunman"), toll(3, ""), true},
		{toll(3, ""), toll(2, "gunman"), true},
		{toll(4, "gunman"), toll(3, ""), true},
		{toll(2, ""), toll(3, ""), false},
		{toll(1, "gunman"), toll(3, ""), false},
	} {
		if got := GunmanApart(c.a, c.b); got != c.want {
			t.Errorf("GunmanApart(%v %q, %v %q) = %v, want %v", c.a.Value.Min, c.a.Weak, c.b.Value.Min, c.b.Weak, got, c.want)
		}
	}
}
