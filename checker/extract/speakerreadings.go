// Speaker readings: the ways a quote's speaker is found, each a function
// that speakerReadings (grammar.go) lists in the order they are tried.

package extract

import "github.com/factlint/factlint/checker/claim"

// speakerReading is one way a quote's speaker is found: its name (a quote
// claim's speaker_by), a phrase it reads, and the reading.
type speakerReading struct {
	name, example string
	read          func(x *extractor, r *quoteSite) (heard, bool)
}

// quoteSite is what the speaker readings read of one quote: its block's
// tokens and sentences, the quote, its index among the block's quotes,
// its sentence (-1 when none holds its opening mark) and the quote claim
// before it in the block.
type quoteSite struct {
	toks   []token
	sents  []sentenceView
	q      quote
	qi, si int
	prev   *claim.Claim
	// near are the attributions of the first sentence of the quote that
	// has one outside its marks, best the nearest of them (-1 when no
	// sentence has one): the readings of the quote's own attribution start
	// from it
	near []attribution
	best int
	// after is the slot after the quote (nameAfterQuote), read once for
	// the three readings that ask it; afterRead says it has been
	after     afterSlot
	afterRead bool
}

// afterSlot is what nameAfterQuote reads of the slot after a quote.
type afterSlot struct {
	first, end int
	verb, ok   bool
}

// colonIntroduced says a colon right before the quote introduces it, in a
// sentence of its own: the words before it may be a label or an
// introducer that names the speaker.
func (r *quoteSite) colonIntroduced() bool {
	return r.si >= 0 && tokAt(r.toks, r.q.open-1).lower == ":"
}

// slotAfter is the slot after the quote, read on first asking.
func (r *quoteSite) slotAfter() afterSlot {
	if !r.afterRead {
		a := &r.after
		a.first, a.end, a.verb, a.ok = nameAfterQuote(r.toks, r.q)
		r.afterRead = true
	}
	return r.after
}

// nearest finds the attribution nearest the quote outside its marks, in
// the sentence it opens in or one it runs over.
func (r *quoteSite) nearest() {
	r.best = -1
	for s := r.si; s < len(r.sents) && s >= 0 && (s == r.si || r.sents[s].first < r.q.close); s++ {
		if best := nearestOutside(r.toks, r.sents[s].attrs, r.q); best >= 0 {
			r.near, r.best = r.sents[s].attrs, best
			return
		}
	}
}

// heard is what a reading finds: the speaker (maybe none, which ends the
// search all the same), the cue of the quote's own attribution (-1 when
// the reading is not of one) and the quotation of the paragraph before
// that the quote carries on (nil when it carries none on).
type heard struct {
	speaker claim.Source
	cue     int
	carried *claim.Claim
}

// hearSpeaker is the first reading of speakerReadings that applies to the
// quote of r, and its name ("" when none does).
func (x *extractor) hearSpeaker(r *quoteSite) (heard, string) {
	for _, sr := range speakerReadings {
		if h, ok := sr.read(x, r); ok {
			return h, sr.name
		}
	}
	return heard{cue: -1}, ""
}

// said is a speaker found by a reading that is not of the quote's own
// attribution and carries nothing on.
func said(s claim.Source, ok bool) (heard, bool) {
	return heard{speaker: s, cue: -1}, ok
}

// hearRelayed: the nearest attribution's words reach the writer through a
// second source, whose report the quote is (relayedBy): "“…,” the mayor
// said, according to the station".
func hearRelayed(_ *extractor, r *quoteSite) (heard, bool) {
	if r.best < 0 {
		return heard{}, false
	}
	s, ok := relayedBy(r.toks, r.near, r.best, r.q)
	return heard{speaker: s, cue: r.near[r.best].cue}, ok
}

// hearOuter: the nearest attribution speaks in the reported clause of an
// earlier one, whose report the quote is (outerSpeaker): "Benjamin said
// he believes “…”".
func hearOuter(_ *extractor, r *quoteSite) (heard, bool) {
	if r.best < 0 {
		return heard{}, false
	}
	s, ok := outerSpeaker(r.toks, r.near, r.best, r.q)
	return heard{speaker: s, cue: r.near[r.best].cue}, ok
}

// hearOwnAttribution: the attribution nearest the quote outside its marks,
// in its sentence, speaks it: "“We will rebuild,” she said."
func hearOwnAttribution(_ *extractor, r *quoteSite) (heard, bool) {
	if r.best < 0 {
		return heard{}, false
	}
	a := r.near[r.best]
	return heard{speaker: a.source, cue: a.cue}, true
}

// hearAttributionAfter: the sentence after the one the quote closes in
// attributes it (attributesQuoteBefore): "… over.” Altun said." After a
// quotation of several sentences only a sentence that does little but
// attribute it counts, since "… turn people away.” Minister Tom Reed said
// he would send beds" starts a new statement.
func hearAttributionAfter(_ *extractor, r *quoteSite) (heard, bool) {
	sents, q, si := r.sents, r.q, r.si
	sc := max(si, sentenceOf(sents, q.close))
	if si < 0 || sc+1 >= len(sents) || q.close < sents[sc].last-2 || sc != si && sents[sc+1].last-sents[sc+1].first > 10 {
		return heard{}, false
	}
	a, ok := attributesQuoteBefore(sents[sc+1])
	return said(a.source, ok)
}

// hearNameAfterQuote: a person named right after a quote that ends its
// clause inside the marks, with a verb factlint does not know, in either
// order: "“…?” reacted Ortiz.", "“…,” an angry Ortiz retaliated." The
// slot after such a quote holds its attribution, whatever the verb.
func hearNameAfterQuote(x *extractor, r *quoteSite) (heard, bool) {
	a := r.slotAfter()
	if !a.ok || a.end == a.first {
		return heard{}, false
	}
	return said(personAt(r.toks, a.first, a.end, &x.st))
}

// hearDescribedAfterVerb: a speaker described by a common noun after the
// verb that follows a quote, a verb factlint does not know
// (describedAfterVerb): "“…,” shouts the printed campaign card".
func hearDescribedAfterVerb(x *extractor, r *quoteSite) (heard, bool) {
	if a := r.slotAfter(); !a.ok || a.end > a.first || !a.verb {
		return heard{}, false
	}
	return said(describedAfterVerb(r.toks, r.q.close+2, &x.st))
}

// hearDescribedAfterQuote: a speaker described by a common noun right
// after a quote, before a verb factlint does not know
// (describedAfterQuote): "“…,” the party's nominee riffed".
func hearDescribedAfterQuote(x *extractor, r *quoteSite) (heard, bool) {
	if a := r.slotAfter(); !a.ok || a.end > a.first || a.verb {
		return heard{}, false
	}
	return said(describedAfterQuote(r.toks, r.q.close+1, &x.st))
}

// nameAfterQuote reads the slot after a quote that ends its clause inside
// the marks: whether a verb opens it, and the name run [first, end) of
// the person it names, a name and a verb or a verb and a name that ends
// the clause (first == end when it names none); ok is false when the
// quote ends no clause or closes its block.
func nameAfterQuote(toks []token, q quote) (first, end int, verb, ok bool) {
	k := q.close + 1
	if k >= len(toks) || !tokAt(toks, q.close-1).is(",", "?", "!") {
		return 0, 0, false, false
	}
	if verbAfterQuote(toks, k) { // "reacted Ortiz."
		if e := nameRunEnd(toks, k+1, len(toks)); e > k+1 && (e == len(toks) || toks[e].is(".", ",", ";")) {
			return k + 1, e, true, true
		}
		return k, k, true, true
	}
	f := k
	if toks[f].in(cDeterminer) { // "an angry Ortiz"
		for f++; f < len(toks) && f < k+3 && toks[f].kind == tWord && !toks[f].capitalized() && !toks[f].in(cFunctionWord); f++ {
		}
	}
	if e := nameRunEnd(toks, f, len(toks)); e > f && e < len(toks) && verbAfterQuote(toks, e) {
		return f, e, false, true
	}
	return k, k, false, true
}

// hearRunsOn: a paragraph that opens with the quote carries on the
// quotation the paragraph before left open, and its speaker: "“We will
// rebuild the school. ¶ “And the clinic.”"
func hearRunsOn(x *extractor, r *quoteSite) (heard, bool) {
	if r.qi != 0 || r.q.open != 0 || x.lastQuote == nil {
		return heard{}, false
	}
	return heard{speaker: x.lastQuote.Speaker, cue: -1, carried: x.lastQuote}, true
}

// hearSameSpeaker: a quote that opens a sentence of its own, attributed
// to no one, is the speaker's of the quote before it in the paragraph:
// "“…,” Ruiz said and then warned the crowd. “Nobody leaves.”"
func hearSameSpeaker(_ *extractor, r *quoteSite) (heard, bool) {
	if r.prev == nil || r.prev.Speaker.Kind == "" || r.si < 0 || r.q.open != r.sents[r.si].first {
		return heard{}, false
	}
	return said(r.prev.Speaker, true)
}

// hearSpeakerBefore: a quote that opens a sentence attributing nothing is
// the last source's of the sentence before: "…, said Omar Haddad, an
// adviser. “Nobody has a plan.”"
func hearSpeakerBefore(_ *extractor, r *quoteSite) (heard, bool) {
	if r.si <= 0 || r.q.open != r.sents[r.si].first || len(r.sents[r.si].attrs) > 0 {
		return heard{}, false
	}
	return said(r.sents[r.si-1].lastSource())
}

// hearContinued: a paragraph that is only a quotation, attributing
// nothing, carries on the quotation the paragraph before ended on
// (continuesQuotation): "“…,” Ortiz said. ¶ “And we will rebuild the
// school.”"
func hearContinued(x *extractor, r *quoteSite) (heard, bool) {
	if r.qi != 0 || r.q.open > 1 || x.endQuote == nil || !continuesQuotation(r.toks, r.q, r.sents) {
		return heard{}, false
	}
	return heard{speaker: x.endQuote.Speaker, cue: -1, carried: x.endQuote}, true
}

// hearParagraphBefore: a quotation paragraph whose first sentence
// attributes nothing is spoken by the speaker the paragraph before gave
// it (prevBlockSpeaker): the source of "Altun said:", the speaker of its
// last quote, or whom its last sentence reports ("She said the vote was
// rigged. ¶ “Every district…”").
func hearParagraphBefore(x *extractor, r *quoteSite) (heard, bool) {
	if r.qi != 0 || r.q.open > 1 || x.prevBlockSpeaker.Kind == "" || len(r.sents) == 0 || len(r.sents[0].attrs) > 0 {
		return heard{}, false
	}
	return said(x.prevBlockSpeaker, true)
}

// hearByline: a quotation paragraph after a paragraph that only names
// someone is theirs (byline): "Gerald F. Seib, The Wall Street Journal ¶
// “…”".
func hearByline(x *extractor, r *quoteSite) (heard, bool) {
	if r.qi != 0 || r.q.open != 0 || x.bylineSpeaker.Kind == "" {
		return heard{}, false
	}
	return said(x.bylineSpeaker, true)
}

// hearLabel: the words before a colon that introduces the quote are only
// a name, maybe with an outlet or a title (byline): "Chris Cillizza, The
// Washington Post: “…”".
func hearLabel(x *extractor, r *quoteSite) (heard, bool) {
	if !r.colonIntroduced() {
		return heard{}, false
	}
	b := x.byline(r.toks[r.sents[r.si].first:r.q.open-1], nil)
	return said(b, b.Kind != "")
}

// hearFromIntroducer: the words before a colon that introduces the quote
// name its source after "from" (fromIntroducer): "More from Ruiz: “…”".
func hearFromIntroducer(x *extractor, r *quoteSite) (heard, bool) {
	if !r.colonIntroduced() {
		return heard{}, false
	}
	return said(fromIntroducer(r.toks, r.sents[r.si].first, r.q.open-1, &x.st))
}

// hearClauseSubject: the person named as the subject of a clause before
// the quote, whose verb factlint does not know (clauseSubjectSpeaker):
// "Here in Columbia, Sanders stepped up his attack, saying “…”".
func hearClauseSubject(x *extractor, r *quoteSite) (heard, bool) {
	if r.si < 0 {
		return heard{}, false
	}
	return said(x.clauses().clauseSubjectSpeaker(r.toks, r.sents[r.si].first, r.q.open))
}

// hearSentenceSubject: the pronoun, body or medium the quote's sentence
// opens with (sentenceSubject), a name having been read as the clause's
// subject: "She waved it away as “…”", "The ad claims “…”".
func hearSentenceSubject(x *extractor, r *quoteSite) (heard, bool) {
	if r.si < 0 {
		return heard{}, false
	}
	return said(x.sentenceSubject(r.toks[r.sents[r.si].first:r.q.open]))
}
