package timeline

import "math/bits"

// Finding the labels of a dateline without asking every byte of an
// article's first TextPrefix bytes. Each label is letters only and
// labelStride+1 bytes or more, so one that stands at s covers the pair of
// bytes at the first multiple of labelStride (counted from the search's
// start) at or after s, at an offset below labelStride: reading that pair,
// in either case, says which labels may start in the stride before it,
// and only those are compared. Labels start at the first such pair found
// before any later one, so the first found is the first in the text.

// labelStride is the stride of the search: the shortest label less one.
const labelStride = len("posted") - 1

// labelPairs: bit l*labelStride+o of labelPairs[a][b] says label l has
// the letters coded a and b (labelCode) at offset o.
var labelPairs = func() (pairs [27][27]uint16) {
	for l, label := range labels {
		if len(label) <= labelStride || len(labels)*labelStride > 16 {
			panic("timeline: a label too short or too many for the search")
		}
		for o := range labelStride {
			pairs[labelCode[label[o]]][labelCode[label[o+1]]] |= 1 << (l*labelStride + o)
		}
	}
	return pairs
}()

// labelCode numbers the letters 1-26 in either case; any other byte is 0,
// which no label holds.
var labelCode = func() (code [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		code[c], code[c-'a'+'A'] = uint8(c-'a'+1), uint8(c-'a'+1)
	}
	return code
}()

// sampledNextLabel is nextLabel: the first label at or after from and its
// offset, or -1.
func sampledNextLabel(text string, from int) (int, string) {
	for p := from; p+1 < len(text); p += labelStride {
		first, label := -1, ""
		for cand := labelPairs[labelCode[text[p]]][labelCode[text[p+1]]]; cand != 0; cand &= cand - 1 {
			bit := bits.TrailingZeros16(cand)
			l, o := bit/labelStride, bit%labelStride
			if at := p - o; at >= from && (first < 0 || at < first) && hasPrefixLowerASCII(text[at:], labels[l]) {
				first, label = at, labels[l]
			}
		}
		if first >= 0 {
			return first, label
		}
	}
	return -1, ""
}
