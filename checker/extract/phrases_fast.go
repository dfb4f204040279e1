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
	// sampled is the search that reads two bytes in every stride of the
	// text (sampledPhrases); nil where the phrases do not allow it
	sampled *sampledPhrases
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
	f.sampled = newSampledPhrases(phrases, f.minLen)
	return f
}

// firstIn is the first of the phrases, in their order, that the lower case
// of text contains, or "".
func (f *foldedPhrases) firstIn(text string) string {
	if f.sampled != nil {
		return f.sampledFirstIn(text)
	}
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

// Phrases of letters and spaces, all long, need not be looked for at
// every byte. A phrase of at least minLen bytes found in the text covers
// a byte at a multiple of stride (at most minLen-3) with the three bytes
// after it, at one of the phrase's first stride offsets: reading the two
// pairs of bytes there, in either case, tells which phrases may stand
// around them and at which offset, and only those are compared. The
// phrases found are the ones the byte-by-byte search finds, so the first
// of them in their order is its answer.

// sampledPhrases is the table of that search: bit k*stride+o of
// pairs[a][b] says phrase k has the letter codes a, b at offset o, and of
// next[a][b] at offset o+2.
type sampledPhrases struct {
	stride      int
	pairs, next [letterCodes][letterCodes]uint64
}

// letterCodes number the bytes a sampled phrase may hold: 0 for any
// other byte, 1-26 for a letter in either case, 27 for the space.
const letterCodes = 28

var letterCode = func() (code [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		code[c], code[c-'a'+'A'] = uint8(c-'a'+1), uint8(c-'a'+1)
	}
	code[' '] = 27
	return code
}()

// newSampledPhrases is the table of phrases whose shortest is minLen
// bytes, or nil when a phrase holds a byte other than a letter or a space
// or the phrases are too many or too short for a stride of two or more.
func newSampledPhrases(phrases []string, minLen int) *sampledPhrases {
	if len(phrases) == 0 {
		return nil
	}
	stride := min(minLen-3, 64/len(phrases))
	if stride < 2 {
		return nil
	}
	sp := &sampledPhrases{stride: stride}
	for k, p := range phrases {
		for j := 0; j < len(p); j++ {
			if letterCode[p[j]] == 0 {
				return nil
			}
		}
		for o := range stride {
			sp.pairs[letterCode[p[o]]][letterCode[p[o+1]]] |= 1 << (k*stride + o)
			sp.next[letterCode[p[o+2]]][letterCode[p[o+3]]] |= 1 << (k*stride + o)
		}
	}
	return sp
}

// sampledFirstIn is firstIn by reading two bytes in every stride of text;
// a text holding a rune whose lower case is an ASCII letter goes the slow
// way, as it does byte by byte.
func (f *foldedPhrases) sampledFirstIn(text string) string {
	if strings.Contains(text, "\u0130") || strings.Contains(text, "\u212a") {
		return f.slowFirstIn(text)
	}
	sp := f.sampled
	var found uint64
	for p := 0; p+3 < len(text); p += sp.stride {
		cand := sp.pairs[letterCode[text[p]]][letterCode[text[p+1]]]
		for cand &= sp.next[letterCode[text[p+2]]][letterCode[text[p+3]]]; cand != 0; cand &= cand - 1 {
			bit := bits.TrailingZeros64(cand)
			k, o := bit/sp.stride, bit%sp.stride
			if found&(1<<k) == 0 && p >= o && hasFoldedPrefix(text[p-o:], f.list[k]) {
				found |= 1 << k
			}
		}
	}
	if found == 0 {
		return ""
	}
	return f.list[bits.TrailingZeros64(found)]
}
