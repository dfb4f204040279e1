package source

import (
	"encoding/binary"
	"sort"
	"unicode/utf16"
	"unicode/utf8"
)

// BOM is the UTF-8 byte-order mark. It occupies bytes but no column.
const BOM = "\uFEFF"

// Lines indexes the line starts of one file's bytes. "\n", "\r\n" and a lone
// "\r" all end a line, so files from any platform number lines the way an
// editor does.
type Lines struct {
	src    []byte
	starts []int
	ascii  int // src[:ascii] is ASCII, where a column is a byte count
}

// NewLines indexes src. It keeps a reference to src; it does not copy it.
func NewLines(src []byte) *Lines {
	return &Lines{src: src, starts: lineStarts(src), ascii: asciiPrefix(src)}
}

// Count is the number of lines (a file with no line break has one).
func (l *Lines) Count() int { return len(l.starts) }

// LineStart is the byte offset where 1-based line n starts.
func (l *Lines) LineStart(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(l.starts) {
		return len(l.src)
	}
	return l.starts[n-1]
}

// Line is the 1-based line that holds byte offset off.
func (l *Lines) Line(off int) int {
	off = l.clamp(off)
	return sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off })
}

// Position is line and column of off, the column counted in Unicode
// characters from 1 (a tab is one character, a BOM none).
func (l *Lines) Position(off int) (line, col int) {
	off = l.clamp(off)
	line = l.Line(off)
	start := l.skipBOM(l.starts[line-1])
	if off < start {
		return line, 1
	}
	if off <= l.ascii {
		return line, off - start + 1
	}
	return line, utf8.RuneCount(l.src[start:off]) + 1
}

// UTF16Position is the 0-based line and 0-based UTF-16 column of off, as the
// Language Server Protocol counts them.
func (l *Lines) UTF16Position(off int) (line, col int) {
	off = l.clamp(off)
	ln := l.Line(off)
	start := l.skipBOM(l.starts[ln-1])
	for _, r := range string(l.src[min(start, off):off]) {
		col += utf16.RuneLen(r)
	}
	return ln - 1, col
}

// OffsetOfUTF16 is the byte offset of a 0-based line and UTF-16 column; it is
// the inverse of UTF16Position and clamps to the end of the line.
func (l *Lines) OffsetOfUTF16(line, col int) int {
	if line < 0 {
		return 0
	}
	if line >= len(l.starts) {
		return len(l.src)
	}
	off := l.skipBOM(l.starts[line])
	end := l.lineEnd(line + 1)
	for units := 0; off < end && units < col; {
		r, size := utf8.DecodeRune(l.src[off:end])
		units += utf16.RuneLen(r)
		off += size
	}
	return off
}

// OffsetOf is the byte offset of a 1-based line and 1-based character column,
// the inverse of Position; it clamps to the end of the line.
func (l *Lines) OffsetOf(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(l.starts) {
		return len(l.src)
	}
	off := l.skipBOM(l.starts[line-1])
	end := l.lineEnd(line)
	for c := 1; off < end && c < col; c++ {
		_, size := utf8.DecodeRune(l.src[off:end])
		off += size
	}
	return off
}

// lineEnd is the offset of the line break that ends 1-based line n.
func (l *Lines) lineEnd(n int) int {
	end := len(l.src)
	if n < len(l.starts) {
		end = l.starts[n]
	}
	for end > l.starts[n-1] && (l.src[end-1] == '\n' || l.src[end-1] == '\r') {
		end--
	}
	return end
}

func (l *Lines) skipBOM(start int) int {
	if start == 0 && len(l.src) >= 3 && string(l.src[:3]) == BOM {
		return 3
	}
	return start
}

func (l *Lines) clamp(off int) int {
	if off < 0 {
		return 0
	}
	if off > len(l.src) {
		return len(l.src)
	}
	return off
}

// Cursor converts increasing offsets of one file to positions in time that
// grows with the distance between them, not with the length of the line:
// a single line of a million characters holds many claims.
type Cursor struct {
	l         *Lines
	off, line int
	col       int
	next      int // where the line after the cursor's starts (len(src)+1 on the last)
}

// Cursor starts a cursor at the beginning of the file.
func (l *Lines) Cursor() *Cursor {
	c := &Cursor{l: l, line: 1, col: 1, off: l.skipBOM(0)}
	c.next = c.nextStart()
	return c
}

func (c *Cursor) nextStart() int {
	if c.line < len(c.l.starts) {
		return c.l.starts[c.line]
	}
	return len(c.l.src) + 1
}

// Position is Lines.Position, fast for offsets at or after the last one.
func (c *Cursor) Position(off int) (line, col int) {
	off = c.l.clamp(off)
	if off < c.off || off >= c.next {
		// another line, or back: search the lines, and stay there
		line, col = c.l.Position(off)
		if off >= c.l.skipBOM(c.l.starts[line-1]) && c.runeStart(off) {
			c.off, c.line, c.col = off, line, col
			c.next = c.nextStart()
		}
		return line, col
	}
	if off <= c.l.ascii {
		col = c.col + off - c.off
	} else {
		col = c.col + runeCount(c.l.src[c.off:off])
	}
	if c.runeStart(off) {
		// counting on from the middle of a character would count it twice
		c.off, c.col = off, col
	}
	return c.line, col
}

func (c *Cursor) runeStart(off int) bool {
	return off == len(c.l.src) || utf8.RuneStart(c.l.src[off])
}

// runeCount is utf8.RuneCount, eight bytes at a time over ASCII: the
// cursors of a run count every character of every article.
func runeCount(b []byte) int {
	n, i := 0, 0
	for i+8 <= len(b) {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 == 0 {
			n, i = n+8, i+8
			continue
		}
		_, size := utf8.DecodeRune(b[i:]) // one character, then eight bytes again
		n, i = n+1, i+size
	}
	return n + utf8.RuneCount(b[i:])
}
