package document

import (
	"unicode"
	"unicode/utf8"
)

// Furniture is asked of every block of every article, and nearly every
// block is a paragraph of the article that no pattern of furniture.go can
// match: each pattern is anchored at the block's start (a label, a time
// stamp, a wire caption, a clip's length), so the block's first byte
// rules most of them out before a regexp runs or a label is folded. The
// guards say only "cannot match"; the patterns still decide.

// firstBytes is a set of the bytes a block may start with.
type firstBytes [256]bool

// startsWith reports whether s starts with one of the set's bytes.
func (f *firstBytes) startsWith(s string) bool { return s != "" && f[s[0]] }

// bytesOf makes the set of the given ASCII bytes.
func bytesOf(s string) *firstBytes {
	var f firstBytes
	for i := 0; i < len(s); i++ {
		f[s[i]] = true
	}
	return &f
}

// foldedFirstBytes is the set of first bytes of the words, and of every
// spelling strings.EqualFold takes for their first letters (Unicode's
// simple folding: the Kelvin sign is a "k", the long "ſ" an "s").
func foldedFirstBytes(words []string) *firstBytes {
	var f firstBytes
	var buf [utf8.UTFMax]byte
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		for x := r; ; {
			utf8.EncodeRune(buf[:], x)
			f[buf[0]] = true
			if x = unicode.SimpleFold(x); x == r {
				break
			}
		}
	}
	return &f
}

var (
	// stampStarts: stamp opens with posted, updated, last updated,
	// published or originally published, in any case (none of their
	// first letters has a spelling outside ASCII).
	stampStarts = bytesOf("pPuUlLoO")
	// agencyStarts: agencyCaption opens with a capital A to Z;
	// agencySeconds: and goes on with a capital, a period, an apostrophe
	// or a space (most paragraphs open with a capital and a small letter,
	// and Go's engine clears a state the size of the whole paragraph
	// before it fails at the second byte)
	agencyStarts  = bytesOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	agencySeconds = bytesOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ.' ")
	// clipStarts: clipLength opens with a digit.
	clipStarts = bytesOf("0123456789")
	// listLabelStarts: a related list's label opens with one of
	// listLabels, in any case.
	listLabelStarts = foldedFirstBytes(listLabels)
)

// mayBeCaption reports whether text opens as agencyCaption may match it:
// a byte of agencyStarts, then one of agencySeconds.
func mayBeCaption(text string) bool {
	return agencyStarts.startsWith(text) && agencySeconds.startsWith(text[1:])
}
