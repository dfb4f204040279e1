package document

import (
	"bytes"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker/source"
)

// Format is how a file's body is parsed.
type Format int

const (
	// PlainText is a .txt article: one paragraph per line or per blank-line
	// separated block, the first line its headline.
	PlainText Format = iota
	// Markdown is parsed with goldmark.
	Markdown
)

// FormatOf chooses the format by file name.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown
	}
	return PlainText
}

// Document is one parsed article.
type Document struct {
	Path   string
	Format Format
	Src    []byte
	Lines  *source.Lines
	Meta   Meta
	Blocks []*Block
	// Note says how the document was read when that is not what its name
	// promised (a pathologically nested Markdown file read as plain text).
	Note string
}

// Meta is the front matter: the keys factlint knows, and every other key as
// decoded YAML so rules can read it.
type Meta struct {
	Title  string
	Outlet string
	Story  string
	Date   string
	URL    string
	Extra  map[string]any
}

// BlockKind tells a headline from body text.
type BlockKind int

const (
	Paragraph BlockKind = iota
	Heading
	Title // the front-matter title
)

// Block is a paragraph or heading as plain text (inline markup removed),
// with the map from its text back to the source bytes.
type Block struct {
	Kind      BlockKind
	Headline  bool
	Index     int // position among the document's blocks
	Text      string
	Sentences []source.Span // byte ranges of Text
	pieces    []piece

	// Furniture marks page furniture, text of the page that is not the
	// article's report: a playlist entry, a caption, a link to another
	// story (markFurniture says which)
	Furniture bool
}

// piece says that Text[text:text+n] is Src[src:src+n].
type piece struct{ text, src, n int }

// SourceOffset maps a byte offset of b.Text to a byte offset of the file.
// Characters that markup parsing inserted (a space for a line break) map to
// the place they stand for.
func (b *Block) SourceOffset(off int) int {
	if len(b.pieces) == 0 {
		return 0
	}
	i := sort.Search(len(b.pieces), func(i int) bool { return b.pieces[i].text > off }) - 1
	if i < 0 {
		i = 0
	}
	p := b.pieces[i]
	if d := off - p.text; d <= p.n {
		return p.src + d
	}
	return p.src + p.n
}

// SourceSpan maps a span of b.Text to a span of the file.
func (b *Block) SourceSpan(s source.Span) source.Span {
	start := b.SourceOffset(s.Start)
	end := start
	if s.End > s.Start {
		// Text bytes are copies of source bytes, so the span's last byte maps
		// to the source byte that ends the same character.
		end = b.SourceOffset(s.End-1) + 1
	}
	return source.Span{Start: start, End: end}
}

// builder appends text pieces to a block.
type builder struct {
	src   []byte
	text  lazyText
	block *Block
}

func (bl *builder) add(start, end int) {
	if end <= start {
		return
	}
	bl.block.pieces = append(bl.block.pieces, piece{text: bl.text.Len(), src: start, n: end - start})
	bl.text.Write(bl.src[start:end])
}

// addSpace inserts a space standing for the source offset at (a line break).
func (bl *builder) addSpace(at int) {
	if bl.text.Len() == 0 || bytes.HasSuffix(bl.text.Bytes(), []byte(" ")) {
		return
	}
	bl.block.pieces = append(bl.block.pieces, piece{text: bl.text.Len(), src: at, n: 0})
	bl.text.WriteByte(' ')
}

// finish sets the block's text. A block that is one run of source bytes
// (no markup removed, no line joined) shares the source's memory instead
// of holding a copy: on a large draft most paragraphs are such a run.
func (bl *builder) finish() *Block {
	if p := bl.block.pieces; len(p) == 1 && p[0].text == 0 && p[0].n == bl.text.Len() {
		bl.block.Text = sharedString(bl.src[p[0].src : p[0].src+p[0].n])
		return bl.block
	}
	bl.block.Text = bl.text.String()
	return bl.block
}
