package source

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// linesByBytes is NewLines as first written, a byte at a time: the
// reference lineStarts and asciiPrefix must agree with.
func linesByBytes(src []byte) (starts []int, ascii int) {
	starts = []int{0}
	ascii = len(src)
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		default:
			if src[i] >= utf8.RuneSelf && i < ascii {
				ascii = i
			}
		}
	}
	return starts, ascii
}

// The line starts and the ASCII prefix found a search at a time are those
// a byte at a time finds, on texts of every mix of line ends and bytes.
func TestLinesEqualReadingByteByByte(t *testing.T) {
	pieces := []string{"a", "word ", "\n", "\r", "\r\n", "\n\n", "é", "“", "\xff", "12345678", "\t"}
	check := func(src []byte) {
		want, ascii := linesByBytes(src)
		l := NewLines(src)
		if !slices.Equal(l.starts, want) || l.ascii != ascii {
			t.Fatalf("NewLines(%q): starts %v ascii %d, want %v %d", src, l.starts, l.ascii, want, ascii)
		}
	}
	var build func(prefix []byte, n int)
	build = func(prefix []byte, n int) {
		check(prefix)
		if n == 0 {
			return
		}
		for _, p := range pieces {
			build(append(slices.Clip(prefix), p...), n-1)
		}
	}
	build(nil, 4)
	seed := uint32(3)
	for range 5000 {
		var src []byte
		for range seed % 60 {
			seed = seed*1664525 + 1013904223
			src = append(src, pieces[(seed>>16)%uint32(len(pieces))]...)
		}
		check(src)
	}
}
