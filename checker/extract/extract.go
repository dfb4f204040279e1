package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/fold"
	"github.com/factlint/factlint/checker/source"
)

// Extract returns the claims of a document in order of position.
func Extract(d *document.Document) []*claim.Claim {
	return new(Extractor).Extract(d)
}

// Extractor extracts claims from one document after another, reusing its
// token buffer; one per goroutine.
type Extractor struct {
	arena   []token
	words   wordSets
	slab    claimSlab
	facets  facetSlab // the facets of claims that do not share them
	scratch facetScratch
	bufs    buffers
	// list is the claim list the last Extract returned, kept for the next
	// once Reuse has said nothing refers to it
	list  []*claim.Claim
	spare []*claim.Claim
	// onSpeaker, when set (by tests), hears the source offset of each
	// quote kept and the name of the reading that found its speaker
	onSpeaker func(offset int, reading string)
}

// Extract returns the claims of a document in order of position.
func (e *Extractor) Extract(d *document.Document) []*claim.Claim {
	// every block is tokenized once, into one buffer; the vocabulary needs
	// all of them before the first sentence is read
	size := 0
	for _, b := range d.Blocks {
		size += len(b.Text)
	}
	if streamsTokens(size) {
		return e.extractStreaming(d, size)
	}
	arena := e.tokenBuffer(size, len(d.Blocks))
	bounds := make([]int, len(d.Blocks)+1)
	// a new builder for each document: claims that outlive it keep the
	// strings written into the last one
	var lowers strings.Builder
	lowers.Grow(size / 8) // capitalized words the lexicon does not know: a tenth of the bench corpus
	for i, b := range d.Blocks {
		arena = appendTokens(arena, b.Text, &lowers)
		monthsInNames(arena[bounds[i]:])
		bounds[i+1] = len(arena)
	}
	defer e.keepTokens(arena)
	toks := make([][]token, len(d.Blocks))
	for i := range d.Blocks {
		toks[i] = arena[bounds[i]:bounds[i+1]:bounds[i+1]]
	}
	e.words.reset()
	vocabulary(toks, &e.words)
	return e.extractBlocks(d, size, func(i int) []token { return toks[i] })
}

// extractBlocks reads the claims of d's blocks, whose tokens blockTokens
// gives one block after another, once the vocabulary is known.
func (e *Extractor) extractBlocks(d *document.Document, size int, blockTokens func(i int) []token) []*claim.Claim {
	x := &extractor{doc: d, slab: &e.slab, facets: &e.facets, scratch: e.scratch.reuse(), lowerVocab: &e.words.lower, midCaps: &e.words.midCaps, seenNames: &e.words.seenNames, surnames: &e.words.surnames, bufs: &e.bufs,
		claims: e.claimList(size), onSpeaker: e.onSpeaker}
	x.st.persons = e.bufs.persons
	// in a large document each block's claims share their facets once it
	// is read, so it holds one copy of each, not one a claim; a later
	// block's edit of an earlier claim copies its facets, and finish
	// shares them. A small one's claims keep their own: sharing would cost
	// more time than the memory it saves.
	var facets claim.Interner
	shares := size >= shareFacetsFrom
	if !shares {
		x.scratch = nil
	}
	shared := 0
	for i, b := range d.Blocks {
		x.block(b, blockTokens(i))
		if shares {
			facets.Keep(x.claims[min(shared, len(x.claims)):])
			shared = len(x.claims)
			x.scratch = e.scratch.reuse()
		}
	}
	x.finish()
	if shares {
		facets.Share(x.claims)
	}
	e.bufs.keepPersons(x.st.persons)
	e.bufs.bound()
	e.list = x.claims
	return x.claims
}

type extractor struct {
	doc        *document.Document
	slab       *claimSlab
	facets     *facetSlab    // the facets of a small document's claims
	scratch    *facetScratch // a large one's, for the block's claims until they are shared
	st         docState
	claims     []*claim.Claim
	counts     []*claim.Claim // body counts so far, for "the toll rose to"
	lowerVocab *wordSet
	midCaps    *wordSet
	seenNames  *wordSet
	surnames   *wordSet     // last words of the multi-word names seen so far
	lastQuote  *claim.Claim // a quote running on into the next paragraph
	// endQuote is the quote a paragraph ended on, with its speaker: a
	// paragraph of quotation after it that attributes nothing carries it on
	endQuote *claim.Claim
	// prevBlockSpeaker speaks a quotation paragraph after this one (see quotes)
	prevBlockSpeaker claim.Source
	// bylineSpeaker is a paragraph that only names someone, before a quote
	bylineSpeaker claim.Source
	// signable is the quote of a paragraph that is only a quotation: a
	// signature line after it names its speaker (see signs)
	signable *claim.Claim
	bufs     *buffers
	// site is the quote whose speaker is being read: a field, not a
	// local, since the readings are called through func values and a
	// local's address would escape to the heap, once per quote
	site quoteSite
	// onSpeaker is the Extractor's
	onSpeaker func(offset int, reading string)
}

// sentenceView is one sentence's tokens and what was found in it.
type sentenceView struct {
	first, last int // block token range
	// classes is the union of its tokens' classes: a pass that needs a
	// word of some class skips a sentence without one, unread
	classes wordClass
	attrs   []attribution
}

func (x *extractor) block(b *document.Block, toks []token) {
	if !b.Headline && !b.Furniture && len(b.Sentences) > 0 {
		x.st.bodyBlocks++
	}
	quotes := findQuotes(x.bufs.quotes[:0], toks)
	inQuote := quotedIndex(x.bufs.quoted, len(toks), quotes)
	x.bufs.quotes, x.bufs.quoted = quotes, inQuote
	x.bufs.attrs = x.bufs.attrs[:0]
	sents := x.bufs.sents[:0]
	k := 0
	for _, s := range b.Sentences {
		for k < len(toks) && int(toks[k].start) < s.Start {
			k++
		}
		first := k
		var classes wordClass
		for k < len(toks) && int(toks[k].start) < s.End {
			classes |= toks[k].cls
			k++
		}
		sv := sentenceView{first: first, last: k, classes: classes}
		x.sentence(b, toks[first:k], inQuote[first:], &sv)
		sents = append(sents, sv)
	}
	x.quotes(b, toks, quotes, sents)
	x.bufs.sents = sents
}

// inQuote says of each token from the sentence's first whether it is
// quoted.
func (x *extractor) sentence(b *document.Block, toks []token, inQuote []bool, sv *sentenceView) {
	// the sentence's attributions stay in the block's buffer until its
	// quotes are read; an append that moves the buffer leaves earlier
	// sentences theirs in the old array, which nothing writes again
	from := len(x.bufs.attrs)
	if sv.classes&cAttributionTrigger != 0 {
		x.bufs.attrs = attributionsIn(&x.bufs.cue, x.bufs.attrs, toks, inQuote, &x.st)
	}
	attrs := x.bufs.attrs[from:len(x.bufs.attrs):len(x.bufs.attrs)]
	for i := range attrs {
		a := &attrs[i]
		a.first += sv.first
		a.last += sv.first
		a.cue += sv.first
	}
	kept := attrs[:0]
	for _, a := range attrs {
		if s, ok := x.groupSource(toks, a, sv.first); ok {
			a.source = s
		}
		c := x.newClaim(claim.Attribution, b, toks, a.first-sv.first, a.last-sv.first)
		c.Edit().Source = a.source
		c.Edit().Cue, c.Edit().By = toks[a.cue-sv.first].lower, a.by
		x.claims = append(x.claims, c)
		if a.dangling {
			continue // a cue with no source lends none to the sentence
		}
		kept = append(kept, a)
		x.remember(a.source)
	}
	attrs = kept
	sv.attrs = attrs
	for _, ct := range countsIn(toks, sv.classes, x.st.lastEvent, x.surnames, x.placeOf(b), &x.bufs.counts) {
		kind := claim.Count
		if ct.unit != "" {
			kind = claim.Quantity
		}
		c := x.newClaim(kind, b, toks, ct.first, max(ct.npEnd, ct.last))
		c.Value, c.Edit().Qualifier, c.Edit().Unit = ct.value, ct.qualifier, ct.unit
		c.Edit().Event, c.Edit().Subject, c.Edit().Modifiers, c.Edit().Scope = ct.event, ct.subject, ct.modifiers, ct.scope
		c.Superseded, c.Subset, c.Cumulative, c.Edit().By = ct.superseded, ct.subset, ct.cumulative, ct.by
		if src, ok := nearest(attrs, ct.first+sv.first); ok {
			c.Edit().Source = src
		}
		furniture := fromFurniture(c, b)
		if ct.revises && !c.InHeadline && !furniture {
			x.supersedeEarlier(c, ct.ranked)
		}
		if ct.event != "" && !furniture {
			x.st.lastEvent = ct.event
		}
		if kind == claim.Count && !c.InHeadline {
			x.counts = append(x.counts, c)
		}
		x.claims = append(x.claims, c)
	}
	x.bufs.names = namesIn(x.bufs.names[:0], toks, x.lowerVocab, x.midCaps)
	for _, n := range x.bufs.names {
		if postSignature(toks, n.first, n.last) {
			continue
		}
		x.bufs.nameBuf = appendJoined(x.bufs.nameBuf[:0], toks[n.first:n.last], false)
		h := bytesHash(x.bufs.nameBuf)
		if x.seenNames.hasBytes(x.bufs.nameBuf, h) {
			continue
		}
		text, folded := nameForms(x.bufs.nameBuf, toks[n.first:n.last])
		x.seenNames.add(text, h)
		if n.last-n.first >= 2 {
			surname := toks[n.last-1].text
			x.surnames.add(surname, wordHash(surname))
		}
		c := x.newClaim(claim.Name, b, toks, n.first, n.last)
		c.Edit().Folded, c.Edit().Title, c.Edit().By = folded, n.title, nameRunName
		x.claims = append(x.claims, c)
	}
	if len(attrs) == 0 && len(x.bufs.names) > 0 {
		x.rememberSubject(toks, x.bufs.names[0])
	}
}

// groupSource corrects a source read as a person named by one word that
// is a group: before a verb that agrees with a plural ("Prosecutors
// allege", where a person takes "alleges") a plural noun is a group of
// people and any other word a body that takes a plural ("Labour say");
// a plural that opens a sentence and that the article also writes in
// lower case ("Shoppers said") is a group of people too, unless it is the
// surname of someone named before. a's token indexes are the block's;
// first is where the sentence's tokens start.
func (x *extractor) groupSource(toks []token, a attribution, first int) (claim.Source, bool) {
	s := a.source
	if s.Kind != claim.Person || a.last-a.first != 1 {
		return s, false
	}
	k := a.first - first
	t := &toks[k]
	plural, pluralVerb := singular(t.lower) != t.lower, pluralCues[toks[a.cue-first].lower]
	switch {
	case pronounOf(t) != "" || k > 0 && toks[k-1].is("and", "or", "nor", "&", ","):
		return s, false // "Microsoft and Sony believe": the verb agrees with both
	case pluralVerb && !plural:
		s.Kind = claim.Organization
		return s, true
	case pluralVerb || plural && k == 0 && x.lowerVocab.has(t.lower, t.hash) && !x.surnames.has(t.text, wordHash(t.text)):
		s.Kind, s.Name = claim.Anonymous, ""
		return s, true
	}
	return s, false
}

// rememberSubject makes a titled name that opens a sentence reporting
// nobody ("President Ana Lima toured the camp.") the person a pronoun
// after it means first: the subject of the sentence before is a pronoun's
// likeliest antecedent, as "She said" after it shows.
func (x *extractor) rememberSubject(toks []token, n nameRun) {
	if n.title == "" || n.titleFirst != 0 || n.last-n.first > 3 || titleModifiers[toks[n.first-1].lower] {
		return // "Former Wimbledon champion": no office before the name
	}
	for _, t := range toks[n.first:n.last] {
		if t.in(cFunctionWord | cOrg) {
			return // "National Bank of Kuwait": a body
		}
	}
	name := joinTokens(toks[n.first:n.last])
	fuller, found := claim.Source{}, false
	persons := x.st.persons
	for i := len(persons) - 1; i >= 0 && i >= len(persons)-mentionReach; i-- {
		if p := persons[i]; lastWord(p.Name) == lastWord(name) && len(p.Name) > len(name) {
			fuller, found = p, true
			break
		}
	}
	x.remember(claim.Source{Text: joinTokens(toks[:n.last]), Name: name, Title: n.title, Kind: claim.Person})
	if found {
		// "Mr Snow" again: a pronoun means the person as introduced ("John
		// Snow, US Treasury Secretary"); the mention still tells the sex
		x.remember(fuller)
	}
}

// nameForms is a name's text, joined from its tokens ts into joined, and
// its folded form. An ASCII name without a hyphen folds to its tokens’ lower case, which the
// tokenizer has made, so it needs no folding and both forms share one
// allocation.
func nameForms(joined []byte, ts []token) (text, folded string) {
	if !fold.LowerOnly(string(joined)) {
		text = string(joined)
		return text, fold.Fold(text)
	}
	if len(ts) == 1 {
		return ts[0].text, ts[0].lower
	}
	both := string(appendJoined(joined, ts, true))
	return both[:len(joined)], both[len(joined):]
}

// remember updates whom later pronouns refer to.
func (x *extractor) remember(s claim.Source) {
	switch {
	case s.Kind == claim.Person && s.Name != "":
		x.st.persons = append(x.st.persons, s)
	case s.Kind == claim.Organization && s.Name != "":
		x.st.lastOrg = s
		if lawBody(s.Name) {
			x.st.lawBody = s
		}
	}
}

// nearest is the attribution of the sentence closest to token k.
func nearest(attrs []attribution, k int) (claim.Source, bool) {
	best, dist := -1, 1<<30
	for i, a := range attrs {
		d := a.cue - k
		if d < 0 {
			d = -d
		}
		if d < dist {
			best, dist = i, d
		}
	}
	if best < 0 {
		return claim.Source{}, false
	}
	return attrs[best].source, true
}

// supersedeEarlier marks earlier figures of the same event replaced when a
// later one says the toll rose to a new figure they do not allow. A toll
// told by a death's rank (ranked) only grows: "a second victim died",
// after "a third person has died", retells the story and replaces nothing.
func (x *extractor) supersedeEarlier(c *claim.Claim, ranked bool) {
	for _, e := range x.counts {
		if ranked && e.Value.Min >= c.Value.Min {
			continue
		}
		// "at least 14 … the toll rose to 17": a figure the new one rose
		// past is replaced though it allowed the new one
		passed := e.Value.Min < c.Value.Min
		if e.Event == c.Event && !e.Subset && (!e.Value.Overlaps(c.Value) || passed) && sameSubjectClass(e.Subject, c.Subject) {
			e.Superseded = true
		}
	}
}

// sameSubjectClass: an earlier figure with no noun ("nine") is replaced by a
// later one of any class.
func sameSubjectClass(a, b string) bool {
	return a == "" || b == "" || claim.SubjectClass(a) == claim.SubjectClass(b)
}

// placeOf says where in the article block b stands: its headline, its
// lead (the first block of its own text) or further on.
func (x *extractor) placeOf(b *document.Block) textPlace {
	switch {
	case b.Headline:
		return placeHeadline
	case !b.Furniture && x.st.bodyBlocks == 1:
		return placeLead
	}
	return placeBody
}

// newClaim makes a claim spanning tokens [first, last) of a sentence.
func (x *extractor) newClaim(kind claim.Kind, b *document.Block, toks []token, first, last int) *claim.Claim {
	last = min(max(last, first+1), len(toks))
	span := source.Span{Start: int(toks[first].start), End: int(toks[last-1].end)}
	// the slab's claims are fresh and zero: setting fields one by one spares
	// copying a whole claim over one
	c := x.slab.next()
	if x.scratch != nil {
		c.Use(x.scratch.next()) // until the block's claims share their facets
	} else {
		c.Use(x.facets.next())
	}
	c.Edit().Kind, c.Edit().File, c.Span, c.Text = kind, x.doc.Path, b.SourceSpan(span), b.Text[span.Start:span.End]
	c.InHeadline, c.Paragraph, c.Edit().Story, c.Edit().Outlet = b.Headline, b.Index, x.doc.Meta.Story, x.doc.Meta.Outlet
	return c
}

// finish orders the claims, numbers them, marks first mentions and
// converts offsets to lines and columns.
func (x *extractor) finish() {
	slices.SortStableFunc(x.claims, func(a, b *claim.Claim) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return kindOrder(a.Kind) - kindOrder(b.Kind)
	})
	x.shotAsInjured()
	x.shotLessDead()
	x.killerJoinsToll()
	seen := map[string]bool{}
	starts, ends := x.doc.Lines.Cursor(), x.doc.Lines.Cursor()
	for i, c := range x.claims {
		c.Index = i
		c.Line, c.Column = starts.Position(c.Span.Start)
		c.EndLine, c.EndColumn = ends.Position(c.Span.End)
		if c.Kind == claim.Count && c.Event != "" && !c.InHeadline && !c.Superseded && !seen[c.Event] {
			seen[c.Event] = true
			c.FirstMention = true
		}
	}
	x.markPrimary()
}

// markPrimary marks, per event, the article's own figure: the body's first
// eligible count, unless it conflicts with the headline's and a later one
// gives the headline's number. A body that contradicts itself usually has
// one stale paragraph (a caption, a lede not updated), and the headline,
// the line most often edited, tells which; the conflict inside the article
// is reported by its own rules, and the story's rules compare the article
// by the figure it stands by.
func (x *extractor) markPrimary() {
	for _, c := range x.primaries() {
		c.Primary = true
	}
}

// primaries is the article's own figure of each event, as markPrimary
// chooses it.
func (x *extractor) primaries() map[string]*claim.Claim {
	out := map[string]*claim.Claim{}
	var body map[string][]*claim.Claim
	head := map[string]*claim.Claim{}
	var wounded []*claim.Claim // the body's parts of the injured, in order: only largerWounded reads parts
	for _, c := range x.claims {
		if c.Kind == claim.Count && c.Subset && !c.InHeadline && c.Event == "injured" && !c.Superseded && c.Scope == "" {
			wounded = append(wounded, c)
		}
		if c.Kind != claim.Count || c.Event == "" || c.Superseded || c.Scope != "" || c.Subset || c.By == shotLessDeadName {
			continue // a reckoning stands for the figure only where none is told
		}
		if c.InHeadline {
			if head[c.Event] == nil {
				head[c.Event] = c
			}
			continue
		}
		if body == nil {
			body = map[string][]*claim.Claim{}
		}
		body[c.Event] = append(body[c.Event], c)
	}
	for ev, h := range head {
		if body[ev] == nil {
			out[ev] = h
		}
	}
	// where no toll is told, a list of single victims is the figure ("a
	// man and a woman were shot": two), before a reckoning
	for _, by := range [...]string{singlesTotalName, shotLessDeadName} {
		for _, c := range x.claims {
			if c.By == by && !c.Superseded && c.Scope == "" && out[c.Event] == nil && body[c.Event] == nil {
				out[c.Event] = c
			}
		}
	}
	for ev, cs := range body {
		primary := cs[0]
		if h := head[ev]; h != nil && !primary.Value.Overlaps(h.Value) && !killerAdded(primary, h) {
			// the headline's own number: "at least seven others" overlaps a
			// headline's 13 and is not what it repeats
			if i := slices.IndexFunc(cs, func(c *claim.Claim) bool { return c.Value.Min == h.Value.Min }); i > 0 {
				primary = cs[i]
			}
		}
		if ev == "injured" {
			primary = x.largerWounded(primary, cs, wounded)
		}
		out[ev] = primary
	}
	return out
}

// largerWounded is the wounded figure that stands for the whole where the
// first one told after a larger count of some of the wounded is smaller
// than it: "Six people were taken to hospitals. One victim is in critical
// condition" tells one of the six, and the whole is at least its part.
// The part stands for it only where no figure as large is told (one that
// is may count a new total: "six adults were hurt, bringing the total to
// seven" with an unborn child), and only where no death is told, since
// those taken to a hospital may include one who died there, unless the part
// is of the others beside the dead ("one boy died and three others were
// hospitalized").
func (x *extractor) largerWounded(primary *claim.Claim, cs, parts []*claim.Claim) *claim.Claim {
	largest := 0.0 // the largest figure told: one pass, however many parts
	for _, c := range cs {
		largest = max(largest, c.Value.Max)
	}
	toll := -1 // whether a death is told, read once when first asked
	for _, p := range parts {
		if p.Span.Start > primary.Span.Start {
			break
		}
		if p.Qualifier != claim.Exact || p.Value.Min != p.Value.Max || p.Value.Min <= primary.Value.Max || !restOfGroup(p) && x.listedPart(p) {
			continue
		}
		if largest >= p.Value.Min {
			return primary // a figure as large is told: what the first stands for is for the incident's reading
		}
		if toll < 0 {
			toll = 0
			if x.tellsAToll() {
				toll = 1
			}
		}
		if restOfGroup(p) || toll == 0 {
			return p
		}
	}
	return primary
}

// listedPart: the count c is one kind of the people listed with others
// ("the victims, including two juveniles and eight adults, were taken to
// a hospital"), which no more stands for them all than the figure after it.
func (x *extractor) listedPart(c *claim.Claim) bool {
	before := strings.TrimRight(string(x.doc.Src[max(0, c.Span.Start-5):c.Span.Start]), " ")
	after := strings.TrimLeft(string(x.doc.Src[c.Span.End:min(len(x.doc.Src), c.Span.End+5)]), " ")
	return strings.HasSuffix(before, " and") || strings.HasSuffix(before, ",") || strings.HasPrefix(after, "and ")
}

// killerAdded: the body's toll p adds the killer's own death to his
// victims (victims-and-self, killer-joins-toll), one more than the
// headline's h, which counts the victims alone ("5 dead" over "shot five
// people to death before killing himself"): the two agree, and the toll
// with the killer is the one the archives keep.
func killerAdded(p, h *claim.Claim) bool {
	return (p.By == victimsAndSelfName || p.By == killerJoinsName) && h.Value.Max == p.Value.Min-1
}

// tellsAToll: the body counts some dead of its own incident, not the
// gunman alone.
func (x *extractor) tellsAToll() bool {
	return slices.ContainsFunc(x.claims, func(c *claim.Claim) bool {
		return c.Kind == claim.Count && c.Event == "killed" && !c.Superseded && c.Scope == "" && c.Value.Max > 0 && !isSuicide(c.By)
	})
}

// shotAsInjured reads "five people were shot" as five injured when the
// story reports no death of them: shot and not killed is wounded. A death
// told in the headline, before the shot or in the few paragraphs after it
// (even one victim told alone, "he died at the hospital") may be one of the
// shot, and there "shot" stays its own event, since it may count the dead
// too; a death recalled further on ("a vigil for a man killed last week")
// is another story's, and so is the gunman's own death. Even so, the shot told apart from the dead as "others"
// are the wounded ("a woman was killed and four others were shot").
func (x *extractor) shotAsInjured() {
	const nearbyParagraphs = 3 // how far after the shot its victims' deaths are told
	var deaths []*claim.Claim
	for _, c := range x.claims {
		if c.Kind == claim.Count && c.Event == "killed" && !c.Superseded && c.Value.Max > 0 {
			deaths = append(deaths, c)
		}
	}
	for _, c := range x.claims {
		if c.Kind != claim.Count || c.Event != "shot" {
			continue
		}
		died := slices.ContainsFunc(deaths, func(d *claim.Claim) bool {
			if assailantNouns[d.Subject] && !assailantNouns[c.Subject] {
				return false // "Officer shot, suspect killed": the gunman's death is none of his victims'
			}
			if (isSuicide(d.By) || d.By == shotHimselfName) && c.Value.Min >= 2 {
				// a gunman's own death is none of his victims': the two
				// of "shot two people before he turned the gun on
				// himself" lived, and so did those of "the gunman
				// fatally shot himself" (a lone shot may be the gunman
				// himself)
				return false
			}
			return d.InHeadline || c.InHeadline || d.Paragraph <= c.Paragraph+nearbyParagraphs
		})
		if c.By == shotHimselfName && !died {
			// a self-inflicted shot is most often a story of one person,
			// whose death is theirs wherever and however the story tells it
			died = x.tellsADeath()
		}
		if !died && c.Value == claim.Point(1) {
			// one victim shot, and someone charged with killing: the
			// victim died ("faces a murder charge after shooting his wife")
			died = x.chargesAKilling(c)
		}
		if !died {
			c.Edit().Event = "injured"
		} else if restOfGroup(c) {
			c.Edit().Event, c.Edit().By = "injured", othersWoundedName
		}
	}
}

// deathWord is a word that tells a death, counted or not ("Dead at 25",
// "the death investigation").
var deathWord = regexp.MustCompile(`(?i)\b(died|dies|dead|death|killed|fatal|fatally|passed away)\b`)

// killingCharge is a charge of a killing ("faces a murder charge",
// "charged with manslaughter", "murder charges"): the one the charge tells
// shot died, though no sentence counts the dead. An attempt is none
// ("attempted murder").
var killingCharge = regexp.MustCompile(`(?i)\b(?:murder|manslaughter|homicide) charges?\b|\bcharged with (?:\w+ ){0,3}(?:murder|manslaughter|homicide)\b|\bcharges? of (?:\w+ ){0,3}(?:murder|manslaughter|homicide)\b`)

// chargesAKilling: the title, or the paragraph of c, tells a charge of a
// killing that is not an attempt. A charge told elsewhere may be of
// another shooting (a roundup's, a suspect's past).
func (x *extractor) chargesAKilling(c *claim.Claim) bool {
	return slices.ContainsFunc(x.doc.Blocks, func(b *document.Block) bool {
		if b.Kind != document.Title && b.Index != c.Paragraph {
			return false
		}
		for _, m := range killingCharge.FindAllStringIndex(b.Text, -1) {
			if !strings.Contains(strings.ToLower(b.Text[max(0, m[0]-12):m[1]]), "attempt") {
				return true
			}
		}
		return false
	})
}

// tellsADeath: some paragraph of the document tells a death.
func (x *extractor) tellsADeath() bool {
	return slices.ContainsFunc(x.doc.Blocks, func(b *document.Block) bool { return deathWord.MatchString(b.Text) })
}

// shotLessDead reads the wounded where the article tells how many were
// shot and, apart, how many died: shot counts the dead and the wounded
// together, so "Four people were shot" in a story whose toll is one dead
// is three injured as well. The derived count stands where the shot one
// does; it is made only from an exact shot count above the toll.
func (x *extractor) shotLessDead() {
	dead := x.primaries()["killed"]
	if dead == nil {
		// no toll of the whole: the first death told, as a reader takes it
		i := slices.IndexFunc(x.claims, func(c *claim.Claim) bool {
			return c.Kind == claim.Count && c.Event == "killed" && !c.Superseded && c.Scope == ""
		})
		if i < 0 {
			return
		}
		dead = x.claims[i]
	}
	if dead.Value.Min != dead.Value.Max || isSuicide(dead.By) {
		return // a gunman's own death is counted apart from his victims', who may have died too
	}
	// a paragraph whose shot were read with their own dead
	// (shot-survivors) has its wounded already
	ownDead := map[int]bool{}
	for _, c := range x.claims {
		if c.By == shotSurvivorsName {
			ownDead[c.Paragraph] = true
		}
	}
	var derived []*claim.Claim
	for _, c := range x.claims {
		if c.Kind != claim.Count || c.Event != "shot" || c.Subset || c.Superseded || c.Scope != "" || c.Value.Min != c.Value.Max || c.Value.Min <= dead.Value.Min || restOfGroup(c) {
			continue // "seven more people were shot": told apart from the dead already
		}
		if ownDead[c.Paragraph] || x.sameSentence(c, dead) {
			continue // beside its toll, "5 shot, 1 dead" may count the dead apart
		}
		w := c.Copy()
		w.Edit().Event, w.Value, w.Edit().By = "injured", claim.Point(c.Value.Min-dead.Value.Min), shotLessDeadName
		derived = append(derived, w)
	}
	if len(derived) == 0 {
		return
	}
	x.claims = append(x.claims, derived...)
	slices.SortStableFunc(x.claims, func(a, b *claim.Claim) int { return a.Span.Start - b.Span.Start })
}

// sameSentence: a and b stand in one sentence of one block. A death told
// in a sentence after the shot ("Four people were shot. Police said a
// student was killed") is one of them; "4 shot, 1 killed" lists the two
// side by side and may count them apart.
func (x *extractor) sameSentence(a, b *claim.Claim) bool {
	if a.Paragraph != b.Paragraph || a.Paragraph < 0 || a.Paragraph >= len(x.doc.Blocks) {
		return false
	}
	blk := x.doc.Blocks[a.Paragraph]
	for _, s := range blk.Sentences {
		lo, hi := blk.SourceOffset(s.Start), blk.SourceOffset(s.End)
		if in := func(c *claim.Claim) bool { return lo <= c.Span.Start && c.Span.Start < hi }; in(a) || in(b) {
			return in(a) && in(b)
		}
	}
	return true // no sentences told apart: the paragraph is one
}

// restOfGroup: a count of the rest of a group (CountsOthers), not a total
// that adds the others to the person before them ("Webb and four others").
func restOfGroup(c *claim.Claim) bool {
	return c.By != personAndGroupName && CountsOthers(c.Text)
}

// CountsOthers reports whether a count's words make it the rest of a group
// told in part before it: "six others", "four other teens", "seven more
// people", "an additional four" (remainderWords). Rules read it too: such a
// count is no whole figure to hold another against.
func CountsOthers(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if remainderWords[w] {
			return true
		}
	}
	return false
}

func kindOrder(k claim.Kind) int {
	for i, kk := range claim.Kinds {
		if kk == k {
			return i
		}
	}
	return len(claim.Kinds)
}

// vocabulary fills w with the words the document writes in lower case, and the
// capitalized words it writes somewhere other than at a sentence's start.
// Function words are left out: namesIn skips them before it asks, and they
// are two in five of an article's words.
func vocabulary(blocks [][]token, w *wordSets) {
	// only words the document also capitalizes matter; collect those first,
	// so the common lower-case words are looked up, not stored
	for _, toks := range blocks {
		capitalizedWords(toks, w)
	}
	for _, toks := range blocks {
		for i := range toks {
			t := &toks[i]
			// the set's filter first: it turns most tokens away with one
			// branch the processor predicts, where the tests of kind, case
			// and class each go either way
			if w.capped.mayHave(t.hash) && lowerWord(t) && w.capped.has(t.lower, t.hash) {
				w.lower.add(t.lower, t.hash)
			}
		}
	}
}

// capitalizedWords adds a block's capitalized words to w.capped, and to
// w.midCaps those that do not open a sentence.
func capitalizedWords(toks []token, w *wordSets) {
	for k := range toks {
		t := &toks[k]
		if t.kind != tWord || t.shape&sUpper == 0 || t.in(cFunctionWord) {
			continue
		}
		w.capped.add(t.lower, t.hash)
		if k > 0 && !toks[k-1].in(cOpensSentence) {
			w.midCaps.add(t.text, wordHash(t.text))
		}
	}
}

// lowerWord: a word in lower case that is not a function word, one the
// vocabulary's lower-case set may hold.
func lowerWord(t *token) bool {
	return t.kind == tWord && t.shape&sUpper == 0 && !t.in(cFunctionWord)
}
