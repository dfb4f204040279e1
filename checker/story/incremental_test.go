package story

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// randomSig draws a signature from a small vocabulary, so keys are shared
// by few articles or by many (past the rare count, and past blockLimit for
// the commonest), and days fall within a week, a month or further apart.
func randomSig(r *rand.Rand, vocab []string) Signature {
	var s Signature
	n := 1 + r.IntN(5)
	for range n {
		// a skewed pick: low indexes are common keys
		k := vocab[min(len(vocab)-1, int(float64(len(vocab))*r.Float64()*r.Float64()))]
		s.Keys = append(s.Keys, k)
		if h := placeHead(k); h != "" {
			s.Keys = append(s.Keys, h)
			s.Heads = append(s.Heads, h)
		}
		if strings.HasPrefix(k, "anna") && r.IntN(3) == 0 {
			s.Officials = append(s.Officials, k) // a person cited in office
		}
		if strings.HasPrefix(k, "quist") && r.IntN(3) == 0 {
			s.Titled = append(s.Titled, k) // a word only the headline gives
		}
		if strings.HasPrefix(k, "quist") && r.IntN(2) == 0 {
			s.Keys = append(s.Keys, headlineMark+k[:6]) // a headline's word, shared by many
		}
	}
	slices.Sort(s.Keys)
	s.Keys = slices.Compact(s.Keys)
	slices.Sort(s.Heads)
	s.Heads = slices.Compact(s.Heads)
	slices.Sort(s.Officials)
	s.Officials = slices.Compact(s.Officials)
	slices.Sort(s.Titled)
	s.Titled = slices.Compact(s.Titled)
	if r.IntN(3) > 0 {
		s.Day = 20000 + r.IntN(150)
	}
	return s
}

func vocabulary(n int) []string {
	var v []string
	for i := range n {
		switch i % 3 {
		case 0:
			v = append(v, fmt.Sprintf("anna%c berg%c", 'a'+i%26, 'a'+i/26))
		case 1:
			v = append(v, fmt.Sprintf("elm%c%c street", 'a'+i%26, 'a'+i/26))
		default:
			v = append(v, fmt.Sprintf("quist%c%c", 'a'+i%26, 'a'+i/26))
		}
	}
	return v
}

// A Grouper after any sequence of edits gives the stories a full grouping
// of the same signatures gives, and most edits (one article's names or
// date changed) are not grouped in full.
func TestIncrementalGroupingEqualsFull(t *testing.T) {
	for seed := range uint64(6) {
		r := rand.New(rand.NewPCG(seed, 25))
		vocab := vocabulary(60)
		docs := make([]Doc, 260)
		for i := range docs {
			docs[i] = Doc{File: fmt.Sprintf("d/%03d.md", i), Sig: randomSig(r, vocab)}
		}
		for i := 0; i < 30; i++ { // one key past blockLimit, never used to find candidates
			docs[r.IntN(len(docs))].Sig = Signature{Keys: []string{"common", "quist" + fmt.Sprint(i)}, Day: 20010}
		}
		var g Grouper
		incremental := 0
		const edits = 150
		for step := range edits {
			got := g.Group(docs)
			if want := Group(docs, Infer); !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d step %d: incremental\n%s\nfull\n%s", seed, step, grouping(got), grouping(want))
			}
			if !g.Full() {
				incremental++
			}
			docs = slices.Clone(docs) // a Grouper's signatures are never changed in place
			i := r.IntN(len(docs))
			switch p := r.IntN(20); {
			case p == 0: // a copy of another article
				docs[i].Sig = docs[r.IntN(len(docs))].Sig
			case p == 1: // a name no article wrote
				docs[i].Sig = Signature{Keys: []string{fmt.Sprintf("new%d person", step)}, Day: 20050}
			case p < 8: // one more key, or one less
				s := randomSig(r, vocab)
				keys := slices.Clone(docs[i].Sig.Keys)
				if len(keys) > 1 && r.IntN(2) == 0 {
					keys = slices.Delete(keys, 0, 1)
				} else {
					keys = append(keys, s.Keys[0])
				}
				slices.Sort(keys)
				keys = slices.Compact(keys)
				within := func(sub []string) []string {
					var out []string
					for _, h := range sub {
						if slices.Contains(keys, h) {
							out = append(out, h)
						}
					}
					return out
				}
				docs[i].Sig = Signature{Keys: keys, Heads: within(docs[i].Sig.Heads), Officials: within(docs[i].Sig.Officials), Titled: within(docs[i].Sig.Titled), Day: docs[i].Sig.Day}
			case p < 11: // another date
				docs[i].Sig.Day = 20000 + r.IntN(150)
			default:
				docs[i].Sig = randomSig(r, vocab)
			}
		}
		t.Logf("seed %d: %d of %d groupings incremental", seed, incremental, edits)
		if incremental < edits/2 {
			t.Errorf("seed %d: %d of %d groupings incremental", seed, incremental, edits)
		}
	}
}
