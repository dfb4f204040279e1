package document

import "bytes"

// markdownSource is src as goldmark must read it. goldmark ends lines at
// "\n" and "\r\n" only, while factlint, like an editor, also ends them at a
// lone "\r" (source.Lines, plain text): a file saved with CR line endings
// would be one long line to goldmark, its first heading swallowing the
// article. Each lone CR becomes LF, one byte for one, so every offset
// goldmark reports is the same offset of src, and positions stay those of
// the file as written. src itself is returned when it has no lone CR, as
// nearly always.
func markdownSource(src []byte) []byte {
	i := loneCR(src, 0)
	if i < 0 {
		return src
	}
	out := bytes.Clone(src)
	for ; i >= 0; i = loneCR(out, i+1) {
		out[i] = '\n'
	}
	return out
}

// loneCR is the offset of the first "\r" at or after from that no "\n"
// follows, or -1.
func loneCR(b []byte, from int) int {
	for from < len(b) {
		i := bytes.IndexByte(b[from:], '\r')
		if i < 0 {
			return -1
		}
		i += from
		if i+1 == len(b) || b[i+1] != '\n' {
			return i
		}
		from = i + 2
	}
	return -1
}
