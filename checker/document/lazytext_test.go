package document

import (
	"testing"
)

// A block of one run keeps that run as the slice of the source it is, with
// no allocation and no copy; a second piece copies it, and the text is then
// every piece in order.
func TestLazyTextCopiesOnlyForASecondPiece(t *testing.T) {
	src := []byte("The river rose overnight.\nSandbags held on Mill Road.")
	allocs := testing.AllocsPerRun(100, func() {
		var lt lazyText
		lt.Write(src[:25])
		if lt.Len() != 25 || &lt.Bytes()[0] != &src[0] {
			t.Fatal("the first run is not the source's own bytes")
		}
	})
	if allocs != 0 {
		t.Errorf("writing one run took %.0f allocations, want none", allocs)
	}
	var lt lazyText
	lt.Write(src[:25])
	_ = lt.WriteByte(' ')
	lt.Write(src[26:])
	lt.WriteString(" (updated)")
	want := "The river rose overnight. Sandbags held on Mill Road. (updated)"
	if lt.String() != want || lt.Len() != len(want) || string(lt.Bytes()) != want {
		t.Fatalf("text %q (len %d), want %q", lt.String(), lt.Len(), want)
	}
	if string(src[:25]) != "The river rose overnight." {
		t.Fatal("writing more changed the source")
	}
}

// Parsing a draft of one-line paragraphs, each a single run of the file,
// copies none of their text: a block's text is the source's bytes.
func TestOneLineParagraphsCopyNoText(t *testing.T) {
	var src []byte
	for range 40 {
		src = append(src, "Water reached the second floor of the old mill on Tuesday evening.\n\n"...)
	}
	d, err := Parse("flood.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	perBlock := testing.AllocsPerRun(10, func() { _, _ = Parse("flood.txt", src) }) / float64(len(d.Blocks))
	// 4.3 a block with the text's own buffer gone (5.3 when each block
	// wrote its text into a buffer first)
	if perBlock > 4.8 {
		t.Errorf("parsing took %.2f allocations a block, want at most 4.8", perBlock)
	}
}
