// Implicit counts: counts written without a number ("a man was killed",
// "no one was hurt").

package extract

import (
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// implicitModifier may stand between "a" and a human noun: adjectives,
// ages ("24-year-old"), places ("Woodville").
func implicitModifier(t *token) bool {
	switch t.kind {
	case tNumber:
		return true
	case tPunct:
		return t.lower == "-"
	case tWord:
		return !t.in(cStopAfterNumber) && t.event() == "" && !t.in(cCue)
	}
	return false
}

// objectOfEvent is the event of an active casualty verb right before j:
// "shot" in "shot his wife", "killed" in "killing her husband" and in
// "fatally shooting her son"; none in "threatened to kill his wife".
func objectOfEvent(toks []token, j int) string {
	v := tokAt(toks, j-1)
	if v.kind != tWord || v.in(cEventAdjective) && !v.is("killed", "injured", "wounded", "shot") {
		return ""
	}
	if tokAt(toks, j-2).lower == "to" && v.is("kill", "shoot", "hurt", "injure", "wound") {
		return "" // an intent, no harm done: "he was going to kill his wife"
	}
	switch ev := v.event(); ev {
	case "killed", "injured", "shot":
		if v.is("death", "deaths", "dead", "toll", "injuries", "injury", "wounds", "wound", "fatalities", "fatality") {
			return "" // nouns: "the death his family mourned"
		}
		if ev == "shot" && tokAt(toks, j-2).lower == "fatally" {
			return "killed" // "fatally shot his brother"
		}
		return ev
	}
	return ""
}

// implicitCounts finds counts written without a number: "a man was killed"
// (one), "no one was hurt" (zero), "the gunman killed himself" (one, a
// subject of its own). A single victim is marked a subset: "a man was
// killed" may be one of several, so it is never compared with a toll.
// At each token outside a figure it tries the patterns of
// implicitCountPatterns (grammar.go) in order; the first whose start holds
// reads there. Each needs a word of cCountTrigger, which the caller has
// seen in the sentence.
// s is the scan it fills, whose list of counts serves one sentence after
// another.
func implicitCounts(s *implicitScan, toks []token, figs []figure, surnames *wordSet, at textPlace) []*count {
	clear(s.out)
	*s = implicitScan{toks: toks, figs: figs, surnames: surnames, headline: at == placeHeadline, lead: at != placeBody, out: s.out[:0]}
	covered := make([]bool, len(toks))
	for _, f := range figs {
		for j := max(f.first, 0); j < f.last && j < len(toks); j++ {
			covered[j] = true
		}
	}
	for j := 0; j < len(toks); j++ {
		if covered[j] && !ageStarts(figs, j) || !covered[j] && !mayStartImplicit(&toks[j]) {
			continue // an age is a figure, and may name its person ("a 17-year-old was shot")
		}
		for k := range implicitCountPatterns {
			p := &implicitCountPatterns[k]
			if !p.starts(toks, j) {
				continue
			}
			n, at := len(s.out), j
			j = p.read(s, j)
			for _, c := range s.out[n:] {
				c.by = p.name
			}
			if j != at || len(s.out) > n || p.name != "headline-person" {
				break
			}
			// a body's opening "Officer Ron Kiel was shot" is no headline
			// person: the patterns after it may read there
		}
	}
	return s.out
}

// mayStartImplicit: every pattern of implicitCountPatterns starts at a
// capitalized word or at one of these, so other tokens are passed over
// without a call.
func mayStartImplicit(t *token) bool {
	return t.capital || t.kind == tNumber || t.in(cHuman) || multipleWord(t.lower) || t.is("a", "the", "an", "another", "both", "his", "her", "him", "their", "no", "he", "she", "nobody", "none", "no-one", "himself", "herself", "self",
		"death", "killing", "murder", "life", "fatal", "deadly", "'s", "’s")
}

// implicitScan is a sentence that implicitCounts reads, and the counts it
// found so far.
type implicitScan struct {
	toks     []token
	figs     []figure
	surnames *wordSet
	headline bool // the article's headline: a list of other stories' headlines in its body reads as headlinese too
	lead     bool // the headline or the lead, where the article tells its own incident before any other's
	out      []*count
}

// textPlace is where a sentence stands in its article.
type textPlace int

const (
	placeBody textPlace = iota
	placeHeadline
	placeLead
)

// implicitCountPattern is one way a count is written without a number:
// starts says whether it can start at toks[j]; read then appends what it
// finds and returns the token to go on after (j when it read none).
type implicitCountPattern struct {
	name, example string
	starts        func(toks []token, j int) bool
	read          func(s *implicitScan, j int) int
}

// describedPersonStarts: a determiner or possessive before a described
// person.
func describedPersonStarts(toks []token, j int) bool {
	return toks[j].is("a", "an", "the", "his", "her", "their") && j+1 < len(toks)
}

// readDescribedPerson: "a 24-year-old man was killed", "killed a man", "the
// death of a toddler"; with "the" or "her" only in the passive ("the boy
// killed in an accident", "her son, Manny, was shot"), not in "the gunman
// killed his wife"; and the object of a casualty verb, "shot his wife".
func readDescribedPerson(s *implicitScan, j int) int {
	toks, t := s.toks, &s.toks[j]
	k, ok := describedPerson(toks, j)
	if !ok {
		return j
	}
	if tokAt(toks, j-1).is("if", "whether") && !tokAt(toks, k+1).is("who", "that") {
		// "could not say whether the man had died" asks; "asked whether
		// the teen who was shot was the offender" still tells the shooting
		return j
	}
	definite := !t.is("a", "an")
	if !definite && renamesAFigure(toks, s.figs, j, k) {
		return j // "One of the 14 wounded, a boy, was flown …": the one again
	}
	if struckInBody(toks, j, skipAge(toks, k+1)) {
		return readObjects(s, j, k, "shot") // "the bullet struck a boy in the leg"
	}
	if ev := objectOfEvent(toks, j); ev != "" && t.is("his", "her", "their") {
		// the object of a casualty verb: "shot his wife", "shooting his
		// 22-month-old daughter in the leg", "killed their son"
		return readObjects(s, j, k, ev)
	}
	e := andPerson(toks, skipAge(toks, k+1), s.surnames) // "a man and a woman were killed"
	if definite && !passiveEvent(toks, e) {
		return j
	}
	if actsOnSomeone(toks, e) {
		return j // "a man shot at twelve people", "a woman who killed her husband": the one who shot
	}
	if !definite && participleObject(toks, j) {
		return j // "a dog that was shot after attacking an officer is dead": the dog is
	}
	ev := eventAfter(toks, e)
	if a := pastAppositiveName(toks, e); ev == "" && definite && a > 0 {
		ev = eventAfter(toks, a) // past an appositive name
	}
	if ev == "" && !definite {
		ev, _ = eventBefore(toks, j, "")
	}
	if ev == "" {
		return j
	}
	c := &count{figure: figure{first: j, numFirst: j, numLast: j + 1, last: k + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: k + 1, subject: toks[k].lower, event: ev, subset: true, single: true}
	for _, m := range toks[j+1 : k] {
		if m.kind == tWord && m.lower != "-" {
			c.modifiers = append(c.modifiers, m.text)
		}
	}
	s.out = append(s.out, c)
	return k
}

// possessivePersonStarts: a possessive "'s" after a word, before the
// person it relates someone to ("Ortiz's wife"); "Ana Lee's death" is
// possessive-death's.
func possessivePersonStarts(toks []token, j int) bool {
	if !toks[j].is("'s", "’s") || j == 0 {
		return false
	}
	_, ok := describedPerson(toks, j)
	return ok
}

// readPossessivePerson: one victim named by a relation to someone else,
// in the passive, as "his wife was shot" is: "Ortiz's wife was wounded",
// "the man's 20-year-old son, Leo, was also shot". The possessor is a
// person (a name, a surname told before, or a noun of a person); the
// victim is the person after it ("Chicago's mayor" has no person before,
// "the gunman's wife said" tells no casualty).
func readPossessivePerson(s *implicitScan, j int) int {
	toks := s.toks
	first := possessorStart(toks, j, s.surnames)
	if first < 0 {
		return j
	}
	k, ok := describedPerson(toks, j)
	if !ok {
		return j
	}
	e := andPerson(toks, skipAge(toks, k+1), s.surnames)
	if !passiveEvent(toks, e) {
		return j
	}
	ev := eventAfter(toks, e)
	if a := pastAppositiveName(toks, e); ev == "" && a > 0 {
		ev = eventAfter(toks, a)
	}
	if ev == "" {
		return j
	}
	s.out = append(s.out, &count{figure: figure{first: first, numFirst: first, numLast: j, last: k + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: k + 1, subject: toks[k].lower, event: ev, subset: true, single: true})
	return k
}

// possessorStart is the first token of the person who owns the possessive
// "'s" at j ("Ana Ruiz", "Ruiz" told before, "the man"), or -1.
func possessorStart(toks []token, j int, surnames *wordSet) int {
	p := &toks[j-1]
	switch {
	case p.in(cHuman) && singular(p.lower) == p.lower && !p.is("he", "she", "they"):
		if tokAt(toks, j-2).is("the", "a", "an", "his", "her", "their") {
			return j - 2
		}
		return j - 1
	case p.capitalized():
		first := j - 1
		for first > 0 && toks[first-1].capitalized() && !toks[first-1].in(cFunctionWord|cOrg|cTitle) {
			first--
		}
		if e, ok := namedPerson(toks, first, surnames); ok && e == j {
			return first
		}
	}
	return -1
}

// readObjects reads the people an active casualty verb acts on, the one
// described from j to its noun k and those joined to it by "and" ("killed
// his wife and her son"): each a single victim, whom singlesTotals adds
// up and victimsAndSelf counts with a killer who then killed himself. A
// shooting that leaves its object "dead" or "to death" killed ("shot his
// daughter dead", "shot his wife to death").
func readObjects(s *implicitScan, j, k int, ev string) int {
	toks := s.toks
	if ev == "shot" && leftDead(toks, k+1) {
		ev = "killed"
	}
	for {
		s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: j + 1, last: k + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
			npEnd: k + 1, subject: toks[k].lower, event: ev, subset: true, single: true})
		a := skipAge(toks, k+1)
		if tokAt(toks, a).lower != "and" || !tokAt(toks, a+1).is("his", "her", "their") {
			return k
		}
		noun, ok := describedPerson(toks, a+1)
		if !ok {
			return k
		}
		j, k = a+1, noun
	}
}

// struckInBody: the person opening at j is the object of a striking verb
// that gunfire told before it drives, and a part of the body follows the
// person at e: "the bullet struck a boy in the leg", "the gun went off,
// hitting the child in the hand". A person so struck was shot; a fist or a
// car strikes people too, so the sentence must tell gunfire first.
func struckInBody(toks []token, j, e int) bool {
	v := j - 1
	if v < 1 || !strikeVerbs[toks[v].lower] || !woundedPart(toks, e) {
		return false
	}
	for m := v - 1; m >= 0; m-- {
		if gunfireWords[toks[m].lower] || gunNouns[toks[m].lower] {
			return true
		}
	}
	return false
}

// leftDead: the words at k tell that a shooting's object died: "dead",
// "to death".
func leftDead(toks []token, k int) bool {
	return tokAt(toks, k).lower == "dead" || tokAt(toks, k).lower == "to" && tokAt(toks, k+1).lower == "death"
}

// anotherOneStarts: "another" standing for a person, with no noun of its
// own: the object of a casualty verb ("killed one and wounded another")
// or the subject of one in the passive ("another was hurt").
func anotherOneStarts(toks []token, j int) bool {
	if toks[j].lower != "another" {
		return false
	}
	next := tokAt(toks, j+1)
	if next.kind == tWord && !next.in(cAuxiliary) && !next.is("in", "at", "on", "during", "near", "outside", "inside", "who") {
		return false // "another shooting", "another man" (a described person)
	}
	return objectOfEvent(toks, j) != "" || next.in(cAuxiliary) && passiveEvent(toks, j+1)
}

// readAnotherOne: one more person of the event the sentence tells, a
// victim besides those counted: a subset, as a described person is.
func readAnotherOne(s *implicitScan, j int) int {
	toks := s.toks
	ev := objectOfEvent(toks, j)
	if ev == "" {
		ev = eventAfter(toks, j+1)
	}
	if ev == "" {
		return j
	}
	s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: j + 1, last: j + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: j + 1, subject: "person", event: ev, subset: true, single: true})
	return j
}

// bothPeopleStarts: "both" opening a clause before people or before its
// verb: "Both men were taken to a hospital", "both were killed".
func bothPeopleStarts(toks []token, j int) bool {
	return toks[j].lower == "both" && (j == 0 || tokAt(toks, j-1).kind == tPunct || tokAt(toks, j-1).in(cCue|cReportVerb))
}

// readBothPeople: two people of the event told after them ("Both men
// were shot", "both later died"): two the story has told of, so a subset,
// which stands as the figure only where the story tells no other.
func readBothPeople(s *implicitScan, j int) int {
	toks := s.toks
	e, subject := j+1, "person"
	for k := j + 1; k < len(toks) && k < j+4; k++ {
		if w := singular(toks[k].lower); w != toks[k].lower && personNoun(w) {
			e, subject = k+1, w
			break
		}
		if !implicitModifier(&toks[k]) || toks[k].in(cAuxiliary) {
			break
		}
	}
	if e == j+1 && !tokAt(toks, e).in(cAuxiliary) && tokAt(toks, e).event() == "" {
		return j // "both sides", "both of them": no people read
	}
	ev := eventAfter(toks, e)
	if ev == "" || actsOnSomeone(toks, e) {
		return j
	}
	s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: j + 1, last: e, raw: 2, value: claim.Point(2), qualifier: claim.Exact},
		npEnd: e, subject: subject, event: ev, subset: true})
	return e - 1
}

// participleObject: the person at j is the object of a clause of time
// opened by a participle ("after attacking a deputy", "while chasing a
// man"), not the subject of the verb after it, which is the sentence's.
// A participle of harm ("after leaving a man dead") tells the person's
// own fate, and stays read.
func participleObject(toks []token, j int) bool {
	v := tokAt(toks, j-1)
	return v.kind == tWord && strings.HasSuffix(v.lower, "ing") && v.event() == "" && !v.is("leaving", "sending") &&
		tokAt(toks, j-2).is("after", "before", "while", "when")
}

// noOneStarts: "no one", "nobody", "none", "no-one".
func noOneStarts(toks []token, j int) bool {
	t := &toks[j]
	return t.lower == "no" && tokAt(toks, j+1).lower == "one" || t.is("nobody", "none", "no-one")
}

// readNoOne: "no one was hurt", "none of the passengers was hurt" (zero),
// not "none of the injuries".
func readNoOne(s *implicitScan, j int) int {
	toks, t := s.toks, &s.toks[j]
	k := j + 1
	if t.lower == "no" {
		k++
	}
	if tokAt(toks, k).lower == "of" {
		for k < len(toks) && k < j+6 && !toks[k].in(cAuxiliary) || tokAt(toks, k).is("of", "them", "whom") {
			k++
		}
		if !personNoun(singular(tokAt(toks, k-1).lower)) && !tokAt(toks, k-1).is("them", "whom") {
			return j
		}
	}
	if ev := eventAfter(toks, k); ev != "" && !severityBetween(toks, k, k+6) {
		s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: k, last: k, value: claim.Point(0), qualifier: claim.Exact}, npEnd: k, subject: "person", event: ev})
	}
	return j
}

// noEventsStarts: "no" before a plural event noun.
func noEventsStarts(toks []token, j int) bool {
	return toks[j].lower == "no" && tokAt(toks, j+1).event() != "" && tokAt(toks, j+1).is("deaths", "injuries", "fatalities", "casualties", "arrests")
}

// readNoEvents: "no deaths were reported", "no injuries" (zero).
func readNoEvents(s *implicitScan, j int) int {
	s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: j + 2, last: j + 2, value: claim.Point(0), qualifier: claim.Exact}, npEnd: j + 2, subject: "person", event: s.toks[j+1].event()})
	return j
}

// pronounDiedStarts: "he" or "she" opening a clause, or reported, before
// a death: "…, where he later died", "police said he died", "officers were
// informed he had been pronounced dead".
func pronounDiedStarts(toks []token, j int) bool {
	return pronounOpensClause(toks, j) && eventAfter(toks, j+1) == "killed" && (sufferedDeath(toks, j+1) || passiveDeath(toks, j+1) || hurtThenDied(toks, j+1))
}

// hurtThenDied: the subject before k was hurt and the sentence goes on to
// its death, with a second verb that sufferedDeath, reading the first,
// does not see: "She was taken to the hospital in critical condition and
// pronounced dead", "he was transported … but was pronounced dead". A
// gunman's own death is the self-harm patterns' ("shot himself and
// died").
func hurtThenDied(toks []token, k int) bool {
	ev, _ := eventAfterStatusRead(toks, k)
	if ev != "injured" || !diesLater(toks, k) {
		return false
	}
	for m := k; m < len(toks) && m < k+12; m++ {
		if toks[m].is("himself", "herself") {
			return false
		}
	}
	return true
}

// pronounOpensClause: "he" or "she" at j opens a clause or is reported:
// after punctuation, a conjunction of time or a cue ("police said he").
func pronounOpensClause(toks []token, j int) bool {
	return toks[j].is("he", "she") && (j == 0 || tokAt(toks, j-1).kind == tPunct || tokAt(toks, j-1).is("where", "when", "after", "and", "but", "until", "before") ||
		tokAt(toks, j-1).in(cCue|cReportVerb))
}

// passiveDeath: a passive shooting that killed, "was shot and killed",
// "was fatally shot", which sufferedDeath, reading the first verb, takes
// for a shooting only.
func passiveDeath(toks []token, k int) bool {
	at, passive := eventVerb(toks, k, 5)
	return at >= 0 && passive && toks[at].event() == "shot" && refineShot(toks, at, "shot") == "killed"
}

// readPronounDied: one killed, "He was pronounced dead at the scene".
func readPronounDied(s *implicitScan, j int) int {
	s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: j + 1, last: j + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: j + 1, subject: "person", event: "killed", subset: true})
	return j
}

// pronounShotStarts: "he" or "she" opening a clause, or reported, before
// a passive shooting or wounding: "police say she was shot once in the
// arm", "…, when he was wounded".
func pronounShotStarts(toks []token, j int) bool {
	if !pronounOpensClause(toks, j) {
		return false
	}
	at, passive := eventVerb(toks, j+1, 4)
	if at < 0 || !passive || tellsDeath(toks) {
		// "Ana died days after she was shot", "was killed when he was
		// shot": the one shot is one of the dead
		return false
	}
	ev := eventAfter(toks, j+1)
	return ev == "shot" || ev == "injured"
}

// tellsDeath: some word of the sentence tells a death.
func tellsDeath(toks []token) bool {
	for k := range toks {
		if toks[k].event() == "killed" {
			return true
		}
	}
	return false
}

// readPronounShot: one shot, the person the sentence refers to, a victim
// the story may have counted already: a subset, which stands as the figure
// only where the story tells no other. Wounded or shot, the count is of
// the shot: the person may be one the story tells dead ("a girl was
// fatally shot … when she was wounded"), and shotAsInjured reads the shot
// as injured only where no death is told near.
func readPronounShot(s *implicitScan, j int) int {
	s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: j + 1, last: j + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: j + 1, subject: "person", event: "shot", subset: true})
	return j
}

// ageStarts: an age figure starts at token j.
func ageStarts(figs []figure, j int) bool { return ageEnd(figs, j) >= 0 }

// ageEndingAt is the first token of the age figure that ends right before
// e, or -1.
func ageEndingAt(figs []figure, e int) int {
	for i := range figs {
		if figs[i].age && figs[i].last == e {
			return figs[i].first
		}
	}
	return -1
}

// ageEnd is the token after the age figure that starts at j, or -1.
func ageEnd(figs []figure, j int) int {
	for i := range figs {
		if figs[i].age && figs[i].first == j {
			return figs[i].last
		}
	}
	return -1
}

// ageAsPersonStarts: an age written as a noun ("17-year-old", "15-month-old")
// opening the sentence (after a source's label: "Police: 17-year-old
// shot"), after a determiner, after a headline's "dead," or
// as the object of a verb of harm.
func ageAsPersonStarts(toks []token, j int) bool {
	if toks[j].kind != tNumber {
		return false
	}
	p := tokAt(toks, j-1)
	return j == opening(toks) || p.is("a", "an", "the", "his", "her", "their") || p.lower == "," && tokAt(toks, j-2).event() != "" || objectOfEvent(toks, j) != ""
}

// readAgeAsPerson: news names a victim by age alone, "a 17-year-old was
// killed", "the 15-month-old died", and so do headlines, "17-year-old shot,
// killed inside house", "2-year-old dead, 15-month-old injured", "Toddler
// shoots 2-year-old sister" (one each; a noun after the age is the person:
// "17-year-old girl shot"). As with a
// described person, "the" and "his" take only the passive or a death
// ("the 17-year-old was shot", "the 17-year-old died", not "the
// 17-year-old shot his cousin").
func readAgeAsPerson(s *implicitScan, j int) int {
	toks := s.toks
	age, ok := ageFigure(toks, j, j+1, 0)
	if !ok {
		return j
	}
	subject, e := "person", age.last
	if n := nounAfterAge(toks, e); n >= 0 {
		subject, e = toks[n].lower, n+1
	}
	first, p := j, tokAt(toks, j-1)
	var ev string
	switch {
	case p.is("a", "an", "the", "his", "her", "their") && struckInBody(toks, j-1, e):
		ev = "shot" // "a stray round struck the 9-year-old in the arm"
		first--
	case p.is("the", "his", "her", "their"):
		// an auxiliary or a death: "the 40-year-old shot at a van" fired
		if tokAt(toks, e).is("was", "is", "has", "had", "who") || sufferedDeath(toks, e) {
			ev = eventAfter(toks, e)
		}
		first--
	case p.is("a", "an") && participleObject(toks, j-1):
		return j // "after kicking a 40-year-old man"
	case p.is("a", "an"):
		if ev = eventAfter(toks, e); ev == "" {
			ev, _ = eventBefore(toks, j-1, "")
		}
		first--
	case objectOfEvent(toks, j) != "":
		ev = objectOfEvent(toks, j) // a headline's object: "Toddler shoots 2-year-old sister"
	default: // the sentence's first word or a headline's list
		if !agentOf(toks, e) {
			ev = eventAfter(toks, e)
		}
	}
	if ev == "" {
		return j
	}
	s.out = append(s.out, &count{figure: figure{first: first, numFirst: j, numLast: age.last, last: e, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: e, subject: subject, event: ev, subset: true, single: true})
	return e - 1
}

// nounAfterAge is the singular noun of a person that an age at the token
// before e describes, right after it or past a few modifiers of place or
// kind ("17-year-old girl", "6-year-old Marlow girl", "15-year-old high
// school student"), or -1: without one the age stands for the person.
func nounAfterAge(toks []token, e int) int {
	for n := e; n < len(toks) && n <= e+headlineModifiers; n++ {
		t := &toks[n]
		if t.in(cHuman) {
			if singular(t.lower) != t.lower {
				return -1
			}
			return n
		}
		if !implicitModifier(t) || t.kind != tWord {
			return -1
		}
	}
	return -1
}

// headlineModifiers is how many words a headline puts before its person:
// places and adjectives, "Spring Valley man", "Teenage boy".
const headlineModifiers = 3

// headlinePersonStarts: a singular human noun opening a sentence without
// its article, as headlines write it, after a few modifiers and after a
// source's label ("Police: Youth wounded in Gary").
func headlinePersonStarts(toks []token, j int) bool {
	if !(j == opening(toks) && toks[j].capitalized()) && !afterHeadlineClause(toks, j) {
		return false
	}
	n := headlineNoun(toks, j)
	return n >= 0 && singular(toks[n].lower) == toks[n].lower
}

// afterHeadlineClause: j follows a comma that closes a clause ending in its
// event, the way a headline lists its victims clause by clause ("Man
// killed, woman injured in shooting", "3 dead, child hurt"): the person
// after it is the next clause's, written without its article as the first.
func afterHeadlineClause(toks []token, j int) bool {
	return j >= 2 && toks[j-1].lower == "," && toks[j-2].event() != ""
}

// sourceLabelWords is how many words a headline's label of its source may
// have: "Police:", "Winona police:", "Blount County Sheriff:".
const sourceLabelWords = 3

// opening is where a sentence's own words open: after a label that names
// the source the way headlines do ("Police: 6-year-old girl wounded",
// "Coroner: 12-year-old boy dead", "UPDATE: Man shot"), else 0. The label
// is a few words, the first capitalized, and a colon; a link's label
// ("More:", "Related:", "Read more:") opens another story's headline.
func opening(toks []token) int {
	if len(toks) == 0 || !toks[0].capitalized() || toks[0].is("more", "related", "read", "see", "also", "previously", "latest") {
		return 0
	}
	for k := 1; k < len(toks) && k <= sourceLabelWords; k++ {
		switch t := &toks[k]; {
		case t.lower == ":":
			if k+1 < len(toks) {
				return k + 1
			}
			return 0
		case t.kind != tWord:
			return 0
		}
	}
	return 0
}

// headlineNoun is the human noun a headline opens with at from, after at most
// headlineModifiers words that are no function, event or cue words, nor
// in lower case a verb's ("Spring Valley teen", "Mathews county boy",
// "Teenage girl"; not "Off-duty cop shoots man"); -1 when there is none.
func headlineNoun(toks []token, from int) int {
	for k := from; k < len(toks) && k <= from+headlineModifiers; k++ {
		t := &toks[k]
		if t.in(cHuman) {
			// a compound's head is its last noun: "Teen girl shot and
			// killed", "Teen boy wounded"
			for tokAt(toks, k+1).in(cHuman) && singular(toks[k].lower) == toks[k].lower && singular(toks[k+1].lower) == toks[k+1].lower {
				k++
			}
			return k
		}
		if t.kind != tWord || t.in(cFunctionWord|cCue|cOrg|cTitle) || t.event() != "" || !t.capitalized() && verbLike(t.lower) {
			return -1
		}
	}
	return -1
}

// verbLike: a word in lower case that may be a verb of the headline
// ("shoots", "finds", "wounded", "fleeing") rather than a modifier.
func verbLike(w string) bool {
	return strings.HasSuffix(w, "s") || isVerbForm(w)
}

// readHeadlinePerson: headlinese drops the article: "Man shot, killed in
// parked car", "Boy, 7, shot in Sandusky", "Spring Valley teen killed".
func readHeadlinePerson(s *implicitScan, j int) int {
	toks := s.toks
	n := headlineNoun(toks, j)
	t := &toks[n]
	e := n + 1
	if tokAt(toks, e).lower == "," && tokAt(toks, e+1).kind == tNumber && tokAt(toks, e+2).lower == "," {
		e += 3
	}
	if ev := headlineEvent(toks, e); ev != "" && !agentOf(toks, e) {
		s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: n + 1, last: n + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
			npEnd: n + 1, subject: t.lower, event: ev, subset: true})
		return n
	}
	return j
}

// namedVictimStarts: a capitalized word that opens a name.
func namedVictimStarts(toks []token, j int) bool {
	return toks[j].capitalized() && (j == 0 || !tokAt(toks, j-1).capitalized())
}

// readNamedVictim: a named victim, "Michael Lorenzo died on the scene",
// "Kevin Richardson, 30, died", "John Palmer, of Kansas City, was found
// dead" (his hometown passed); not a place, "a shooting on North Capitol
// Street that injured 13", nor the "Kansas City" of that hometown.
func readNamedVictim(s *implicitScan, j int) int {
	toks := s.toks
	k, ok := namedPerson(toks, pastTitles(toks, j), s.surnames)
	if !ok {
		return j
	}
	if toks[k-1].in(cStreet) || tokAt(toks, j-1).is("on", "at", "in", "near", "along", "from", "outside", "inside", "of") {
		return j // a place: "a shooting on North Capitol Street that injured 13"
	}
	e := andPerson(toks, pastHometown(toks, skipAge(toks, k)), s.surnames)
	if ev := eventAfter(toks, e); (ev == "killed" || ev == "injured" || ev == "shot") && !agentOf(toks, e) {
		s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: k, last: k, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
			npEnd: k, subject: "person", event: ev, subset: true, single: true})
		return k
	}
	return j
}

// hometownWords is how many capitalized words a victim's hometown may
// have: "of Marlow", "of East St. Louis", "from Grand Rapids, Mich.".
const hometownWords = 5

// pastHometown passes the hometown news puts after a victim's name and
// age, "Ann Lee, 71, of Marlow, was fatally shot", "Tom Hale, 20, of
// Marlow died", so the verb after it is the victim's; it returns k where
// none stands there. The town must close on a comma or a verb's word: "of"
// and capitals that run on are an organization's ("Ann Lee of Marlow
// Police said").
func pastHometown(toks []token, k int) int {
	m := k
	if tokAt(toks, m).lower == "," {
		m++
	}
	if !tokAt(toks, m).is("of", "from") || !tokAt(toks, m+1).capitalized() {
		return k
	}
	end := m + 1
	for end < len(toks) && end <= m+hometownWords && (toks[end].capitalized() || toks[end].lower == ".") {
		end++
	}
	if tokAt(toks, end).lower == "," && tokAt(toks, end+1).capitalized() {
		n := end + 2 // past the state after the town: "of Grand Rapids, Mich., died"
		if tokAt(toks, n).lower == "." {
			n++
		}
		if tokAt(toks, n).lower == "," {
			end = n
		}
	}
	switch t := tokAt(toks, end); {
	case t.lower == ",":
		return end + 1
	case t.kind == tWord && (t.in(cAuxiliary) || t.event() != ""):
		return end
	}
	return k
}

// pastTitles is the token after the titles that open a name at j
// ("Officer Ron Kiel", "Court Officer Ron Kiel", "Sgt. Ann Lee"), or j:
// a victim is often named with the rank or post that opens the name.
func pastTitles(toks []token, j int) int {
	k := j
	for k < len(toks) && k < j+3 && toks[k].capitalized() && !toks[k].in(cTitle) && tokAt(toks, k+1).in(cTitle) {
		k++ // a title's own first word: "Court Officer", "Security Supervisor"
	}
	if k == len(toks) || !toks[k].in(cTitle) {
		return j
	}
	for k < len(toks) && toks[k].in(cTitle) || tokAt(toks, k).lower == "." && k > j && toks[k-1].in(cTitle) {
		k++
	}
	return k
}

// killedHimselfStarts: "himself" or "herself" right after a word of
// killing.
func killedHimselfStarts(toks []token, j int) bool {
	return toks[j].is("himself", "herself") && j > 0 && toks[j-1].event() == "killed"
}

// readKilledHimself: "the gunman killed himself" (one killed, its subject
// the human noun before, else "perpetrator").
func readKilledHimself(s *implicitScan, j int) int {
	toks := s.toks
	subj := "perpetrator"
	for k := j - 2; k >= 0 && k >= j-5 && !clauseBreak(&toks[k]); k-- {
		if toks[k].in(cHuman) {
			subj = toks[k].lower
			break
		}
	}
	s.out = append(s.out, &count{figure: figure{first: j - 1, numFirst: j, numLast: j + 1, last: j + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact}, npEnd: j + 1, subject: subj, event: "killed"})
	return j
}

// clauseBreak: a mark or word that closes the clause before it, whose
// person is another than the one who killed himself after it: "shot his
// wife, killing himself", "shot his friend then killed himself".
func clauseBreak(t *token) bool {
	return t.kind == tPunct || clauseJoiners[t.lower]
}

// thenHimselfStarts: "himself" or "herself" closing a list of the
// objects of a killing, after "then", "and" or a comma: "kills wife, then
// himself", "killed four classmates and himself", "killing 2, then
// himself".
func thenHimselfStarts(toks []token, j int) bool {
	if !toks[j].is("himself", "herself", "self") || !tokAt(toks, j-1).is("then", "and", ",") {
		return false // headlines write "self": "kills wife, 2 children, self"
	}
	return killingBefore(toks, j) >= 0
}

// killingBefore is the position of an active verb of killing a few words
// before j ("kills", "killing", "fatally shot"), or -1. A verb of shooting
// alone may have wounded, and the killer may have lived.
func killingBefore(toks []token, j int) int {
	const reach = 12 // "killed his estranged wife, her mother and then himself"
	for k := j - 2; k >= 0 && k >= j-reach; k-- {
		t := &toks[k]
		if t.is(".", ";") {
			return -1
		}
		if t.is("kills", "killed", "killing", "kill") && activeKilling(toks, k) {
			return k
		}
		if t.is("shot", "shoots", "shooting") && tokAt(toks, k-1).lower == "fatally" {
			return k
		}
	}
	return -1
}

// activeKilling: the verb of killing at k has the killer for its subject:
// no auxiliary before it, or one that opens a clause or tells when or how
// ("who killed", "then killed", "allegedly killed") with no form of "be"
// before that ("was then killed" is passive); "to kill" is an intent.
func activeKilling(toks []token, k int) bool {
	p := tokAt(toks, k-1)
	if p.lower == "to" {
		return false
	}
	if !p.in(cAuxiliary) {
		return true
	}
	return activeLeads[p.lower] && !progressiveAuxiliaries[tokAt(toks, k-2).lower]
}

// readThenHimself: one killed, the killer, one of the dead the sentence
// tells (victimsAndSelf adds them up).
func readThenHimself(s *implicitScan, j int) int {
	s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: j + 1, last: j + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: j + 1, subject: "perpetrator", event: "killed", subset: true})
	return j
}

// turnedGunStarts: "himself" or "herself" after "turned the gun on" (or a
// rifle, "his weapon"), the words news uses for a killer's suicide.
func turnedGunStarts(toks []token, j int) bool {
	if !toks[j].is("himself", "herself") || tokAt(toks, j-1).lower != "on" || !tokAt(toks, j-2).is("gun", "weapon", "rifle", "pistol", "handgun", "shotgun") {
		return false
	}
	if !tokAt(toks, j-3).is("the", "a", "his", "her") || !tokAt(toks, j-4).is("turned", "turning", "turns", "turn") {
		return false
	}
	for k := j - 5; k >= 0 && k >= j-8; k-- {
		if toks[k].is("attempted", "tried", "threatened") {
			return false // "threatened to turn the gun on himself"
		}
	}
	return true
}

// readTurnedGun: one killed, the killer ("before turning the gun on
// himself"), one of the dead of the story and never its toll; a suicide
// survived is told as "attempted".
func readTurnedGun(s *implicitScan, j int) int {
	for k := j + 1; k < len(s.toks) && k < j+4; k++ {
		if s.toks[k].is("attempted", "attempt", "survived") {
			return j // "turned the gun on himself in an attempted suicide"
		}
	}
	s.out = append(s.out, &count{figure: figure{first: j - 4, numFirst: j, numLast: j + 1, last: j + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: j + 1, subject: "perpetrator", event: "killed", subset: true})
	return j
}

// shotHimselfStarts: "himself" or "herself" right after a verb of
// shooting: "shot himself", "shoots herself", "accidentally shooting
// himself".
func shotHimselfStarts(toks []token, j int) bool {
	return toks[j].is("himself", "herself") && j > 0 && toks[j-1].is("shot", "shoots", "shooting")
}

// readShotHimself: one shot, the person who fired ("Hunter shoots himself
// while cleaning rifle"; shot, since a self-inflicted wound may or may not
// kill; killed where "fatally" or a death later in the sentence says it
// did), unless the person was read as a count of the sentence already
// ("a man shot himself": the described man is the one).
func readShotHimself(s *implicitScan, j int) int {
	toks := s.toks
	if n := len(s.out); n > 0 && s.out[n-1].npEnd >= j-4 {
		return j
	}
	subj := "person"
	for k := j - 2; k >= 0 && k >= j-5; k-- {
		if toks[k].in(cHuman) {
			subj = singular(toks[k].lower)
			break
		}
	}
	ev := "shot"
	if tokAt(toks, j-2).lower == "fatally" || diesLater(toks, j+1) {
		ev = "killed" // "fatally shot himself in the head", "shot himself and died": the wound killed
	}
	s.out = append(s.out, &count{figure: figure{first: j - 1, numFirst: j, numLast: j + 1, last: j + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: j + 1, subject: subj, event: ev, subset: true})
	return j
}

// deathOfStarts: a noun of one death before "of", or the life a death
// took ("claimed the life of Ann Lee").
func deathOfStarts(toks []token, j int) bool {
	return (toks[j].in(cEvent) && deathNouns[toks[j].lower] || lifeTaken(toks, j)) && tokAt(toks, j+1).lower == "of"
}

// readDeathOf: one killed, named or told by age after a noun of death:
// "the death of Ann Lee", "the shooting death of 15-year-old Ann Lee",
// "the killing of 9-year-old Sam", "took the life of Ann Lee". "The death of a toddler" is a
// described person's, "the murder of two men" a figure's.
func readDeathOf(s *implicitScan, j int) int {
	toks := s.toks
	first := j + 2
	k := first
	if e := ageEnd(s.figs, k); e >= 0 {
		k = e
	}
	end := -1
	if t := tokAt(toks, k); t.in(cHuman) && singular(t.lower) == t.lower && (k > first || s.headline || pastAgeAside(toks, k+1) > k+1) {
		end = k + 1 // "the death of 15-year-old boy", a headline's "death of son", "death of son, 16,"
	} else if e, ok := namedPerson(toks, k, s.surnames); ok {
		end = e
	}
	if end < 0 {
		return j
	}
	s.out = append(s.out, &count{figure: figure{first: first, numFirst: first, numLast: end, last: end, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: end, subject: "person", event: "killed", subset: true, single: true})
	return end - 1
}

// possessiveDeathStarts: a possessive before a noun of one death ("'s
// death", "'s shooting death").
func possessiveDeathStarts(toks []token, j int) bool {
	return toks[j].is("'s", "’s") && j > 0 && deathAfterPossessive(toks, j+1)
}

// deathAfterPossessive: a noun of one death opens at k, past a few
// modifiers: "death", "shooting death", "accidental shooting death", and a
// shooting told fatal ("fatal eviction shooting", "deadly shooting").
func deathAfterPossessive(toks []token, k int) bool {
	const mods = 3
	fatal := false
	for m := k; m < len(toks) && m <= k+mods; m++ {
		t := &toks[m]
		switch {
		case t.in(cEvent) && deathNouns[t.lower]:
			return true
		case t.lower == "shooting":
			n := tokAt(toks, m+1)
			return fatal || n.in(cEvent) && deathNouns[n.lower]
		case t.woundIn(wFatalAdjective):
			fatal = true
		case !bareObjectModifier(t):
			return false
		}
	}
	return false
}

// readPossessiveDeath: one killed, the person whose death it is: "in Ann
// Lee's death", "the teen's shooting death". A name is two words or a
// surname told before; "the city's deaths" names no person.
func readPossessiveDeath(s *implicitScan, j int) int {
	toks := s.toks
	first := j - 1
	p := &toks[first]
	switch {
	case ageEndingAt(s.figs, j) >= 0:
		first = ageEndingAt(s.figs, j) // "the 17-year-old's shooting death"
	case p.in(cHuman) && singular(p.lower) == p.lower && !p.is("he", "she", "they"):
	case p.capitalized():
		for first > 0 && toks[first-1].capitalized() && !toks[first-1].in(cFunctionWord|cOrg|cTitle) {
			first--
		}
		if e, ok := namedPerson(toks, first, s.surnames); !ok || e != j {
			return j
		}
	default:
		return j
	}
	s.out = append(s.out, &count{figure: figure{first: first, numFirst: first, numLast: j, last: j, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: j, subject: "person", event: "killed", subset: true, single: true})
	return j
}
