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
	list []string
	// at[j][c], bit k: phrase k has the byte c at j, either case; three
	// bytes leave few places to compare a whole phrase at
	at     [foldedLead][256]uint64
	minLen int
}

// foldedLead is how many of a phrase's first bytes the tables hold.
const foldedLead = 3

// maxFoldedPhrases is the most phrases a foldedPhrases tells apart (one
// bit each).
const maxFoldedPhrases = 64

// newFoldedPhrases indexes phrases by their first bytes; each must be
// ASCII lower case and foldedLead bytes or more, at most maxFoldedPhrases
// of them.
func newFoldedPhrases(phrases []string) *foldedPhrases {
	if len(phrases) > maxFoldedPhrases {
		panic("extract: too many phrases for a foldedPhrases")
	}
	f := &foldedPhrases{list: phrases, minLen: foldedLead}
	if len(phrases) > 0 {
		f.minLen = len(phrases[0])
	}
	for k, p := range phrases {
		if len(p) < foldedLead || p != strings.ToLower(p) || !isASCII(p) {
			panic("extract: a folded phrase must be ASCII lower case: " + p)
		}
		for j := range foldedLead {
			f.at[j][p[j]] |= 1 << k
			f.at[j][upperASCII(p[j])] |= 1 << k
		}
		f.minLen = min(f.minLen, len(p))
	}
	return f
}

// firstIn is the first of the phrases, in their order, that the lower case
// of text contains, or "".
func (f *foldedPhrases) firstIn(text string) string {
	var found uint64
	for i := 0; i < len(text); i++ {
		cand := f.at[0][text[i]] &^ found
		if cand == 0 {
			if text[i] >= 0x80 && lowersToASCII(text[i:]) {
				return f.slowFirstIn(text)
			}
			continue
		}
		if i+f.minLen > len(text) {
			continue // too near the end for a phrase, not for İ
		}
		for cand &= f.at[1][text[i+1]] & f.at[2][text[i+2]]; cand != 0; cand &= cand - 1 {
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

// lowersToASCII reports whether s opens with one of the two runes whose
// lower case is an ASCII letter: İ (i) and the Kelvin sign (k).
func lowersToASCII(s string) bool {
	return strings.HasPrefix(s, "\u0130") || strings.HasPrefix(s, "\u212a")
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
