package extract

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/numwords"
)

// count is a figure with what it counts, before it becomes a claim.
type count struct {
	figure
	npEnd      int // token after the counted noun phrase
	subject    string
	modifiers  []string
	event      string
	scope      string
	subset     bool
	superset   bool // "eight" in "six of the eight victims"
	cumulative bool
	superseded bool
	revises    bool // "the toll rose to 34": replaces earlier figures
	ranked     bool // "a third victim has died": a toll that replaces only lower ones
	// single: one person named or described ("a man", "Maria Diaz"), who
	// may stand in a list of such ("a man and a woman were killed")
	single bool
}

// countBuffers hold what countsIn reads one sentence at a time, so that
// their storage serves the next sentence: the counts it returns are dead
// once their claims are made.
type countBuffers struct {
	figures []figure
	counts  []count
	list    []*count
	// the sites the patterns of grammar.go read: kept here, so that
	// passing one through a function value, which the compiler cannot see
	// into, allocates nothing
	number   numberSite
	scope    scopeSite
	implicit implicitScan
}

// countsIn reads every figure of a sentence as a count or quantity;
// classes is the union of its tokens' classes. surnames are the last words
// of the people the article has named so far, so a victim named again by
// surname alone is one ("Castillo died"). at says where the sentence
// stands: some patterns read only the headline's headlinese, or the lead.
func countsIn(toks []token, classes wordClass, lastEvent string, surnames *wordSet, at textPlace, buf *countBuffers) []*count {
	figs := findFigures(buf.figures[:0], toks, &buf.number)
	buf.figures = figs
	var implicit []*count
	if classes&cCountTrigger != 0 { // every implicit count needs an event
		implicit = implicitCounts(&buf.implicit, toks, figs, surnames, at)
	}
	if len(figs) == 0 && len(implicit) == 0 && classes&cBody == 0 {
		return nil
	}
	buf.counts = slices.Grow(buf.counts[:0], len(figs))[:len(figs)]
	clear(buf.counts)
	out := slices.Grow(buf.list[:0], len(figs)+len(implicit))
	for i, f := range figs {
		c := &buf.counts[i]
		c.figure, c.npEnd = f, f.last
		if f.unit == "" || f.age {
			c.readNounPhrase(toks)
		}
		if f.age && !wordIn(c.subject, cHuman) {
			c.subject, c.modifiers, c.npEnd = "", nil, f.last // "the 65-year-old worries": a verb follows
		}
		out = append(out, c)
	}
	out = append(out, implicit...)
	sortCounts(out)
	for k, c := range out {
		var prev *count
		if k > 0 {
			prev = out[k-1]
		}
		c.readRelations(toks, prev)
		if c.unit == "" && !c.superset {
			c.readEvent(toks, prev, lastEvent)
		}
		if c.event == "" && c.subject == "body" {
			c.event = "killed" // "we pulled nine bodies from the rubble"
		}
		if c.event != "" {
			lastEvent = c.event
		}
		lo, hi := window(toks, out, k)
		c.readScope(&buf.scope, toks, lo, hi)
	}
	// "three women and one man were injured": the verb after a list
	// applies to every member before it
	for k := len(out) - 2; k >= 0; k-- {
		c, next := out[k], out[pastAges(out, k+1)]
		// a pronoun opens a clause of its own, no member of a list ("the
		// 911 call, he was shot")
		if c.event == "" && c.unit == "" && !c.superset && next.event != "" && listed(toks, c, next) && !toks[next.first].is("he", "she") && !singularVerb(toks, next.npEnd) {
			c.event = next.event
		}
	}
	out = append(out, madeBy(bodiesOf(toks, out), bodiesName)...)
	out = append(out, madeBy(groupTotals(toks, out), groupTotalName)...)
	out = append(out, madeBy(singlesTotals(toks, out), singlesTotalName)...)
	out = append(out, madeBy(personAndGroups(toks, out, surnames), personAndGroupName)...)
	out = append(out, madeBy(groupAndPersons(toks, out), groupAndPersonName)...)
	out = append(out, madeBy(shotSurvivors(toks, out), shotSurvivorsName)...)
	out = append(out, madeBy(victimsAndSelf(toks, out), victimsAndSelfName)...)
	applyDateline(toks, out)
	markRevisions(toks, out)
	buf.list = out
	return out
}

// madeBy names the pattern that made the counts cs.
func madeBy(cs []*count, by string) []*count {
	for _, c := range cs {
		c.by = by
	}
	return cs
}

func sortCounts(cs []*count) {
	slices.SortStableFunc(cs, func(a, b *count) int { return a.first - b.first })
}

// readNounPhrase finds what a figure counts: "33 Turkish soldiers" counts
// soldiers modified by Turkish; "dozens of troops" skips the "of".
func (c *count) readNounPhrase(toks []token) {
	j := c.last
	if c.hyphenNoun != "" {
		c.subject = singular(c.hyphenNoun)
		return
	}
	if tokAt(toks, j).lower == "of" && (c.qualifier == claim.Vague || isScaleOnly(toks, c.numFirst, c.numLast)) {
		j++
	}
	if tokAt(toks, j).lower == "of" && tokAt(toks, j+1).is("the", "them", "whom", "those", "these", "its", "their", "his", "her", "our") {
		c.subset = true
		c.event = groupEvent(toks, j+2)
		return // "six of the eight victims": the noun belongs to the total
	}
	if tokAt(toks, j).is("more", "other", "others", "additional", "further", "new") && tokAt(toks, j).lower != "others" {
		j++ // "seven more people"
	}
	words := make([]*token, 0, 6) // on the stack: the loop takes at most six
	for ; j < len(toks) && len(words) < 6; j++ {
		t := &toks[j]
		if t.kind != tWord || t.is("'s", "’s") {
			break
		}
		if len(words) == 0 && t.in(cEventAdjective) {
			// "2 dead," ends here; "32 wounded Turkish soldiers" goes on
			nx := tokAt(toks, j+1)
			if nx.kind != tWord || nx.in(cStopAfterNumber) || nx.event() != "" {
				break
			}
			c.event = t.event()
			words = append(words, t)
			continue
		}
		if t.in(cStopAfterNumber) || (len(words) > 0 && !t.capitalized() && isVerbForm(t.lower)) || t.event() != "" && len(words) > 0 {
			break
		}
		if t.is("inside", "outside") && tokAt(toks, j+1).is("the", "a", "an", "his", "her", "their", "its") {
			break // a preposition ("two adults inside the home"), not "outside directors"
		}
		if len(words) > 0 && t.capitalized() && !words[len(words)-1].capitalized() && singular(words[len(words)-1].lower) != words[len(words)-1].lower {
			break // a name after a plural head starts the next phrase: "111 names Goldman chose"
		}
		if len(words) == 0 && t.event() != "" && !t.is("deaths", "death", "fatalities", "injuries", "casualties", "martyrs", "dead") {
			break // "33 killed"
		}
		if len(words) == 0 && pastVerb(t) && (tokAt(toks, j+1).kind != tWord || tokAt(toks, j+1).in(cStopAfterNumber)) {
			break // "About 300 attended.", "24 reported that": a verb, where "300 armed men" is a modifier
		}
		words = append(words, t)
		if t.is("people", "persons", "others") {
			j++
			break
		}
	}
	c.npEnd = c.last
	if len(words) == 0 {
		return
	}
	head := words[len(words)-1]
	if head.event() != "" && (head.is("deaths", "death", "fatalities", "injuries", "dead", "martyrs")) {
		c.event = head.event()
		words = words[:len(words)-1]
		c.npEnd = int(head.end)
		if len(words) == 0 {
			c.npEnd = j
			return
		}
		head = words[len(words)-1]
	}
	c.subject = singular(head.lower)
	for _, m := range words[:len(words)-1] {
		if m.in(cEventAdjective) {
			continue
		}
		c.modifiers = append(c.modifiers, m.text)
	}
	c.npEnd = j
}

// readPartDeath reads a part of a group of people told dead past the
// group: "one of the victims died", "two of the men were pronounced dead".
// The caller asks for a casualty told before it, the group the part is of:
// "the victims" of a report that has told no one hurt may be anyone's.
// A part told hurt is left to the figures of the whole: "two of the
// victims were taken to hospitals" tells where some of them went, not how
// many were hurt, and they may yet die.
func (c *count) readPartDeath(toks []token) {
	e := partitiveWholeEnd(toks, c.npEnd+1)
	if e == 0 || actsOnSomeone(toks, e) {
		return
	}
	if ev, _ := eventAfterStatus(toks, e); ev == "killed" {
		c.event, c.npEnd = ev, e
	}
}

// partitiveWholeEnd is the token after the people a part is taken from,
// the determiner at k and at most a figure and two modifiers before a noun
// of people ("of the victims", "of the eight men", "of their three young
// sons"), or 0 when no such noun follows.
func partitiveWholeEnd(toks []token, k int) int {
	const reach = 4
	if !tokAt(toks, k).in(cDeterminer) {
		return 0
	}
	for e := k + 1; e < len(toks) && e <= k+reach; e++ {
		t := &toks[e]
		if t.kind == tWord && (t.lower == "people" || personNoun(singular(t.lower))) {
			if relativePronouns[tokAt(toks, e+1).lower] {
				return 0 // "one of the men who shot him": the clause is the whole's
			}
			return e + 1
		}
		if t.kind != tNumber && (t.kind != tWord || t.event() != "" || t.in(cStopAfterNumber)) {
			return 0
		}
	}
	return 0
}

// groupEvent is the event of a group named by its state at k, after "of
// the" or "among the", with or without its size and a noun of people:
// "two of the injured", "three of the 12 dead", "among the five people
// shot", "among those killed".
func groupEvent(toks []token, k int) string {
	for n := 0; n < 3 && (tokAt(toks, k).kind == tNumber || numwords.IsNumberWord(tokAt(toks, k).lower)); n++ {
		k++
	}
	if w := tokAt(toks, k).lower; (w == "people" || personNoun(singular(w))) && tokAt(toks, k+1).in(cEventAdjective) {
		k++
	}
	// "the five people shot and killed", "the two men shot dead": the
	// state's own words may tell a death
	return refineShot(toks, k, stateEvent(toks, k))
}

// stateEvent is the event of a state adjective at k used as a noun, which
// ends its phrase ("the injured remain"); "the injured workers" names
// workers, and what happened to them is for the verb to tell.
func stateEvent(toks []token, k int) string {
	t, next := tokAt(toks, k), tokAt(toks, k+1)
	if !t.in(cEventAdjective) || next.kind == tWord && !next.in(cStopAfterNumber) && !isVerbForm(next.lower) {
		return ""
	}
	return t.event()
}

// isScaleOnly: "millions of", "a thousand of" take "of" before the noun.
func isScaleOnly(toks []token, a, b int) bool {
	last := tokAt(toks, b-1)
	return last.is("million", "thousand", "billion", "hundred", "dozen", "millions", "thousands")
}

// pastVerb: a lower-case past tense or participle ("attended", "fled"),
// not one with a negative prefix, which names people ("three million
// unemployed", "the uninsured").
func pastVerb(t *token) bool {
	return !t.capitalized() && isVerbForm(t.lower) && !strings.HasSuffix(t.lower, "ing") && !strings.HasSuffix(t.lower, "ly") &&
		!strings.HasPrefix(t.lower, "un")
}

// fraction: the figure is a fraction of something, "half", "a third",
// "two-thirds" (not "half a dozen").
func (c *count) fraction(toks []token) bool {
	if c.value.Max >= 1 {
		return false
	}
	t := &toks[c.numFirst]
	if t.is("a", "one") {
		t = tokAt(toks, c.numFirst+1)
	}
	return numwords.IsFraction(t.lower)
}

// readRelations marks subsets ("including three children") and the total
// of a subset ("eight" in "six of the eight victims"), and running totals.
func (c *count) readRelations(toks []token, prev *count) {
	p1, p2 := tokAt(toks, c.first-1), tokAt(toks, c.first-2)
	if p1.is("including", "includes", "included") || p1.is("them", "whom") && p2.is("among", "of") || c.fraction(toks) {
		c.subset = true // a fraction is a part: "two-thirds of residents"
	}
	if (p1.is("the", "them", "those") && p2.lower == "of" || p1.lower == "the" && p2.lower == "among") && prev != nil && prev.npEnd >= c.first-3 {
		// "six of the 14 wounded", "four guards were among the 30
		// arrested": the whole the part before it belongs to; a verb after
		// it is the part's
		c.superset = true
		if ev := groupEvent(toks, c.numLast); ev != "" {
			c.event = ev
		}
	}
	if p1.lower == "of" && p2.lower == "total" || p1.lower == "a" && p2.lower == "total" {
		c.cumulative = true
	}
}

// readEvent links a count to the event it counts: a verb or adjective after
// its noun phrase ("were killed", "2 dead"), an active verb or event noun
// before it ("killing one", "the death toll rose to 33"), or the event of
// the figure it is listed with ("22, 29 and eventually 33").
func (c *count) readEvent(toks []token, prev *count, lastEvent string) {
	if c.event == "" && c.subset && tokAt(toks, c.npEnd).lower == "of" && harmEvents[lastEvent] {
		c.readPartDeath(toks)
	}
	if c.event == "" && !actsOnSomeone(toks, c.npEnd) { // "two officers shot the man": they shot
		var status bool
		c.event, status = eventAfterStatus(toks, c.npEnd)
		c.subset = c.subset || status
	}
	if c.event == "" {
		var revises bool
		c.event, revises = eventBefore(toks, c.first, lastEvent)
		c.revises = revises
		if c.event == "shot" && toDeath(toks, c.npEnd) {
			c.event = "killed" // "shot four people to death"
		}
	}
	if prev != nil && listed(toks, prev, c) {
		if c.event == "" {
			c.event = prev.event
		}
		if c.subject == "" {
			c.subject, c.modifiers = prev.subject, prev.modifiers
		}
	}
	if prev != nil && (c.subject == "" || c.subject == "other") && c.event != "" && prev.subject != "" {
		c.subject, c.modifiers = prev.subject, prev.modifiers
	}
}

// toDeath: "to death" or "dead" at k, right after the people a shooting
// verb before them hit: "shot four people to death", "shot two men dead"
// killed them.
func toDeath(toks []token, k int) bool {
	return tokAt(toks, k).lower == "dead" || tokAt(toks, k).lower == "to" && tokAt(toks, k+1).lower == "death"
}

// listed reports whether only list punctuation and adverbs stand between two
// figures.
func listed(toks []token, a, b *count) bool {
	if b.first <= a.npEnd {
		return false
	}
	from := a.npEnd
	if e := skipAge(toks, from); e <= b.first {
		from = e // past the ages of a's people: "two men, 18 and 20, and a woman"
	}
	for j := from; j < b.first; j++ {
		if j == b.first-1 && j > from && toks[j].is("his", "her", "their") {
			continue // "his wife and their four children"
		}
		if !toks[j].is(",", "and", "or", "eventually", "later", "then", "finally", "to", "even", "perhaps", "possibly", "maybe", "ultimately") {
			return false
		}
	}
	return true
}

// actsOnSomeone says whether the person whose phrase ends before e does
// the harm: a casualty verb right after them (or after "who"), with no
// auxiliary that makes it passive, and an object after it: someone, a
// figure, or "at" whom it was aimed ("a man shot at twelve people", "a
// woman who killed her husband", "a teen wounded two men"). The headline's
// "Man shot in leg" and "a man shot dead" have no object: victims.
func actsOnSomeone(toks []token, e int) bool {
	k := e
	if tokAt(toks, k).is("who", "that") {
		k++
	}
	if tokAt(toks, k).is("had", "has", "have") && tokAt(toks, k+1).lower != "been" {
		k++ // the perfect, not a passive: "his sister had accidentally shot him"
	}
	if tokAt(toks, k).woundIn(wShotManner) {
		k++ // "a man fatally shot his girlfriend"
	}
	if !tokAt(toks, k).is("shot", "killed", "wounded", "injured", "stabbed", "murdered") {
		return false
	}
	if tokAt(toks, k+1).lower == "and" && tokAt(toks, k+2).is("killed", "wounded", "injured") {
		k += 2 // "a man shot and killed his wife"
	}
	o := tokAt(toks, k+1)
	return o.kind == tNumber || o.in(cNumberHead|cDeterminer) || o.is("at", "him", "them") ||
		o.kind == tWord && personNoun(singular(o.lower))
}

// eventVerb finds the first event word within reach tokens from k, and
// whether a form of "be" stands before it (a passive: "was shot"); at is -1
// when there is none.
func eventVerb(toks []token, k, reach int) (at int, passive bool) {
	for end := k + reach; k < len(toks) && k < end; k++ {
		if toks[k].is("was", "were", "been", "is", "be") {
			passive = true
		}
		if toks[k].event() != "" || passedAway(toks, k) {
			return k, passive
		}
	}
	return -1, passive
}

// passedAway: "passed away" at k, the words of a death that name no
// event one by one.
func passedAway(toks []token, k int) bool {
	return toks[k].lower == "passed" && tokAt(toks, k+1).lower == "away"
}

// sufferedDeath: the subject at k died or was killed ("died", "was
// killed", "had been pronounced dead"), as opposed to killing someone ("he
// killed two people").
func sufferedDeath(toks []token, k int) bool {
	at, passive := eventVerb(toks, k, 8)
	return at >= 0 && (passedAway(toks, at) || toks[at].event() == "killed" && (passive || toks[at].woundIn(wDeathState)))
}

// agentOf: the name before k did the harm rather than suffered it: an active
// verb with people or a figure for its object ("Mitch killed about 10,000
// people", "Smith shot two men"), not "Smith died" or "Smith was shot".
func agentOf(toks []token, k int) bool {
	at, passive := eventVerb(toks, k, 7)
	if at < 0 || passive {
		return false
	}
	o := at + 1
	o += qualifierAt(toks, o) // "killed about 10,000"
	if tokAt(toks, o).is("his", "her", "their") {
		o++ // "shot his wife" harms a person, "hurt his knee" does not
	}
	next := tokAt(toks, o)
	return next.kind == tNumber || next.in(cNumeric|cHuman) || next.is("people", "him", "them") || next.kind == tWord && humanNouns[singular(next.lower)]
}

// skipAge passes an age in apposition: "Kevin Richardson, 30, died".
func skipAge(toks []token, k int) int {
	if tokAt(toks, k).lower == "," && tokAt(toks, k+1).kind == tNumber && tokAt(toks, k+2).lower == "," {
		return k + 3
	}
	if end := agesAside(toks, k); end > 0 {
		return end // the ages of a group: "two men, 18 and 20, and a woman"
	}
	return k
}

// andPerson passes a second person joined by "and" at k, with an age in
// apposition or an age for the person: "a man and a woman", "Maria Diaz
// and her son", "a mother and her 2-year-old", "Reyna
// Gonzalez, 42, and Julian Gonzalez, 45,". It returns k when none is.
func andPerson(toks []token, k int, surnames *wordSet) int {
	if tokAt(toks, k).lower != "and" {
		return k
	}
	j := k + 1
	if tokAt(toks, j).is("a", "an", "the", "his", "her", "their") {
		if noun, ok := describedPerson(toks, j); ok {
			return skipAge(toks, noun+1)
		}
		if a := ageBefore(toks, j+1); a > j+1 && (tokAt(toks, a).kind != tWord || tokAt(toks, a).in(cAuxiliary)) {
			return a // an age standing for the person: "a mother and her 2-year-old are dead"
		}
		return k
	}
	if end, ok := namedPerson(toks, pastTitles(toks, j), surnames); ok {
		return skipAge(toks, end) // "Officer Ann Lee and Sgt. Tom Hale"
	}
	return k
}

// describedPerson reads a determiner at j, a few modifiers and a noun for
// a person ("a 24-year-old man", "her grandson"); noun is its position.
func describedPerson(toks []token, j int) (noun int, ok bool) {
	k := j + 1
	for k < len(toks) && k < j+6 && !toks[k].in(cHuman) {
		if e := ageAbbreviationEnd(toks, k); e > 0 {
			k = e // "a 25 y/o man"
			continue
		}
		if !implicitModifier(&toks[k]) {
			break
		}
		k++
	}
	if !tokAt(toks, k).in(cHuman) {
		return k, false
	}
	// a compound's head is its last noun: "a teen boy", "a female
	// officer", "a store clerk" (the store a modifier, above)
	for tokAt(toks, k+1).in(cHuman) && singular(toks[k].lower) == toks[k].lower {
		k++
	}
	return k, true
}

// namedPerson reads a name at j: two capitalized words or more, or a
// surname the article gave in full before ("Castillo"); end is the token
// after it.
func namedPerson(toks []token, j int, surnames *wordSet) (end int, ok bool) {
	k := j
	for k < len(toks) && toks[k].capitalized() && (!toks[k].in(cFunctionWord|cOrg|cTitle) || k > j && middleInitial(toks, k)) {
		k++
	}
	return k, k-j >= 2 || k-j == 1 && surnames.has(toks[j].text, wordHash(toks[j].text))
}

// middleInitial: a lone capital letter inside a name, written without its
// period ("William A Young"), which a capital "A" or "I" as a word would
// otherwise end.
func middleInitial(toks []token, k int) bool {
	return len(toks[k].text) == 1 && tokAt(toks, k+1).capitalized() && tokAt(toks, k+1).kind == tWord
}

// personAndGroups adds one person to the figure the person is joined to by
// "and": "Ana Ruiz and two others were wounded" is three wounded, "a man
// and two women were shot" three shot, "killed his wife and two children"
// and "a woman and her two children were killed" three killed. The person, described or named, has no event of its own
// (the verb follows the figure), so the figure's event is the total's; the
// figure becomes a subset of it.
func personAndGroups(toks []token, cs []*count, surnames *wordSet) []*count {
	var out []*count
	for _, c := range cs {
		and := c.first - 1
		if tokAt(toks, and).is("his", "her", "their") {
			and-- // "a woman and her two children"
		}
		if !addable(c) || tokAt(toks, and).lower != "and" {
			continue
		}
		first := personEndingAt(toks, and, surnames)
		if first < 0 || singularVerb(toks, c.npEnd) {
			continue
		}
		if p := countStartingAt(cs, first); p != nil && p.event != "" && p.event != c.event {
			continue // the person's own event: "shot his wife and wounded two children"
		}
		total := &count{figure: figure{first: first, numFirst: first, numLast: c.numLast, last: c.npEnd, raw: c.value.Min + 1, qualifier: claim.Exact},
			npEnd: c.npEnd, subject: "person", event: c.event, scope: c.scope}
		total.value = claim.Point(total.raw)
		c.subset = true
		out = append(out, total)
	}
	return out
}

// groupAndPersons adds the single people listed after a figure to it, the
// mirror of personAndGroups: "three men and a woman were killed" is four
// killed, "two children and their father were found dead" three, "two
// boys, a girl and their mother were hurt" four. Each person, described or
// named, reads the list's verb as the figure does, so each has the
// figure's event; the figure and the people become subsets of the total.
func groupAndPersons(toks []token, cs []*count) []*count {
	var out []*count
	for i, c := range cs {
		if !addable(c) || c.single || c.npEnd <= c.numLast {
			continue // the figure names its people: "20" in "two men, 18 and 20," is an age
		}
		j, prev := pastAges(cs, i+1), c
		for j < len(cs) && cs[j].single && cs[j].event == c.event && cs[j].scope == c.scope && listedAfter(toks, prev, cs[j]) && !unborn(cs[j]) {
			prev = cs[j]
			j++
		}
		if prev == c || tokAt(toks, prev.first-1).lower != "and" || singularVerb(toks, prev.npEnd) {
			continue // no person, a list that does not close on "and", or a clause of the last alone
		}
		total := &count{figure: figure{first: c.first, numFirst: c.numFirst, numLast: c.numLast, last: prev.npEnd, qualifier: claim.Exact},
			npEnd: prev.npEnd, subject: "person", event: c.event, scope: c.scope}
		total.raw = c.value.Min
		for _, m := range cs[i:j] {
			if m.single {
				total.raw++
			}
			if !m.age {
				m.subset = true
			}
		}
		total.value = claim.Point(total.raw)
		out = append(out, total)
	}
	return out
}

// singularVerb: the verb at k takes one subject ("was", "has", "is"), so
// the people before it are no list that shares it: in "a struggle between
// the two men and Stover was shot" the last alone was shot, and "and"
// joined two clauses.
func singularVerb(toks []token, k int) bool {
	return singularAuxiliaries[tokAt(toks, k).lower]
}

// unborn: the person counted is an unborn child, whom tolls of the dead
// leave out ("five people and an unborn baby were killed" is five dead).
func unborn(c *count) bool {
	return slices.ContainsFunc(c.modifiers, func(m string) bool { return strings.EqualFold(m, "unborn") })
}

// pastAges is the first of cs from i on that is no age, or the last of
// cs: the ages of a group ("two children, ages 3 and 5, and their
// mother") stand between its figure and the next member of its list.
func pastAges(cs []*count, i int) int {
	for i < len(cs)-1 && cs[i].age {
		i++
	}
	return i
}

// listedAfter: the single person b follows a in a list, past a's age in
// apposition, joined by a comma, "and" or both ("two men, 18 and 20, and a
// woman"); a comma alone never joins a person to a figure, which it would
// rename ("two men, a father and his son").
func listedAfter(toks []token, a, b *count) bool {
	j := skipAge(toks, a.npEnd)
	if tokAt(toks, j).lower == "," && tokAt(toks, j+1).lower == "and" {
		j++
	}
	return b.first == j+1 && (toks[j].lower == "and" || toks[j].lower == "," && a.single)
}

// personEndingAt is where a single person that ends right before token
// end opens ("a man", "his wife", "Ana Ruiz", "Ana Ruiz, 24,"), or -1.
func personEndingAt(toks []token, end int, surnames *wordSet) int {
	for j := max(end-8, 0); j < end; j++ {
		t := &toks[j]
		if t.is("a", "an", "the", "his", "her", "their") {
			if noun, ok := describedPerson(toks, j); ok && skipAge(toks, noun+1) == end && singular(toks[noun].lower) == toks[noun].lower {
				return j
			}
		}
		if t.capitalized() && (j == 0 || !tokAt(toks, j-1).capitalized()) {
			if e, ok := namedPerson(toks, j, surnames); ok && skipAge(toks, e) == end && !toks[e-1].in(cStreet) {
				return j
			}
		}
	}
	return -1
}

// singlesTotals adds the people of a list of single victims ("a man and a
// woman were killed" is two killed, "Reyna Gonzalez, 42, and Julian
// Gonzalez, 45, were killed" two). Like its members, the total is a subset:
// victims a story names or describes one by one are often some of its dead
// ("3 dead, including gunman": the parents named are two of them).
func singlesTotals(toks []token, cs []*count) []*count {
	var out []*count
	for i := 0; i < len(cs); i++ {
		first := cs[i]
		if !first.single {
			continue
		}
		// the people's ages ("a 44-year-old man and a 17-year-old girl")
		// are figures of their own between the members
		last, n := first, 1
		for j := pastAges(cs, i+1); j < len(cs) && cs[j].single && cs[j].event == first.event && listedSingle(toks, last, cs[j]); j = pastAges(cs, j+1) {
			last, n, i = cs[j], n+1, j
		}
		if ev := first.event; n >= 2 && (ev == "killed" || ev == "injured" || ev == "shot") && !singularVerb(toks, last.npEnd) {
			total := &count{figure: figure{first: first.first, numFirst: first.numFirst, numLast: first.numLast, last: last.npEnd,
				raw: float64(n), value: claim.Point(float64(n)), qualifier: claim.Exact},
				npEnd: last.npEnd, subject: "person", event: ev, scope: first.scope, subset: true}
			out = append(out, total)
		}
	}
	return out
}

// listedSingle: b follows a in a list of people, past a's age in
// apposition: "a man and a woman", "Omar Said, 42, and Nadia Said", "X, Y
// and Z".
//
// A comma alone between a person described and one named is an apposition,
// one person: "the victim, Cortney Hale", "the mother, Ana Ruiz".
func listedSingle(toks []token, a, b *count) bool {
	j := skipAge(toks, a.npEnd)
	if tokAt(toks, j).lower == "," && tokAt(toks, j+1).lower == "and" {
		j++
	}
	if tokAt(toks, j).lower == "," && a.by != b.by {
		return false
	}
	return b.first == j+1 && toks[j].is(",", "and")
}

// victimsAndSelf adds the dead of a killing that ends in the killer's own
// death: "he killed two people and then killed himself" is three dead, the
// toll news and the archives report, while the victims and the killer
// become subsets of it. The victims are the killer's: an exact count of
// people killed, told right before the suicide and joined to it by "then"
// or "before"; without one, the one who killed himself is more often the
// person just counted ("a boy who shot and killed himself").
func victimsAndSelf(toks []token, cs []*count) []*count {
	var out []*count
	for _, self := range cs {
		if !isSuicide(self.by) {
			continue
		}
		victims := killersVictims(cs, self)
		if victims == nil || self.by != thenHimselfName && !thenOrBefore(toks, victims.npEnd, self.first) {
			continue
		}
		total := &count{figure: figure{first: victims.first, numFirst: victims.numFirst, numLast: victims.numLast, last: self.npEnd,
			raw: victims.value.Min + 1, value: claim.Point(victims.value.Min + 1), qualifier: claim.Exact},
			npEnd: victims.npEnd, subject: "person", event: "killed", scope: victims.scope}
		victims.subset, self.subset = true, true
		out = append(out, total)
	}
	return out
}

// killersVictims is the last count before the suicide self that can be its
// killer's victims: killed, exact, of people (or of nothing named:
// "killing 2"), not the whole of another figure; a member of a list stands
// for the list's total ("a woman and her son" are two). It is nil when the
// count right before the suicide is none such.
func killersVictims(cs []*count, self *count) *count {
	var last *count
	for _, c := range cs {
		if c.npEnd <= self.first && c.event == "killed" && c.unit == "" && !isSuicide(c.by) &&
			(last == nil || c.npEnd > last.npEnd || c.npEnd == last.npEnd && (!c.subset || c.first < last.first)) {
			last = c
		}
	}
	if last == nil || last.qualifier != claim.Exact || last.superset || last.superseded || last.subset && !last.single && last.by != singlesTotalName ||
		last.subject != "" && !personNoun(singular(last.subject)) {
		return nil
	}
	return last
}

// isSuicide: the pattern by reads a killer's own death.
func isSuicide(by string) bool {
	return by == killedHimselfName || by == thenHimselfName || by == turnedGunName
}

// thenOrBefore: "then" or "before" stands between tokens a and b, a few
// words apart (further, the two are seldom one clause chain).
func thenOrBefore(toks []token, a, b int) bool {
	const reach = 20
	for k := a; k < b && k < len(toks) && k < a+reach; k++ {
		if toks[k].is("then", "before") {
			return true
		}
	}
	return false
}

// groupTotals adds the total of a coordinated list of people who share one
// event ("three women and one man were injured" is four injured, "two
// adults and one child died" three); the members become subsets of it.
// Only exact figures of distinct kinds of people are added, joined by
// commas and "and" (headlines drop the "and": "Two adults, one child
// killed"); "two or three" is a range and "nine, later 33" a revision.
func groupTotals(toks []token, cs []*count) []*count {
	var out []*count
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && coordinated(toks, cs[j-1], cs[j]) && addable(cs[j]) && cs[j].event == cs[i].event {
			j++
		}
		if partsApposed(toks, cs[i:j]) {
			for _, m := range cs[i+1 : j] {
				m.subset = true
			}
		} else if j-i >= 2 && addable(cs[i]) && distinctSubjects(cs[i:j]) {
			// no singularVerb test here, unlike the list builders that
			// read the verb after the list: each member carries its own
			// event, and one lent it by that verb was lent it only past
			// the test (countsIn); "between two injured men and one
			// injured guard was" lists three injured whatever the verb
			first, last := cs[i], cs[j-1]
			total := &count{figure: figure{first: first.first, numFirst: first.numFirst, numLast: first.numLast, last: last.npEnd, qualifier: claim.Exact},
				npEnd: last.npEnd, subject: "person", event: first.event, scope: first.scope}
			for _, m := range cs[i:j] {
				total.raw += m.value.Min
				m.subset = true
			}
			total.value = claim.Point(total.raw)
			out = append(out, total)
		}
		i = j
	}
	return out
}

// partsApposed: a list opens on a group told by a noun of no kind and a
// comma, then its parts, which add up to it ("six people, three men and
// three women, were shot" is six, not twelve): the parts are a breakdown
// in apposition, not more people.
func partsApposed(toks []token, list []*count) bool {
	if len(list) < 3 || !wholeNouns[list[0].subject] || tokAt(toks, list[0].npEnd).lower != "," {
		return false
	}
	sum := 0.0
	for _, m := range list[1:] {
		sum += m.value.Min
	}
	return sum == list[0].value.Min
}

// bodiesOf reads the dead named by the bodies found: "the body of a
// teenager" is one killed, "the bodies of two men and a woman" three, "the
// bodies of an 8-year-old child, a man and a woman" three; "the nearly
// lifeless body of a boy" is alive. Counts already
// read inside the list get the event and become members of the total.
func bodiesOf(toks []token, cs []*count) []*count {
	var out []*count
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].in(cBody) || toks[k+1].lower != "of" {
			continue
		}
		if tokAt(toks, k-1).is("lifeless", "limp") && tokAt(toks, k-2).is("nearly", "almost") {
			continue // "the nearly lifeless body of a boy": alive
		}
		var members []*count
		total, n, subject := 0.0, 0, ""
		j, end := k+2, k+2
		for j < len(toks) {
			if c := countStartingAt(cs, j); c != nil && c.qualifier == claim.Exact && c.unit == "" && personNoun(singular(c.subject)) {
				total, subject = total+c.value.Min, singular(c.subject)
				members = append(members, c)
				j = c.npEnd
			} else if m, ok := personAfterArticle(toks, j); ok {
				total, subject = total+1, singular(toks[m].lower)
				j = m + 1
			} else {
				break
			}
			n, end = n+1, j
			if tokAt(toks, j).lower == "," {
				j++
			}
			if tokAt(toks, j).lower == "and" {
				j++
			}
		}
		for _, c := range members {
			c.event = "killed"
		}
		if n == 0 || n == 1 && len(members) == 1 {
			continue // none, or one figure that now says killed
		}
		if n > 1 {
			subject = "person"
			for _, c := range members {
				c.subset = true
			}
		}
		// one body may be one of several, as "a man was killed" is
		out = append(out, &count{figure: figure{first: k + 2, numFirst: k + 2, numLast: k + 3, last: end, raw: total,
			value: claim.Point(total), qualifier: claim.Exact}, npEnd: end, subject: subject, event: "killed", subset: n == 1})
		k = end - 1
	}
	return out
}

// countStartingAt is the count whose phrase starts at token j, if any.
func countStartingAt(cs []*count, j int) *count {
	for _, c := range cs {
		if c.first == j {
			return c
		}
	}
	return nil
}

// personAfterArticle reads "a man", "an 8-year-old child", "a local
// teenager": an indefinite article, up to four modifiers, a person noun.
func personAfterArticle(toks []token, j int) (int, bool) {
	if !tokAt(toks, j).is("a", "an") {
		return 0, false
	}
	for m := j + 1; m < len(toks) && m <= j+5; m++ {
		t := &toks[m]
		if t.kind == tWord && personNoun(singular(t.lower)) {
			return m, true
		}
		if !implicitModifier(t) || t.capitalized() {
			return 0, false
		}
	}
	return 0, false
}

// addable: an exact count of people with a casualty event.
func addable(c *count) bool {
	return c.qualifier == claim.Exact && c.unit == "" && !c.subset && !c.superset && !c.superseded &&
		(c.event == "killed" || c.event == "injured" || c.event == "shot") && personNoun(singular(c.subject))
}

// coordinated: only commas and "and" stand between two counts.
func coordinated(toks []token, a, b *count) bool {
	if b.first <= a.npEnd {
		return false
	}
	for j := a.npEnd; j < b.first; j++ {
		if !toks[j].is(",", "and") {
			return false
		}
	}
	return true
}

func distinctSubjects(cs []*count) bool {
	seen := map[string]bool{}
	for _, c := range cs {
		if seen[c.subject] {
			return false
		}
		seen[c.subject] = true
	}
	return true
}

// eventAfter scans past auxiliaries for the event verb or adjective.
func eventAfter(toks []token, j int) string {
	ev, _ := eventAfterStatus(toks, j)
	return ev
}

// eventAfterStatus reads the event after j, and a victim hurt who dies
// later in the sentence is killed: "was taken to a hospital, where he
// died", "who was shot in the head … died over the weekend", "were
// transported to the hospital where they were pronounced dead".
func eventAfterStatus(toks []token, j int) (string, bool) {
	ev, status := eventAfterStatusRead(toks, j)
	if (ev == "injured" || ev == "shot") && diesLater(toks, j) {
		return "killed", false
	}
	if ev == "killed" && diedOfOtherCause(toks, j) {
		return "", false // "died of a heart attack while hunting": no casualty of the shooting
	}
	if ev == "shot" && survivesLater(toks, j) {
		return "injured", status // "was shot but survived"
	}
	return ev, status
}

// diedOfOtherCause: the first word of death after j is followed by a
// natural cause ("died of an apparent heart attack", "had died of natural
// causes"), a death a report of a shooting recalls beside it.
func diedOfOtherCause(toks []token, j int) bool {
	const reach, mods = 8, 3 // words to the death; modifiers before the cause ("an apparent sudden heart attack")
	for k := j; k < len(toks) && k < j+reach; k++ {
		if toks[k].kind == tPunct && !toks[k].is(",", "-") {
			return false
		}
		if toks[k].event() != "killed" {
			continue
		}
		if !causePrepositions[tokAt(toks, k+1).lower] {
			return false
		}
		for m := k + 2; m < len(toks) && m <= k+2+mods; m++ {
			if otherCauses[toks[m].lower] || m+1 < len(toks) && otherCauses[toks[m].lower+" "+toks[m+1].lower] {
				return true
			}
			if toks[m].kind != tWord {
				return false
			}
		}
		return false
	}
	return false
}

// survivesLater: the sentence goes on from j to say its subject lived,
// before it names another person or figure, as diesLater reads a death: a
// victim shot who survived is one of the injured, however many died beside
// them ("her mother was also shot, but survived"). A forecast ("is
// expected to recover") is left out: it is no outcome yet.
func survivesLater(toks []token, j int) bool {
	for k := j; k < len(toks); k++ {
		switch {
		case survivalWords[toks[k].lower] && tokAt(toks, k+1).lower != "by": // "is survived by his wife" is an obituary's
			return true
		case anotherSubjectAt(toks, k):
			return false
		}
	}
	return false
}

// diesLater: the sentence goes on from j to say its subject died, before
// it names another person or figure (a date is none) ("a man was shot and his friend died",
// "three were shot and one died" say nothing of the first).
func diesLater(toks []token, j int) bool {
	for k := j; k < len(toks); k++ {
		t := &toks[k]
		switch {
		case t.woundIn(wDyingVerb), passedAway(toks, k), t.lower == "pronounced" && tokAt(toks, k+1).is("dead", "deceased"), lifeSupportEnded(toks, k):
			return true
		case anotherSubjectAt(toks, k):
			return false
		}
	}
	return false
}

// anotherSubjectAt: toks[k] names another person or figure, past which an
// outcome told later in the sentence (a death, a survival) is no longer the
// first subject's. A time or a date is no figure, and a possessor names a
// place, not one more person: "shot at a friend's house … died".
func anotherSubjectAt(toks []token, k int) bool {
	t := &toks[k]
	if t.kind == tNumber || numwords.IsNumberWord(t.lower) {
		return !tokAt(toks, k+1).is("p.m.", "a.m.", ":") && !dateNumber(toks, k)
	}
	return t.in(cHuman) && !t.is("he", "she", "they") && !tokAt(toks, k+1).is("'s", "’s")
}

// fatalWound: the words [from,wound) call the wound fatal, "a fatal
// gunshot wound", "mortal injuries": a wound the victim died of, so a death
// and not an injury.
func fatalWound(toks []token, from, wound int) bool {
	for m := from; m < wound; m++ {
		if toks[m].woundIn(wFatalAdjective) {
			return true
		}
	}
	return false
}

// dateNumber: the number at k is a day of a month or a year ("in Dover
// March 18", "on 4 July", "in 2015"), a date in the sentence and no
// figure of other people.
func dateNumber(toks []token, k int) bool {
	t := &toks[k]
	return t.kind == tNumber && (tokAt(toks, k-1).in(cMonth) || tokAt(toks, k+1).in(cMonth) || isYearLike(t))
}

// eventAfterStatusRead also reports whether the event was read from a
// patient's status ("in critical condition"), which describes some of the
// injured, not their number.
func eventAfterStatusRead(toks []token, j int) (string, bool) {
	if end, ok := parenthetical(toks, j); ok {
		j = end // "At least 29 civilians, including 11 children, were killed"
	} else if tokAt(toks, j).lower == "," && tokAt(toks, j+1).in(cAuxiliary) {
		j++ // the comma closing that parenthetical: "11 children, were killed"
	} else {
		j = pastSubjectPlace(toks, j) // "a child in the home was hurt"
	}
	for k := j; k < len(toks) && k < j+7; k++ {
		t := &toks[k]
		if conditionPhrase(toks, k) || conditionListings[t.lower] && conditionPhrase(toks, k+1) {
			return "injured", true // "in critical condition", "listed in serious but stable condition"
		}
		if hospitalVerbs[t.lower] && toHospital(toks, k+1) {
			return "injured", true // "two were taken to hospital": some of the injured, as "hospitalized"
		}
		if carriedVerbs[t.lower] {
			if w := withWound(toks, k+1); w > 0 && (pluralPeople(toks, j) || survivable(toks, w)) {
				if ev, ok := woundNamed(toks, w); ok {
					return ev, false // "was taken to WakeMed with minor injuries"
				}
			}
		}
		if inHospital(toks, j, k) {
			return "injured", true // "sent five people to the hospital", "two men are in the hospital"
		}
		if t.lower == "with" && (pluralPeople(toks, j) || survivable(toks, k+1)) {
			if ev, ok := woundNamed(toks, k+1); ok {
				return ev, false // "found three people with gunshot wounds", "a man with minor injuries"
			}
		}
		if t.lower == "among" && tokAt(toks, k+1).is("the", "those") {
			// "three children were among the dead", "among the 30
			// arrested", "among those hurt": some of them
			if ev := groupEvent(toks, k+2); ev != "" {
				return ev, true
			}
		}
		if passedAway(toks, k) || lifeSupportEnded(toks, k) {
			return "killed", false // "he passed away at the hospital", "was taken off life support"
		}
		if t.lower == "recovering" {
			return "injured", true // "a girl is recovering after being shot": one of the wounded
		}
		if t.lower == "treated" && tokAt(toks, k+1).lower == "for" && woundFollows(toks, k+2) {
			return "injured", false // "were treated for minor injuries"
		}
		if t.is("struck", "hit") && tokAt(toks, k+1).lower == "by" && byGunfire(toks, k+2) {
			return "shot", false // "struck by bullets", "hit by a stray round"
		}
		if t.is("struck", "hit") && k > j && tokAt(toks, k-1).in(cAuxiliary) && tokAt(toks, k+1).lower == "and" && tokAt(toks, k+2).event() != "" {
			k++ // "was struck and wounded by a bullet", "was hit and killed": the event after
			continue
		}
		if t.is("struck", "hit") && k > j && tokAt(toks, k-1).in(cAuxiliary) && woundedPart(toks, k+1) {
			return "shot", false // "was hit in the leg", "was struck twice in the chest"
		}
		if t.woundIn(wSufferVerb) || t.is("have", "has", "had") {
			if ev, ok := woundNamed(toks, k+1); ok {
				return ev, false // "who sustained a gunshot wound to the face", "four have minor injuries"
			}
		}
		if woundAsWind(toks, k) {
			k++ // "wound up dead" is dead, "wound up in the clubhouse" nothing
			continue
		}
		if ev := t.event(); ev != "" && !t.is("toll", "death", "deaths", "shooting") && !crimeModifier(toks, k) {
			// the hospitalized are some of the injured, not their number
			return refineShot(toks, k, ev), t.is("hospitalized", "hospitalised")
		}
		if t.kind == tNumber || !t.in(cAuxiliary) && !(t.lower == "," && k == j && tokAt(toks, k+1).is("all", "both")) && !adverb(t) {
			return "", false
		}
	}
	return "", false
}

// pastSubjectPlace passes a short phrase of place or age that ends a
// subject before its verb ("a woman in the car was wounded", "a man in his
// 20s was shot", "two people inside the house were hurt"): the verb after
// it is the subject's. It returns j where no such phrase ends on its verb,
// and after a capitalized word: a name followed by a place is most often a
// place's or a body's own ("the Legion in Statesville was"), no victim.
func pastSubjectPlace(toks []token, j int) int {
	if !subjectPlaces[tokAt(toks, j).lower] || tokAt(toks, j-1).capitalized() || conditionPhrase(toks, j) || inHospital(toks, j, j) {
		return j // a status is read as one: "one in critical condition", "two in the hospital"
	}
	const placeWords = 4 // "in the back seat", "in his early 20s"
	for m := j + 1; m < len(toks) && m <= j+placeWords+1; m++ {
		t := &toks[m]
		if m > j+1 && placeEndVerbs[t.lower] {
			return m
		}
		if t.kind != tWord && t.kind != tNumber || t.event() != "" || t.in(cAuxiliary) || t.in(cHuman) || t.is("and", "or") {
			return j
		}
	}
	return j
}

// conditionPhrase: a patient's status opens at k, "in" and the grades a
// hospital gives joined by "but" or "and" before "condition" ("in critical
// condition", "in critical but stable condition", "in extremely critical
// condition"). A hospital grades only the living it treats, so a person so
// graded is one of the injured, whatever else the grades say of them.
func conditionPhrase(toks []token, k int) bool {
	if tokAt(toks, k).lower != "in" {
		return false
	}
	graded := false
	for m := k + 1; m < len(toks) && m < k+8; m++ {
		t := &toks[m]
		switch {
		case patientConditions[t.lower]:
			graded = true
		case t.lower == "condition":
			return graded
		case !(graded && t.is("but", "and", ",", "yet")) && !adverb(t):
			return false
		}
	}
	return false
}

// crimeModifier: a crime's noun before a person's names the person's
// work or charge, no harm: "homicide detectives", "murder suspects".
func crimeModifier(toks []token, k int) bool {
	n := tokAt(toks, k+1)
	return toks[k].is("homicide", "murder") && n.kind == tWord && (n.in(cHuman) || personNoun(singular(n.lower)))
}

// lifeSupportEnded: "taken off life support", "removed from life
// support": in a report of a victim, the words that tell the death.
func lifeSupportEnded(toks []token, k int) bool {
	return toks[k].is("taken", "removed") && tokAt(toks, k+1).is("off", "from") && tokAt(toks, k+2).lower == "life" && tokAt(toks, k+3).lower == "support"
}

// woundAsWind: "wound up" and "wound down" are the past of "wind", no
// wound: "Ann Lee wound up in the clubhouse" tells where she went, and
// "three people wound up dead" that they died.
func woundAsWind(toks []token, k int) bool {
	return toks[k].lower == "wound" && tokAt(toks, k+1).is("up", "down")
}

// renamesAFigure: the person described from j to k stands between commas
// right after a figure's words, an apposition that renames what it
// counted ("One of the 14 wounded, a boy, was …") rather than one more.
func renamesAFigure(toks []token, figs []figure, j, k int) bool {
	if tokAt(toks, j-1).lower != "," || tokAt(toks, k+1).lower != "," {
		return false
	}
	for _, f := range figs {
		if f.last <= j-1 && f.last >= j-4 {
			return true
		}
	}
	return false
}

// woundNamed reads the wound a person sustained or was found with, in the
// four words from j: a gunshot wound says shot, which counts the dead too
// where anyone died; a fatal one says killed ("a fatal gunshot wound");
// any other wound or injury says injured ("with serious injuries").
func woundNamed(toks []token, j int) (string, bool) {
	for m := j; m < len(toks) && m < j+4; m++ {
		if toks[m].woundIn(wWoundNoun) {
			switch {
			case fatalWound(toks, j, m):
				return "killed", true
			case toks[m-1].is("gunshot", "gunshots", "bullet"):
				return "shot", true
			}
			return "injured", true
		}
	}
	return "", false
}

// inHospital: the people counted up to j are said to be in a hospital, or
// sent there, by the words from k: "two men are in the hospital", "ended
// with four people in hospital", "sent five people to the hospital". The
// counted noun must be a person's ("two trips to the hospital" are none).
func inHospital(toks []token, j, k int) bool {
	if !pluralPeople(toks, j) {
		return false
	}
	if toks[k].lower == "in" {
		n := tokAt(toks, k+1)
		if n.lower == "the" {
			n = tokAt(toks, k+2)
		}
		return n.is("hospital", "hospitals")
	}
	return k == j && toHospital(toks, k)
}

// pluralPeople: the noun phrase ending at j counts people, more than one
// ("three men", "four people"). A single victim found wounded or taken to
// a hospital is most often the one a later line reports dead.
func pluralPeople(toks []token, j int) bool {
	noun := tokAt(toks, j-1)
	return (noun.in(cHuman) || personNoun(singular(noun.lower))) && singular(noun.lower) != noun.lower
}

// toHospital: "to hospital", "to a local hospital", "to St Mary's
// Hospital", "into hospital" from j.
func toHospital(toks []token, j int) bool {
	if !tokAt(toks, j).is("to", "into") {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		switch t := &toks[k]; {
		case t.is("hospital", "hospitals"):
			return true
		case t.kind == tPunct && !t.is("'s", "’s", "."):
			return false
		}
	}
	return false
}

// withWound is the token after the "with" of a wound a few words after a
// verb of transport at j ("taken to Mercy Medical Center with minor
// injuries"), or 0.
func withWound(toks []token, j int) int {
	const reach = 8 // "to the trauma unit at the county medical center"
	for k := j; k < len(toks) && k < j+reach; k++ {
		if toks[k].is(".", ";", ",", "and", "but", "where", "after") {
			return 0
		}
		if toks[k].lower == "with" {
			return k + 1
		}
	}
	return 0
}

// survivable: the wound named from j is graded as one the person lives
// through ("non-life-threatening injuries", "minor injuries"), so the one
// found with it is no one a later line reports dead.
func survivable(toks []token, j int) bool {
	for m := j; m < len(toks) && m < j+4; m++ {
		if toks[m].woundIn(wMildGrade) {
			return true
		}
		if toks[m].woundIn(wWoundNoun) {
			return false
		}
	}
	return false
}

// woundFollows: "injuries", "wounds" or "gunshot wounds" within three
// words from j ("for minor injuries", "for a gunshot wound").
func woundFollows(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+3; k++ {
		if toks[k].woundIn(wWoundNoun) || toks[k].lower == "burns" {
			return true
		}
	}
	return false
}

// fatallyAside is the token after ", one fatally," told between the shot
// and their verb ("four teens, one fatally, were shot", "five people, two
// of them fatally, were wounded"): the dead among them, which leave the
// verb the whole group's. Else -1.
func fatallyAside(toks []token, j int) int {
	n := tokAt(toks, j+1)
	if tokAt(toks, j).lower != "," || n.kind != tNumber && !numwords.IsNumberWord(n.lower) {
		return -1
	}
	k := j + 2
	if tokAt(toks, k).lower == "of" && tokAt(toks, k+1).is("them", "whom") {
		k += 2
	}
	if tokAt(toks, k).woundIn(wFatalAdverb) && tokAt(toks, k+1).lower == "," {
		return k + 2
	}
	return -1
}

// parenthetical: ", including 11 children," or ", most of them women,"
// between a counted noun and its verb, or an aside between dashes or
// brackets ("The five victims — three men and two women — were shot"); end
// is the token after it.
func parenthetical(toks []token, j int) (end int, ok bool) {
	if open := tokAt(toks, j); open.is("—", "–", "--", "(") {
		closer := open.text
		if open.lower == "(" {
			closer = ")"
		}
		for k := j + 1; k < len(toks) && k < j+20; k++ {
			if toks[k].text == closer {
				return k + 1, k > j+1
			}
		}
		return 0, false
	}
	if end := agesAside(toks, j); end > 0 {
		return end, true
	}
	if end := fatallyAside(toks, j); end > 0 {
		return end, true
	}
	if tokAt(toks, j).lower != "," || !tokAt(toks, j+1).is("including", "among", "most", "many", "some", "mostly", "mainly", "nearly", "almost", "all", "both") {
		return 0, false
	}
	if tokAt(toks, j+1).is("all", "both") && tokAt(toks, j+2).in(cAuxiliary|cEvent) {
		return 0, false // ", all killed": the verb itself, read as before
	}
	for k := j + 2; k < len(toks) && k < j+14; k++ {
		if toks[k].lower == "," {
			return k + 1, true
		}
		if toks[k].kind == tPunct && toks[k].lower != "-" {
			return 0, false
		}
	}
	return 0, false
}

// agesAside is the token after the ages at j that stand between the
// people and their verb: between commas (", 18 and 20,", ", ages 21 and
// 22,", ", ages 18 to 38,") or as a bound ("between the ages of 18 and
// 23", "under the age of 10"); or 0.
func agesAside(toks []token, j int) int {
	if tokAt(toks, j).is("between", "under", "over") && tokAt(toks, j+1).lower == "the" && tokAt(toks, j+2).is("age", "ages") && tokAt(toks, j+3).lower == "of" {
		k := j + 4
		if tokAt(toks, k).kind != tNumber {
			return 0
		}
		if tokAt(toks, k+1).is("and", "to") && tokAt(toks, k+2).kind == tNumber {
			k += 2
		}
		return k + 1
	}
	if tokAt(toks, j).lower != "," {
		return 0
	}
	k := j + 1
	if tokAt(toks, k).is("ages", "aged") {
		k++
	}
	n := 0
	for tokAt(toks, k).kind == tNumber {
		n++
		if !tokAt(toks, k+1).is(",", "and", "to", "-", "–") {
			return 0
		}
		if tokAt(toks, k+1).lower == "," && tokAt(toks, k+2).kind != tNumber && (tokAt(toks, k+2).lower != "and" || tokAt(toks, k+3).kind != tNumber) {
			if n < 2 {
				return 0
			}
			return k + 2
		}
		k += 2
		if tokAt(toks, k).lower == "and" {
			k++
		}
	}
	return 0
}

// adverb: "accidentally", "reportedly": manner words between a noun and its
// verb.
func adverb(t *token) bool {
	return t.kind == tWord && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !t.is("only", "early", "family", "daily", "weekly", "holy", "italy")
}

// woundedPart: a part of the body where a bullet strikes follows k ("in
// the leg", "once in the chest", "in his upper arm"): a person hit there
// was shot, where a car or a house hit by gunfire was not.
func woundedPart(toks []token, k int) bool {
	if tokAt(toks, k).is("once", "twice", "multiple", "several") {
		k++
		if tokAt(toks, k).is("times", "time") {
			k++
		}
	}
	if tokAt(toks, k).lower != "in" {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+4; m++ {
		if bodyParts[toks[m].lower] {
			return true
		}
	}
	return false
}

// byGunfire: a few words from k name what guns fire.
func byGunfire(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].woundIn(wGunfireNoun) {
			return true
		}
	}
	return false
}

// refineShot reads "shot dead", "shot and killed", "shot to death" as
// killed, and "fatally shot" too.
func refineShot(toks []token, k int, ev string) string {
	if ev != "shot" && ev != "injured" {
		return ev
	}
	if tokAt(toks, k-1).woundIn(wFatalAdverb) {
		return "killed"
	}
	if ev == "shot" && (toDeath(toks, k+1) || tokAt(toks, k+1).is("and", ",") && tokAt(toks, k+2).lower == "killed") {
		return "killed"
	}
	if w := pastWoundPlace(toks, k+1); ev == "shot" && w > k+1 && tokAt(toks, w).is("and", ",") && tokAt(toks, w+1).lower == "killed" {
		return "killed" // "shot in the head, killed", "shot twice in the chest and killed"
	}
	return ev
}

// pastWoundPlace is the token after the place of a wound that opens at k
// ("in the head", "twice in the chest", "in his lower back"), or k.
func pastWoundPlace(toks []token, k int) int {
	if !woundedPart(toks, k) {
		return k
	}
	for m := k; m < len(toks) && m <= k+7; m++ {
		if bodyParts[toks[m].lower] {
			return m + 1
		}
	}
	return k
}

// eventBefore scans left of a figure for an active verb or event noun. It
// also reports whether the verb revises an earlier figure ("rose to").
func eventBefore(toks []token, first int, lastEvent string) (string, bool) {
	revises := false
	for k := first - 1; k >= 0 && k >= first-7; k-- {
		t := &toks[k]
		if t.lower == "at" && tokAt(toks, k-1).woundIn(wFiringVerb) {
			return "", false // "shot at twelve people": fired at, not hit
		}
		if t.is("rose", "risen", "climbed", "increased", "raised", "revised", "jumped", "updated", "reached") && tokAt(toks, k+1).lower == "to" {
			revises = true
		}
		if t.woundIn(wFatalEventNoun) && tokAt(toks, k-1).woundIn(wFatalAdjective) {
			return "killed", revises // "the fatal shooting of a teen", "the fatal injury of a resident"
		}
		if ev := t.event(); ev != "" && !t.is("dead", "shooting") && !(t.is("died", "die", "dies", "dying", "hurt")) {
			if tokAt(toks, k-1).is("attempted", "attempt") {
				return "", false // "the attempted murder of a 20-year-old man": an attempt killed no one
			}
			return refineShot(toks, k, ev), revises
		}
		if lifeTaken(toks, k) {
			return "killed", revises // "claimed the lives of two men"
		}
		if shootingVerb(toks, k, first) {
			return "shot", revises // "accused of shooting four people"
		}
		if fatallyShooting(toks, k, first) {
			return "killed", revises // "charged with fatally shooting a teenager"
		}
		if t.in(cAnaphoric) && lastEvent != "" && (tokAt(toks, k-1).is("the", "that", "this") || t.lower == "it" && isChangeVerb(tokAt(toks, k-1))) {
			return lastEvent, revises
		}
		if t.kind != tWord || !t.in(cLeftBridge) {
			return "", false
		}
	}
	return "", false
}

// fatallyShooting: "fatally shooting" ends at k right before the figure
// at first, after a preposition as shootingVerb reads it ("accused of
// fatally shooting an unarmed teen"): the verb, and it killed.
func fatallyShooting(toks []token, k, first int) bool {
	return k == first-1 && toks[k].lower == "shooting" && tokAt(toks, k-1).woundIn(wFatalAdverb) &&
		tokAt(toks, k-2).is("of", "with", "for", "after", "before", "by", "while", "in", ",", "—", "–")
}

// shootingVerb: "shooting" at k right before the figure at first is the
// verb, not the event's noun, where a preposition or a clause's comma
// stands before it ("charged with shooting eight people", "ambushed the
// party, shooting 13 people"); "the shooting" and "Sunday's shooting" are
// the noun, and the noun names no one it hit.
func shootingVerb(toks []token, k, first int) bool {
	return k == first-1 && toks[k].lower == "shooting" &&
		tokAt(toks, k-1).is("of", "with", "for", "after", "before", "by", "while", "in", ",", "—", "–")
}

// lifeTaken: "life" or "lives" at k after "claimed the" or "took the",
// the words news uses for a death: "claimed the life of a 2-year-old boy",
// "took the lives of three officers".
func lifeTaken(toks []token, k int) bool {
	return toks[k].is("life", "lives") && tokAt(toks, k-1).lower == "the" &&
		tokAt(toks, k-2).woundIn(wLifeTakingVerb)
}

// markRevisions marks the figures a sentence says were replaced: every
// figure after "initially" or "originally", and in a sentence that revises
// ("revised to", "later increased the number to", "eventually"), every
// figure of an event but the last.
func markRevisions(toks []token, cs []*count) {
	revising := false
	for j := range toks {
		t := &toks[j]
		if t.in(cRevisionWord) || t.in(cRiseVerb) && tokAt(toks, j+1).lower == "to" {
			revising = true
		}
	}
	if revising {
		// a revision chain counts one thing: "the death toll, initially
		// put at 12, rose to 21 and later to 29" gives bare figures the
		// sentence's event
		ev := ""
		for i := range toks {
			t := &toks[i]
			if ev = t.event(); ev != "" {
				break
			}
		}
		for _, c := range cs {
			if c.event == "" && c.unit == "" && c.subject == "" && ev != "" {
				c.event = ev
			}
		}
	}
	// the last figure of each event in the sentence, found once: a
	// sentence can hold thousands of figures
	lastOf := map[string]int{}
	for k, c := range cs {
		if !c.subset {
			lastOf[c.event] = k
		}
	}
	for k, c := range cs {
		for j := c.first - 1; j >= 0 && j >= c.first-8; j-- {
			if toks[j].is("initially", "originally", "preliminary") || toks[j].lower == "at" && tokAt(toks, j+1).lower == "first" {
				c.superseded = true
				break
			}
			if toks[j].kind == tNumber || toks[j].is(".", ";") {
				break
			}
		}
		if !revising || c.event == "" || c.subset {
			continue
		}
		if last, ok := lastOf[c.event]; ok && last > k {
			c.superseded = true
		}
	}
}

// passiveEvent: at k, an optional appositive name (with an age before it:
// "the victim, 53-year-old Ana Ruiz,"), then an event in the passive ("was
// shot"), a bare participle followed by a preposition ("killed in a
// crash") or a death the subject suffered ("later died").
func passiveEvent(toks []token, k int) bool {
	if tokAt(toks, k).lower == "," {
		if k = pastAppositiveName(toks, k); k < 0 {
			return false
		}
	}
	if tokAt(toks, k).is("later", "eventually", "subsequently") && tokAt(toks, k+1).is("died", "succumbed") {
		return true // "the boy later died": a death suffered, no agent
	}
	if tokAt(toks, k).is("was", "is", "has", "had", "who", "were", "have") {
		return eventAfter(toks, k) != ""
	}
	return tokAt(toks, k).event() != "" && (tokAt(toks, k+1).kind != tWord || tokAt(toks, k+1).is("in", "by", "at", "on", "during", "when", "after", "while", "last", "early", "late"))
}

// pastAppositiveName is the token after a name in apposition that opens
// with the comma at k, ", Ana Ruiz," or ", 53-year-old Ana Ruiz,", or -1.
func pastAppositiveName(toks []token, k int) int {
	e := k + 1
	if a := ageBefore(toks, e); a > e && tokAt(toks, a).capitalized() {
		e = a
	}
	from := e
	for e < len(toks) && e < from+4 && toks[e].capitalized() {
		e++
	}
	if e == from || tokAt(toks, e).lower != "," {
		return -1
	}
	return e + 1
}

// ageBefore is the token after an age that opens at e ("53-year-old",
// "53-year old"), or e where none does.
func ageBefore(toks []token, e int) int {
	if tokAt(toks, e).kind != tNumber {
		return e
	}
	for k := e + 1; k < len(toks) && k <= e+4; k++ {
		if strings.HasSuffix(toks[k].lower, "old") {
			return k + 1
		}
		if a := ageAbbreviationEnd(toks, k); a > 0 {
			return a // "25 y/o"
		}
	}
	return e
}

// severityBetween: "none suffered life-threatening injuries", "none were
// seriously hurt" deny a severity, not the injuries.
func severityBetween(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if severities[toks[k].lower] {
			return true
		}
	}
	return false
}

// shotSurvivors reads the wounded of a shooting whose dead are told as a
// part of the shot: "four people were shot, one fatally" is one killed and
// three injured, "three were shot and one of them died" two injured. Shot
// counts the dead and the wounded together; the injured count it derives is
// the shot less the killed told after it in the sentence, so it is made only
// where both are exact and the dead are fewer. A count of the wounded whose
// dead are told as a part of them so ("found four victims wounded, two of
// them already dead") counted the shot: it is read as shot, and its wounded
// derived alike.
func shotSurvivors(toks []token, cs []*count) []*count {
	var out []*count
	for _, s := range cs {
		if s.event != "shot" && s.event != "injured" || s.subset || s.superseded || s.scope != "" || !exactPoint(s) {
			continue
		}
		if dead := deadAmongShot(toks, s, cs); dead > 0 && dead < s.value.Min {
			s.event = "shot"
			w := &count{figure: s.figure, npEnd: s.npEnd, subject: s.subject, modifiers: s.modifiers, event: "injured"}
			w.raw = s.value.Min - dead
			w.value = claim.Point(w.raw)
			out = append(out, w)
		}
	}
	return out
}

// deadAmongShot is the largest exact killed count told as a part of the
// shot s, after it and before the sentence's next shot or wounded ("two
// shot, three wounded" is a second group). Only a part says so: "one
// fatally", "two of them died"; a headline's "5 shot, 1 dead" may count
// the dead apart, and is left alone.
func deadAmongShot(toks []token, s *count, cs []*count) float64 {
	end := -1
	for _, c := range cs {
		if c.first > s.first && (c.event == "shot" || c.event == "injured") && (end < 0 || c.first < end) {
			end = c.first
		}
	}
	dead := 0.0
	for _, k := range cs {
		if k.first > s.first && (end < 0 || k.first < end) && k.event == "killed" && !k.superseded && exactPoint(k) && partOfShot(toks, k) {
			dead = max(dead, k.value.Min)
		}
	}
	return dead
}

// partOfShot: the dead k are told as some of the shot before them: "one
// fatally", "two of them", "one of whom died", "one of the victims".
func partOfShot(toks []token, k *count) bool {
	t, n := tokAt(toks, k.numLast), tokAt(toks, k.numLast+1)
	return t.lower == "fatally" || t.lower == "of" && (n.is("them", "whom", "those") || n.lower == "the" && victimsNoun(tokAt(toks, k.numLast+2)))
}

// victimsNoun: a noun of people or a state at t ("one of the victims", "one
// of the injured").
func victimsNoun(t *token) bool {
	return t.kind == tWord && (personNoun(singular(t.lower)) || t.in(cEventAdjective))
}

// exactPoint: an exact figure of one value.
func exactPoint(c *count) bool {
	return c.qualifier == claim.Exact && c.value.Min == c.value.Max
}
