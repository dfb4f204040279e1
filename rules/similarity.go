package rules

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/fold"
)

// Similarity is the Dice coefficient of two texts' folded word sets.
//
// The quote rule calls it for every pair of quotes of one speaker across a
// story, so it works on hashes of words in stack buffers instead of maps of
// strings: a pair of quotes costs no allocation unless a text is not ASCII
// or has more words than a buffer holds.
func Similarity(a, b string) float64 {
	var bufA, bufB [64]uint64
	wa, wb := wordHashes(a, bufA[:0]), wordHashes(b, bufB[:0])
	if len(wa) == 0 && len(wb) == 0 {
		return 1
	}
	common := 0
	for i, j := 0, 0; i < len(wa) && j < len(wb); {
		switch {
		case wa[i] < wb[j]:
			i++
		case wa[i] > wb[j]:
			j++
		default:
			common++
			i, j = i+1, j+1
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}

// Excerpt reports whether the shorter of two texts is a run of the longer's
// words, in order, folding case, accents and punctuation: a quotation cut
// short, or carried on into a further sentence, by one of two articles
// ("We are saddened," against "We are saddened. Our thoughts are with the
// family,") quotes the same words, not other ones. So do two excerpts of
// one statement cut at different ends, where one's last words are the
// other's first (see endsMeet).
func Excerpt(a, b string) bool {
	var bufA, bufB [64]uint64
	wa, wb := wordSequence(a, bufA[:0]), wordSequence(b, bufB[:0])
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return false
	}
	for i := 0; i+len(wa) <= len(wb); i++ {
		if slices.Equal(wa, wb[i:i+len(wa)]) {
			return true
		}
	}
	return endsMeet(wa, wb) || endsMeet(wb, wa)
}

// overlapWords is how many words two excerpts must share, one's end the
// other's start, to be read as one statement: a clause or two, more than
// the stock phrases two statements may share ("at the end of the day").
const overlapWords = 10

// endsMeet reports whether the last words of a are the first words of b,
// overlapWords or more and at least half of the shorter: "They were kids.
// They panicked," against "He was hit. They were kids. They panicked. We
// called for help,". A sentence a statement repeats ("Please keep your
// guns locked away" at its start and again at its end) meets another's
// end by chance; the rest of two such quotations is no shared run.
func endsMeet(a, b []uint64) bool {
	least := max(overlapWords, (min(len(a), len(b))+1)/2)
	for k := min(len(a), len(b)); k >= least; k-- {
		if slices.Equal(a[len(a)-k:], b[:k]) {
			return true
		}
	}
	return false
}

// wordHashes appends the sorted, distinct hashes of s's folded words to buf.
func wordHashes(s string, buf []uint64) []uint64 {
	buf = wordSequence(s, buf)
	slices.Sort(buf)
	return slices.Compact(buf)
}

// wordSequence appends the hashes of s's folded words (runs of letters and
// digits), in their order, to buf. FNV-1a: deterministic, and only the
// equality of two hashes is used.
func wordSequence(s string, buf []uint64) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	if !fold.IsASCII(s) {
		s = fold.Fold(s)
	}
	h := uint64(offset)
	inWord := false
	for i := 0; i < len(s); {
		c, size, word := s[i], 1, false
		if c < utf8.RuneSelf {
			word = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if word {
			for k := i; k < i+size; k++ {
				c := s[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				h = (h ^ uint64(c)) * prime
			}
			inWord = true
		} else if inWord {
			buf = append(buf, h)
			h = offset
			inWord = false
		}
		i += size
	}
	if inWord {
		buf = append(buf, h)
	}
	return buf
}
