// Memory reuse: the storage an Extractor keeps from one document to the
// next (claim slabs, scratch buffers, word sets, the token arena), behind
// methods that the extraction calls the same way whether it reuses or not.

package extract

import (
	"unsafe"

	"github.com/factlint/factlint/checker/claim"
)

// Reuse declares that nothing refers any more to the claims the Extractor
// returned since it was made or last reused, so their memory serves the
// documents after. A worker that copies out what it keeps of an article
// (engine.detach) calls it after each one and allocates no claims in the
// steady state; an Extractor whose claims are kept is never told to.
func (e *Extractor) Reuse() {
	e.slab.reuse()
	e.facets.reuse()
	if cap(e.list) <= maxKeptClaims {
		clear(e.list)
		e.spare = e.list[:0]
	}
	e.list = nil
}

// buffers are an extractor's scratch slices, kept by an Extractor so that
// their storage serves one document after another.
type buffers struct {
	sents  []sentenceView // a block's sentences
	attrs  []attribution  // a block's attributions, sentence after sentence
	quotes []quote        // a block's quotes
	quoted []bool         // whether each token of a block is quoted
	counts countBuffers   // a sentence's figures and counts
	cue    cueSite        // the site attribution patterns read
	// persons are the people a document names (docState.persons)
	persons []claim.Source
	names   []nameRun // a sentence's names
	nameBuf []byte    // a name's text
}

// keepPersons keeps the storage of a document's persons for the next,
// emptied so it holds none of their strings, unless the document named so
// many that keeping them would pin memory for the rest of a run.
func (b *buffers) keepPersons(persons []claim.Source) {
	clear(persons)
	b.persons = bounded(persons[:0], maxKeptClaims)
}

// bound drops the scratch slices that one huge block or sentence made
// large, as maxKeptTokens does for tokens.
func (b *buffers) bound() {
	b.sents = bounded(b.sents, maxKeptClaims)
	b.names = bounded(b.names, maxKeptClaims)
	b.attrs = bounded(b.attrs, maxKeptClaims)
	b.quotes = bounded(b.quotes, maxKeptClaims)
	b.quoted = bounded(b.quoted, maxKeptTokens)
	b.counts.figures = bounded(b.counts.figures, maxKeptClaims)
	b.counts.counts = bounded(b.counts.counts, maxKeptClaims)
	b.counts.list = bounded(b.counts.list, maxKeptClaims)
}

// bounded is s, or nil when its storage holds more than limit elements.
func bounded[T any](s []T, limit int) []T {
	if cap(s) > limit {
		return nil
	}
	return s
}

// slab hands out zero values from blocks of 32 KiB: one allocation for
// many claims (or their facets), where most articles have dozens. It
// remembers the blocks it handed out, up to maxKeptClaims values, so that
// reuse can make them free again; a block it does not remember is the
// garbage collector's once its values are dropped.
type slab[T any] struct {
	block []T   // the rest of the block being handed out
	out   [][]T // the blocks handed out since the last reuse
	free  [][]T // zero blocks
}

// claimSlab hands out claims, facetSlab the facets of an article's claims
// when they are not shared (see Extractor.extractBlocks).
type (
	claimSlab = slab[claim.Claim]
	facetSlab = slab[claim.Facets]
)

const (
	// claimsPerBlock is as many claims as fit in 32 KiB, the largest of
	// the allocator's small size classes: a block is rounded up to its
	// class, and so wastes less than one claim (32 claims of 616 bytes,
	// as they were, took a class of 20,480 bytes, 4 % more); the slab of
	// facets is sized the same way
	claimsPerBlock = 32 << 10 / int(unsafe.Sizeof(claim.Claim{}))
	// maxKeptClaims bounds the claims an Extractor keeps for reuse, so one
	// huge article does not pin its claims for the rest of a run
	maxKeptClaims = 1 << 12
)

func (s *slab[T]) next() *T {
	if len(s.block) == 0 {
		s.block = s.take()
	}
	c := &s.block[0]
	s.block = s.block[1:]
	return c
}

func (s *slab[T]) take() []T {
	var zero T
	per := 32 << 10 / int(unsafe.Sizeof(zero)) // claimsPerBlock for claims
	var b []T
	if n := len(s.free); n > 0 {
		b, s.free = s.free[n-1], s.free[:n-1]
	} else {
		b = make([]T, per)
	}
	if len(s.out) < maxKeptClaims/per {
		s.out = append(s.out, b)
	}
	return b
}

// reuse zeroes the blocks handed out and makes them free again.
func (s *slab[T]) reuse() {
	for _, b := range s.out {
		clear(b)
		s.free = append(s.free, b)
	}
	clear(s.out)
	s.out, s.block = s.out[:0], nil
}

// wordSets are the per-document word sets, kept by an Extractor so their
// storage is reused from one document to the next.
type wordSets struct {
	lower, midCaps, capped wordSet
	// seenNames holds each name as first written, surnames the last
	// words of the names of more than one word
	seenNames, surnames wordSet
	// candidates are a large document's lower-case words, of which the
	// capitalized ones make lower (extractStreaming)
	candidates wordSet
}

// reset empties the sets, or makes them anew when the last document left
// them large.
func (w *wordSets) reset() {
	w.lower.reset()
	w.midCaps.reset()
	w.capped.reset()
	w.seenNames.reset()
	w.surnames.reset()
	w.candidates.reset()
}

// maxKeptTokens bounds the buffer an Extractor keeps between documents,
// so one huge article does not pin its tokens for the rest of a run.
const maxKeptTokens = 1 << 20

// tokenBuffer is an empty token buffer for a document of size bytes in
// blocks blocks: the one the last document left, when it is large enough.
func (e *Extractor) tokenBuffer(size, blocks int) []token {
	arena := e.arena[:0]
	if cap(arena) < size/5+blocks {
		arena = make([]token, 0, size/5+blocks) // about one token in five bytes of news text
	}
	return arena
}

// keepTokens keeps a document's token buffer for the next, unless one huge
// article made it large.
func (e *Extractor) keepTokens(arena []token) {
	if cap(arena) <= maxKeptTokens {
		e.arena = arena[:0]
	}
}

// claimList is an empty claim list for a document of size bytes: the one
// Reuse freed, when it is large enough.
func (e *Extractor) claimList(size int) []*claim.Claim {
	claims := e.spare
	if cap(claims) < size/64+8 {
		claims = make([]*claim.Claim, 0, size/64+8) // about one claim in 64 bytes of news text
	}
	e.spare = nil
	return claims
}

// facetScratch is where a block's claims write their facets until they
// share them (claim.Interner.Keep copies those it keeps): one block of
// memory, written again block after block, instead of facets made for
// every claim and dropped as soon as its block is read.
type facetScratch struct {
	used []claim.Facets
}

// next is zero facets for a new claim. A block of more claims than the
// scratch holds moves it, and its earlier claims keep the old memory
// until they are shared.
func (s *facetScratch) next() *claim.Facets {
	s.used = append(s.used, claim.Facets{})
	return &s.used[len(s.used)-1]
}

// reuse zeroes the facets handed out, once no claim refers to them, and
// returns the scratch to hand them out again; one that a huge block made
// large is dropped.
func (s *facetScratch) reuse() *facetScratch {
	clear(s.used)
	s.used = bounded(s.used[:0], maxKeptClaims)
	return s
}

// shareFacetsFrom is the size of text (in bytes of its blocks) from which
// a document's claims share their facets: about claim.ShareFrom claims of
// news text (one in 64 bytes), where the memory they save is megabytes.
const shareFacetsFrom = 256 << 10
