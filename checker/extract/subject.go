// Subjects: the noun phrase or name a clause opens with, read by
// attributions before their cue and by speakers before a quote whose verb
// factlint does not know. One file for both, so that a subject is
// scanned one way: subjectSpan and determinedSubjectSpan for a sentence's
// opening, clauseSubjectSpeaker and nameRunEnd for a clause's.

package extract

import (
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// determinedSubjectSpan finds a determined common noun phrase that opens a
// sentence and is followed by its verb, a lower-case word, its head one
// that head accepts: "The Christian leader further related", "One
// lawmaker called", "The ad claims".
func determinedSubjectSpan(toks []token, head func(*token) bool) (first, last int, ok bool) {
	k := 0
	for k < len(toks) && toks[k].is("but", "and", "so", "still", "yet", "meanwhile", "then", "also", "now") {
		k++
	}
	if k >= len(toks) || !toks[k].in(cSourceDeterminer) && toks[k].lower != "one" {
		return 0, 0, false
	}
	for e := k + 1; e < len(toks) && e <= k+4; e++ {
		t, next := &toks[e], tokAt(toks, e+1)
		if t.kind != tWord || t.in(cCue) || isVerbForm(t.lower) {
			return 0, 0, false
		}
		if head(t) && next.kind == tWord && !next.capitalized() && !head(next) && !next.in(cSubjectLink) && !next.is("'s", "’s") {
			return k, e + 1, true
		}
	}
	return 0, 0, false
}

// speakerHead: a common noun that can head the phrase of a speaker, a
// source's head or one of speakerNouns.
func speakerHead(t *token) bool {
	return commonHead(t) || t.kind == tWord && speakerNouns[singular(t.lower)]
}

// subjectSpan finds the noun phrase a sentence opens with, past a
// dateline ("WASHINGTON (AP) —"), conjunctions and an opening subordinate
// clause ("Since assuming office, Duterte …"): a pronoun, or capitalized
// words with their titles, followed by a lower-case word (the verb).
func subjectSpan(toks []token) (first, last int, ok bool) {
	k := 0
	for d := 0; d < len(toks) && d < 8; d++ {
		if toks[d].is("—", "–", "--") && d > 0 && unchangedByUpper(toks[0].text) {
			k = d + 1 // a dateline
			break
		}
	}
	if k+1 < len(toks) && len(toks[k].lower) > 5 && strings.HasSuffix(toks[k].lower, "ly") && toks[k+1].is("after", "before", "since", "when") {
		k++ // "Shortly after the call ended, Rubio's campaign": an adverb of time before a subordinate clause
	}
	if k < len(toks) && (subjectOpeners[toks[k].lower] || openingParticiple(toks, k) || openingTimePhrase(toks, k)) {
		for c := k + 1; c < len(toks) && c < k+15; c++ {
			if toks[c].lower == "," {
				k = c + 1
				break
			}
		}
	}
	for k < len(toks) && toks[k].is("but", "and", "so", "still", "yet", "instead", "meanwhile", "later", "then", "also", "now", "“", "\"", ",", "though", "although", "while", "when") {
		k++
	}
	if k >= len(toks) {
		return 0, 0, false
	}
	if pronouns[toks[k].lower] == claim.Person {
		return k, k + 1, true
	}
	e := k
	for e < len(toks) && e < k+8 && (toks[e].capitalized() || toks[e].is("'s", "’s", "-") || toks[e].in(cTitle) && e > k) {
		e++
	}
	if e == k || e >= len(toks) || toks[e].kind != tWord || toks[e].capitalized() || timePhraseRun(toks, k, e) {
		return 0, 0, false
	}
	return k, e, true
}

// timePhraseRun: the capitalized run [k, e) is a phrase of time that a
// preposition opens, no subject ("By Sunday afternoon she had left", "On
// Tuesday the mayor said"): a function word that is no determiner, then a
// weekday or a month.
func timePhraseRun(toks []token, k, e int) bool {
	if !toks[k].in(cFunctionWord) || toks[k].in(cDeterminer) {
		return false
	}
	for j := k + 1; j < e; j++ {
		if toks[j].in(cWeekday | cMonth) {
			return true
		}
	}
	return false
}

// openingTimePhrase: the sentence opens at k with a span of time before
// "later", "earlier" or "ago" ("Hours later, Trump returned …", "Two days
// earlier, the senator …"): an adverbial, no subject.
func openingTimePhrase(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if toks[j].is("later", "earlier", "ago") {
			return j > k && toks[j-1].in(cTimeUnit) && tokAt(toks, j+1).lower == ","
		}
	}
	return false
}

// commonSubjectSpan finds a determined common noun phrase of people or of
// a body that opens a sentence and is followed by its verb, a lower-case
// word: "The Christian leader further related", "One lawmaker called".
func commonSubjectSpan(toks []token) (first, last int, ok bool) {
	return determinedSubjectSpan(toks, commonHead)
}

// clauseScan is what the scanner of a clause's subject reads besides the
// tokens: which tokens are quoted, the surnames the article named in
// full, and the people it named.
type clauseScan struct {
	quoted   []bool
	surnames *wordSet
	st       *docState
}

// clauseSubjectSpeaker is the person named as the subject of a clause in
// toks[from:to], before a quote whose verb factlint does not know: a name
// that opens the sentence or a clause after a comma or a dash, before a lower-case word of its predicate. Opening phrases closed by
// commas are passed over ("Here in Columbia, Sanders stepped up his
// attack, saying “…”"). A single capitalized word counts only as a surname
// of someone the article named in full before: at a sentence's start it
// is as often an adverb or an adjective ("Hastily", "Outside").
func (x clauseScan) clauseSubjectSpeaker(toks []token, from, to int) (claim.Source, bool) {
	for j := from; j < to; j++ {
		if j > from && !clauseOpensAt(toks, j) || x.quoted[j] {
			continue
		}
		e := nameRunEnd(toks, j, to)
		if e == j || e >= to || !predicateWord(&toks[pastTime(toks, x.pastAsides(toks, e, to), to)]) {
			continue
		}
		if e-j == 1 && !x.surnames.has(toks[j].text, wordHash(toks[j].text)) {
			continue
		}
		if s := resolve(toks, attribution{first: j, last: e}, x.st); s.Kind == claim.Person {
			return s, true
		}
	}
	return claim.Source{}, false
}

// clauseOpensAt: a clause may open at j, after a comma or a dash, or after
// a conjunction that follows one (", and Ruiz called it"): "Ruiz and
// Vidal" coordinates two names of one subject.
func clauseOpensAt(toks []token, j int) bool {
	p := tokAt(toks, j-1)
	if p.is("and", "but") {
		p = tokAt(toks, j-2)
	}
	return p.is(",", "—", "–", "―", "--")
}

// pastAside is the token after an aside between commas or in brackets
// that opens at e ("Ruiz, who chairs the board, called it “…”", "Ruiz,
// speaking on Monday, called", "Ruiz (D-Ore.) called", "Ruiz, the
// mayor's adviser, called"), or e when none opens there; an aside that
// opens with a capitalized word describes the name only with a
// lower-case word of its own before its comma and no verb after its name:
// "Ruiz, Vidal and Webb" is a list, "…, Salem, Ruiz went after Webb" a
// clause of its own.
func (x clauseScan) pastAside(toks []token, e, to int) int {
	if toks[e].lower == "(" { // "Rep. Ana Lopez (D-Ore.) reacted"
		for c := e + 1; c < to-1 && c < e+8; c++ {
			if toks[c].lower == ")" {
				return c + 1
			}
		}
		return e
	}
	if toks[e].lower != "," || e+1 >= to {
		return e
	}
	if toks[e+1].in(cCue) {
		return e + 1 // the name closes an apposition before its verb: "her adviser, Jake Morrow, said:"
	}
	described := !toks[e+1].capitalized() // a list goes on with a name, an apposition with its description
	if r := nameRunEnd(toks, e+1, to); r > e+1 && r < to && verbAfterQuote(toks, r) {
		return e // a clause of its own: "…, New Hampshire, Ruiz went after Webb"
	}
	for c := e + 1; c < to-1 && c < e+16 && !x.quoted[c]; c++ {
		if toks[c].lower == "," {
			if !described {
				return e
			}
			return c + 1
		}
		described = described || toks[c].kind == tWord && !toks[c].capitalized() && !toks[c].in(cFunctionWord)
	}
	return e
}

// pastAsides is the token after the asides that follow a name one after
// another, each closed by a comma, before its verb: "Ana Ruiz, founder of
// the guild, a member since 1990, called it “…”". It stops at the first
// that the verb follows.
func (x clauseScan) pastAsides(toks []token, e, to int) int {
	for range maxAsides {
		next := x.pastAside(toks, e, to)
		if next == e || next >= to || predicateWord(&toks[pastTime(toks, next, to)]) || toks[next-1].lower != "," {
			return next
		}
		e = next - 1
	}
	return e
}

// maxAsides bounds the asides read after one name.
const maxAsides = 3

// pastTime is the token after a phrase of time that opens at e, between
// a subject and its verb ("Ruiz on Saturday criticized", "Ruiz last week
// called"), or e when none opens there.
func pastTime(toks []token, e, to int) int {
	t, next := tokAt(toks, e), tokAt(toks, e+1)
	switch {
	case t.in(cWeekday) || deicticDays[t.lower]:
		e++
	case t.is("on", "in") && (next.in(cWeekday) || next.in(cMonth)), t.is("last", "this") && (next.in(cTimeUnit) || next.in(cWeekday)):
		e += 2
	}
	return min(e, to-1)
}

// nameRunEnd is the end of the run of capitalized words and titles
// starting at j, before to: j itself when no name opens there (a day
// of the week opens none; a month may be a name: "May", "Jun").
func nameRunEnd(toks []token, j, to int) int {
	if !toks[j].capitalized() || toks[j].in(cFunctionWord|cClauseOpener|cWeekday) || subjectOpeners[toks[j].lower] {
		return j
	}
	e := j
	for e < to && e < j+10 {
		switch {
		case toks[e].capitalized() || e > j && toks[e].in(cTitle):
			e++
		case e > j && describesName(toks, e, to):
			e++ // "Democratic presidential candidate Sen. Ana Ruiz"
		default:
			return e
		}
	}
	return e
}

// describesName: the lower-case word at e stands inside a name's run, a
// word of the trade or office between capitalized ones ("Republican
// front-runner Ana Ruiz"): no verb, and a capitalized word follows within
// three words.
func describesName(toks []token, e, to int) bool {
	for k := e; k < to && k < e+3; k++ {
		t := &toks[k]
		if t.capitalized() {
			return k > e
		}
		if t.kind != tWord || t.in(cFunctionWord|cPronoun) || verbAfterQuote(toks, k) || adverbInLy(t) {
			return false
		}
	}
	return false
}

// predicateWord: a word that can open a subject's predicate (a verb or an
// adverb), not a preposition, a determiner or a possessive ending, which
// make the name a modifier or a place.
func predicateWord(t *token) bool {
	return t.kind == tWord && !t.capitalized() && !t.in(cFunctionWord) && !t.is("'s", "’s", "'", "’")
}

// verbAfterQuote: the lower-case word at k has the ending of a verb in the
// past ("retorted") or the present ("quips", "points out", "agrees
// Stevens"), or is one of the irregular forms or a cue. An -s word with a
// verb of its own after it is a plural noun, the verb's subject ("Ruiz
// aides groused").
func verbAfterQuote(toks []token, k int) bool {
	t := &toks[k]
	if !lowerVerbForm(t) {
		return false
	}
	if strings.HasSuffix(t.lower, "ed") || isVerbForm(t.lower) || t.in(cCue) {
		return true
	}
	next := tokAt(toks, k+1)
	return strings.HasSuffix(t.lower, "s") && !(lowerVerbForm(next) && (strings.HasSuffix(next.lower, "ed") || isVerbForm(next.lower) || next.in(cCue)))
}

// lowerVerbForm: a lower-case word that may be a verb after a quote: a
// copula opens no attribution ("“…,” the statement is a summary").
func lowerVerbForm(t *token) bool {
	return t.kind == tWord && !t.capitalized() && !t.in(cFunctionWord) && !beForm(t) && !t.is("'s", "’s")
}
