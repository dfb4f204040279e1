package extract

import "testing"

// TestScansStopAtTheFirstMatch: each scan returns the first index at or
// after k that matches, len(toks) when none does, and k itself when it
// matches.
func TestScansStopAtTheFirstMatch(t *testing.T) {
	toks := tokenize(`the 12 Turkish soldiers, said officials in May`)
	n := len(toks)
	at := func(w string) int {
		for i := range toks {
			if toks[i].text == w {
				return i
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	cases := []struct {
		name      string
		got, want int
	}{
		{"capital from 0", nextCapital(toks, 0), at("Turkish")},
		{"capital at itself", nextCapital(toks, at("Turkish")), at("Turkish")},
		{"capital after the first", nextCapital(toks, at("Turkish")+1), at("May")},
		{"capital past the end", nextCapital(toks, n), n},
		{"month", nextIn(toks, 0, cMonth), at("May")},
		{"no class", nextIn(toks, 0, cGun), n},
		{"number", nextOfKind(toks, 0, tNumber), at("12")},
		{"mark", nextOfKind(toks, 0, tPunct), at(",")},
		{"figure start", nextFigureStart(toks, 0), at("12")},
		{"no figure after it", nextFigureStart(toks, at("12")+1), n},
		{"cue", nextTrigger(toks, 0), at("said")},
		{"none in an empty sentence", nextTrigger(nil, 0), 0},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: got %d, want %d", c.name, c.got, c.want)
		}
	}
}
