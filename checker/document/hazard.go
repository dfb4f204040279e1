package document

import "fmt"

// goldmark's time is not linear in its input on some shapes of Markdown
// (its issues #555 and #592 and cmark's pathological tests): containers
// nested hundreds deep, on one line ("- - - … x", "1. 1. … x") or on many,
// and paragraphs full of openers that never close ("[](" or "[a](b"
// repeated, runs of emphasis marks). markdownHazard finds them in one pass
// over the body, before goldmark sees it, and names what it found; the
// bounds are far beyond what any article holds.
func markdownHazard(src []byte) string {
	if deeplyNested(src) {
		return fmt.Sprintf("lines indented, quoted or listed more than %d columns deep", maxIndent)
	}
	if tooMuchInlineMarkup(src) {
		return "paragraphs with more brackets and emphasis marks than goldmark parses in linear time"
	}
	return ""
}

// maxIndent bounds the width of a Markdown line's container marks: its
// indentation, block quote marks and list markers.
const maxIndent = 200

// deeplyNested reports whether a line starts with more than maxIndent
// columns of indentation, quote marks and list markers ("- ", "* ", "+ ",
// "1. ", "1) "), each of which may open a container goldmark nests.
func deeplyNested(src []byte) bool {
	width := 0
	start := true
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n' || c == '\r':
			width, start = 0, true
			continue
		case !start:
			continue
		case c == ' ' || c == '\t' || c == '>':
			width++
		default:
			n := listMarker(src[i:])
			if n == 0 {
				start = false
				continue
			}
			width += n
			i += n - 1
		}
		if width > maxIndent {
			return true
		}
	}
	return false
}

// listMarker is the length of the list marker that src starts with, its
// following space or tab excluded, or 0.
func listMarker(src []byte) int {
	n := 0
	switch {
	case len(src) > 0 && (src[0] == '-' || src[0] == '*' || src[0] == '+'):
		n = 1
	default:
		for n < len(src) && n < 9 && src[n] >= '0' && src[n] <= '9' {
			n++
		}
		if n == 0 || n >= len(src) || (src[n] != '.' && src[n] != ')') {
			return 0
		}
		n++
	}
	if n < len(src) && (src[n] == ' ' || src[n] == '\t') {
		return n
	}
	return 0
}

// Inline parsing is per paragraph, and an opener that never closes may
// make goldmark scan the rest of its paragraph, or compare itself with
// every other mark of it: the cost of a paragraph grows with its marks
// times its length. The budget allows that product a fixed amount (a
// 256 KiB paragraph of a thousand marks) plus a constant per byte of the
// body, so goldmark's time stays linear in the file.
const (
	inlineBudgetFixed   = 256 << 20
	inlineBudgetPerByte = 256
)

// tooMuchInlineMarkup sums, over the runs of non-blank lines (each holds
// whole paragraphs), the run's inline marks times its length, and reports
// whether the sum is over budget.
func tooMuchInlineMarkup(src []byte) bool {
	budget := inlineBudgetFixed + inlineBudgetPerByte*len(src)
	cost, marks, runLen := 0, 0, 0
	for off := 0; off < len(src); {
		line, next := lineAt(src, off)
		n := 0
		blank := true
		for _, c := range line {
			switch c {
			case ' ', '\t':
				continue
			case '[', ']', '*', '_', '`', '<':
				n++
			}
			blank = false
		}
		if blank {
			cost, marks, runLen = cost+marks*runLen, 0, 0
		} else {
			marks, runLen = marks+n, runLen+next-off
		}
		if cost+marks*runLen > budget {
			return true
		}
		off = next
	}
	return false
}
