package extract

import (
	"sort"
	"testing"
)

// A speaker noun that is also a source's head is dead weight: speakerHead
// asks commonHead first, so the entry can never decide anything, and a
// reader of the list would think it does.
func TestSpeakerNounsAreNotSourceHeads(t *testing.T) {
	var dup []string
	for w := range speakerNouns {
		toks := tokenize(w)
		if len(toks) == 1 && commonHead(&toks[0]) {
			dup = append(dup, w)
		}
	}
	sort.Strings(dup)
	if len(dup) > 0 {
		t.Errorf("speakerNouns repeats source heads (drop them from lexicon_speakers.go): %v", dup)
	}
}
