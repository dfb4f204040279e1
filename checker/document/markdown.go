package document

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// parseMarkdown walks goldmark's block tree. Inline markup is dropped but
// every text segment keeps its source offsets, which goldmark reports exactly;
// factlint never re-finds text by searching, the flaw that gives other prose
// linters wrong columns.
func (d *Document) parseMarkdown(body int) {
	src := markdownSource(d.Src)
	root := goldmark.New().Parser().Parse(text.NewReader(src[body:]))
	haveHeadline := d.Headline() != nil
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			b := d.inlineBlock(src, n, body, Heading)
			if !haveHeadline && n.Level == 1 && b != nil {
				b.Headline, haveHeadline = true, true
			}
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			d.inlineBlock(src, n, body, Paragraph)
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

// inlineBlock collects a block's text from src, the bytes goldmark read.
func (d *Document) inlineBlock(src []byte, n ast.Node, base int, kind BlockKind) *Block {
	bl := &builder{src: src, block: &Block{Kind: kind}}
	collectInline(bl, n, base)
	if bl.text.Len() == 0 {
		return nil
	}
	b := bl.finish()
	d.Blocks = append(d.Blocks, b)
	return b
}

func collectInline(bl *builder, n ast.Node, base int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			bl.add(base+c.Segment.Start, base+c.Segment.Stop)
			if c.SoftLineBreak() || c.HardLineBreak() {
				bl.addSpace(base + c.Segment.Stop)
			}
		case *ast.RawHTML, *ast.AutoLink, *ast.Image:
			// markup, a bare URL, an image: nothing a reader reads as prose
		default:
			collectInline(bl, c, base)
		}
	}
}
