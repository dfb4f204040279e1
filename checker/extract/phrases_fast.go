package extract

import (
	"math/bits"
	"strings"
)

// Finding lower-case phrases in a text without lower-casing it. Lowering a
// whole block to ask strings.Contains of it once per phrase read the block
// once per phrase after a copy of it; a foldedPhrases reads it once, byte
// by byte, and asks only the phrases whose first letter stands there.
// The answer is the one strings.ToLower and strings.Contains give: the
// phrases are ASCII, and the only runes outside ASCII that lower case
// turns into ASCII letters (İ and the Kelvin sign) send the text the slow
// way.

// foldedPhrases are ASCII lower-case phrases, asked in their order.
type foldedPhrases struct {
	list  []string
	first [256]uint64 // bit k: phrase k opens with this byte, either case
}

// maxFoldedPhrases is the most phrases a foldedPhrases tells apart (one
// bit each).
const maxFoldedPhrases = 64

// newFoldedPhrases indexes phrases by their first letter; each must be
// ASCII lower case and not empty, at most maxFoldedPhrases of them.
func newFoldedPhrases(phrases []string) *foldedPhrases {
	if len(phrases) > maxFoldedPhrases {
		panic("extract: too many phrases for a foldedPhrases")
	}
	f := &foldedPhrases{list: phrases}
	for k, p := range phrases {
		if p == "" || p != strings.ToLower(p) || !isASCII(p) {
			panic("extract: a folded phrase must be ASCII lower case: " + p)
		}
		f.first[p[0]] |= 1 << k
		f.first[upperASCII(p[0])] |= 1 << k
	}
	return f
}

// firstIn is the first of the phrases, in their order, that the lower case
// of text contains, or "".
func (f *foldedPhrases) firstIn(text string) string {
	if strings.Contains(text, "\u0130") || strings.Contains(text, "\u212a") {
		return f.slowFirstIn(text)
	}
	var found uint64
	for i := 0; i < len(text); i++ {
		for cand := f.first[text[i]] &^ found; cand != 0; cand &= cand - 1 {
			k := bits.TrailingZeros64(cand)
			if hasFoldedPrefix(text[i:], f.list[k]) {
				found |= 1 << k
			}
		}
		if found&1 != 0 {
			break // the first phrase: none can come before it
		}
	}
	if found == 0 {
		return ""
	}
	return f.list[bits.TrailingZeros64(found)]
}

// slowFirstIn is firstIn by lowering text.
func (f *foldedPhrases) slowFirstIn(text string) string {
	lower := strings.ToLower(text)
	for _, p := range f.list {
		if strings.Contains(lower, p) {
			return p
		}
	}
	return ""
}

// hasFoldedPrefix reports whether s opens with the lower-case ASCII p,
// in either case.
func hasFoldedPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for j := 0; j < len(p); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[j] {
			return false
		}
	}
	return true
}

func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
