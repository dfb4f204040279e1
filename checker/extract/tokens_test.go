package extract

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	for in, want := range map[string]string{
		"At least 1,709 soldiers.":         "At|least|1,709|soldiers|.",
		"Thirty-three Turkish soldiers":    "Thirty-three|Turkish|soldiers",
		"£3bn and 1.2m and 40%":            "£|3|bn|and|1.2|m|and|40|%",
		"AS9121 M5 F-16 3D":                "AS9121|M5|F-16|3D",
		"Doğan’s statement":                "Doğan|’s|statement",
		"U.S. troops at 9:30 p.m.":         "U.S.|troops|at|9|:|30|p.m.",
		"the 33rd and 1990s":               "the|33|rd|and|1990|s",
		"see https://x.example/a?b=1 now.": "see|https://x.example/a?b=1|now|.",
		"Idlib.[5] done":                   "Idlib|.|[|5|]|done",
		// a period joins a title's abbreviation and an initialism, and ends
		// a longer word whatever follows it
		"Capt. Ray left Reuters.com today.": "Capt.|Ray|left|Reuters|.|com|today|.",
	} {
		var got []string
		for _, tk := range tokenize(in) {
			got = append(got, tk.text)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("tokenize(%q) = %s, want %s", in, strings.Join(got, "|"), want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("At least 33 U.S. soldiers’ 1.2m ‘x’ www.a.b")
	f.Add("RM79 and $US55,931,000, minus-130, Gov. Doğan's, İstanbul, U.S.A., e.g. http://x.y/z")
	f.Add("Capt. Ray left Reuters.com today.Then Lt.Col. Amy said.É")
	f.Fuzz(func(t *testing.T, s string) {
		got, want := tokenize(s), refAppendTokens(nil, s)
		if len(got) != len(want) {
			t.Fatalf("%d tokens, the reference tokenizer %d, in %q", len(got), len(want), s)
		}
		end := 0
		for i, tk := range got {
			if tk != want[i] {
				t.Fatalf("token %+v, the reference tokenizer %+v, in %q", tk, want[i], s)
			}
			if int(tk.start) < end || tk.end <= tk.start || int(tk.end) > len(s) {
				t.Fatalf("token %+v out of order in %q", tk, s)
			}
			if s[tk.start:tk.end] != tk.text {
				t.Fatalf("token %+v does not cover its text in %q", tk, s)
			}
			end = int(tk.end)
		}
	})
}

// The tokenizer bounds its lookups in these tables by their longest key:
// a longer entry added without its bound would never be found.
func TestLongestKeys(t *testing.T) {
	for _, c := range []struct {
		name  string
		table map[string]bool
		bound int
	}{
		{"longestTitleAbbreviation", titleAbbreviations, longestTitleAbbreviation},
		{"longestCurrencyPrefix", currencyPrefixes, longestCurrencyPrefix},
	} {
		longest := 0
		for k := range c.table {
			longest = max(longest, len(k))
		}
		if longest != c.bound {
			t.Errorf("the longest key has %d letters; %s says %d", longest, c.name, c.bound)
		}
	}
}

// Tokens lower-cased into a shared builder are the tokens made without one,
// and the builder's strings stay as they were while more is written to it.
func TestTokensWithALowerCaseBuilder(t *testing.T) {
	texts := []string{
		"Mayor Castillo told Reuters that 12 Peshmerga fighters died near Kirkuk.",
		"QUETTA, Pakistan — Baluchistan's Home Minister Ziaullah Langove said.",
		"Doğan, Erdoğan and ÇAVUŞOĞLU met in İstanbul on Tuesday.",
	}
	var lowers strings.Builder
	var withBuilder [][]token
	for _, text := range texts {
		withBuilder = append(withBuilder, appendTokens(nil, text, &lowers))
	}
	if lowers.Len() == 0 {
		t.Fatal("no word went into the builder: the test reads nothing")
	}
	for i, text := range texts {
		want := tokenize(text)
		got := withBuilder[i]
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens with a builder, %d without", text, len(got), len(want))
		}
		for k := range want {
			if got[k] != want[k] {
				t.Errorf("%q token %d: %+v with a builder, %+v without", text, k, got[k], want[k])
			}
		}
	}
}
