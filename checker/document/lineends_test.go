package document

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// lfArticle has front matter, a heading, a list and paragraphs, the blocks
// whose ends goldmark finds at line breaks.
const lfArticle = "---\ntitle: Storm kills four\n---\n\n# Storm kills four\n\n" +
	"Four people were killed in the storm,\nthe Coast Guard said.\n\n" +
	"- Five people were injured,\n  the mayor said.\n\n> Three were missing.\n\nThe police said three people were killed.\n"

// withEndings rewrites the line breaks of an LF text, the i-th one as
// ends[i%len(ends)].
func withEndings(lf string, ends ...string) string {
	lines := strings.SplitAfter(lf, "\n")
	for i, l := range lines {
		if strings.HasSuffix(l, "\n") {
			lines[i] = strings.TrimSuffix(l, "\n") + ends[i%len(ends)]
		}
	}
	return strings.Join(lines, "")
}

// blocksOf lists a document's blocks with the line and column, in the
// file, of each block's first and last character.
func blocksOf(t *testing.T, name, src string) []string {
	t.Helper()
	d, err := Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, b := range d.Blocks {
		first := b.SourceOffset(0)
		last := b.SourceOffset(len(b.Text) - 1)
		l1, c1 := d.Lines.Position(first)
		l2, c2 := d.Lines.Position(last)
		out = append(out, fmt.Sprintf("%v headline=%v %q %d:%d-%d:%d", b.Kind, b.Headline, b.Text, l1, c1, l2, c2))
	}
	return out
}

// A Markdown file with CR or mixed line endings is read as its LF twin:
// the same blocks, at the same lines and columns. Before, goldmark read a
// CR-only file as one line, and its heading swallowed the article.
func TestMarkdownLineEndingsAreLines(t *testing.T) {
	want := blocksOf(t, "a.md", lfArticle)
	if len(want) != 6 {
		t.Fatalf("LF twin: %d blocks:\n%s", len(want), strings.Join(want, "\n"))
	}
	for name, src := range map[string]string{
		"CR":    withEndings(lfArticle, "\r"),
		"CRLF":  withEndings(lfArticle, "\r\n"),
		"mixed": withEndings(lfArticle, "\r", "\r\n", "\n", "\r", "\r"),
	} {
		got := blocksOf(t, "a.md", src)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s endings:\n got %s\nwant %s", name, strings.Join(got, "\n    "), strings.Join(want, "\n    "))
		}
	}
}

func TestMarkdownSourceReplacesOnlyLoneCR(t *testing.T) {
	for in, want := range map[string]string{
		"":               "",
		"a\nb":           "a\nb",
		"a\r\nb\r\n":     "a\r\nb\r\n",
		"a\rb\r":         "a\nb\n",
		"\r\r\n\r\r":     "\n\r\n\n\n",
		"a\r\n\rb\r\r\n": "a\r\n\nb\n\r\n",
	} {
		src := []byte(in)
		got := markdownSource(src)
		if string(got) != want {
			t.Errorf("markdownSource(%q) = %q, want %q", in, got, want)
		}
		if string(src) != in {
			t.Errorf("markdownSource(%q) changed its input", in)
		}
	}
}

// BenchmarkParseMarkdownLineEndings parses a 1 MB article with LF line
// endings (no copy made) and its CR twin (one copy, for goldmark).
func BenchmarkParseMarkdownLineEndings(b *testing.B) {
	lf := strings.Repeat(lfArticle[strings.Index(lfArticle, "# "):], 1<<20/200)
	for name, src := range map[string][]byte{"LF": []byte(lf), "CR": []byte(withEndings(lf, "\r"))} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse("a.md", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A Markdown body reads the same with its lone CRs as with LFs in their
// place: the same blocks, mapped to the same offsets.
func FuzzMarkdownLoneCR(f *testing.F) {
	f.Add([]byte(withEndings(lfArticle[strings.Index(lfArticle, "# "):], "\r")))
	f.Add([]byte("# H\r\r* a **b**\r  c\r\r> q\r\n\rx  \r`co\rde` y\\\rz"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if bytes.HasPrefix(src, []byte("---")) {
			return // front matter is YAML's, not goldmark's
		}
		cr, err := Parse("a.md", src)
		if err != nil {
			return
		}
		lf, err := Parse("a.md", markdownSource(src))
		if err != nil {
			t.Fatalf("%q parses with CRs, not with LFs: %v", src, err)
		}
		if len(cr.Blocks) != len(lf.Blocks) {
			t.Fatalf("%d blocks with CRs, %d with LFs", len(cr.Blocks), len(lf.Blocks))
		}
		for i, b := range cr.Blocks {
			o := lf.Blocks[i]
			if b.Text != o.Text || b.Kind != o.Kind || b.Headline != o.Headline {
				t.Fatalf("block %d: %q with CRs, %q with LFs", i, b.Text, o.Text)
			}
			for j := range b.Text {
				if b.SourceOffset(j) != o.SourceOffset(j) {
					t.Fatalf("block %d byte %d: offset %d with CRs, %d with LFs", i, j, b.SourceOffset(j), o.SourceOffset(j))
				}
			}
		}
	})
}
