package extract

import (
	"slices"
	"testing"
)

// TestApostropheQuotes: two apostrophes pair as a quotation mark (”…”),
// a closing pair after words, an opening one after a space; a prime after a
// number (5”) opens none.
func TestApostropheQuotes(t *testing.T) {
	cases := []struct {
		text   string
		quoted []string // the words inside a quote
	}{
		{"''We will win,'' said Ana.", []string{"We", "will", "win"}},
		{"The crate was 5'' wide.", nil},
		{"She said: ''Wait for the tide", []string{"Wait", "for", "the", "tide"}},
		{"It's Ana's boat, ''the best one.''", []string{"the", "best", "one"}},
	}
	for _, c := range cases {
		toks := tokenize(c.text)
		qs := findQuotes(nil, toks)
		in := quotedIndex(nil, len(toks), qs)
		var got []string
		for k := range toks {
			if in[k] && toks[k].kind == tWord {
				got = append(got, toks[k].text)
			}
		}
		if !slices.Equal(got, c.quoted) {
			t.Errorf("%q: quoted words %q, want %q", c.text, got, c.quoted)
		}
		for _, q := range qs {
			if !q.apostrophes {
				t.Errorf("%q: a quote not marked as written in apostrophes", c.text)
			}
		}
	}
}
