// The one person an active verb of killing acts on, told by a pronoun or a
// name rather than a noun: "the round struck him in the chest, killing
// him", "opened fire, shooting and killing Ana Ruiz, 19".

package extract

import "github.com/factlint/factlint/checker/claim"

// killedObjectStarts: "him", or "her" standing alone, or a name of two
// capitalized words, right after the participle of a killing ("killing
// him", "shooting and killing Ana Ruiz", "fatally shooting her"), the
// clause in which a report tells what a shot did, in a sentence that does
// not tell the killing undone ("nearly killing him", "could easily have
// killed her"). A past verb ("who shot and killed Smith") more often
// recalls another killing, and "killing her husband" is a described
// person's.
func killedObjectStarts(toks []token, j int) bool {
	v := tokAt(toks, j-1)
	if !killingParticiples[v.lower] && !(shootingParticiples[v.lower] && tokAt(toks, j-2).woundIn(wFatalAdverb)) {
		return false
	}
	if objectOfEvent(toks, j) != "killed" || unrealKilling(toks, j-1) {
		return false
	}
	t := &toks[j]
	if objectPronouns[t.lower] {
		return !t.in(cPossessive) || pronounEnds(tokAt(toks, j+1))
	}
	return personNameWord(t) && personNameWord(tokAt(toks, j+1))
}

// personNameWord: t may be a word of a person's name: capitalized, not all in
// capitals (a headline's "MURDER SUSPECT RELEASED"), and no word for a
// day, a month, a place or a title.
func personNameWord(t *token) bool {
	return t.kind == tWord && t.capitalized() && !allCapitals(t.text) && !t.in(cWeekday|cMonth|cPlace|cTitle|cPronoun)
}

// allCapitals: a word of two letters or more written all in capitals.
func allCapitals(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// pronounEnds: t ends the phrase of an object pronoun before it, so "her"
// is the person and not her possessor ("killing her." and "killing her
// and wounding him", not "killing her son").
func pronounEnds(t *token) bool {
	return t.kind != tWord || t.in(cFunctionWord) || adverb(t)
}

// unrealKilling: the verb of killing at v is told as a near miss or a
// possibility, no death: "nearly killing him", "could easily have hit her
// and killed her". A modal perfect a few words before it, in its
// sentence, rules its clause.
func unrealKilling(toks []token, v int) bool {
	const reach = 8
	if nearMisses[tokAt(toks, v-1).lower] {
		return true
	}
	for k := v - 1; k > 0 && k >= v-reach; k-- {
		if toks[k].is(".", ";") {
			return false
		}
		if toks[k].lower == "have" && unrealModals[toks[k-1].lower] {
			return true
		}
	}
	return false
}

// readKilledObject: one killed, the person the verb acts on; a single
// victim, who may be one of several. Names listed after the first are
// each one more ("killing Ana Ruiz, 19, and Bo Park, 20": singlesTotals
// adds them up).
func readKilledObject(s *implicitScan, j int) int {
	toks := s.toks
	if objectPronouns[toks[j].lower] {
		s.out = append(s.out, killedPerson(j, j+1))
		return j
	}
	end, ok := namedPerson(toks, j, s.surnames)
	if !ok || tokAt(toks, end).in(cHuman) {
		return j // a place before a person: "killing St. Louis girl"
	}
	s.out = append(s.out, killedPerson(j, end))
	for next := listedName(toks, end); next > 0; next = listedName(toks, end) {
		k, ok := namedPerson(toks, next, s.surnames)
		if !ok || tokAt(toks, k).in(cHuman) {
			break
		}
		s.out = append(s.out, killedPerson(next, k))
		end = k
	}
	return end - 1
}

// listedName is the first token of a name listed after a name ending at
// end, past its age ("Ana Ruiz, 19, and Bo Park"), or 0.
func listedName(toks []token, end int) int {
	e := skipAge(toks, end)
	if tokAt(toks, e).lower == "," && tokAt(toks, e+1).lower == "and" {
		e++
	}
	if !tokAt(toks, e).is(",", "and") || !personNameWord(tokAt(toks, e+1)) || !personNameWord(tokAt(toks, e+2)) {
		return 0
	}
	return e + 1
}

// killedPerson is the count of one person killed, told by the words
// [first,end).
func killedPerson(first, end int) *count {
	return &count{figure: figure{first: first, numFirst: first, numLast: end, last: end, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: end, subject: "person", event: "killed", subset: true, single: true}
}

// bareObjectStarts: a singular noun of a person without an article, after
// a few modifiers, as the object of an active verb of killing: headlinese
// drops the article of a victim as it does a subject's ("Man kills wife",
// "charged with killing uncle", "Shot that killed Marlow girl, 14",
// "killed aunt and uncle"). A compound ("teen boy") is read at its last
// noun; an object that opens a list it cannot add up ("kills wife, 2
// children", "wife and two sons") is left to the list's patterns.
func bareObjectStarts(toks []token, j int) bool {
	t := &toks[j]
	if !t.in(cHuman) || t.in(cPronoun) || singular(t.lower) != t.lower || tokAt(toks, j+1).in(cHuman) || listGoesOn(toks, j+1) {
		return false
	}
	v := j - 1
	for v >= 0 && v >= j-headlineModifiers && bareObjectModifier(&toks[v]) {
		v--
	}
	if v >= 1 && v == j-1 && toks[v].is("and", ",") {
		return bareObjectStarts(toks, v-1) // "killed aunt and uncle"
	}
	return v >= 0 && killingVerb(toks, v)
}

// listGoesOn: a list of people goes on at k with a figure or a plural
// ("wife, 2 children", "wife and children"), whose number a bare object
// does not tell.
func listGoesOn(toks []token, k int) bool {
	k = pastAgeAside(toks, k) // "girl, 14, and her mother"
	if !tokAt(toks, k).is(",", "and") {
		return false
	}
	n := tokAt(toks, k+1)
	if n.is("his", "her", "their") {
		n = tokAt(toks, k+2)
	}
	return n.kind == tNumber && !tokAt(toks, k+2).is(",", ".") || n.in(cNumeric) || n.kind == tWord && singular(n.lower) != n.lower && personNoun(singular(n.lower))
}

// bareObjectModifier: a word that may stand between a verb of killing and
// its bare object: a place or an adjective ("Marlow girl", "township man",
// "teen boy"), no determiner, function word, event or cue.
func bareObjectModifier(t *token) bool {
	return t.kind == tWord && !t.in(cFunctionWord|cDeterminer|cCue|cPronoun) && t.event() == ""
}

// killingVerb: an active verb of killing at v, the killer its subject
// (killingVerbs: "kills", "killing", "who murdered"; "fatally shoots"), not a passive
// ("was killed") nor an intent ("to kill").
func killingVerb(toks []token, v int) bool {
	t := &toks[v]
	if t.is("shot", "shoots", "shooting") && tokAt(toks, v-1).woundIn(wFatalAdverb) {
		return activeKilling(toks, v-1)
	}
	return killingVerbs[t.lower] && activeKilling(toks, v)
}

// readBareObject: one killed, the bare object, a single victim who may be
// one of several. Only the article's headline is read: the headlines of
// other stories that a page lists in its body ("Train kills woman who fell
// onto tracks") are headlinese of other incidents.
func readBareObject(s *implicitScan, j int) int {
	if !s.headline {
		return j
	}
	c := killedPerson(j, j+1)
	c.subject = s.toks[j].lower
	s.out = append(s.out, c)
	return j
}
