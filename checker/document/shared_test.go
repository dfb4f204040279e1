package document

import (
	"testing"
	"unsafe"
)

// inSource says whether s's bytes lie inside src's memory.
func inSource(s string, src []byte) bool {
	if s == "" || len(src) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	base := uintptr(unsafe.Pointer(unsafe.SliceData(src)))
	return p >= base && p+uintptr(len(s)) <= base+uintptr(len(src))
}

// A block that is one run of the file's bytes holds no copy of them: on a
// large draft the copies were a file's size of live memory.
func TestPlainBlocksShareTheSource(t *testing.T) {
	cases := []struct{ name, src, text string }{
		{"a.md", "# Bridge reopens\n\nThe council voted 7 to 2 on Monday.\n", "The council voted 7 to 2 on Monday."},
		{"a.md", "---\ntitle: Ferry fares rise\n---\nFares rise by 4 percent.\n", "Ferry fares rise"},
		{"a.txt", "Harbour closes\n\nThree boats sank in the storm.\n", "Three boats sank in the storm."},
	}
	for _, c := range cases {
		src := []byte(c.src)
		d, err := Parse(c.name, src)
		if err != nil {
			t.Fatal(err)
		}
		var found bool
		for _, b := range d.Blocks {
			if b.Text == c.text {
				found = true
				if !inSource(b.Text, src) {
					t.Errorf("%s: block %q is a copy, not the source's bytes", c.name, b.Text)
				}
			}
		}
		if !found {
			t.Errorf("%s: no block %q", c.name, c.text)
		}
	}
}

// A block whose text differs from its source bytes (markup removed, lines
// joined) is built as its own string and reads as before.
func TestChangedBlocksAreCopies(t *testing.T) {
	cases := []struct{ name, src, text string }{
		{"a.md", "The mayor **denied** the report.\n", "The mayor denied the report."},
		{"a.md", "Two roads\nwere closed.\n", "Two roads were closed."},
		{"a.txt", "Two roads were\nclosed by noon.\n", "Two roads were closed by noon."},
	}
	for _, c := range cases {
		src := []byte(c.src)
		d, err := Parse(c.name, src)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Blocks) == 0 || d.Blocks[len(d.Blocks)-1].Text != c.text {
			t.Fatalf("%s: blocks = %v, want last %q", c.name, d.Blocks, c.text)
		}
		if b := d.Blocks[len(d.Blocks)-1]; inSource(b.Text, src) {
			t.Errorf("%s: changed text %q points into the source", c.name, b.Text)
		}
	}
}

// Head is the top of the source, in its own memory, and all of a short one.
func TestHeadSharesTheSource(t *testing.T) {
	src := []byte("Posted: March 3, 2025\n\nThe ferry sank.\n")
	d, err := Parse("a.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	if h := d.Head(6); h != "Posted" || !inSource(h, d.Src) {
		t.Errorf("Head(6) = %q, in the source: %v", h, inSource(h, d.Src))
	}
	if h := d.Head(1000); h != string(d.Src) {
		t.Errorf("Head(1000) = %q, want the whole source", h)
	}
}
