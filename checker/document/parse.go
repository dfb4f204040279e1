package document

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/source"
)

// MaxSize is the largest file factlint reads: offsets inside a document are
// 32-bit, and no article comes near it.
const MaxSize = 1 << 30

// Parse reads one file's bytes (UTF-8: see Decode for UTF-16). The error, if
// any, is a *source.Error at the offending place: a NUL byte (binary file) or
// invalid UTF-8, both also ErrNotText, or malformed front matter; or a file
// over MaxSize. The document keeps src, and its blocks' texts share src's
// memory (see sharedString): the caller must not change src afterwards.
func Parse(path string, src []byte) (*Document, error) {
	if len(src) > MaxSize {
		return nil, TooLarge(path, int64(len(src)))
	}
	d := &Document{Path: path, Format: FormatOf(path), Src: src, Lines: source.NewLines(src)}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return nil, notTextError(path, d.Lines, i, "binary file (NUL byte at offset %d%s)", i, utf16Hint(src))
	}
	if i := invalidUTF8(src); i >= 0 {
		return nil, notTextError(path, d.Lines, i, "invalid UTF-8 at byte offset %d", i)
	}
	body := 0
	if bytes.HasPrefix(src, []byte(source.BOM)) {
		body = len(source.BOM)
	}
	titleOff := -1
	if ys, ye, next, ok := frontMatter(src, body); ok {
		var err error
		if titleOff, err = parseMeta(d, ys, ye); err != nil {
			return nil, err
		}
		body = next
	}
	if d.Meta.Title != "" && titleOff >= 0 {
		d.Blocks = append(d.Blocks, d.titleBlock(titleOff))
	}
	if d.Format == Markdown {
		// goldmark's time grows faster than linearly on some inputs no
		// draft holds and a hostile one may (see hazard.go): such a file
		// is read as plain text, with a note saying why
		if why := markdownHazard(src[body:]); why != "" {
			d.Format = PlainText
			d.Note = fmt.Sprintf("%s: %s: read as plain text, not Markdown", path, why)
		}
	}
	switch d.Format {
	case Markdown:
		d.parseMarkdown(body)
	default:
		d.parseText(body)
	}
	for i, b := range d.Blocks {
		b.Index = i
		b.Sentences = Sentences(b.Text)
	}
	markFurniture(d.Blocks)
	return d, nil
}

func invalidUTF8(src []byte) int {
	if utf8.Valid(src) {
		return -1
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

func (d *Document) titleBlock(off int) *Block {
	bl := &builder{src: d.Src, block: &Block{Kind: Title, Headline: true}}
	t := d.Meta.Title
	if off+len(t) <= len(d.Src) && string(d.Src[off:off+len(t)]) == t {
		bl.add(off, off+len(t))
		return bl.finish()
	}
	// A quoted title with escapes or a folded one: every character maps to
	// where the value starts.
	bl.block.pieces = []piece{{text: 0, src: off, n: 0}}
	bl.text.WriteString(t)
	return bl.finish()
}

// Headline is the block that serves as the headline, or nil.
func (d *Document) Headline() *Block {
	for _, b := range d.Blocks {
		if b.Headline {
			return b
		}
	}
	return nil
}

// TooLarge is the error for a file over MaxSize.
func TooLarge(path string, size int64) error {
	return fmt.Errorf("%s: file too large: %d bytes (factlint reads files up to %d MiB)", path, size, MaxSize>>20)
}
