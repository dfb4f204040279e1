package rules

import (
	"strings"
	"testing"
	"unicode"

	"github.com/factlint/factlint/checker/fold"
)

func TestSimilarity(t *testing.T) {
	if s := Similarity("We urge the international community to fulfil its responsibilities", "We urge the international community to fulfill its responsibilities"); s < 0.8 {
		t.Errorf("near-identical quotes: %v", s)
	}
	if s := Similarity("The sky is dangerous", "Our flag will not fall"); s > 0.2 {
		t.Errorf("unrelated quotes: %v", s)
	}
}

// similarityByMaps is the definition Similarity must agree with: the Dice
// coefficient of the sets of folded words.
func similarityByMaps(a, b string) float64 {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(fold.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			m[w] = true
		}
		return m
	}
	wa, wb := set(a), set(b)
	if len(wa) == 0 && len(wb) == 0 {
		return 1
	}
	common := 0
	for w := range wa {
		if wb[w] {
			common++
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}

func TestSimilarityIsDiceOfFoldedWordSets(t *testing.T) {
	texts := []string{"", "  ", "We will, we WILL rebuild", "we will rebuild Hatay", "Doğan said: “We will rebuild.”",
		"DOGAN SAID WE WILL REBUILD", "1,709 dead; 3.6 million displaced", "the the the the",
		strings.Repeat("word ", 200), strings.Repeat("many different words here ", 30) + "and more", "Straße strasse", "İstanbul istanbul"}
	for _, a := range texts {
		for _, b := range texts {
			if got, want := Similarity(a, b), similarityByMaps(a, b); got != want {
				t.Errorf("Similarity(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

func FuzzSimilarity(f *testing.F) {
	f.Add("We urge the community", "we urge THE community!")
	f.Add("Doğan", "Dogan")
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := Similarity(a, b), similarityByMaps(a, b); got != want {
			t.Fatalf("Similarity(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}

func BenchmarkSimilarity(b *testing.B) {
	x := "We urge the international community to fulfil its responsibilities towards the people of the region"
	y := "We urge the international community to fulfill its responsibilities to the people of the region, he said"
	b.ReportAllocs()
	for b.Loop() {
		Similarity(x, y)
	}
}

func TestExcerptIsARunOfTheOthersWords(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"We are saddened, and we grieve.", "We are saddened and we grieve. Our thoughts are with the family.", true},
		{"Our thoughts are with the family", "We are saddened. Our thoughts are with the family,", true},
		{"We are saddened and we grieve.", "We are deeply saddened and we grieve.", false},
		{"", "We tried.", false},
		// two excerpts of one statement, cut at different ends
		{"The road was dark. We saw the car stop and two men got out, and then we ran.",
			"We saw the car stop and two men got out, and then we ran. Nobody stayed behind.", true},
		// a sentence said twice meets the other's start by chance: a small
		// part of the longer statement
		{"Lock your guns away. Most accidents at home can be prevented by storing rifles unloaded, with the bullets in another room. Lock your guns away.",
			"Lock your guns away. This was a tragic accident that could have been avoided.", false},
		// a few words in common at the ends are no shared statement
		{"We did what we could for him at the end of the day.",
			"At the end of the day the council must decide the budget.", false},
	} {
		if got := Excerpt(tc.a, tc.b); got != tc.want {
			t.Errorf("Excerpt(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := Excerpt(tc.b, tc.a); got != tc.want {
			t.Errorf("Excerpt(%q, %q) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
}
