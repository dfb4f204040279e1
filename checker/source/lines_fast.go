package source

import (
	"bytes"
	"encoding/binary"
	"unicode/utf8"
)

// Indexing a file's lines a search at a time. Every file a check reads is
// indexed once; looking at each byte for a line break and for a byte past
// ASCII cost more than the search for line breaks the runtime does many
// bytes at a time, and a file past its first non-ASCII byte needs no more
// looking for one.

// lineStarts is the offset of every line's start: 0, and the byte after
// each "\n", "\r\n" and lone "\r".
func lineStarts(src []byte) []int {
	starts := make([]int, 1, len(src)/40+1)
	if bytes.IndexByte(src, '\r') < 0 {
		for i := 0; ; {
			j := bytes.IndexByte(src[i:], '\n')
			if j < 0 {
				return starts
			}
			i += j + 1
			starts = append(starts, i)
		}
	}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// asciiPrefix is the length of src's ASCII prefix: the index of its first
// byte past ASCII, or len(src). It reads eight bytes at a time.
func asciiPrefix(src []byte) int {
	i := 0
	for ; i+8 <= len(src); i += 8 {
		if binary.LittleEndian.Uint64(src[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(src); i++ {
		if src[i] >= utf8.RuneSelf {
			return i
		}
	}
	return len(src)
}
