package document

import "bytes"

// lineEnd is the offset of the first "\n" or "\r" at or after off, or
// len(b): the end of the line lineAt reads. Two searches of one byte each,
// which the runtime does many bytes at a time, where a loop asked two
// questions of every byte of every line of a file.
func lineEnd(b []byte, off int) int {
	rest := b[off:]
	n := bytes.IndexByte(rest, '\n')
	if n < 0 {
		n = len(rest)
	}
	if r := bytes.IndexByte(rest[:n], '\r'); r >= 0 {
		n = r
	}
	return off + n
}
