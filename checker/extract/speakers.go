// Speakers: the extractor's pass that gives each quote its speaker, from the
// attributions of its sentence, the paragraph's byline or the one before.

package extract

import (
	"strings"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/source"
)

// quotes emits the quote claims of a block, each with its speaker: the
// first of speakerReadings (grammar.go) that finds one. Fragments of one
// sentence with one speaker merge, and a quote that carries on the
// quotation of the paragraph before extends it.
func (x *extractor) quotes(b *document.Block, toks []token, qs []quote, sents []sentenceView) {
	var prev *claim.Claim
	prevSent, prevOpen, prevClose, prevCue := -1, 0, 0, -1
	var carried *claim.Claim // the quotation of the paragraph before, which this paragraph's first quote carries on
	x.signs(toks, qs)
	for qi, q := range qs {
		si := sentenceOf(sents, q.open)
		reported := si >= 0 && reportsSpeech(toks, sents[si].attrs)
		if q.words(toks) == 0 || q.markup(toks) {
			continue
		}
		// too short to be speech and with no reporting verb in its sentence:
		// a scare quote, unless someone is found who says it
		scare := !(q.speech(toks) || reported)
		if q.apostrophes {
			// ''…'' marks words as quoted, so no attribution is read
			// inside them, but makes no quote claim: the pair also writes
			// inches and ditto marks, and the archive sets factlint is
			// measured on do not count these as direct quotes
			continue
		}
		x.site = quoteSite{toks: toks, sents: sents, q: q, qi: qi, si: si, prev: prev}
		x.site.nearest()
		h, by := x.hearSpeaker(&x.site)
		speaker, cue := h.speaker, h.cue
		if h.carried != nil {
			carried = h.carried
		}
		cued := cue >= 0 // the quote's own sentence attributes it: a statement of its own
		if scare && (!x.namedSpeaker(speaker) || q.title(toks)) {
			continue
		}
		if x.onSpeaker != nil && by != "" {
			x.onSpeaker(b.SourceOffset(int(toks[q.open].start)), by)
		}
		end := min(q.close+1, len(toks))
		if carried != nil && qi == 0 {
			carryOn(carried, b, toks, q.open, end)
			continue
		}
		// fragments of one speaker in one paragraph are one quotation,
		// unless each has a cue of its own: "“…,” Fiorina said, adding
		// that it “…”" reports two statements
		if prev != nil && si >= 0 && prev.Speaker == speaker && (prevSent == si || speaker.Kind != "" && !cued) && (!cued || prevCue < 0 || cue == prevCue) &&
			!statementBetween(toks, prevClose, q.open, prevCue) {
			span := source.Span{Start: int(toks[prevOpen].start), End: int(toks[end-1].end)}
			prev.Span, prev.Text = b.SourceSpan(span), b.Text[span.Start:span.End]
			prevClose = q.close
			continue
		}
		c := x.newClaim(claim.Quote, b, toks, q.open, end)
		c.Edit().Speaker, c.Edit().By = speaker, quotationName
		if q.runsOn {
			c.Edit().By = quotationRunsOnName
		}
		if speaker.Kind != "" {
			c.Edit().Source, c.Edit().SpeakerBy = speaker, by
		}
		x.claims = append(x.claims, c)
		prev, prevSent, prevOpen, prevClose, prevCue = c, si, q.open, q.close, cue
	}
	x.bylineSpeaker = x.byline(toks, qs)
	// who speaks a quotation paragraph that names nobody: the source of a
	// paragraph that ended introducing it ("Altun said:"), else the speaker
	// of this paragraph's last quote, else whom its last sentence reports
	// ("She said the vote was rigged. ¶ “Every district…”")
	x.prevBlockSpeaker = claim.Source{}
	if prev == nil {
		prev = carried // the paragraph only carries on the quotation before it
	}
	var last sentenceView
	if n := len(sents); n > 0 {
		last = sents[n-1]
	}
	x.endQuote = nil
	introduces := tokAt(toks, last.last-1).lower == ":"
	if s, ok := last.lastSource(); ok && (prev == nil || introduces) {
		x.prevBlockSpeaker = s
	} else if s, ok := x.introducer(toks, last, introduces); ok {
		x.prevBlockSpeaker = s
	} else if prev != nil {
		x.prevBlockSpeaker = prev.Speaker
		if prev.Speaker.Kind != "" && (prevClose >= last.first || prev == carried) {
			x.endQuote = prev
		}
	}
	x.lastQuote = nil
	if n := len(qs); n > 0 && qs[n-1].runsOn && prev != nil {
		x.lastQuote = prev
	}
	if prev != nil && len(qs) > 0 && qs[0].open == 0 && continuesQuotation(toks, qs[len(qs)-1], sents) {
		x.signable = prev
	}
}

// signs gives the quote of a quotation paragraph the speaker a signature
// line after it names: a paragraph that opens with a dash and a name, maybe
// with a title or what the speaker was doing after a comma ("“…” ¶ — Ana
// Ruiz, speaking on Monday."), as roundups and fact checks set quotes.
func (x *extractor) signs(toks []token, qs []quote) {
	c := x.signable
	x.signable = nil
	if c == nil || len(qs) > 0 || len(toks) < 2 || !signatureDashes[toks[0].text] {
		return
	}
	end := 1
	for end < len(toks) && toks[end].lower != "," {
		end++
	}
	if s := x.byline(toks[1:end], nil); s.Kind != "" {
		c.Edit().Speaker, c.Edit().Source, c.Edit().SpeakerBy = s, s, signatureLineName
	}
}

// attributesQuoteBefore is the attribution of the sentence after a quote
// that attributes it: one whose cue opens the sentence within a few words
// ("… over.” Altun said."), or one whose source opens it, however long
// the source with its title or aside ("…!” Rep. Ana Ruiz, D-Ore., said of
// the vote.): the sentence begins by telling who spoke.
func attributesQuoteBefore(next sentenceView) (attribution, bool) {
	for _, a := range next.attrs {
		if a.cue-next.first <= 6 || a.first == next.first && a.cue-a.last <= 1 && a.cue-next.first <= maxOpeningSource {
			return a, true
		}
	}
	return attribution{}, false
}

// maxOpeningSource bounds the tokens of a source with its title and
// aside that opens a sentence before its cue.
const maxOpeningSource = 16

// fromIntroducer reads the source a colon introduces after "from", the
// words before the colon being only that phrase ("More from Ruiz: “…”",
// "From the report: “…”"), as roundups set a quotation: a name or a
// determined noun phrase with a speaker's head, of a few words, ending at
// the colon (colon).
func fromIntroducer(toks []token, first, colon int, st *docState) (claim.Source, bool) {
	if colon-first < 2 {
		return claim.Source{}, false // no room for "from" and a source
	}
	f := colon - 1
	for f > first && f > colon-maxFromPhrase && toks[f].lower != "from" {
		f--
	}
	if toks[f].lower != "from" || f+1 >= colon || !opensIntroducer(toks, first, f) {
		return claim.Source{}, false
	}
	for k := f + 1; k < colon; k++ {
		if toks[k].kind != tWord || !toks[k].capitalized() && !toks[k].in(cDeterminer|cFunctionWord) && k != colon-1 {
			return claim.Source{}, false
		}
	}
	if toks[f+1].in(cSourceDeterminer) {
		if !speakerHead(&toks[colon-1]) {
			return claim.Source{}, false
		}
		return resolve(toks, attribution{first: f + 1, last: colon, common: true, head: colon - 1}, st), true
	}
	return personAt(toks, f+1, colon, st)
}

// opensIntroducer: "from" at f opens the words before a colon, maybe after
// "More" and a dash that closes a heading ("How the polls moved - More
// from Ruiz:").
func opensIntroducer(toks []token, first, f int) bool {
	if f > first && toks[f-1].lower == "more" {
		f--
	}
	return f == first || signatureDashes[toks[f-1].text]
}

// maxFromPhrase bounds the words between "from" and the colon.
const maxFromPhrase = 6

// introducer is the person a paragraph's last sentence opens with when it
// ends in a colon: "Ruiz issued the following statement:" names the
// speaker of the quotation paragraph after it, whatever its verb.
func (x *extractor) introducer(toks []token, last sentenceView, introduces bool) (claim.Source, bool) {
	if !introduces {
		return claim.Source{}, false
	}
	return x.clauses().clauseSubjectSpeaker(toks, last.first, last.last-1)
}

// clauses is the scanner of clause subjects over the block being read.
func (x *extractor) clauses() clauseScan {
	return clauseScan{quoted: x.bufs.quoted, surnames: x.surnames, st: &x.st}
}

// namedSpeaker: a speaker is a person the article names, by a name of
// several words or by the surname of one named in full before: a short
// quotation is speech when such a person says it ("Ruiz called the levy
// “a stunt”"), a scare quote when no one does.
func (x *extractor) namedSpeaker(s claim.Source) bool {
	if s.Kind != claim.Person || s.Name == "" || pronouns[strings.ToLower(s.Text)] != "" {
		return false
	}
	last := lastWord(s.Name)
	return strings.Contains(s.Name, " ") || x.surnames.has(last, wordHash(last))
}

// continuesQuotation: a paragraph that is only a quotation, attributing
// nothing, carries on the quotation the paragraph before ended on: "“…,”
// Ortiz said. ¶ “And we will rebuild the school.”" is one statement over
// two paragraphs, as a quotation running on over several is.
func continuesQuotation(toks []token, q quote, sents []sentenceView) bool {
	for _, s := range sents {
		if len(s.attrs) > 0 {
			return false
		}
	}
	for k := q.close + 1; k < len(toks); k++ {
		if toks[k].kind == tWord || toks[k].kind == tNumber {
			return false
		}
	}
	return !q.runsOn && q.close < len(toks)
}

// statementBetween: a verb of saying or of stance stands between two
// quotes, outside any quote and other than cue, the one that attributes
// the first: "“…,” he said, adding that … “…”" and "called it “…” and
// accused him of “…”" report two statements, each a quotation of its own;
// "“…,” he said. “…”" is one quotation in two fragments.
func statementBetween(toks []token, from, to, cue int) bool {
	for k := from + 1; k < to && k < len(toks); k++ {
		if t := &toks[k]; k != cue && t.kind == tWord && (t.in(cCue) || stanceVerb(t) || t.verbIn(vPlain)) && secondPredicate(toks, k) {
			return true
		}
	}
	return false
}

// secondPredicate: the verb at k is a second predicate of its sentence's
// subject, after "and" or "then" with maybe an adverb between ("and
// later said", "then referred").
func secondPredicate(toks []token, k int) bool {
	p := k - 1
	if p > 0 && !toks[p].is("and", "then") && (adverbInLy(&toks[p]) || toks[p].in(cSubjectAdverb)) {
		p--
	}
	return tokAt(toks, p).is("and", "then") || toks[k].lower == "adding" && tokAt(toks, k+1).is("that", ":")
}

// carryOn extends a quotation that ran on from the paragraph before over
// the quote of this paragraph's tokens [open, end): a quotation of several
// paragraphs, each reopening with a mark and none closing until the last,
// is one quote. Its text is its paragraphs' texts, a blank line between.
func carryOn(c *claim.Claim, b *document.Block, toks []token, open, end int) {
	span := source.Span{Start: int(toks[open].start), End: int(toks[end-1].end)}
	c.Span.End = b.SourceSpan(span).End
	c.Text += "\n\n" + b.Text[span.Start:span.End]
}

// byline reads a paragraph that is only a name, maybe with an outlet or a
// title ("Chris Cillizza, The Washington Post"): in a roundup it introduces
// the quotation in the next paragraph.
func (x *extractor) byline(toks []token, qs []quote) claim.Source {
	if len(qs) > 0 || len(toks) == 0 || len(toks) > 14 || !toks[0].capitalized() {
		return claim.Source{}
	}
	comma := false // after the name, a short description may follow: "Jeremy Lott, author"
	for i := range toks {
		t := &toks[i]
		if t.lower == "," {
			comma = true
		}
		if t.kind == tWord && !comma && !t.capitalized() && !t.in(cTitle) && !t.in(cOrg) && !t.is("of", "for", "the", "and", "'s", "’s") ||
			t.in(cCue) || isVerbForm(t.lower) || t.is(".", "?", "!") && t.end < toks[len(toks)-1].end {
			return claim.Source{}
		}
	}
	last := len(toks)
	if toks[last-1].is(".", ":") {
		last--
	}
	s := resolve(toks, attribution{first: 0, last: last}, &x.st)
	if s.Kind != claim.Person {
		return claim.Source{}
	}
	return s
}

// sentenceSubject is the person or body a sentence opens with, the speaker
// of a quote whose verb factlint does not know ("Obama dismissed it as “…”").
// A sentence that opens with a common noun phrase of people or of a
// medium that carries words ("The billionaire businessman began …, saying
// “…”", "The ad claims “…”") has it as its subject.
func (x *extractor) sentenceSubject(toks []token) (claim.Source, bool) {
	if first, last, ok := subjectSpan(toks); ok {
		s := resolve(toks, attribution{first: first, last: last}, &x.st)
		if s.Kind == claim.Person || s.Kind == claim.Organization {
			return s, true
		}
	}
	if first, last, ok := determinedSubjectSpan(toks, speakerHead); ok {
		return resolve(toks, attribution{first: first, last: last, common: true, head: last - 1}, &x.st), true
	}
	return claim.Source{}, false
}

// describedAfterQuote reads a speaker described by a common noun after a
// quote, before an unknown verb: "“…,” the party's vice-presidential
// nominee riffed", "“…,” a voice-over in the ad says". The head noun, last
// before the verb, must be a speaker's (speakerHead), and the verb finite:
// a participle describes the noun ("“…,” a nod to the front-runner
// acknowledging …").
func describedAfterQuote(toks []token, k int, st *docState) (claim.Source, bool) {
	if !toks[k].in(cSourceDeterminer) {
		return claim.Source{}, false
	}
	for e := k + 2; e < len(toks) && e <= k+7; e++ {
		t := &toks[e]
		if verbAfterQuote(toks, e) && !strings.HasSuffix(t.lower, "ing") && speakerHead(&toks[e-1]) {
			return resolve(toks, attribution{first: k, last: e, common: true, head: e - 1}, st), true
		}
		if t.kind != tWord && !t.is("'s", "’s", "-") || t.in(cCue) {
			break
		}
	}
	return claim.Source{}, false
}

// describedAfterVerb reads a speaker described by a common noun after the
// verb that follows a quote: "“…,” reads a new editorial in the Gazette",
// "“…,” said the printed campaign card." The phrase opens with a
// determiner at k, and its head, a speaker's, ends the clause or is
// followed by a preposition.
func describedAfterVerb(toks []token, k int, st *docState) (claim.Source, bool) {
	if k >= len(toks) || !toks[k].in(cSourceDeterminer) {
		return claim.Source{}, false
	}
	for e := k + 1; e < len(toks) && e <= k+5; e++ {
		t := &toks[e]
		if t.kind != tWord || t.in(cCue) {
			break
		}
		if next := tokAt(toks, e+1); speakerHead(t) && (e+1 == len(toks) || next.is(".", ",", ";") || headComplements[next.lower]) {
			return resolve(toks, attribution{first: k, last: e + 1, common: true, head: e}, st), true
		}
	}
	return claim.Source{}, false
}

// personAt resolves toks[first:last] as a source when it is a person.
func personAt(toks []token, first, last int, st *docState) (claim.Source, bool) {
	if s := resolve(toks, attribution{first: first, last: last}, st); s.Kind == claim.Person {
		return s, true
	}
	return claim.Source{}, false
}

// reportsSpeech: one of a sentence's attributions has a verb for its cue.
// A speaker's label alone ("Ryan: ‘No Place’ for It") makes a short
// quotation no speech: a headline quotes a fragment of what was said.
func reportsSpeech(toks []token, attrs []attribution) bool {
	for _, a := range attrs {
		if toks[a.cue].lower != ":" {
			return true
		}
	}
	return false
}

// lastSource is the source of a sentence's last attribution.
func (sv sentenceView) lastSource() (claim.Source, bool) {
	if len(sv.attrs) == 0 {
		return claim.Source{}, false
	}
	return sv.attrs[len(sv.attrs)-1].source, true
}

func sentenceOf(sents []sentenceView, k int) int {
	for i, s := range sents {
		if k >= s.first && k < s.last {
			return i
		}
	}
	return -1
}

// opensOwnClause: the word before a pronoun starts a clause apart from the
// reported one: a comma, a relative pronoun, a subordinating conjunction.
func opensOwnClause(t *token) bool {
	return t.lower == "," || t.is("which", "whom", "who", "whose", "though", "although", "when", "while", "after",
		"because", "since", "before", "where", "whereas", "until", "unless", "and", "but")
}

// nearestOutside is the index of the attribution closest to the quote
// whose cue stands outside its marks, -1 when none does.
func nearestOutside(toks []token, attrs []attribution, q quote) int {
	best, dist := -1, 1<<30
	before, after := false, 0 // after: attributions whose cue follows the quote
	for _, a := range attrs {
		before = before || a.cue < q.open
		if a.cue > q.close {
			after++
		}
	}
	for i, a := range attrs {
		if a.cue > q.open && a.cue < q.close || before && a.cue > q.close && !attributesBack(toks, a, q) {
			continue
		}
		if a.cue > q.close && after > 1 && relativeSpeaker(toks, a) {
			continue // "“…,” Cruz, who has proposed a repeal, said": the relative clause describes the speaker
		}
		d := q.open - a.cue
		if a.cue > q.close {
			d = a.cue - q.close
		}
		if framesQuote(toks, a, q) {
			d = 0
		}
		if d < dist {
			best, dist = i, d
		}
	}
	return best
}

// relayedBy: a quote the writer heard from a second source is that
// source's report. "“…,” the mayor said, according to the station" and
// "According to the station, the mayor said “…”" give the mayor's words
// as the station relays them: the according-to phrase, set off by a comma
// next to the speaker's clause or the quote's, names where the quote comes
// from. A stop between them ("the mayor said …, and the vote failed,
// according to the tally") leaves the phrase to another clause.
func relayedBy(toks []token, attrs []attribution, inner int, q quote) (claim.Source, bool) {
	a := attrs[inner]
	for i, r := range attrs {
		if i == inner || r.source.Kind == "" || toks[r.cue].lower != "according" || r.cue > q.open && r.cue < q.close {
			continue
		}
		clause := oneClause(toks, a.cue, r.cue-1) || r.cue > q.close && oneClause(toks, q.close, r.cue-1)
		after := r.cue > a.cue && tokAt(toks, r.cue-1).lower == "," && clause && !cueBetween(attrs, a.cue, r.cue)
		before := r.last+1 == a.first && tokAt(toks, r.last).lower == ","
		if after || before {
			return r.source, true
		}
	}
	return claim.Source{}, false
}

// cueBetween: another attribution stands between two cues ("said, adding
// that …, according to"), so the according-to phrase relays what it
// attributes, not the speaker before it.
func cueBetween(attrs []attribution, from, to int) bool {
	for _, b := range attrs {
		if b.cue > from && b.cue < to {
			return true
		}
	}
	return false
}

// framesQuote: an attribution opens right after a quote that ends its
// clause inside the marks, "“…,” the senator said": the frame of a
// quotation, which wins over any attribution before the quote ("Nothing
// the mayor said “will calm the town,” the senator said"). Its cue is a
// verb of saying: after "in a clip he called “distasteful,” Ruiz
// expressed" the comma ends a phrase, not a quotation.
func framesQuote(toks []token, a attribution, q quote) bool {
	return a.cue > q.close && (a.first == q.close+1 || a.cue == q.close+1) && toks[a.cue].in(cCue) && tokAt(toks, q.close-1).is(",", "?", "!")
}

// relativeAfter: the source of an attribution is a relative pronoun right
// after the quote's closing mark, with no stop inside the marks before it:
// in "called herself a “proud member” who wants the party to win" the
// relative clause describes the quoted noun, and its verb attributes
// nothing to the quote.
func relativeAfter(toks []token, a attribution, q quote) bool {
	return a.first == q.close+1 && relativeSpeaker(toks, a) && !tokAt(toks, q.close-1).is(",", ".", "?", "!")
}

// relativeSpeaker: the source of an attribution is a relative pronoun,
// the verb of a clause that describes someone named before it.
func relativeSpeaker(toks []token, a attribution) bool {
	return a.last-a.first == 1 && toks[a.first].is("who", "which")
}

// attributesBack: a cue after a quote attributes it when the quote ends a
// clause inside its marks (“…,” she said; “…?” he asked) or the cue or its
// source follows the closing mark; "“are very threatened” because they
// see" starts a clause of its own, and so does "“a mistake,” although he
// supports": a subordinate clause after the quote is no attribution of it,
// nor is a clause opened by "but" ("called it “an attack,” but he also
// noted": a second statement).
func attributesBack(toks []token, a attribution, q quote) bool {
	if q.close >= len(toks) {
		return true
	}
	if tokAt(toks, q.close+1).is("although", "though", "because", "while", "whereas", "since", "unless", "if", "when", "but") || relativeAfter(toks, a, q) {
		return false
	}
	return tokAt(toks, q.close-1).is(",", "?", "!", ".", "…") || a.cue == q.close+1 || a.first == q.close+1 ||
		tokAt(toks, q.close+1).lower == ","
}

// outerSpeaker: a pronoun that speaks in the reported clause of an earlier
// speaker is that speaker's, and so is the quote: in "Benjamin said he
// believes “…”" the quote is Benjamin's report. It is the nearest
// attribution before the pronoun's with a source that is no pronoun. A
// pronoun that opens a clause of its own after a comma, a relative
// pronoun or a conjunction ("which he called “…”", "although he
// tweeted") speaks for itself. So does a relative pronoun that restricts
// a noun of the reported clause with a verb of stance: in "Cruz said any
// rival who wants the state “owes it to the voters”" the quote is Cruz's
// report; "Webb, who chairs the board, called it “…”" is Webb's, and
// "Obama rebuked critics who say he should call them “…”" the critics'. Any source that opens the object clause of
// a verb of saying is reported too: in "Coit said the candidate sees
// “…”" the quote is Coit's.
func outerSpeaker(toks []token, attrs []attribution, inner int, q quote) (claim.Source, bool) {
	a := attrs[inner]
	if a.cue > q.open || a.first == 0 {
		return claim.Source{}, false
	}
	for i := inner - 1; i >= 0; i-- {
		if b := attrs[i]; b.source.Kind != "" && toks[b.cue].in(cCue) && (b.cue+1 == a.first || b.cue+2 == a.first && toks[b.cue+1].lower == "that") {
			return b.source, true
		}
	}
	relative := relativeSpeaker(toks, a)
	if relative && toks[a.cue].in(cCue) {
		return claim.Source{}, false // "critics who say he should call them “…”" quotes the critics
	}
	if a.last-a.first != 1 || pronouns[strings.ToLower(a.source.Text)] != claim.Person && !relative || opensOwnClause(&toks[a.first-1]) {
		return claim.Source{}, false
	}
	for i := inner - 1; i >= 0; i-- {
		b := attrs[i]
		if b.cue < a.first && b.source.Kind != "" && pronouns[strings.ToLower(b.source.Text)] == "" && !relativeSpeaker(toks, b) {
			if relative && !oneClause(toks, b.cue, a.first) {
				return claim.Source{}, false
			}
			return b.source, true
		}
	}
	return claim.Source{}, false
}

// oneClause: no comma, dash or colon stands between two tokens: a
// relative pronoun after a speaker's cue restricts a noun of the clause
// reported only in the same stretch ("While Ruiz condemned it, the groups
// who wrote to her say" is two).
func oneClause(toks []token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if toks[k].kind == tPunct && toks[k].is(",", ":", ";", "—", "–", "―", "--") {
			return false
		}
	}
	return true
}
