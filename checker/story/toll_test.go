package story

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claim"
)

func count(event string, n float64, primary bool) *claim.Claim {
	return &claim.Claim{Facets: &claim.Facets{Kind: claim.Count, Event: event}, Value: claim.Point(n), Primary: primary}
}

// A toll is an article's first primary killed and injured figures
// together; a toll of one, or no exact primary figure, gives no key.
func TestTollKey(t *testing.T) {
	cases := []struct {
		claims []*claim.Claim
		want   string
	}{
		{[]*claim.Claim{count("killed", 2, true), count("injured", 3, true), count("killed", 5, true)}, "2 killed, 3 injured"},
		{[]*claim.Claim{count("injured", 4, true), count("killed", 9, false)}, "0 killed, 4 injured"},
		{[]*claim.Claim{count("killed", 1, true)}, ""},
		{[]*claim.Claim{count("killed", 6, false)}, ""},
		{[]*claim.Claim{{Facets: &claim.Facets{Kind: claim.Count, Event: "killed"}, Value: claim.Interval{Min: 2, Max: 4}, Primary: true}}, ""},
	}
	for _, c := range cases {
		got := tollKey(c.claims)
		if got != c.want {
			t.Errorf("tollKey = %q, want %q", got, c.want)
		}
		if got != "" && (!isTollKey(got) || weight(got) != 0) {
			t.Errorf("%q: isTollKey %v, weight %v", got, isTollKey(got), weight(got))
		}
	}
	for _, name := range []string{"Toll Road", "Killed In Action", "Route 2 Killed"} {
		for _, k := range nameKeys(strings.ToLower(name)) {
			if isTollKey(k) {
				t.Errorf("name %q gives the toll key %q", name, k)
			}
		}
	}
}

// Two reports of the same or the next day that give the same toll and
// share a town are one story; the town alone, the toll alone, another toll
// or the same toll a week later is not enough.
func TestTollTiesReportsOfOneDay(t *testing.T) {
	report := func(file, date string, killed, injured float64, ns ...string) Doc {
		a := names(date, ns...)
		a.Claims = append(a.Claims, count("killed", killed, true), count("injured", injured, true))
		return Doc{File: file, Sig: Sign(a)}
	}
	docs := []Doc{
		report("a.md", "2026-05-09", 2, 1, "Oakvale"), report("b.md", "2026-05-10", 2, 1, "Oakvale"),
		report("c.md", "2026-05-09", 0, 3, "Marlow"), report("d.md", "2026-05-09", 0, 4, "Marlow"),
		report("e.md", "2026-05-09", 0, 5, "Fenwick"), report("f.md", "2026-05-09", 0, 5),
		report("g.md", "2026-06-01", 1, 2, "Tarrow"), report("h.md", "2026-06-08", 1, 2, "Tarrow"),
	}
	got := grouping(Group(docs, Infer))
	if want := "oakvale=a.md,b.md c=c.md d=d.md e=e.md f=f.md g=g.md h=h.md"; got != want {
		t.Errorf("stories %s, want %s", got, want)
	}
}
