package extract

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/newsdraft"
)

// streamDocs are documents of every kind the tests hold: the seed
// articles, the extraction fixtures, and a synthetic draft of many
// paragraphs with names that recur capitalized and in lower case.
func streamDocs(t *testing.T) []*document.Document {
	t.Helper()
	docs := seedDocs(t)
	fixtures, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "extract", "*.md"))
	docs = append(docs, parseFiles(t, fixtures)...)
	d, err := document.Parse("draft.md", newsdraft.Draft(300<<10))
	if err != nil {
		t.Fatal(err)
	}
	return append(docs, d)
}

// Reading a document block by block, with its vocabulary from a first
// pass, gives the claims of reading it from one buffer of all its tokens,
// whatever the Extractor read before.
func TestStreamingReadsTheSameClaims(t *testing.T) {
	var x Extractor
	for _, d := range streamDocs(t) {
		size := 0
		for _, b := range d.Blocks {
			size += len(b.Text)
		}
		got := values(x.extractStreaming(d, size))
		want := values(Extract(d))
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: %d claims read block by block, %d from one buffer, or some differ", d.Path, len(got), len(want))
		}
	}
}

// A document whose tokens would fill more than an Extractor keeps is read
// through a buffer of one block's tokens, which then serves the next
// document, instead of holding every token of the file at once (eleven
// times its text).
func TestLargeDocumentHoldsOneBlockOfTokens(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a 6 MB draft")
	}
	d, err := document.Parse("large.md", newsdraft.Draft(6<<20))
	if err != nil {
		t.Fatal(err)
	}
	size, largest := 0, 0
	for _, b := range d.Blocks {
		size += len(b.Text)
		largest = max(largest, len(appendTokens(nil, b.Text, nil)))
	}
	if !streamsTokens(size) {
		t.Fatalf("a document of %d bytes of text is not large enough for the test", size)
	}
	var x Extractor
	if len(x.Extract(d)) == 0 {
		t.Fatal("no claims")
	}
	if n := cap(x.arena); n == 0 || n > 2*largest+64 {
		t.Fatalf("token buffer after the document: room for %d tokens; one block needs %d", n, largest)
	}
}
