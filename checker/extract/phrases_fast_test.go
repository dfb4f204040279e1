package extract

import (
	"math/rand"
	"testing"
)

// The fast search must answer as lowering the text and asking each phrase
// does, whatever the case, the runes around the phrase or the order the
// phrases come in.
func TestFoldedPhrasesAnswerAsLowering(t *testing.T) {
	texts := []string{
		"", "This is a DEVELOPING STORY.", "Check back later, and Check Back For Updates.",
		"The page will be updated as more details become available.",
		"redeveloping storylines", "CHEC\u212a BACK LATER", "W\u0130LL BE UPDATED",
		"Refresh This Link or refresh this page", "caf\u00e9 \xff will be updatedd",
		"developing stor", "as more information becomes availabl",
	}
	for _, text := range texts {
		if got, want := provisionalNotes.firstIn(text), provisionalNotes.slowFirstIn(text); got != want {
			t.Errorf("firstIn(%q) = %q, lowering gives %q", text, got, want)
		}
	}
	// random texts of the phrases' pieces, in random case
	r := rand.New(rand.NewSource(1))
	pieces := append([]string{" ", ".", "\u00c9", "\u0130", "\u212a", "x", "\xe2"}, provisionalPhrases...)
	for n := 0; n < 5000; n++ {
		b := []byte{}
		for k := r.Intn(6); k >= 0; k-- {
			p := pieces[r.Intn(len(pieces))]
			if r.Intn(3) == 0 && len(p) > 3 {
				p = p[:r.Intn(len(p))]
			}
			b = appendInRandomCase(b, p, r, 2)
		}
		text := string(b)
		if got, want := provisionalNotes.firstIn(text), provisionalNotes.slowFirstIn(text); got != want {
			t.Fatalf("firstIn(%q) = %q, lowering gives %q", text, got, want)
		}
	}
}

// TestSampledPhrasesFindWhatEveryByteFinds holds the sampled search to the
// byte-by-byte one and to lowering, on phrases set at every offset of a
// stride in texts of random letters, spaces and marks.
func TestSampledPhrasesFindWhatEveryByteFinds(t *testing.T) {
	if provisionalNotes.sampled == nil {
		t.Fatal("the provisional phrases are no longer sampled")
	}
	bytewise := *provisionalNotes
	bytewise.sampled = nil
	r := rand.New(rand.NewSource(2))
	filler := "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,\u00e9\xe2"
	for n := 0; n < 20000; n++ {
		b := []byte{}
		for k := r.Intn(4); k >= 0; k-- {
			for m := r.Intn(20); m > 0; m-- {
				b = append(b, filler[r.Intn(len(filler))])
			}
			p := provisionalPhrases[r.Intn(len(provisionalPhrases))]
			if r.Intn(4) == 0 {
				p = p[:r.Intn(len(p))]
			}
			b = appendInRandomCase(b, p, r, 3)
		}
		text := string(b)
		got, every, lowering := provisionalNotes.firstIn(text), bytewise.firstIn(text), provisionalNotes.slowFirstIn(text)
		if got != every || got != lowering {
			t.Fatalf("firstIn(%q) = %q, byte by byte %q, lowering %q", text, got, every, lowering)
		}
	}
}

// appendInRandomCase appends p to b with one in every oneIn of its ASCII
// letters, at random, upper-cased: the phrases are matched whatever their
// case.
func appendInRandomCase(b []byte, p string, r *rand.Rand, oneIn int) []byte {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if r.Intn(oneIn) == 0 {
			c = upperASCII(c)
		}
		b = append(b, c)
	}
	return b
}
