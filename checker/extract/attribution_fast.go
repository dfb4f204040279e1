package extract

// Sentence tests of attributionPatterns: what a sentence must hold
// somewhere for a pattern to match at any of its cues. Most sentences of
// news copy have one verb of saying and no "by", yet reported-clause reads
// the subject of every cue, and passive-by the words after it, to find
// out; a test asked once a sentence spares those readings. A test pays
// only where it is cheaper over the whole sentence than the pattern's own
// reading at its cues: class bits and one short comparison a token (a
// pattern that looks at a few words near its cue, as share-of-people does,
// gains nothing from a test that looks at every word). Each test is a
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
