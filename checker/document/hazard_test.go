package document

import (
	"strings"
	"testing"
)

// hostileMarkdown are shapes on which goldmark's time grows faster than
// linearly, each about size bytes: containers nested on one line, and
// paragraphs of openers that never close.
func hostileMarkdown(size int) map[string]string {
	rep := func(s string) string { return strings.Repeat(s, size/len(s)) + "x\n" }
	return map[string]string{
		"bullets":          rep("- "),
		"stars":            rep("* "),
		"pluses":           rep("+ "),
		"ordered":          rep("1. "),
		"ordered-paren":    rep("1) "),
		"quoted-lists":     rep("> 1. "),
		"empty-links":      rep("[]("),
		"unclosed-links":   rep("[a](b"),
		"unclosed-angle":   rep("[a](<b"),
		"open-brackets":    rep("]([\n"),
		"emphasis-closers": "a**b" + rep("c* "),
		"mixed-emphasis":   rep("*a_b*c_d**e_f*g**h*i_j**"),
		"reference-defs":   rep("[a]: u\n"),
	}
}

func TestHostileMarkdownReadAsPlainText(t *testing.T) {
	for name, src := range hostileMarkdown(60_000) {
		t.Run(name, func(t *testing.T) {
			d, err := Parse("h.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if d.Format != PlainText || !strings.Contains(d.Note, "h.md: ") || !strings.HasSuffix(d.Note, ": read as plain text, not Markdown") {
				t.Fatalf("format %v, note %q: want plain text with a note", d.Format, d.Note)
			}
		})
	}
}

// An article with the markup drafts use stays Markdown, even in one long
// paragraph.
func TestMarkedUpArticleStaysMarkdown(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Flood kills 12\n\n")
	for i := 0; b.Len() < 200_000; i++ {
		b.WriteString("Rescuers said **twelve people** were killed, according to the [county](https://example.org/a_b) office; ")
		b.WriteString("the mayor, *Ana Pérez*, spoke at `noon`.\n")
		if i%10 == 9 {
			b.WriteString("\n- a list item\n- another, with [a link](https://example.org)\n\n1. first\n2. second\n\n> a quote\n\n")
		}
	}
	d, err := Parse("a.md", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != Markdown || d.Note != "" {
		t.Fatalf("format %v, note %q: want Markdown without a note", d.Format, d.Note)
	}
}
