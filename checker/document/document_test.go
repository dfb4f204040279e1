package document

import (
	"errors"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/source"
)

// at returns line:col in the file of the first occurrence of needle in the
// block's text, through the block's source map.
func at(t *testing.T, d *Document, needle string) (int, int) {
	t.Helper()
	for _, b := range d.Blocks {
		if i := strings.Index(b.Text, needle); i >= 0 {
			sp := b.SourceSpan(source.Span{Start: i, End: i + len(needle)})
			if got := string(d.Src[sp.Start:sp.End]); got != needle {
				t.Fatalf("span maps to %q, want %q", got, needle)
			}
			return d.Lines.Position(sp.Start)
		}
	}
	t.Fatalf("%q not in any block", needle)
	return 0, 0
}

func TestMarkdownFrontMatterAndHeadline(t *testing.T) {
	src := "---\ntitle: 33 soldiers killed\noutlet: Daily Example\nstory: idlib-2020\ndesk: world\n---\n# Ignored heading\n\nRahmi **Doğan** said [33](http://x) died.\n"
	d, err := Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Outlet != "Daily Example" || d.Meta.Story != "idlib-2020" || d.Meta.Extra["desk"] != "world" {
		t.Fatalf("meta = %+v", d.Meta)
	}
	h := d.Headline()
	if h == nil || h.Kind != Title || h.Text != "33 soldiers killed" {
		t.Fatalf("headline = %+v", h)
	}
	if line, col := at(t, d, "33 soldiers killed"); line != 2 || col != 8 {
		t.Fatalf("title at %d:%d, want 2:8", line, col)
	}
	if got := d.Blocks[len(d.Blocks)-1].Text; got != "Rahmi Doğan said 33 died." {
		t.Fatalf("inline markup not removed: %q", got)
	}
	if line, col := at(t, &Document{Src: d.Src, Lines: d.Lines, Blocks: d.Blocks[len(d.Blocks)-1:]}, "33"); line != 9 || col != 23 {
		t.Fatalf("figure after Doğan at %d:%d, want 9:23", line, col)
	}
	if line, col := at(t, d, "died"); line != 9 || col != 37 {
		t.Fatalf("word after a link at %d:%d, want 9:37", line, col)
	}
}

func TestMarkdownFirstH1IsHeadline(t *testing.T) {
	d, err := Parse("a.md", []byte("Intro line.\n\n# The headline\n\n## Not it\n"))
	if err != nil {
		t.Fatal(err)
	}
	if h := d.Headline(); h == nil || h.Text != "The headline" {
		t.Fatalf("headline = %+v", h)
	}
}

func TestMarkdownSoftBreaksBecomeSpaces(t *testing.T) {
	d, err := Parse("a.md", []byte("At least 33\r\nsoldiers died.\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Blocks[0].Text != "At least 33 soldiers died." {
		t.Fatalf("text = %q", d.Blocks[0].Text)
	}
	if line, col := at(t, d, "soldiers"); line != 2 || col != 1 {
		t.Fatalf("at %d:%d, want 2:1", line, col)
	}
}

func TestPlainTextLinesAreParagraphs(t *testing.T) {
	src := "\uFEFFHeadline with 34 killed\nFirst paragraph.\r\nSecond, hard-\nwrapped and\ncontinued here.\n\nThird."
	d, err := Parse("a.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, b := range d.Blocks {
		texts = append(texts, b.Text)
	}
	want := []string{"Headline with 34 killed", "First paragraph.", "Second, hard- wrapped and continued here.", "Third."}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Fatalf("blocks = %q, want %q", texts, want)
	}
	if !d.Blocks[0].Headline || d.Blocks[1].Headline {
		t.Fatal("the first line of a .txt is its headline, and only it")
	}
	if line, col := at(t, d, "34 killed"); line != 1 || col != 15 {
		t.Fatalf("after BOM at %d:%d, want 1:15", line, col)
	}
	if line, col := at(t, d, "continued"); line != 5 || col != 1 {
		t.Fatalf("at %d:%d, want 5:1", line, col)
	}
}

func TestBadInputIsAPositionedError(t *testing.T) {
	for name, tc := range map[string]struct{ src, want string }{
		"binary":      {"abc\x00def", "a.txt:1:4: binary file"},
		"invalid":     {"ok\nbad \xff here", "a.txt:2:5: invalid UTF-8 at byte offset 7"},
		"frontmatter": {"---\ntitle: [unclosed\n---\nbody", "a.txt:"},
		"notamapping": {"---\n- a\n- b\n---\nbody", "a.txt:2:1: front matter must be a mapping"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Parse("a.txt", []byte(tc.src))
			var se *source.Error
			if !errors.As(err, &se) || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("err = %v, want prefix %q", err, tc.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	text := `Gov. Doğan said nine. Later, Robert C. O'Brien said 33 at 9:30 p.m. on Thursday. "It is over," he said. U.S. troops left! Why?`
	var got []string
	for _, s := range Sentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Gov. Doğan said nine.", "Later, Robert C. O'Brien said 33 at 9:30 p.m. on Thursday.", `"It is over," he said.`, "U.S. troops left!", "Why?"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("a.md", []byte("---\ntitle: x\n---\n# H\n\n* a **b** [c](d)\n> q\n"))
	f.Add("a.txt", []byte("\uFEFFH\r\nbody 33.\rmore"))
	f.Fuzz(func(t *testing.T, name string, src []byte) {
		d, err := Parse(name, src)
		if err != nil {
			return
		}
		for _, b := range d.Blocks {
			for _, s := range b.Sentences {
				if s.Start < 0 || s.End > len(b.Text) || s.Start > s.End {
					t.Fatalf("sentence %v outside text of length %d", s, len(b.Text))
				}
				sp := b.SourceSpan(s)
				if sp.Start < 0 || sp.End > len(src) || sp.Start > sp.End {
					t.Fatalf("source span %v outside file of length %d", sp, len(src))
				}
			}
		}
	})
}
