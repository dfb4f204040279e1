// Scope: the phrases that restrict a figure to part of a story ("since
// Monday", "the night strike") or mark it a running total ("so far").

package extract

import "strings"

// applyDateline gives every figure of a sentence that opens with a date
// ("August 1982: Eight people killed, three injured") that date as scope:
// such sentences are a roundup's list of earlier events.
func applyDateline(toks []token, cs []*count) {
	n := 0
	switch {
	case tokAt(toks, 0).in(cMonth) && isYearLike(tokAt(toks, 1)):
		n = 2
	case isYearLike(tokAt(toks, 0)) && tokAt(toks, 1).is(":", ","):
		n = 1
	}
	if n == 0 {
		return
	}
	for _, c := range cs {
		if c.scope == "" {
			c.scope = phrase(toks, 0, n)
		}
	}
}

// window is the stretch of tokens that belongs to count k: from the
// previous figure's end to the next figure's start, within one clause.
func window(toks []token, cs []*count, k int) (int, int) {
	lo, hi := 0, len(toks)
	if k > 0 {
		lo = cs[k-1].npEnd
	}
	if k+1 < len(cs) {
		hi = cs[k+1].first
	}
	for j := cs[k].first - 1; j >= lo; j-- {
		if toks[j].kind == tPunct && toks[j].is(";", ":", "—", "–") && !isYearLike(tokAt(toks, j-1)) {
			lo = j + 1
			break
		}
	}
	for j := cs[k].npEnd; j < hi; j++ {
		if toks[j].kind == tPunct && toks[j].is(";", "—") {
			hi = j
			break
		}
	}
	return lo, max(lo, hi)
}

// readScope finds a phrase that restricts the figure to part of the story
// ("since the start of February", "in the last 17 days", "the night
// strike") or marks it a running total ("so far", "in total").
func (c *count) readScope(site *scopeSite, toks []token, lo, hi int) {
	for j := lo; j < hi; j++ {
		if j >= c.first && j < c.numLast {
			continue
		}
		t := &toks[j]
		if !t.in(cScopeStart|cMonth|cCumulative|cCumulativeOpener) && t.kind != tNumber {
			continue // neither a scope nor a cumulative word starts here
		}
		// a scope may run past the next figure: "in the last 17 days"
		if n := scopeAt(site, toks, j, len(toks)); n > 0 {
			if c.scope == "" {
				c.scope = phrase(toks, j, n)
			}
			j += n - 1
			continue
		}
		if t.in(cCumulative) || t.in(cCumulativeOpener) && tokAt(toks, j+1).is("far", "date", "all") && (t.lower != "in" || tokAt(toks, j+1).lower == "all") {
			if t.lower != "so" || tokAt(toks, j+1).lower == "far" {
				if t.lower != "to" || tokAt(toks, j+1).lower == "date" {
					c.cumulative = true
				}
			}
		}
	}
}

// scopeAt returns the length of a scope phrase starting at j, or 0: the
// reading of the first pattern of scopeReadings (grammar.go) that applies.
// s is where it writes the site the readings read.
func scopeAt(s *scopeSite, toks []token, j, hi int) int {
	n, _ := scopeReadingAt(s, toks, j, hi)
	return n
}

// scopeReadingAt is scopeAt with the index in scopeReadings of the reading
// that applies (-1 for none).
func scopeReadingAt(s *scopeSite, toks []token, j, hi int) (n, which int) {
	t := &toks[j]
	if !t.in(cScopeStart) && !t.in(cMonth) && !isYearLike(t) {
		return 0, -1
	}
	*s = scopeSite{toks: toks, j: j, hi: hi, t: t, g: scopeGroups(t.lower), n1: tokAt(toks, j+1), n2: tokAt(toks, j+2), n3: tokAt(toks, j+3)}
	for k := range scopeReadings {
		r := &scopeReadings[k]
		if r.groups != anyScopeGroup && s.g&r.groups == 0 {
			continue // the reading needs a word of another group
		}
		if n, ok := r.read(s); ok {
			return n, k
		}
	}
	return 0, -1
}

// scopeSite is a word a scope phrase may open with, toks[j], its groups
// and the three tokens after it; a phrase ends before hi.
type scopeSite struct {
	toks       []token
	j, hi      int
	t          *token
	g          scopeGroup
	n1, n2, n3 *token
}

// scopeReading is one kind of phrase that restricts a figure to part of a
// story: read reports whether it applies at the site (later readings are
// then not tried) and the phrase's length in tokens (0: none after all).
// groups are the scopeGroups its first word must have one of, or
// anyScopeGroup.
type scopeReading struct {
	name, example string
	groups        scopeGroup
	read          func(s *scopeSite) (int, bool)
}

// anyScopeGroup marks a reading whose first word need be in no group.
const anyScopeGroup scopeGroup = 1<<16 - 1

// sinceScope: "since the start of February", "since Monday's attack", not
// the adverb of "has since risen".
func sinceScope(s *scopeSite) (int, bool) {
	if !(s.g&gSince != 0 && (s.n1.kind == tWord || s.n1.kind == tNumber) && !adverbialSince(s.toks, s.j)) {
		return 0, false
	}
	n := 1
	for k := s.j + 1; k < s.hi && k < s.j+7 && s.toks[k].kind != tPunct && !s.toks[k].is("as", "and", "but", "while", "when", "because", "after", "which", "who"); k++ {
		n++
	}
	return n, true
}

// overTheLast: "in the last 17 days", "over the past week of fighting".
func overTheLast(s *scopeSite) (int, bool) {
	if !(s.g&gOver != 0 && s.n1.lower == "the" && s.n2.is("last", "past", "previous", "first", "next")) {
		return 0, false
	}
	n := 3
	for k := s.j + 3; k < s.hi && k < s.j+8 && s.toks[k].kind != tPunct; k++ {
		n++
		if s.toks[k].in(cTimeUnit) {
			if tokAt(s.toks, k+1).lower == "of" && tokAt(s.toks, k+2).kind == tWord {
				n += 2
			}
			return n, true
		}
	}
	return 0, true
}

// thisYear: "this year", "last month", "so far this year".
func thisYear(s *scopeSite) (int, bool) {
	if !(s.g&gThisLast != 0 && s.n1.is("year", "month", "week") || s.g&gSo != 0 && s.n1.lower == "far" && s.n2.is("this", "in")) {
		return 0, false
	}
	if s.g&gSo != 0 {
		return 4, true
	}
	return 2, true
}

// byYear: "by 2020", "until 2019".
func byYear(s *scopeSite) (int, bool) {
	if s.g&gBy != 0 && isYearLike(s.n1) {
		return 2, true
	}
	return 0, false
}

// sinceMonth: "since December", "until March".
func sinceMonth(s *scopeSite) (int, bool) {
	if s.g&gSinceUntil != 0 && s.n1.in(cMonth) && s.n2.kind != tNumber {
		return 2, true
	}
	return 0, false
}

// datelineScope: a roundup's "August 1982: Eight people killed", "2010,
// nine people were shot".
func datelineScope(s *scopeSite) (int, bool) {
	t, toks, j := s.t, s.toks, s.j
	if !(t.in(cMonth) && isYearLike(s.n1) && tokAt(toks, j-1).lower == "" || isYearLike(t) && (s.n1.is(":", ",") || tokAt(toks, j-1).lower == "" || tokAt(toks, j-1).in(cMonth) && tokAt(toks, j-2).lower == "")) {
		return 0, false
	}
	if t.in(cMonth) {
		return 2, true
	}
	return 1, true
}

// earlierThis: "earlier this month", "later in the year", "earlier in 2019".
func earlierThis(s *scopeSite) (int, bool) {
	if !(s.g&gEarlierLater != 0 && s.n1.is("this", "in") && (s.n2.is("year", "month", "week", "the") || isYearLike(s.n2))) {
		return 0, false
	}
	if s.n2.lower == "the" {
		return 4, true
	}
	return 3, true
}

// modifiedEvent: "the night strike", "the first attack".
func modifiedEvent(s *scopeSite) (int, bool) {
	if s.g&gDeterminer != 0 && s.n1.in(cScopeModifier) && s.n2.in(cScopeNoun) {
		return 3, true
	}
	return 0, false
}

// weekdayEvent: "the Monday night strike".
func weekdayEvent(s *scopeSite) (int, bool) {
	if s.g&gDeterminer != 0 && s.n1.in(cWeekday) && s.n2.in(cPartOfDay) && s.n3.in(cScopeNoun) {
		return 4, true
	}
	return 0, false
}

// indefiniteEvent: an indefinite event restricted to part of a day is one
// of several: "a strike on Thursday morning", "a bridge collapse on Sunday
// morning".
func indefiniteEvent(s *scopeSite) (int, bool) {
	if s.g&gIndefinite == 0 {
		return 0, false
	}
	toks, j := s.toks, s.j
	k := j + 1
	for k < j+3 && !tokAt(toks, k).in(cScopeNoun) && lowercaseModifier(tokAt(toks, k)) {
		k++
	}
	if !tokAt(toks, k).in(cScopeNoun) {
		return 0, true
	}
	m1, m2, m3 := tokAt(toks, k+1), tokAt(toks, k+2), tokAt(toks, k+3)
	switch {
	case m1.lower == "on" && m2.in(cWeekday) && m3.in(cPartOfDay):
		return k + 4 - j, true
	case m1.in(cPartOfDay) || m1.is("overnight", "earlier"):
		return k + 2 - j, true
	}
	return 0, true
}

// throughoutThe: "during the war", "throughout the campaign".
func throughoutThe(s *scopeSite) (int, bool) {
	if s.g&gThroughout != 0 && s.n1.is("the", "this") && s.n2.is("campaign", "war", "conflict", "offensive", "operations", "crisis", "uprising", "insurgency", "pandemic", "outbreak") {
		return 3, true
	}
	return 0, false
}

// scopeGroup sorts the words that open scope phrases by the phrases they
// open, so scopeAt tests a word once rather than against each list in turn.
type scopeGroup uint16

const (
	gSince        scopeGroup = 1 << iota // since
	gOver                                // in, over, during, within, for: "in the last 17 days"
	gThisLast                            // this, last: "this year"
	gSo                                  // so: "so far this year"
	gBy                                  // in, during, by, until: "by 2020"
	gSinceUntil                          // since, until: "since December"
	gEarlierLater                        // earlier, later: "earlier this month"
	gDeterminer                          // the, a, an, this, that, another, one: "the night strike"
	gIndefinite                          // a, an, another, one: "a strike on Thursday morning"
	gThroughout                          // in, during, throughout, of: "during the war"
)

// adverbialSince: "since" as "since then", between an auxiliary and its
// verb ("the toll has since risen to 17"), starts no scope.
func adverbialSince(toks []token, j int) bool {
	next := tokAt(toks, j+1)
	return tokAt(toks, j-1).is("has", "have", "had", "having", "'s", "’s") ||
		next.is("risen", "fallen", "grown", "been", "become", "gone", "climbed", "rose", "fell", "grew") ||
		next.kind == tWord && !next.capitalized() && strings.HasSuffix(next.lower, "ed")
}

// scopeGroups is the groups of a lower-case word.
func scopeGroups(w string) scopeGroup {
	switch w {
	case "since":
		return gSince | gSinceUntil
	case "in":
		return gOver | gBy | gThroughout
	case "over", "within", "for":
		return gOver
	case "during":
		return gOver | gBy | gThroughout
	case "this":
		return gThisLast | gDeterminer
	case "last":
		return gThisLast
	case "so":
		return gSo
	case "by":
		return gBy
	case "until":
		return gBy | gSinceUntil
	case "earlier", "later":
		return gEarlierLater
	case "the", "that":
		return gDeterminer
	case "a", "an", "another", "one":
		return gDeterminer | gIndefinite
	case "throughout", "of":
		return gThroughout
	}
	return 0
}
