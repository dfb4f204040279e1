// Deaths told without a figure of the toll's own: by a victim's rank ("a
// third victim has died" says the toll has reached three), by a killing's
// multiple ("a double homicide"), by a headline's bare noun ("identify
// teen killed in crash").

package extract

import (
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// ordinalAt is the number an ordinal at j stands for ("third", "3rd") and
// the token after it, or 0 and j.
func ordinalAt(toks []token, j int) (n, end int) {
	t := tokAt(toks, j)
	if v, ok := ordinalWords[t.lower]; ok {
		return v, j + 1
	}
	suffix := tokAt(toks, j+1)
	if t.kind == tNumber && !suffix.space && ordinalSuffixes[suffix.lower] {
		if v, err := strconv.Atoi(t.text); err == nil && v >= 2 && v <= 100 {
			return v, j + 2
		}
	}
	return 0, j
}

// ordinalDeathStarts: an ordinal after "a" ("A third victim"), or opening
// a headline's own words ("Third person dies"), that ranks a death (see
// readOrdinalDeath). "The second victim" is the second of a list, not the
// second death. A rank of someone hurt ("a second man was wounded") is
// left to the patterns after it.
func ordinalDeathStarts(toks []token, j int) bool {
	k := j
	if toks[j].is("a", "an") {
		k++
	} else if j != opening(toks) {
		return false
	}
	n, e := ordinalAt(toks, k)
	if n == 0 || numberBefore(toks, j) {
		return false
	}
	noun := rankedPerson(toks, e)
	return noun >= 0 && ranksADeath(toks, pastPlaceOfDeath(toks, noun+1))
}

// readOrdinalDeath reads the toll a death told by its rank gives: "a
// third victim has died" is three dead, "4th victim of the Elm Street
// shooting dies" four, "Fifth person killed" five. The earlier deaths it
// follows are the article's too, so the count is the toll, and it
// replaces the lower figures told before it ("two people were killed …
// a third victim died Sunday"). After a number in its sentence, the rank
// may be among the people it counts ("two men were hurt and a third
// person died": one dead), and a rank that is not the subject of the death
// tells of someone else ("arrested a third person in the shooting that
// killed one"): neither is read here.
func readOrdinalDeath(s *implicitScan, j int) int {
	toks := s.toks
	k := j
	if toks[j].is("a", "an") {
		k++
	}
	n, e := ordinalAt(toks, k)
	noun := rankedPerson(toks, e)
	s.out = append(s.out, &count{figure: figure{first: j, numFirst: k, numLast: e, last: noun + 1, raw: float64(n), value: claim.Point(float64(n)), qualifier: claim.Exact},
		npEnd: noun + 1, subject: toks[noun].lower, event: "killed", revises: true, ranked: true})
	return noun
}

// numberBefore: a number stands before token j in its sentence, which may
// count the people a rank goes on from ("two men were hurt and a third
// person died").
func numberBefore(toks []token, j int) bool {
	for k := range toks[:j] {
		if toks[k].kind == tNumber || toks[k].in(cNumberHead) { // cNumeric holds "a"
			return true
		}
	}
	return false
}

// rankedPerson is the singular human noun an ordinal at e ranks, past at
// most two modifiers ("third Dover man"), or -1.
func rankedPerson(toks []token, e int) int {
	for m := e; m < len(toks) && m <= e+2; m++ {
		t := &toks[m]
		if t.in(cHuman) {
			if singular(t.lower) != t.lower || t.is("he", "she", "they") {
				return -1
			}
			return m
		}
		if !implicitModifier(t) {
			return -1
		}
	}
	return -1
}

// pastPlaceOfDeath is the token after the few words that tell where or of
// what a ranked victim died ("of the Elm Street shooting", "in Sunday's
// attack"), at the verb; k itself when none open there or they run into
// a clause of their own ("in the shooting that killed one").
func pastPlaceOfDeath(toks []token, k int) int {
	const reach = 8
	if !placeOfDeathPrepositions[tokAt(toks, k).lower] {
		return k
	}
	for m := k + 1; m < len(toks) && m <= k+reach; m++ {
		t := &toks[m]
		switch {
		case rankedDeathVerbs[t.lower] || rankedDeathAuxiliaries[t.lower]:
			return m
		case placeOfDeathPrepositions[t.lower] || t.in(cPossessive) || t.is("the", "a"):
		case t.kind == tPunct || t.in(cStopAfterNumber):
			return k
		}
	}
	return k
}

// ranksADeath: the words at k tell the ranked person died, past
// auxiliaries and adverbs ("has died", "later died", "was killed").
func ranksADeath(toks []token, k int) bool {
	const reach = 4
	for m := k; m < len(toks) && m < k+reach; m++ {
		t := &toks[m]
		if rankedDeathVerbs[t.lower] {
			return true
		}
		if !rankedDeathAuxiliaries[t.lower] && !adverb(t) {
			return false
		}
	}
	return false
}

// headlineEvent is the event a headline tells of the person before e,
// and past the words of where it befell them a death: "Victim of Friday
// night shooting dies".
func headlineEvent(toks []token, e int) string {
	if ev := eventAfter(toks, e); ev != "" {
		return ev
	}
	if m := pastPlaceOfDeath(toks, e); m > e && ranksADeath(toks, m) {
		return "killed"
	}
	return ""
}

// multipleKillingStarts: a multiple that names a killing, "double" of "a
// double homicide", or a word that joins the two, "double-murder".
func multipleKillingStarts(toks []token, j int) bool {
	n, e := multipleKilling(toks, j)
	return n > 0 && !attemptWords[tokAt(toks, j-1).lower] && !suicideAfter(toks, e)
}

// suicideAfter: the killing's noun before e joins a suicide,
// "murder-suicide", "murder - suicide".
func suicideAfter(toks []token, e int) bool {
	w := toks[e-1].lower
	if h := strings.LastIndexByte(w, '-'); h >= 0 && suicideWords[w[h+1:]] {
		return true
	}
	return tokAt(toks, e).is("-", "–") && suicideWords[tokAt(toks, e+1).lower]
}

// readMultipleKilling reads the dead a killing is named by: "a double
// homicide" is two killed, "Brothers to stand trial for quadruple murder"
// four. A murder-suicide may count the killer or not, and an attempt
// killed no one: neither is read.
func readMultipleKilling(s *implicitScan, j int) int {
	toks := s.toks
	n, e := multipleKilling(toks, j)
	s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: j + 1, last: e, raw: float64(n), value: claim.Point(float64(n)), qualifier: claim.Exact},
		npEnd: e, subject: "person", event: "killed"})
	return e - 1
}

// multipleKilling is the number of dead a multiple and a killing's noun at
// j name ("double homicide", "double-murder"), and the token after them;
// 0 when there are none.
func multipleKilling(toks []token, j int) (n, end int) {
	if m, noun, ok := strings.Cut(toks[j].lower, "-"); ok {
		if multiples[m] > 0 && killingNouns[noun] {
			return multiples[m], j + 1
		}
		return 0, j
	}
	if v := multiples[toks[j].lower]; v > 0 && killingNouns[tokAt(toks, j+1).lower] {
		return v, j + 2
	}
	return 0, j
}

// multipleWord: w is a multiple, or opens with one ("double-murder").
func multipleWord(w string) bool {
	return multiples[beforeHyphen(w)] > 0
}

// barePersonStarts: a singular human noun without an article after a
// word that takes one so in headlinese (bareObjectHeads).
func barePersonStarts(toks []token, j int) bool {
	t := &toks[j]
	return j > 0 && t.in(cHuman) && !t.in(cPronoun) && singular(t.lower) == t.lower && bareObjectHeads[toks[j-1].lower] && bareDeath(toks, pastAgeAside(toks, j+1))
}

// pastAgeAside is the token after an age set off by commas at e ("girl,
// 14, killed"), or e.
func pastAgeAside(toks []token, e int) int {
	if tokAt(toks, e).lower == "," && tokAt(toks, e+1).kind == tNumber && tokAt(toks, e+2).lower == "," {
		return e + 3
	}
	return e
}

// readBarePerson: the person a headline identifies, mourns or honours,
// told dead by a bare participle: "Police identify teen killed in crash"
// is one killed, "Vigil for boy slain on Elm Street" one. Only a death
// is read: "identify man shot in leg" may be the gunman's victim or the
// gunman.
func readBarePerson(s *implicitScan, j int) int {
	toks := s.toks
	s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: j + 1, last: j + 1, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: j + 1, subject: toks[j].lower, event: "killed", subset: true, single: true})
	return j
}

// bareDeath: a participle of death opens at k ("killed", "fatally shot",
// "shot and killed") and no object follows it ("killed in", "killed by",
// the headline's end).
func bareDeath(toks []token, k int) bool {
	end := deathParticipleEnd(toks, k)
	if end < 0 {
		return false
	}
	n := tokAt(toks, end)
	return n.kind != tWord || placeOfDeathPrepositions[n.lower] || bareDeathFollowers[n.lower]
}

// deathParticipleEnd is the token after a participle of death at k, or -1.
func deathParticipleEnd(toks []token, k int) int {
	switch t, next := tokAt(toks, k), tokAt(toks, k+1); {
	case bareDeathParticiples[t.lower]:
		return k + 1
	case t.woundIn(wFatalAdverb) && shotParticiples[next.lower], shotParticiples[t.lower] && deathComplements[next.lower]:
		return k + 2
	case shotParticiples[t.lower] && next.lower == "and" && bareDeathParticiples[tokAt(toks, k+2).lower]:
		return k + 3
	}
	return -1
}

// fatalShootingStarts: "fatal" or "deadly" before the noun "shooting",
// past a few modifiers of place or time ("a fatal shooting", "the deadly
// Oak Park shooting", "a fatal weekend shooting"), after a determiner, a
// possessive or a preposition; not "shootings" (several, each maybe with
// its own dead), nor "nearly fatal".
func fatalShootingStarts(toks []token, j int) bool {
	if !toks[j].woundIn(wFatalAdjective) || nearMisses[tokAt(toks, j-1).lower] {
		return false
	}
	if p := tokAt(toks, j-1); !p.in(cDeterminer) && !p.is("'s", "’s", "in", "of", "after", "following", "for") || possessiveDeathStarts(toks, j-1) {
		return false // "Ana Ruiz's fatal shooting" is her death, possessive-death's
	}
	return fatalShootingEnd(toks, j) > 0
}

// fatalShootingEnd is the token after the "shooting" a fatal adjective at
// j qualifies, or 0.
func fatalShootingEnd(toks []token, j int) int {
	const mods = 3
	for m := j + 1; m < len(toks) && m <= j+1+mods; m++ {
		t := &toks[m]
		if t.lower == "shooting" {
			if n := tokAt(toks, m+1); n.in(cHuman) || n.is("death", "deaths", "victim", "victims") {
				return 0 // a modifier: "fatal shooting victim", "deadly shooting deaths"
			}
			return m + 1
		}
		if !bareObjectModifier(t) {
			return 0
		}
	}
	return 0
}

// readFatalShooting: a shooting told fatal killed someone: at least one
// dead ("police are investigating a fatal shooting"), a single death that
// may be one of several, the figure only where the article tells no other.
// Only the headline and the lead are read, which tell the article's own
// shooting: further on, "fatal shooting" is as often another's, recalled
// or in a link to another story ("Man arrested in fatal shooting").
func readFatalShooting(s *implicitScan, j int) int {
	if !s.lead {
		return j
	}
	e := fatalShootingEnd(s.toks, j)
	s.out = append(s.out, &count{figure: figure{first: j, numFirst: j, numLast: e, last: e, raw: 1, value: claim.Point(1), qualifier: claim.Exact},
		npEnd: e, subject: "person", event: "killed", subset: true, single: true})
	return e - 1
}
