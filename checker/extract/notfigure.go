// "Not a figure": the cases where a number that parseNumberAt reads is no
// count or quantity, but a date, a time, a code, an ordinal or part of a
// name. They are tried in the order of notAFigures (grammar.go).

package extract

import (
	"strings"

	"github.com/factlint/factlint/checker/numwords"
)

// numberSite is a number a figure could start with, toks[i:end), and its
// neighbours, for the cases of notAFigures.
type numberSite struct {
	toks               []token
	i, end             int
	n                  numwords.Number
	t, prev, next, nx2 *token
}

// notAFigurePattern is one case of a number that is no figure: skip
// returns the token index to resume after, or 0 when the case does not
// hold. A case applies to numbers in digits, or with words to number words.
type notAFigurePattern struct {
	name, example string
	words         bool
	both          bool // digits and words alike
	skip          func(s *numberSite) int
}

// notAFigure returns a token index to resume after when the number at
// [i,end) is no figure, else 0: the first case of notAFigures that holds.
// s is where it writes the site the cases read.
func notAFigure(s *numberSite, toks []token, i, end int, n numwords.Number) int {
	skip, _ := notAFigureCase(s, toks, i, end, n)
	return skip
}

// notAFigureCase is notAFigure with the index in notAFigures of the case
// that holds (-1 for none).
func notAFigureCase(s *numberSite, toks []token, i, end int, n numwords.Number) (skip, which int) {
	*s = numberSite{toks: toks, i: i, end: end, n: n, t: &toks[i], prev: tokAt(toks, i-1), next: tokAt(toks, end), nx2: tokAt(toks, end+1)}
	digits := s.t.kind == tNumber
	for k := range notAFigures {
		p := &notAFigures[k]
		if !p.both && p.words == digits {
			continue
		}
		if r := p.skip(s); r > 0 {
			return r, k
		}
	}
	return 0, -1
}

// compoundTitleNumber: a capitalized number word in a name, "Channel Four".
func compoundTitleNumber(s *numberSite) int {
	t, toks, i := s.t, s.toks, s.i
	if t.kind == tWord && s.n.Tokens == 1 && !s.n.Vague && t.capitalized() && i > 0 && !toks[i-1].is(".", "“", "\"") && compoundTitle(toks, i) {
		return s.end
	}
	return 0
}

// footnoteMarker: a footnote marker or an entity, "[3]", "#5", "&#8217;".
func footnoteMarker(s *numberSite) int {
	if s.prev.lower == "[" && s.next.lower == "]" || s.prev.is("#", "&#", "№") {
		return s.end + 1
	}
	return 0
}

// longIdentifier: an identifier: nobody writes 795655190602981376 people.
func longIdentifier(s *numberSite) int {
	if len(s.t.text) > 12 && !strings.ContainsAny(s.t.text, ",.") {
		return s.end
	}
	return 0
}

// ordinalSuffix: an ordinal in digits, "the 33rd day".
func ordinalSuffix(s *numberSite) int {
	if !s.next.space && ordinalSuffixes[s.next.lower] {
		return s.end + 1
	}
	return 0
}

// decade: "the 1990s", "the 1980's".
func decade(s *numberSite) int {
	if !s.next.space && s.next.lower == "s" || !s.next.space && s.next.is("'s", "’s") && isYearLike(s.t) {
		return s.end + 1
	}
	return 0
}

// clockTime: "at 9:30", "9.30".
func clockTime(s *numberSite) int {
	if !s.next.space && s.next.is(":", ".") && s.nx2.kind == tNumber && !s.nx2.space {
		return s.end + 2
	}
	return 0
}

// score: a result, "won 9-2", "drew 89-89".
func score(s *numberSite) int {
	if !s.next.space && s.next.is("-", "–") && s.nx2.kind == tNumber && !s.nx2.space && scoreLike(s.t, s.nx2) {
		return s.end + 2
	}
	return 0
}

// abbreviatedMonthDay: a day after an abbreviated month, "Oct. 31".
func abbreviatedMonthDay(s *numberSite) int {
	if s.prev.lower == "." && wordIn(tokAt(s.toks, s.i-2).lower+".", cMonth) {
		return s.end
	}
	return 0
}

// modelNumber: a number after a mixed-case name, "iPhone 14".
func modelNumber(s *numberSite) int {
	if s.prev.kind == tWord && mixedCase(s.prev.text) {
		return s.end
	}
	return 0
}

// timeOfDay: "9 p.m.", "10 GMT", "six o'clock".
func timeOfDay(s *numberSite) int {
	if s.next.is("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "bst", "edt", "est", "cet") {
		return s.end + 1
	}
	return 0
}

// oClock: an hour told as "o'clock", in digits or words ("just before
// three o’clock Wednesday"): the number is a time, so a count read from it
// would be three victims of a shooting that had one.
func oClock(s *numberSite) int {
	if s.next.is("o'clock", "o’clock", "oclock") {
		return s.end + 1
	}
	return 0
}

// attachedCode: a code or part of one, written against a word or a mark:
// "F-16", "9/11", "#5", "ID.3" (but "US$5" is money).
func attachedCode(s *numberSite) int {
	t, prev, next, toks, i := s.t, s.prev, s.next, s.toks, s.i
	if !prev.space && prev.kind == tWord && !prev.is("'s", "’s") && !(prev.in(cCurrencyPrefix) && !t.space && tokAt(toks, i-2).in(cCurrencySymbol)) ||
		!prev.space && prev.is("-", "/", "⁄", "#", "+", "№", "_") && tokAt(toks, i-2).lower != "minus" || !next.space && next.is("/", "⁄") ||
		!prev.space && prev.lower == "." && tokAt(toks, i-2).kind == tWord && !tokAt(toks, i-1).space {
		return s.end
	}
	return 0
}

// afterColon: a number right after a colon, "Genesis 1:3".
func afterColon(s *numberSite) int {
	if s.prev.lower == ":" && !s.t.space {
		return s.end
	}
	return 0
}

// titleAfterName: a title or model after a name, or "is": "Ocean's 12
// fell", "Poor's 500", "She's 17", "it's 12.30".
func titleAfterName(s *numberSite) int {
	prev, next, toks, i := s.prev, s.next, s.toks, s.i
	if prev.is("'s", "’s") && s.n.Tokens == 1 && (tokAt(toks, i-2).capitalized() || tokAt(toks, i-2).in(cPronoun)) &&
		!(next.isUnit() && (!next.capitalized() || !next.space)) &&
		!(next.kind == tWord && !next.capitalized() && strings.HasSuffix(next.lower, "s")) {
		return s.end
	}
	return 0
}

// dayOfMonth: a date, "on March 3", "3 March", "March 3, 2020" — not
// "since March 40 people".
func dayOfMonth(s *numberSite) int {
	t, prev, next := s.t, s.prev, s.next
	if (prev.in(cMonth) && prev.capitalized() || next.in(cMonth) && next.capitalized()) && (dayLike(t) || isYearLike(t)) ||
		(next.lower == "," && isYearLike(s.nx2) && prev.kind == tWord && prev.in(cMonth)) {
		return s.end
	}
	return 0
}

// year: "in 2019", unless it counts ("2,000 people") or follows money.
func year(s *numberSite) int {
	if isYearLike(s.t) && !countsPlural(s.toks, s.end, s.prev) && !s.prev.in(cCurrencySymbol) && !risesPastYears(s.toks, s.end) {
		return s.end
	}
	return 0
}

// streetNumber: an address or a postal code, "49 Elm Road", "the 1300
// block of", "90210 zip code", "212 area code".
func streetNumber(s *numberSite) int {
	if address(s.toks, s.end) || s.next.is("zip", "postcode", "postal") || s.next.lower == "area" && s.nx2.lower == "code" {
		return s.end
	}
	return 0
}

// blocksAway: a distance in street blocks, "about one block away", "two
// blocks from the school": how far, no count of anything.
func blocksAway(s *numberSite) int {
	if s.next.is("block", "blocks") && blockWays[s.nx2.lower] {
		return s.end + 1
	}
	return 0
}

// calibreNumber: a calibre, "a .22 rifle", "9 mm handgun".
func calibreNumber(s *numberSite) int {
	if calibre(s.toks, s.i, s.end) {
		return s.end
	}
	return 0
}

// phoneNumber: "555 0123 4567".
func phoneNumber(s *numberSite) int {
	if phoneLike(s.toks, s.i, s.end) {
		if tokAt(s.toks, s.end+2).lower == "-" && tokAt(s.toks, s.end+3).kind == tNumber {
			return s.end + 4 // past the last group of "253-856-5808"
		}
		return s.end + 2
	}
	return 0
}

// codeAfterWord: a number after a word that makes it a code, "Flight 370",
// "Route 66", "page 12".
func codeAfterWord(s *numberSite) int {
	if codePrefix(s.prev, s.next, s.toks, s.i-1) && !unitAttached(s.next) && !s.next.isUnit() && !(s.prev.in(cCurrencyPrefix) && !s.t.space) {
		return s.end
	}
	return 0
}

// woundsOrShots: a number of wounds, bullets or shots, not of people: "one
// gunshot wound", "shot several times", "fired 12 rounds", also past the
// words that grade a wound, "one or more fatal gunshot wounds", "two
// serious stab wounds". ("one shot dead" counts a person, so "shot" itself
// is not among them.)
func woundsOrShots(s *numberSite) int {
	next := s.end
	if tokAt(s.toks, next).lower == "or" && tokAt(s.toks, next+1).lower == "more" {
		next += 2
	}
	if tokAt(s.toks, next).is("more", "other", "additional", "separate") {
		next++ // "shot three more times"
	}
	graded := next + 2 // at most two grading words
	for next < len(s.toks) && next < graded && s.toks[next].woundIn(wWoundGrade) {
		next++
	}
	if tokAt(s.toks, next).is("gunshot", "gunshots", "bullet", "bullets", "shots", "rounds", "wound", "wounds", "times", "stab") {
		return s.end
	}
	return 0
}

// attemptedCrimes: a number of attempts, not of people harmed: "five
// attempted murders", "two attempted homicides" (an attempt killed no one).
func attemptedCrimes(s *numberSite) int {
	if s.next.lower == "attempted" {
		return s.end
	}
	return 0
}

// apposedAge: a person's age between commas after the person, "The man,
// 38, was pronounced dead", "Maria Diaz, 42, died", or closing the
// sentence or before a parenthesis, "the killing of Sam Ortiz, 9": an age,
// not a count.
func apposedAge(s *numberSite) int {
	p := tokAt(s.toks, s.i-2)
	closes := s.next.lower == "," || s.next.lower == "(" || s.end >= len(s.toks) || s.next.is(".", "!", "?") || unclosedAge(s, p)
	if s.prev.lower == "," && closes && s.n.Max < 120 && s.end == s.i+1 && (p.in(cHuman) || p.capitalized() && p.kind == tWord || singularAfterAside(s)) {
		return s.end
	}
	return 0
}

// singularAfterAside: a number set off by commas after a noun and
// followed by a verb in the singular, "The England international, 24,
// was hurt": a count of two or more would take "were", so the number is
// the age of the one the noun describes, whatever the noun (a post or a
// nationality the lists do not hold as a person).
func singularAfterAside(s *numberSite) bool {
	return s.n.Min >= 2 && s.next.lower == "," && tokAt(s.toks, s.i-2).kind == tWord && singularAuxiliaries[tokAt(s.toks, s.end+1).lower]
}

// unclosedAge: an age after a name whose closing comma the writer left
// out, told by what follows: a residence, "Gerald Levi, 17 of 2249 Elm
// St." or "Ana Ruiz, 42 of Dover", or a verb in the singular that a
// count of people would not take, "David Wilder, 61 has left a hole".
// The name is a word of a name, not a month's or a weekday's ("on Monday,
// 12 were shot" counts).
func unclosedAge(s *numberSite, p *token) bool {
	if !p.capitalized() || p.in(cMonth|cWeekday|cFunctionWord) {
		return false
	}
	n2 := tokAt(s.toks, s.end+1)
	if s.next.lower == "of" {
		return n2.kind == tNumber || n2.capitalized() && !n2.in(cFunctionWord)
	}
	return s.n.Min >= 2 && s.next.is("has", "was", "is", "died", "dies", "remains")
}

// listedAges: one of the ages listed after the people they belong to,
// "two men, 18 and 20, were shot", "three others, ages 21 and 22",
// "aged 17, 18 and 19": ages, not counts. The list is numbers joined by
// commas and "and", opened by "ages" or "aged" or by a comma after a
// plural noun of people, and an age in apposition has another beside it
// (a lone one is apposedAge's) and closes on a comma, a verb's auxiliary
// or the sentence's end.
func listedAges(s *numberSite) int {
	toks := s.toks
	if s.n.Max >= 120 || s.end != s.i+1 {
		return 0
	}
	k := s.i - 1 // back past the ages before this one
	for k >= 1 {
		if toks[k].is(",", "and") && toks[k-1].kind == tNumber {
			k -= 2
		} else if toks[k].lower == "and" && toks[k-1].lower == "," && tokAt(toks, k-2).kind == tNumber {
			k -= 3 // "15, 16, and 17"
		} else {
			break
		}
	}
	e := s.end // on past the ages after it
	for e+1 < len(toks) && toks[e].is(",", "and") && toks[e+1].kind == tNumber {
		e += 2
	}
	open := tokAt(toks, k)
	if open.is("ages", "aged") && k < s.i-1 {
		return s.end // "ages 21 and 22": the first is isAge's, the others these
	}
	if open.lower != "," || k == s.i-1 && e == s.end {
		return 0
	}
	noun := tokAt(toks, k-1)
	plural := noun.kind == tWord && singular(noun.lower) != noun.lower && (noun.in(cHuman) || personNoun(singular(noun.lower)))
	closes := e >= len(toks) || tokAt(toks, e).is(",", ".", ")", ";") || tokAt(toks, e).in(cAuxiliary)
	if plural && closes {
		return s.end
	}
	return 0
}

// parentOf: the children a person has, "a father of three", "mother of
// five": who the person is, not a count of casualties.
func parentOf(s *numberSite) int {
	if s.prev.lower == "of" && tokAt(s.toks, s.i-2).is("father", "mother", "parent", "grandfather", "grandmother", "dad", "mom", "mum", "grandparent") {
		return s.end
	}
	return 0
}

// stationBrand: a number in a broadcaster's name, "told 13 News", "7
// Eyewitness News reported": a capitalized word of a station's brand right
// after it names the channel, not a count of newsrooms.
func stationBrand(s *numberSite) int {
	if s.next.kind == tWord && s.next.capitalized() && stationBrandWords[s.next.lower] {
		return s.end + 1
	}
	return 0
}
