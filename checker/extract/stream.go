// Streaming tokens: a document too large for its tokens to be held whole
// is tokenized twice, once for its vocabulary and once block by block as
// its sentences are read, so that what it holds at a time is one block's
// tokens (a token is 56 bytes, about eleven times the text it reads).

package extract

import (
	"strings"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
)

// streamsTokens reports whether a document of size bytes of block text is
// tokenized block by block: when its tokens (about one in five bytes)
// would make a buffer larger than an Extractor keeps between documents.
// Below that, one pass is faster, and the buffer serves the next document.
func streamsTokens(size int) bool { return size/5 > maxKeptTokens }

// extractStreaming is Extract for a large document. The claims are the
// same: the vocabulary is what vocabulary makes of all the tokens, and
// each block is read with its own tokens, as they would be in one buffer.
func (e *Extractor) extractStreaming(d *document.Document, size int) []*claim.Claim {
	buf := e.arena[:0]
	e.words.reset()
	// the lower cases the first pass makes live in the word sets only
	var setLowers strings.Builder
	for _, b := range d.Blocks {
		buf = appendTokens(buf[:0], b.Text, &setLowers)
		monthsInNames(buf)
		capitalizedWords(buf, &e.words)
		lowerWords(buf, &e.words.candidates)
	}
	e.words.lowerCapitalized()
	// claims keep the strings written into this one, as in Extract
	var lowers strings.Builder
	lowers.Grow(size / 8)
	claims := e.extractBlocks(d, size, func(i int) []token {
		buf = appendTokens(buf[:0], d.Blocks[i].Text, &lowers)
		monthsInNames(buf)
		return buf[:len(buf):len(buf)] // an append by a pattern does not write into the buffer
	})
	e.keepTokens(buf)
	return claims
}

// lowerWords adds to into the lower-case words of a block that the
// vocabulary's lower-case set may take, before it is known which of them
// the document capitalizes somewhere.
func lowerWords(toks []token, into *wordSet) {
	for i := range toks {
		if t := &toks[i]; lowerWord(t) {
			into.add(t.lower, t.hash)
		}
	}
}

// lowerCapitalized puts in lower the candidates the document also
// capitalizes: what vocabulary's second loop finds, in another order,
// which a set does not keep.
func (w *wordSets) lowerCapitalized() {
	for k, word := range w.candidates.words {
		if h := w.candidates.hashes[k]; w.capped.has(word, h) {
			w.lower.add(word, h)
		}
	}
}
