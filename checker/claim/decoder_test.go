package claim

import (
	"reflect"
	"strings"
	"testing"
)

// article is the binary form of n filled claims of one file.
func article(file string, seed, n int) ([]*Claim, []byte) {
	var cs []*Claim
	for i := range n {
		c := filled(seed + i)
		c.Edit().File = file
		cs = append(cs, c)
	}
	return cs, AppendBinary(nil, cs)
}

// A Decoder reads what ReadBinary reads, story after story, with the
// storage of the story before handed out again after Reset: every claim
// equals ReadBinary's, field by field, whatever was read before it.
func TestDecoderReadsWhatReadBinaryReads(t *testing.T) {
	var d Decoder
	for story := range 4 {
		var want [][]*Claim
		var got [][]*Claim
		// stories of a few small articles, and one that fills more than a
		// block, and an article larger than a block
		sizes := []int{3, 7, 1, 0}
		if story == 2 {
			sizes = []int{decoderBlock / 2, decoderBlock / 2, decoderBlock/2 + 1, decoderBlock + 5}
		}
		for k, n := range sizes {
			_, buf := article("story"+string(rune('a'+story))+".md", 100*story+10*k, n)
			w, err := ReadBinary(buf)
			if err != nil {
				t.Fatal(err)
			}
			g, err := d.Read(buf)
			if err != nil {
				t.Fatal(err)
			}
			want, got = append(want, w), append(got, g)
		}
		// read all first, compared after: a later article's read must not
		// write into an earlier one's claims
		for k := range want {
			if !reflect.DeepEqual(want[k], got[k]) {
				t.Fatalf("story %d article %d: the decoder read\n%+v\nwant\n%+v", story, k, got[k], want[k])
			}
		}
		d.Reset()
	}
}

// The list of an article's claims has no room past them: an append to it
// (a rule that adds a claim) allocates instead of writing over the next
// article's list.
func TestDecoderListsHaveNoRoomPastTheirClaims(t *testing.T) {
	var d Decoder
	_, a := article("a.md", 1, 3)
	_, b := article("b.md", 9, 3)
	first, _ := d.Read(a)
	second, _ := d.Read(b)
	keep := second[0]
	_ = append(first, New(Facets{File: "added.md"}))
	if second[0] != keep || second[0].File != "b.md" {
		t.Fatalf("an append to the first article's claims wrote into the second's: %+v", second[0])
	}
}

// Reset clears the storage, so the claims read before keep no article's
// text alive, and the next story's claims start from zero values (a field
// the form leaves unset reads as unset, not as the last story's).
func TestDecoderResetClearsItsStorage(t *testing.T) {
	var d Decoder
	_, buf := article("a.md", 1, 4)
	cs, _ := d.Read(buf)
	claims := d.claims[0][:len(cs)]
	d.Reset()
	for i := range cs {
		if cs[i] != nil || !reflect.DeepEqual(claims[i], Claim{}) {
			t.Fatalf("claim %d is still listed or holds %+v after Reset", i, claims[i])
		}
	}
	if slab := d.facets[0][:len(cs)]; !reflect.DeepEqual(slab, make([]Facets, len(cs))) {
		t.Fatal("the facets of the claims read before Reset are not cleared")
	}
}

// Reading a story back after the one before allocates only the text of
// its articles (one string each), their file names, the empty claim the
// first is read against and the claims' own slices; ReadBinary allocates
// the claims and their facets too.
func TestDecoderAllocatesNoClaimsForTheNextStory(t *testing.T) {
	cs := []*Claim{filled(1), filled(2), filled(3), filled(4), filled(5)}
	for _, c := range cs {
		c.Edit().File = "article.md"
		c.Edit().Others, c.Edit().Modifiers = nil, nil
	}
	buf := AppendBinary(nil, cs)
	var d Decoder
	allocs := testing.AllocsPerRun(20, func() {
		if _, err := d.Read(buf); err != nil {
			t.Fatal(err)
		}
		d.Reset()
	})
	if allocs > 3 {
		t.Errorf("reading %d claims again after Reset took %.0f allocations, want at most 3 (the text, the file name, the empty claim)", len(cs), allocs)
	}
	fresh := testing.AllocsPerRun(20, func() { _, _ = ReadBinary(buf) })
	if fresh <= allocs {
		t.Errorf("ReadBinary took %.0f allocations, the decoder %.0f: nothing saved", fresh, allocs)
	}
}

// A decoder keeps at most keptDecoderBlocks blocks past a story that
// needed more, so one large story holds no memory for the rest of a run.
func TestDecoderLetsALargeStoryGo(t *testing.T) {
	var d Decoder
	_, buf := article(strings.Repeat("x", 3)+".md", 1, decoderBlock)
	for range keptDecoderBlocks + 3 {
		if _, err := d.Read(buf); err != nil {
			t.Fatal(err)
		}
	}
	if len(d.claims) <= keptDecoderBlocks {
		t.Fatalf("the story used %d blocks, want more than %d for this test", len(d.claims), keptDecoderBlocks)
	}
	d.Reset()
	if len(d.claims) != keptDecoderBlocks || len(d.facets) != keptDecoderBlocks || len(d.ptrs) != keptDecoderBlocks {
		t.Fatalf("Reset kept %d blocks, want %d", len(d.claims), keptDecoderBlocks)
	}
}
