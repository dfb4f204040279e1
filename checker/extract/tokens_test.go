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
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, tk := range tokenize(s) {
			if int(tk.start) < end || tk.end <= tk.start || int(tk.end) > len(s) {
				t.Fatalf("token %+v out of order in %q", tk, s)
			}
			if s[tk.start:tk.end] != tk.text {
				t.Fatalf("token %+v does not cover its text in %q", tk, s)
			}
			if tk.lower != strings.ToLower(tk.text) || tk.cls != classOf(tk.lower, wordHash(tk.lower)) || tk.hash != wordHash(tk.lower) {
				t.Fatalf("token %+v has the wrong lower case or classes", tk)
			}
			end = int(tk.end)
		}
	})
}

func TestLongestCurrencyPrefix(t *testing.T) {
	longest := 0
	for p := range currencyPrefixes {
		longest = max(longest, len(p))
	}
	if longest != longestCurrencyPrefix {
		t.Errorf("the longest currency prefix has %d letters; longestCurrencyPrefix says %d", longest, longestCurrencyPrefix)
	}
}
