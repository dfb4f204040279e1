package source

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

func TestPositionCountsCharactersNotBytes(t *testing.T) {
	src := []byte("Rahmi Doğan said 33.\nsecond line")
	l := NewLines(src)
	off := len("Rahmi Doğan said ")
	line, col := l.Position(off)
	if line != 1 || col != 18 {
		t.Fatalf("Position(%d) = %d:%d, want 1:18", off, line, col)
	}
	line, col = l.Position(len("Rahmi Doğan said 33.\nsec"))
	if line != 2 || col != 4 {
		t.Fatalf("got %d:%d, want 2:4", line, col)
	}
}

func TestLineBreaksOfEveryPlatform(t *testing.T) {
	for name, src := range map[string]string{
		"LF":    "a\nb\nc",
		"CRLF":  "a\r\nb\r\nc",
		"CR":    "a\rb\rc",
		"mixed": "a\r\nb\rc",
	} {
		t.Run(name, func(t *testing.T) {
			l := NewLines([]byte(src))
			if l.Count() != 3 {
				t.Fatalf("Count = %d, want 3", l.Count())
			}
			off := len(src) - 1 // the "c"
			if line, col := l.Position(off); line != 3 || col != 1 {
				t.Fatalf("Position(c) = %d:%d, want 3:1", line, col)
			}
		})
	}
}

func TestBOMTakesNoColumn(t *testing.T) {
	src := []byte(BOM + "At least 33")
	line, col := NewLines(src).Position(len(BOM) + len("At least "))
	if line != 1 || col != 10 {
		t.Fatalf("got %d:%d, want 1:10", line, col)
	}
}

func TestTabIsOneColumn(t *testing.T) {
	_, col := NewLines([]byte("\t33")).Position(1)
	if col != 2 {
		t.Fatalf("col = %d, want 2", col)
	}
}

func TestUTF16RoundTrip(t *testing.T) {
	src := []byte("emoji 😀 then Doğan\nx")
	l := NewLines(src)
	off := len("emoji 😀 then ")
	line, col := l.UTF16Position(off)
	if line != 0 || col != 14 { // the emoji is two UTF-16 units
		t.Fatalf("UTF16Position = %d:%d, want 0:14", line, col)
	}
	if back := l.OffsetOfUTF16(line, col); back != off {
		t.Fatalf("OffsetOfUTF16 = %d, want %d", back, off)
	}
	if back := l.OffsetOf(1, 14); back != off {
		t.Fatalf("OffsetOf(1,14) = %d, want %d", back, off)
	}
}

func TestClampsOutOfRange(t *testing.T) {
	l := NewLines([]byte("ab"))
	if line, col := l.Position(99); line != 1 || col != 3 {
		t.Fatalf("got %d:%d", line, col)
	}
	if line, col := l.Position(-5); line != 1 || col != 1 {
		t.Fatalf("got %d:%d", line, col)
	}
}

func FuzzPosition(f *testing.F) {
	f.Add([]byte("a\r\nb\rc\nd"), 3)
	f.Add([]byte(BOM+"x\ty"), 4)
	f.Fuzz(func(t *testing.T, src []byte, off int) {
		l := NewLines(src)
		line, col := l.Position(off)
		if line < 1 || line > l.Count() || col < 1 {
			t.Fatalf("Position(%d) = %d:%d out of range", off, line, col)
		}
		// the column counts the characters from the line's start (after a BOM)
		at, start := min(max(off, 0), len(src)), l.LineStart(line)
		if start == 0 && bytes.HasPrefix(src, []byte(BOM)) {
			start = len(BOM)
		}
		if want := utf8.RuneCount(src[min(start, at):at]) + 1; col != want {
			t.Fatalf("Position(%d) column %d, %d characters from the line's start", off, col, want-1)
		}
		// a cursor agrees, whether it comes from before or after off
		for _, from := range []int{off / 2, off + 7, len(src) / 3} {
			c := l.Cursor()
			c.Position(from)
			if cl, cc := c.Position(off); cl != line || cc != col {
				t.Fatalf("cursor from %d at %d = %d:%d, Position = %d:%d", from, off, cl, cc, line, col)
			}
		}
	})
}

func TestCursorAgreesWithPosition(t *testing.T) {
	src := []byte(BOM + "Doğan 33\r\nsecond ğ line\rthird")
	l := NewLines(src)
	c := l.Cursor()
	for _, off := range []int{3, 5, 9, 10, 12, 20, 14, 25, len(src)} {
		wl, wc := l.Position(off)
		if gl, gc := c.Position(off); gl != wl || gc != wc {
			t.Fatalf("cursor at %d = %d:%d, Position = %d:%d", off, gl, gc, wl, wc)
		}
	}
}

func FuzzRuneCount(f *testing.F) {
	f.Add([]byte("Doğan said 33 people, “more than 30”, were killed\xff\xfe in Hatay"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := runeCount(b), utf8.RuneCount(b); got != want {
			t.Fatalf("runeCount(%q) = %d, utf8.RuneCount = %d", b, got, want)
		}
	})
}
