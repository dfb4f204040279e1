package numwords

import (
	"strconv"
	"strings"
	"testing"
)

// "scores" is a vague amount only in "scores of"; alone it is a noun.
func TestScoresAloneIsNoNumber(t *testing.T) {
	if n, ok := Parse([]string{"scores", "were", "level"}); ok {
		t.Errorf("Parse(scores were level) = %+v", n)
	}
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in       string
		min, max float64
		tokens   int
		vague    bool
	}{
		{"33 soldiers", 33, 33, 1, false},
		{"1,709 soldiers", 1709, 1709, 1, false},
		{"3.6 million refugees", 3.6e6, 3.6e6, 2, false},
		{"1.2 m", 1.2e6, 1.2e6, 2, false},
		{"3 bn", 3e9, 3e9, 2, false},
		{"nine soldiers", 9, 9, 1, false},
		{"thirty-three turkish", 33, 33, 1, false},
		{"thirty-four", 34, 34, 1, false},
		{"twenty five people", 25, 25, 2, false},
		{"a hundred and twenty people", 120, 120, 4, false},
		{"two hundred thousand", 200000, 200000, 3, false},
		{"a million civilians", 1e6, 1e6, 2, false},
		{"a dozen people", 12, 12, 2, false},
		{"half a dozen", 6, 6, 3, false},
		{"a third of voters", 1.0 / 3, 1.0 / 3, 2, false},
		{"two-thirds of residents", 2.0 / 3, 2.0 / 3, 1, false},
		{"half the shops", 0.5, 0.5, 1, false},
		{"half of them", 0.5, 0.5, 1, false},
		{"one and a half million", 1.5e6, 1.5e6, 5, false},
		{"dozens of soldiers", 24, 99, 1, true},
		{"hundreds were", 100, 1000, 1, true},
		{"tens of thousands", 10000, 100000, 3, true},
		{"millions of people", 1e6, 1e7, 1, true},
		{"a handful of", 2, 6, 2, true},
		{"several people", 3, 9, 1, true},
		{"scores of people", 40, 199, 1, true},
		{"seven and", 7, 7, 1, false},
	} {
		n, ok := Parse(strings.Fields(tc.in))
		if !ok || n.Min != tc.min || n.Max != tc.max || n.Tokens != tc.tokens || n.Vague != tc.vague {
			t.Errorf("Parse(%q) = %+v, %v; want [%v,%v] tokens=%d vague=%v", tc.in, n, ok, tc.min, tc.max, tc.tokens, tc.vague)
		}
	}
}

func TestNotNumbers(t *testing.T) {
	for _, in := range []string{"a man", "first", "and two", "the", "1,00", "12,3456", "a", "hundredth"} {
		if n, ok := Parse(strings.Fields(in)); ok {
			t.Errorf("Parse(%q) = %+v, want no number", in, n)
		}
	}
}

func TestTwoNumbersStayApart(t *testing.T) {
	n, _ := Parse([]string{"two", "three"})
	if n.Tokens != 1 || n.Min != 2 {
		t.Fatalf("two three = %+v, want just two", n)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("a hundred and twenty")
	f.Add("1,709.5 million")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		n, ok := Parse(words)
		if ok && (n.Tokens < 1 || n.Tokens > len(words) || n.Min > n.Max) {
			t.Fatalf("Parse(%q) = %+v", s, n)
		}
	})
}

// Words is exactly the unhyphenated words IsNumberWord accepts.
func TestWordsMatchIsNumberWord(t *testing.T) {
	in := map[string]bool{}
	for _, w := range Words() {
		if !IsNumberWord(w) {
			t.Errorf("Words has %q, which IsNumberWord refuses", w)
		}
		in[w] = true
	}
	for _, m := range []map[string]float64{units, tens, scales} {
		for w := range m {
			if IsNumberWord(w) && !in[w] {
				t.Errorf("Words lacks %q", w)
			}
		}
	}
	for _, w := range []string{"dozen", "hundred", "thousand", "nine", "ninety"} {
		if !in[w] {
			t.Errorf("Words lacks %q", w)
		}
	}
}

// FollowsA must hold for every word Parse reads after "a", or a caller that
// tests it first would miss the number.
func TestFollowsAHoldsWherePhrasesParse(t *testing.T) {
	words := append(Words(), "handful", "couple", "half", "third", "quarter", "tenth", "two-thirds",
		"dozens", "few", "lot", "number", "man", "and", "of", "33", "")
	for _, w := range words {
		for _, tail := range [][]string{{}, {"of"}, {"of", "people"}, {"and", "twenty"}} {
			phrase := append([]string{"a", w}, tail...)
			if _, ok := Parse(phrase); ok && !FollowsA(w) {
				t.Errorf("Parse(%q) reads a number, FollowsA(%q) = false", strings.Join(phrase, " "), w)
			}
		}
	}
	for _, w := range []string{"man", "lot", "few", "number", "33"} {
		if FollowsA(w) {
			t.Errorf("FollowsA(%q) = true", w)
		}
	}
}

// The integer fast path of Digits gives what strconv gives.
func TestDigitsPlainIntegers(t *testing.T) {
	for _, w := range []string{"0", "7", "33", "2005", "123456789012345", "1234567890123456", "007"} {
		got, ok := Digits(w)
		want, err := strconv.ParseFloat(w, 64)
		if !ok || err != nil || got != want {
			t.Errorf("Digits(%q) = %v, %v; strconv %v, %v", w, got, ok, want, err)
		}
	}
}

// Only "half" takes its noun phrase without "of"; "third the shops" and
// "half past" are no fractions.
func TestFractionsNeedOfButHalf(t *testing.T) {
	for _, in := range []string{"third the shops", "half past nine", "a quarter the size"} {
		if n, ok := Parse(strings.Fields(in)); ok && n.Max < 1 {
			t.Errorf("Parse(%q) = %+v", in, n)
		}
	}
}
