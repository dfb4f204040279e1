package rules

import (
	"math"
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

// A round figure told as exact stands for a tenth either side; other
// figures, and round ones further apart, keep their own intervals.
func TestRounded(t *testing.T) {
	fig := func(n float64, q string) *claim.Claim {
		c := &claim.Claim{Facets: &claim.Facets{Qualifier: q}, Value: claim.Interval{Min: n, Max: n}}
		if q == claim.MoreThan {
			c.Value = claim.Interval{Min: n + 1, Max: math.Inf(1)}
		}
		return c
	}
	for _, c := range []struct {
		a, b *claim.Claim
		want bool
	}{
		{fig(500000, claim.Exact), fig(542000, claim.MoreThan), true},
		{fig(542000, claim.MoreThan), fig(500000, claim.Exact), true},
		{fig(40e12, claim.Exact), fig(42.7e12, claim.Exact), true},
		{fig(3000, claim.Exact), fig(2000, claim.Exact), false},
		{fig(17.2e6, claim.Exact), fig(17.3e6, claim.Exact), false},
		{fig(500, claim.Exact), fig(520, claim.Exact), false},
	} {
		if got := Rounded(c.a, c.b); got != c.want {
			t.Errorf("Rounded(%v, %v) = %v, want %v", c.a.Value, c.b.Value, got, c.want)
		}
	}
}
