package extract

// Sentence tests of attributionPatterns: what a sentence must hold
// somewhere for a pattern to match at any of its cues. Most sentences of
// news copy have one verb of saying and no "by", yet reported-clause reads
// the subject of every cue, and passive-by the words after it, to find
// out; a test asked once a sentence spares those readings. A test pays
// only where it is cheaper over the whole sentence than the pattern's own
// reading at its cues: class bits, one short comparison or one bit of a
// hash filter a token (a test that compared every word with a list would
// cost more than share-of-people's reading of a few words near its cue).
// Each test is a
// necessary condition of its pattern's match, which
// TestSentenceTestsHoldWhereTheirPatternsMatch holds it to.

// sentenceHolds reports whether the sentence of s passes the sentence test
// of pattern i, p, asking it at most once a sentence. A pattern without a
// test, or past the 64 bits kept, always passes.
func (s *cueSite) sentenceHolds(i int, p *attributionPattern) bool {
	if p.sentence == nil || i >= 64 {
		return true
	}
	bit := uint64(1) << i
	if s.asked&bit == 0 {
		s.asked |= bit
		if p.sentence(s.toks) {
			s.holds |= bit
		}
	}
	return s.holds&bit != 0
}

// shareWordFilter and partitiveHeadFilter tell most words that are not a
// share word, or a partitive head, by the hash the tokenizer computed: a
// load and a bit test a token, where asking the lists is a comparison or a
// lookup. They are filled once and only read.
var (
	shareWordFilter     = filterOf(shareWords)
	partitiveHeadFilter = filterOf(partitiveHeads)
)

// filterOf is a wordSet of the words, asked only with mayHave.
func filterOf(words map[string]bool) *wordSet {
	s := &wordSet{}
	for w := range words {
		s.add(w, wordHash(w))
	}
	return s
}

// holdsShareWord: share-of-people reads a subject holding a word of a
// share ("56 percent", "half", "six in 10", "nine out of 10"): some token
// is a shareWord.
func holdsShareWord(toks []token) bool {
	for i := range toks {
		if t := &toks[i]; (shareWordFilter.mayHave(t.hash) || t.lower == "in" || t.lower == "out") && shareWord(toks, i) {
			return true
		}
	}
	return false
}

// holdsPartitiveOpening: partitive-subject reads a subject that opens with
// a word of a part, before "of" or "in" ("most of", "two of", "many in")
// or standing alone ("Most said"): some token is a partitive head, or a
// number word before "of" or "in".
func holdsPartitiveOpening(toks []token) bool {
	for f := range toks {
		h := &toks[f]
		if partitiveHeadFilter.mayHave(h.hash) && partitiveHeads[h.lower] {
			return true
		}
		if h.in(cNumberHead) && tokAt(toks, f+1).is("of", "in") {
			return true
		}
	}
	return false
}

// holdsBy: passive-by reads the agent after "by".
func holdsBy(toks []token) bool {
	for i := range toks {
		if toks[i].lower == "by" {
			return true
		}
	}
	return false
}

// holdsCueBeforeCue: reported-clause reads a cue in a clause that a verb
// of saying before it reports ("Sanders said he agrees"): the sentence
// holds a verb of saying and, after it, a trigger word (every cue and verb
// of stance is one). Class bits, not the patterns' readings, decide it.
func holdsCueBeforeCue(toks []token) bool {
	i := 0
	for i < len(toks) && !reportingVerb(&toks[i]) {
		i++
	}
	for i++; i < len(toks); i++ {
		if toks[i].cls&cAttributionTrigger != 0 {
			return true
		}
	}
	return false
}
