package extract

import (
	"strings"
	"unicode/utf8"
)

// nameRun is a capitalized name found in a sentence.
type nameRun struct {
	first, last int // tokens [first, last)
	title       string
	titleFirst  int // where the title starts, first when there is none
}

// namesIn finds runs of capitalized words: people, places, bodies. A title
// before a name is kept apart ("President Recep Tayyip Erdoğan").
// lowerVocab holds the words the document also writes in lower case, so a
// sentence-initial "Security" is no name.
// The runs are appended to out, a buffer the caller reuses.
func namesIn(out []nameRun, toks []token, lowerVocab, midCaps *wordSet) []nameRun {
	for k := nextCapital(toks, 0); k < len(toks); k = nextCapital(toks, k+1) {
		if !nameWord(&toks[k]) {
			continue
		}
		start, j, body := k, k+1, false
		for j < len(toks) {
			if nameWord(&toks[j]) {
				j++
				continue
			}
			if toks[j].in(cNameConnector) && j+1 < len(toks) && nameWord(&toks[j+1]) && j > start {
				j++
				continue
			}
			if toks[j].is("of", "for") && j+1 < len(toks) && nameWord(&toks[j+1]) && toks[j-1].in(cOrg) {
				j++ // a body's name: "Bank of England", "Office for National Statistics"
				body = true
				continue
			}
			if body {
				if m := fieldsConjunctEnd(toks, j); m > j {
					j = m // "Department of Health and Human Services"
					continue
				}
			}
			break
		}
		k = j
		// titles first, with a nationality before them ("Turkish President")
		// or, before an office, a party or employer when a full name follows
		// ("Labour MP Jo Cox", "Apple CEO Tim Cook"; "John Major", "Chad
		// King Jr." and "Justice Department" are names)
		titleStart := start
		for start < j && (toks[start].in(cTitle) || start+1 < j && toks[start+1].in(cTitle) &&
			(nationality(toks[start].lower) || start+3 <= j-nameSuffixes(toks, j) && !toks[start].in(cFunctionWord) && toks[start+1].in(cRole) && !toks[start+2].in(cTitle))) {
			start++
		}
		titleEnd, titled := start, start > titleStart
		sentenceStart := start == 0 || tokAt(toks, start-1).kind == tPunct && tokAt(toks, start-1).is("“", "\"", "(", "‘")
		if sentenceStart && !titled && (toks[start].in(cFunctionWord) || lowerVocab.has(toks[start].lower, toks[start].hash)) {
			start++
		}
		for start < j && toks[start].in(cFunctionWord) {
			start++ // "A US", "The Hague" → "US", "Hague"
		}
		if start >= j {
			continue
		}
		if j-start == 1 && (lowerVocab.has(toks[start].lower, toks[start].hash) || utf8.RuneCountInString(toks[start].text) < 3 || sentenceStart && !midCaps.has(toks[start].text, wordHash(toks[start].text))) {
			continue
		}
		if j-start == 1 && !titled && (tokAt(toks, start-1).text == "a" || tokAt(toks, start-1).text == "an") && tokAt(toks, j).kind != tWord {
			continue // a name takes no article: "Leave a Reply", "became a Democrat." ("a London court" is one)
		}
		run := nameRun{first: start, last: j, titleFirst: start}
		if titled {
			run.title, run.titleFirst = joinTokens(toks[titleStart:titleEnd]), titleStart
		}
		out = append(out, run)
	}
	return out
}

// fieldsConjunctEnd is the end of "and" with the capitalized words after
// it at j when they close on a field a body serves ("and Human Services",
// "and Prevention", "& Trade"), or j: a body's name goes on through them,
// where "the Bank of England and Mark Carney" is two names.
func fieldsConjunctEnd(toks []token, j int) int {
	if !toks[j].is("and", "&") {
		return j
	}
	m := j + 1
	for m < len(toks) && m <= j+3 && nameWord(&toks[m]) {
		m++
	}
	if m == j+1 || !serviceFields[toks[m-1].lower] {
		return j
	}
	return m
}

// nameSuffixes is 1 when the name ending at j ends with a generational
// suffix ("Jr.", "III"), which is no word of the name's own.
func nameSuffixes(toks []token, j int) int {
	if tokAt(toks, j-1).is("jr", "jr.", "sr", "sr.", "ii", "iii", "iv") {
		return 1
	}
	return 0
}

// monthsInNames takes the month class from month words that are part of a
// person's name, so names, sources and dates all read them as names: a
// surname after a given name ("Theresa May", "Christine June") or a given
// name before a surname ("Jan Egeland"). A number after one keeps it a
// date ("Theresa May 3" is not written; "Paris, May 3" is).
func monthsInNames(toks []token) {
	for k := nextIn(toks, 0, cMonth); k < len(toks); k = nextIn(toks, k+1, cMonth) {
		t := &toks[k]
		if !t.capitalized() || t.shape&sLower == 0 {
			continue
		}
		prev, next := tokAt(toks, k-1), tokAt(toks, k+1)
		if next.kind == tNumber || next.in(cNumberHead) || next.is(".", ",") && tokAt(toks, k+2).kind == tNumber {
			continue
		}
		givenBefore := prev.kind == tWord && prev.capitalized() && prev.shape&sLower != 0 && !prev.in(cMonth|cWeekday|cTitle|cFunctionWord|cClauseOpener)
		surnameAfter := len(t.text) == 3 && next.kind == tWord && next.capitalized() && next.shape&sLower != 0 && !next.in(cMonth|cWeekday|cTitle|cFunctionWord)
		if givenBefore || surnameAfter {
			t.cls &^= cMonth
		}
	}
}

// nameWord: a capitalized word that is not a weekday, a month or an
// all-capitals shout.
func nameWord(t *token) bool {
	if !t.capitalized() || t.in(cWeekday|cMonth|cNumberHead) {
		return false
	}
	if t.shape&sApostrophe != 0 && !strings.HasPrefix(t.lower, "o'") && !strings.HasPrefix(t.lower, "o’") {
		return false // We'll, Don't
	}
	return len(t.text) <= 3 || t.shape&sLower != 0 // not an all-capitals shout
}

// postSignature reports whether the name toks[first:last] is a social
// media account's display name or handle: followed by the handle in
// brackets ("— Dana Ruíz (@DanaRuizTV) May 3, 2018", the signature of an
// embedded post) or written after an at sign ("@DanaRuizTV"). The account
// spells its own name, which the article quotes and cannot correct, so it
// is no spelling of the article's to hold against another.
func postSignature(toks []token, first, last int) bool {
	if first > 0 && strings.HasSuffix(toks[first-1].text, "@") && !toks[first].space {
		return true
	}
	return last+1 < len(toks) && toks[last].text == "(" && strings.HasPrefix(toks[last+1].text, "@")
}
