package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/numwords"
)

// figure is a number phrase in a sentence: qualifier, number, scale and unit.
type figure struct {
	first, last int // token range [first, last) of the whole phrase
	numFirst    int // first token of the number itself
	numLast     int // token after the number (and its scale)
	value       claim.Interval
	raw         float64 // the number as written, before the qualifier
	qualifier   string
	unit        string // set for measured quantities
	hyphenNoun  string // "two-story": the noun fused to the number
	age         bool   // an age in years or months
	by          string // the figureStart that read it
}

// findFigures reads every number phrase of toks that is a count or a
// quantity, leaving out years, dates, times, ordinals, ages, codes, footnote
// markers and numbers inside URLs. It appends them to out, whose storage
// serves one sentence after another.
func findFigures(out []figure, toks []token, site *numberSite) []figure {
	for i := nextFigureStart(toks, 0); i < len(toks); i = nextFigureStart(toks, i+1) {
		for k := range figureStarts {
			r := &figureStarts[k]
			if r.read == nil {
				continue
			}
			if o, resume, ok := r.read(site, out, toks, i); ok {
				for j := len(out); j < len(o); j++ {
					if o[j].by == "" {
						o[j].by = r.name
					}
				}
				out, i = o, resume
				break
			}
		}
	}
	return out
}

// figureStart is a rule for the figures that start at a token: read
// reports whether it applies there, and then appends the figures it read
// (none when the number is no figure) and returns the token index to go
// on after.
type figureStart struct {
	name, example string
	read          func(site *numberSite, out []figure, toks []token, i int) ([]figure, int, bool)
}

// fractionAt reads a fraction in digits, "1/16 of a pint".
func fractionAt(_ *numberSite, out []figure, toks []token, i int) ([]figure, int, bool) {
	f, ok := fractionFigure(toks, i)
	if !ok {
		return out, i, false
	}
	return append(out, f), f.last - 1, true
}

// hyphenFigureAt reads a number fused to its noun, "a two-story house",
// "a 40-page report".
func hyphenFigureAt(_ *numberSite, out []figure, toks []token, i int) ([]figure, int, bool) {
	f, ok := hyphenFigure(toks, i)
	if !ok {
		return out, i, false
	}
	return append(out, f), i, true
}

// numberPhraseAt reads a number phrase, digits or words with its
// qualifier, scale, unit and range ("at least 33", "1.2 million", "$5bn",
// "10 to 12 km"), unless a case of notAFigures says it is none; an age
// ("a 24-year-old", "aged 30") is a figure of its own (by "age").
func numberPhraseAt(site *numberSite, out []figure, toks []token, i int) ([]figure, int, bool) {
	n, ok := parseNumberAt(toks, i)
	if !ok {
		return out, i, true
	}
	end := i + n.Tokens
	if skip := notAFigure(site, toks, i, end, n); skip > 0 {
		return out, max(i, skip-1), true
	}
	if isAge(toks, i, end) {
		if f, ok := ageFigure(toks, i, end, n.Min); ok {
			f.by = "age"
			return append(out, f), f.last - 1, true
		}
		return out, i, true
	}
	f := figure{first: i, numFirst: i, numLast: end, raw: n.Min, value: claim.Interval{Min: n.Min, Max: n.Max}, qualifier: claim.Exact}
	if n.Vague {
		f.qualifier = claim.Vague
	}
	if e, next, ok := powerOfTen(toks, end); ok && n.Tokens == 1 && toks[i].kind == tNumber {
		v := tidy(n.Min * math.Pow(10, e)) // "1.6×10−19 coulombs"
		f.raw, f.value, f.numLast = v, claim.Point(v), next
	}
	if metresNotMillions(toks, i, end) {
		v := n.Min / 1e6 // "a 37m (121ft) skeleton", "a 40m-high wall"
		f.raw, f.value, f.unit = v, claim.Point(v), "metre"
	}
	if v, ok := leadingPointDecimal(toks, i, n); ok {
		f.raw, f.value, f.first = v, claim.Point(v), i-1 // "batted .312"
	}
	if m := tokAt(toks, i-1); m.is("-", "−") && !toks[i].space && (m.space || i == 1) && toks[i].kind == tNumber &&
		(!tokAt(toks, i-2).capitalized() || strings.Contains(toks[i].text, ".") || tokAt(toks, end).lower == "%") || m.lower == "minus" ||
		m.lower == "-" && !m.space && tokAt(toks, i-2).lower == "minus" {
		// "-1.3%", "minus 130": a negative figure, not a range's dash
		f.raw, f.value, f.first = -n.Min, claim.Point(-n.Min), i-1
	}
	f.readUnit(toks)
	f.readRange(toks)
	if f.qualifier == claim.Range && address(toks, f.numLast) {
		return out, f.last - 1, true // "16-18 Industrial Avenue"
	}
	if f.qualifier == claim.Exact {
		f.readQualifier(toks)
	}
	return append(out, f), f.last - 1, true
}

// nextFigureStart is the index of the first token at or after i that can
// start a figure, digits or a number word, or len(toks) (see scan.go).
func nextFigureStart(toks []token, i int) int {
	for i < len(toks) && toks[i].kind != tNumber && toks[i].cls&cNumeric == 0 {
		i++
	}
	return i
}

// fractionFigure reads a fraction in digits: "1/16 of a pint", "1⁄32 of a
// quart" (the fraction slash is never a date's).
func fractionFigure(toks []token, i int) (figure, bool) {
	slash, den := tokAt(toks, i+1), tokAt(toks, i+2)
	if toks[i].kind != tNumber || !slash.is("/", "⁄") || slash.space || den.kind != tNumber || den.space ||
		slash.lower != "⁄" && tokAt(toks, i+3).lower != "of" || tokAt(toks, i-1).is("/", "⁄") && !toks[i].space ||
		tokAt(toks, i-1).is("on", "since", "after", "before", "until", "post", "pre") { // "since 9/11 of that year" is a date
		return figure{}, false
	}
	a, ok1 := numwords.Digits(toks[i].text)
	b, ok2 := numwords.Digits(den.text)
	if !ok1 || !ok2 || b == 0 || a >= b {
		return figure{}, false
	}
	v := tidy(a / b)
	return figure{first: i, numFirst: i, numLast: i + 3, last: i + 3, raw: v, value: claim.Point(v), qualifier: claim.Exact}, true
}

// metresNotMillions: "37m" is 37 million unless a length follows it, a
// conversion in brackets ("37m (121ft)") or a dimension ("40m-high"), or
// it names a race.
func metresNotMillions(toks []token, i, end int) bool {
	m := tokAt(toks, i+1)
	if end != i+2 || m.lower != "m" || m.space {
		return false
	}
	next := tokAt(toks, end)
	if next.lower == "-" && !next.space {
		return tokAt(toks, end+1).is("long", "high", "tall", "wide", "deep", "thick")
	}
	if next.in(cRace) || tokAt(toks, i-1).is("'s", "’s") && tokAt(toks, i-2).is("men", "women", "boys", "girls") ||
		tokAt(toks, i-1).lower == "the" && (next.kind == tPunct || next.kind == tNone) {
		return true // a race: "the women's 800m", "60m hurdles", "won the 1500m."
	}
	if next.lower != "(" || tokAt(toks, end+1).kind != tNumber {
		return false
	}
	u := tokAt(toks, end+2)
	return u.is("ft", "feet", "foot", "in", "inches", "yd", "yards")
}

// powerOfTen reads the exponent of scientific notation after a number:
// "×10−19", "x 10^23"; next is the token after it.
func powerOfTen(toks []token, end int) (exp float64, next int, ok bool) {
	if !tokAt(toks, end).is("×", "x", "*") || tokAt(toks, end+1).text != "10" {
		return 0, 0, false
	}
	k, sign := end+2, 1.0
	if t := tokAt(toks, k); t.lower == "^" && !t.space {
		k++
	}
	if t := tokAt(toks, k); t.is("−", "-", "+") && !t.space {
		if t.lower != "+" {
			sign = -1
		}
		k++
	}
	t := tokAt(toks, k)
	if t.kind != tNumber || t.space || strings.ContainsAny(t.text, ".,") {
		return 0, 0, false
	}
	e, ok := numwords.Digits(t.text)
	if !ok || e > 300 {
		return 0, 0, false
	}
	return sign * e, k + 1, true
}

// leadingPointDecimal reads a decimal written without its zero: ".312",
// "(.534 from the field)"; "ID.3" and "end. 534" are not one.
func leadingPointDecimal(toks []token, i int, n numwords.Number) (float64, bool) {
	dot, t := tokAt(toks, i-1), toks[i]
	if dot.lower != "." || t.space || t.kind != tNumber || n.Tokens != 1 || strings.ContainsAny(t.text, ".,") {
		return 0, false
	}
	if !dot.space && i > 1 && !tokAt(toks, i-2).is("(", "[", "/") {
		return 0, false
	}
	return numwords.Digits("0." + t.text)
}

// parseNumberAt reads a number starting at token i.
func parseNumberAt(toks []token, i int) (numwords.Number, bool) {
	if i < 0 || i >= len(toks) {
		return numwords.Number{}, false
	}
	t := &toks[i]
	if t.kind != tNumber && t.kind != tWord {
		return numwords.Number{}, false
	}
	if t.kind == tWord && !numberStart(t.lower) {
		return numwords.Number{}, false
	}
	if t.lower == "a" && !numwords.FollowsA(tokAt(toks, i+1).lower) {
		return numwords.Number{}, false // "a" is numeric only before a few words
	}
	if t.kind == tNumber {
		return numwords.ParseDigits(t.lower, scaleAfterDigits(toks, i))
	}
	words := make([]string, 0, 6)
	for j := i; j < len(toks) && j < i+6; j++ {
		w := toks[j].lower
		if j > i && toks[j].kind == tPunct && w != "-" {
			break
		}
		words = append(words, w)
	}
	n, ok := numwords.Parse(words)
	if !ok {
		return n, false
	}
	if t.lower == "one" && n.Tokens == 1 && oneIsPronoun(toks, i) {
		return n, false
	}
	return n, true
}

// scaleAfterDigits is the word after the digits at i that may scale them,
// or "": a short scale counts only when written against the digits ("1.2m",
// not "100 m"), and a hyphenated scale ends the number ("1.8 billion-mile").
func scaleAfterDigits(toks []token, i int) string {
	if i+1 >= len(toks) {
		return ""
	}
	next := &toks[i+1]
	w := next.lower
	switch {
	case next.space && len(w) <= 3 && w != "bn":
		return ""
	case next.kind == tPunct:
		return ""
	}
	if scale, _, ok := strings.Cut(w, "-"); ok && numwords.IsScaleWord(scale) {
		return scale
	}
	return w
}

// numberStart says whether a word can open a number phrase, cheaply:
// most words cannot.
func numberStart(w string) bool {
	switch w {
	case "a", "half", "two-thirds", "three-quarters", "several", "tens", "hundreds", "thousands", "millions",
		"billions", "dozens", "scores":
		return true
	}
	return numwords.IsNumberWord(w)
}

// oneIsPronoun: "no one", "one another", "the one who", "one of the
// reasons", "a new one", "get inside one." stay out; "one of the victims"
// and "the only one killed" stay in.
func oneIsPronoun(toks []token, i int) bool {
	prev, next := tokAt(toks, i-1), tokAt(toks, i+1)
	if prev.is("no", "any", "every", "some", "someone", "the", "this", "that", "which", "each", "no-one") {
		return true
	}
	if next.is("another", "day", "time", "point", "way", "thing", "hand", "side", "such", "who", "which", "that", "more", "less", "'s", "’s") {
		return true
	}
	// with nothing after it of a noun phrase, "one" stands for a noun
	// said before: after a determiner and an adjective ("a new one", "the
	// other one was") or as a preposition's object ("held in one.");
	// "rose to one" and "by one" are figures
	if !phraseEnds(next) {
		return false
	}
	adjective := prev.is("other", "next", "last", "same", "right", "wrong") ||
		prev.kind == tWord && !prev.capitalized() && !prev.in(cStopAfterNumber|cFunctionWord) && !prev.is("only", "single") && !numwords.IsNumberWord(prev.lower)
	if adjective && tokAt(toks, i-2).is("a", "an", "the", "each", "every", "any", "another", "its", "his", "her", "their", "our", "my", "your") {
		return true
	}
	return (next.kind == tNone || next.is(".", ",", ";", ":", "!", "?", ")")) && prev.is("on", "in", "inside", "into", "onto", "with", "from", "like", "for")
}

// regularPast: a lower-case word ending in -ed, a verb more often than a
// noun after "one"; the irregular forms ("set", "cut") are nouns too.
func regularPast(t *token) bool {
	return t.kind == tWord && !t.capitalized() && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// phraseEnds: next cannot go on the noun phrase before it, being a mark
// other than of a range, a verb or a word that opens a clause or a
// prepositional phrase.
func phraseEnds(next *token) bool {
	switch next.kind {
	case tNone:
		return true
	case tPunct:
		return !next.is("-", "–", "%", "/")
	}
	return regularPast(next) || next.is("sold", "went", "came", "won", "lost", "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "should", "might", "may", "must", "that", "which", "who", "in", "on", "at", "for", "with", "from", "by",
		"after", "before", "since", "because", "when", "if", "than", "as")
}

// address: a number followed by a street ("49 Zorro Ranch Road", "9 E
// 71st St", "the 1300 block of").
func address(toks []token, end int) bool {
	n := tokAt(toks, end)
	if n.lower == "-" && !n.space && tokAt(toks, end+1).lower == "block" && tokAt(toks, end+2).lower == "of" {
		n = tokAt(toks, end+1) // "the 2700-block of East 75th"; not "the 10-block walk"
	}
	if n.lower == "block" && tokAt(toks, end-2).lower == "the" {
		return true // "the 1300 block of South Kedzie"
	}
	if n.capitalized() && len(n.text) == 1 && strings.Contains("NSEW", n.text) {
		// "9 E 71st St", "1600 N Main" (not "a 5 W charger")
		after := tokAt(toks, end+1)
		return after.capitalized() || after.kind == tNumber || after.lower == "."
	}
	for k := end; k < end+4 && k < len(toks) && toks[k].capitalized(); k++ {
		if toks[k].in(cStreet) {
			return true
		}
	}
	return false
}

// calibre: a gun's calibre names a weapon, it counts nothing: ".22-caliber
// rifle", "a .45 caliber handgun", "a .38 revolver", "a 9mm pistol".
func calibre(toks []token, i, end int) bool {
	next := tokAt(toks, end)
	if next.lower == "-" && !next.space {
		next = tokAt(toks, end+1)
	}
	if next.is("caliber", "calibre", "cal", "cal.") {
		return true
	}
	pointed := tokAt(toks, i-1).lower == "." && !toks[i].space
	if next.lower == "mm" && !next.space {
		pointed, next = true, tokAt(toks, end+1)
	}
	return pointed && next.in(cGun)
}

// phoneLike: "396-2221" and the "(410)" before it.
func phoneLike(toks []token, i, end int) bool {
	t, next, next2 := &toks[i], tokAt(toks, end), tokAt(toks, end+1)
	if len(t.text) == 3 && next.lower == "-" && !next.space && len(next2.text) == 4 && next2.kind == tNumber {
		return true
	}
	if len(t.text) == 3 && next.lower == "-" && !next.space && len(next2.text) == 3 && next2.kind == tNumber && tokAt(toks, end+2).lower == "-" && len(tokAt(toks, end+3).text) == 4 && tokAt(toks, end+3).kind == tNumber {
		return true // with its area code, "253-856-5808"
	}
	return len(t.text) == 3 && tokAt(toks, i-1).lower == "(" && next.lower == ")" && next2.kind == tNumber
}

// scoreLike: "9-2" and "89-89" are scores, not ranges, as a range rises.
func scoreLike(a, b *token) bool {
	x, _ := numwords.Digits(a.text)
	y, _ := numwords.Digits(b.text)
	return y <= x
}

// unitAttached: a unit written against the digits ("2.4GHz") makes a
// measurement, not a code.
func unitAttached(next *token) bool {
	return !next.space && next.kind == tWord && next.isUnit()
}

// isUnit: the token is a unit of measure. Symbols are read in any case but
// those whose case is their meaning: "200g" is grams, "5G" a network
// generation and "MG" a car maker.
func (t *token) isUnit() bool {
	return t.in(cMeasureUnit) && !(lowerCaseUnits[t.lower] && t.text != t.lower)
}

// ageFigure reads an age as a quantity in years: "a 17-year-old girl",
// "the 65-year-old", "aged 30". Ages are not counts, but two sources that
// give a victim different ages disagree on a fact.
func ageFigure(toks []token, i, end int, v float64) (figure, bool) {
	last := end
	switch {
	case tokAt(toks, end).lower == "-" && !tokAt(toks, end).space:
		last = end + 2
	case tokAt(toks, end).woundIn(wAgeSuffix):
		last = end + 1
	case tokAt(toks, end).is("years", "months") && tokAt(toks, end+1).lower == "old":
		last = end + 2
	case ageAbbreviationEnd(toks, end) > 0:
		last = ageAbbreviationEnd(toks, end)
	case tokAt(toks, i-1).is("aged", "age", "ages") || ageBound(toks, i):
		last = end
	default:
		return figure{}, false
	}
	unit := "year"
	if strings.Contains(tokAt(toks, last-1).lower, "month") {
		unit = "month"
	}
	return figure{first: i, numFirst: i, numLast: end, last: last, raw: v, value: claim.Point(v), qualifier: claim.Exact, unit: unit, age: true}, true
}

// risesPastYears: "2000 - 2500 Calories" is a range of amounts, not years.
func risesPastYears(toks []token, end int) bool {
	sep, n := tokAt(toks, end), tokAt(toks, end+1)
	if !sep.is("-", "–", "to") || n.kind != tNumber {
		return false
	}
	v, ok := numwords.Digits(n.text)
	return ok && (v > 2100 || len(n.text) > 4)
}

// countsPlural says a year-like number is a count after all: "2000 people".
func countsPlural(toks []token, end int, prev *token) bool {
	if prev.is("'s", "’s", "in", "since", "of", "by", "until", "from", "to", "the", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "year", "season", "till", "through", "before", "after", "during") {
		return false
	}
	nx := tokAt(toks, end)
	return nx.kind == tWord && !nx.capitalized() && strings.HasSuffix(nx.lower, "s") && !nx.is("was", "is", "has", "as", "this", "its", "his", "us")
}

// isAge: "Kevin Richardson, 30, died", "a 17-year-old girl", "aged 30".
func isAge(toks []token, i, end int) bool {
	prev, next := tokAt(toks, i-1), tokAt(toks, end)
	if prev.is("aged", "age", "ages") || ageBound(toks, i) {
		return true
	}
	if next.lower == "-" && !next.space {
		nn := tokAt(toks, end+1)
		return strings.Contains(nn.lower, "old") || strings.HasPrefix(nn.lower, "year-")
	}
	if next.woundIn(wAgeSuffix) {
		return true
	}
	if next.is("years", "months") && tokAt(toks, end+1).lower == "old" {
		return true
	}
	if ageAbbreviationEnd(toks, end) > 0 {
		return true
	}
	return prev.lower == "," && (next.is(",", ")") || next.is(".", ";") && end+1 >= len(toks)) && tokAt(toks, i-2).capitalized() ||
		prev.lower == "(" && next.lower == ")" && tokAt(toks, i-2).capitalized()
}

// ageAbbreviationEnd is the token after an age's abbreviation that opens
// at k, "yo", "y.o." or "y/o" as police posts and captions write "year-old"
// ("an 8 yo girl", "a 25 y/o man"), or -1. Only in lower case and apart
// from the digits, so "25YO" stays a code.
func ageAbbreviationEnd(toks []token, k int) int {
	t := tokAt(toks, k)
	if !t.space || t.text != t.lower {
		return -1
	}
	switch {
	case t.is("yo", "y.o.", "y.o"):
		return k + 1
	case t.lower == "y" && tokAt(toks, k+1).lower == "/" && tokAt(toks, k+2).lower == "o" && !tokAt(toks, k+1).space && !tokAt(toks, k+2).space:
		return k + 3
	}
	return -1
}

// ageBound: the number at i bounds or ends a range of ages, "the age of
// 10", "between the ages of 18 and 23", "in age from 23 to 31", "ages 18
// to 38": an age, though no "aged" stands right before it.
func ageBound(toks []token, i int) bool {
	ageWord := func(t *token) bool { return t.is("age", "ages", "aged") }
	prev, p2, p3, p4 := tokAt(toks, i-1), tokAt(toks, i-2), tokAt(toks, i-3), tokAt(toks, i-4)
	if prev.is("of", "from") && ageWord(p2) {
		return true
	}
	return prev.is("to", "-", "–", "through", "and") && p2.kind == tNumber && (ageWord(p3) || p3.is("of", "from") && ageWord(p4))
}

// codePrefix: "No. 10", "Rossiya 24", "Flight 17", "Article 5". prev
// stands at pi, before the number; next is the token after the number.
func codePrefix(prev, next *token, toks []token, pi int) bool {
	if prev.in(cCodeWord) {
		return true
	}
	// a proper name mid-sentence followed by a number: "Rossiya 24"; not
	// a qualifier a headline writes in title case, "At Least 3 Injured"
	if _, _, q := qualifierBefore(toks, pi+1); q {
		return false
	}
	if prev.capitalized() && pi > 0 && !tokAt(toks, pi-1).is(".", "“", "\"", ":") && !prev.in(cWeekday|cMonth) && !frontedPhraseEnds(toks, pi, next) &&
		!prev.is("with", "for", "in", "on", "at", "by", "from", "to", "of", "about", "under", "over", "after", "before", "since",
			"during", "between", "among", "against", "into", "without", "until", "and", "or", "but", "the", "some", "all", "only") {
		return !isTitleWord(prev.lower) && !startsClause(tokAt(toks, pi-1))
	}
	// a proper name that opens a sentence: "Rossiya 24 reported", "Apollo
	// 11 landed", "Stoxx 50 -1.3%". The words that open a figure there are
	// known to the lexicon ("About 300", "Another 32", "Over 100"), are
	// qualifiers ("Almost", "Estimated") or adverbs ("Fully 30%"); a plural
	// noun after the number makes it a count ("Additional 20 troops").
	return prev.capitalized() && prev.kind == tWord && prev.cls == 0 && !nationality(prev.lower) && startsClause(tokAt(toks, pi-1)) &&
		!strings.HasSuffix(prev.lower, "ly") && qualifierAt(toks, pi) == 0 &&
		!(next.kind == tWord && !next.capitalized() && strings.HasSuffix(next.lower, "s"))
}

// frontedPhraseEnds: the name at pi ends a place or time phrase that opens
// a clause without a comma ("In Gaza 20 people were killed", "Across
// northern Europe 30 million", "that in East Timor 12 villagers died"), so
// the number after it opens the clause's subject; next is the token after
// the number, which must begin that subject.
func frontedPhraseEnds(toks []token, pi int, next *token) bool {
	if !next.is("%", "percent", "per", "million", "billion", "thousand") &&
		!(next.kind == tWord && !next.capitalized() && (strings.HasSuffix(next.lower, "s") || personNoun(singular(next.lower)))) {
		return false // a subject's noun, not a verb: "On Tuesday Half-Life 2 dominated"
	}
	if len(toks[pi].text) == 1 {
		return false // an initial ends an index's name: "the S&P 500"
	}
	k := pi
	for k > 0 && (toks[k].capitalized() && !toks[k].in(cFunctionWord) || compassAdjective(toks[k].lower) || toks[k].is("central", "the")) {
		k--
	}
	return k < pi && toks[k].is("in", "across", "throughout", "at", "on", "inside", "outside", "near", "since", "after", "before", "during", "until") &&
		(k == 0 || startsClause(&toks[k-1]) || toks[k-1].is("that", "and", "but", "while", "whereas"))
}

// compassAdjective: "northern", "south-eastern".
func compassAdjective(w string) bool {
	return strings.HasSuffix(w, "ern") && (strings.Contains(w, "north") || strings.Contains(w, "south") || strings.HasPrefix(w, "east") || strings.HasPrefix(w, "west"))
}

func compoundTitle(toks []token, i int) bool {
	prev := tokAt(toks, i-1)
	return prev.capitalized() && !startsClause(tokAt(toks, i-2))
}

// hyphenFigure reads "two-story", "nine-year", "10-day" as a figure fused
// with its noun.
func hyphenFigure(toks []token, i int) (figure, bool) {
	t := &toks[i]
	var num, noun string
	if t.kind == tWord {
		a, b, ok := strings.Cut(t.lower, "-")
		if !ok || strings.Contains(b, "-") {
			return figure{}, false
		}
		num, noun = a, b
		if numwords.IsNumberWord(t.lower) || numwords.IsFraction(t.lower) {
			return figure{}, false // "thirty-three" is a plain number, "two-thirds" a fraction
		}
	} else if t.kind == tNumber && tokAt(toks, i+1).lower == "-" && !tokAt(toks, i+1).space && tokAt(toks, i+2).kind == tWord && !tokAt(toks, i+2).space {
		num, noun = t.lower, tokAt(toks, i+2).lower
		if strings.Contains(noun, "-") || isAge(toks, i, i+1) || strings.IndexFunc(noun, unicode.IsDigit) >= 0 || calibre(toks, i, i+1) || address(toks, i+1) {
			return figure{}, false
		}
	} else {
		return figure{}, false
	}
	n, ok := numwords.Parse([]string{num})
	if !ok || n.Vague {
		return figure{}, false
	}
	last := i + 1
	if t.kind == tNumber {
		last = i + 3
	}
	f := figure{first: i, numFirst: i, numLast: last, last: last, raw: n.Min, value: claim.Point(n.Min), qualifier: claim.Exact, hyphenNoun: noun}
	if u, ok := measureUnits[noun]; ok {
		f.unit = u
		return f, true
	}
	if n.Min < 2 || !isNounLike(noun) {
		return figure{}, false
	}
	return f, true
}

func isNounLike(w string) bool {
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly") && len(w) > 2 && !wordIn(w, cStopAfterNumber)
}

// readUnit looks for a currency before and a unit after the number.
func (f *figure) readUnit(toks []token) {
	f.last = f.numLast
	if p := tokAt(toks, f.first-1); p.in(cCurrencyPrefix) && !p.space && tokAt(toks, f.first-2).lower == "$" && !tokAt(toks, f.first).space {
		f.unit, f.first = dollarOf(p.lower), f.first-2 // "$US55,931,000", "$A82,615,680"
		return
	}
	if p := tokAt(toks, f.first-1); p.in(cCurrencySymbol) && !tokAt(toks, f.first).space {
		f.unit, f.first = currencySymbols[p.lower], f.first-1
		// "$6 billion": a scale word after a currency figure
		return
	}
	if scale, noun, ok := strings.Cut(tokAt(toks, f.numLast-1).lower, "-"); ok && numwords.IsScaleWord(scale) {
		if u, ok := measureUnits[noun]; ok {
			f.unit = u // "a 1.8 billion-mile journey"; "a 2 million-strong crowd" counts the crowd
			return
		}
	}
	next := tokAt(toks, f.last)
	two := next.lower + " " + tokAt(toks, f.last+1).lower
	if u, ok := measureUnits[two]; ok {
		f.unit, f.last = u, f.last+2
		return
	}
	if u, ok := measureUnits[next.lower]; ok && next.isUnit() && (next.lower != "p" || !next.space) && !(next.is("point", "points") && f.qualifier == claim.Vague) {
		f.unit, f.last = u, f.last+1
	}
}

// dollarOf is the currency of "$" followed by a country's letters.
func dollarOf(letters string) string {
	switch letters {
	case "a", "aud":
		return "AUD"
	case "c", "cad":
		return "CAD"
	case "hk":
		return "HKD"
	case "nz":
		return "NZD"
	}
	return "USD"
}

// readRange widens the figure to "20-30", "20 to 30", "between 20 and 30",
// "two or three", "$370,000 to $5.5 million", "1 per cent to 1.5 per cent"
// and "$89 to $93 billion" (the scale of the second applies to the first).
func (f *figure) readRange(toks []token) {
	sepAt := f.last
	sep := tokAt(toks, sepAt)
	k := sepAt + 1
	if sep.lower == "up" && tokAt(toks, k).lower == "to" && tokAt(toks, f.first-1).lower == "from" {
		sep, k = tokAt(toks, k), k+1 // "from 450 sq ft up to 900 sq ft"
	}
	if !(sep.is("-", "–", "to", "or", "and")) {
		return
	}
	if sep.lower == "and" && tokAt(toks, f.first-1).lower != "between" {
		return
	}
	if sep.lower == "or" && (f.unit != "" || f.raw >= 100) {
		return // "25k or 40k cheaper" are two figures
	}
	if sep.lower == "to" && tokAt(toks, f.first-1).lower == "from" && isChangeVerb(tokAt(toks, f.first-2)) {
		return
	}
	if sep.is("-", "–") && sep.space != tokAt(toks, sepAt+1).space {
		return // "-1.3%" after a figure is a sign, not a dash
	}
	if cur := tokAt(toks, k); cur.in(cCurrencySymbol) && !tokAt(toks, k+1).space {
		k++
	}
	n, ok := parseNumberAt(toks, k)
	if !ok || n.Vague {
		return
	}
	second := figure{first: k, numFirst: k, numLast: k + n.Tokens, raw: n.Min}
	second.readUnit(toks)
	lo, hi := f.raw, n.Max
	if f.numLast-f.numFirst == 1 && n.Tokens >= 2 {
		// "$89 to $93 billion", "four to five thousand": the scale of the second applies to the first
		if s, ok := numwords.Parse([]string{"1", tokAt(toks, k+n.Tokens-1).lower}); ok && s.Min > 1 && lo*s.Min <= hi && lo*s.Min*10 > hi {
			lo *= s.Min
		}
	}
	if f.unit != "" && second.unit == "" {
		return // "fell 0.4 per cent to 13176": a level, not a range
	}
	if hi <= lo {
		return // "3-1" is a score, "4.8 to 4.7" a fall
	}
	if f.unit != "" && second.unit != "" && f.unit != second.unit {
		return
	}
	f.value = claim.Interval{Min: lo, Max: hi}
	f.raw = lo
	f.qualifier = claim.Range
	f.numLast = second.numLast
	f.last = second.last
	if f.unit == "" {
		f.unit = second.unit
	}
	if tokAt(toks, f.first-1).is("between", "from") {
		f.first--
	}
}

func isChangeVerb(t *token) bool {
	return t.is("rose", "risen", "rising", "increased", "increase", "fell", "fallen", "dropped", "climbed", "grew",
		"jumped", "revised", "raised", "up", "down", "declined", "surged", "soared", "plunged", "slipped", "went", "cut", "reduced", "boosted")
}

// readQualifier applies the longest qualifier standing before the figure
// and "or more" / "-plus" after it.
// qualifierBefore is the first qualifier of qualifiersBefore that ends just
// before token k, and its length in tokens.
func qualifierBefore(toks []token, k int) (q string, n int, ok bool) {
	if !tokAt(toks, k-1).in(cQualifierEnd) {
		return "", 0, false // the common case: no qualifier ends there
	}
	for _, q := range qualifiersBefore {
		n := len(q.words)
		if k-n >= 0 && wordsAt(toks, k-n, q.words) {
			return q.q, n, true
		}
	}
	return "", 0, false
}

// wordsAt reports whether the tokens from k spell words.
func wordsAt(toks []token, k int, words []string) bool {
	if k+len(words) > len(toks) {
		return false
	}
	for i, w := range words {
		if toks[k+i].lower != w {
			return false
		}
	}
	return true
}

// qualifierAt is the length in tokens of the qualifier that starts at k
// ("more than", "about"), or 0.
func qualifierAt(toks []token, k int) int {
	for _, q := range qualifiersBefore {
		if wordsAt(toks, k, q.words) {
			return len(q.words)
		}
	}
	return 0
}

func (f *figure) readQualifier(toks []token) {
	if q, n, ok := qualifierBefore(toks, f.first); ok {
		if q == claim.AtMost && toks[f.first-n].lower == "up" && isChangeVerb(tokAt(toks, f.first-n-1)) || tokAt(toks, f.first-n-1).is("back", "inching", "go", "goes", "going", "gone", "move", "moved", "moving") {
			return // "rose up to 4.8 percent" is a change, not a bound
		}
		f.first -= n
		f.applyQualifier(q)
		return
	}
	if tokAt(toks, f.last).lower == "or" && tokAt(toks, f.last+1).lower == "more" {
		f.last += 2
		f.applyQualifier(claim.AtLeast)
		return
	}
	if tokAt(toks, f.last).lower == "+" && !tokAt(toks, f.last).space {
		f.last++
		f.applyQualifier(claim.AtLeast)
	}
}

// applyQualifier maps a qualifier to an interval (claim.Qualify). Counts
// are whole numbers, so "more than 30" is [31, ∞) and "nearly 1,000" is
// [900, 999]; measured quantities keep the bound itself.
func (f *figure) applyQualifier(q string) {
	v := f.raw
	f.qualifier = q
	if in, ok := claim.Qualify(q, v, f.unit == "" && v == math.Trunc(v)); ok {
		f.value = in
	}
}

// tidy drops the binary noise of a product ("1.1 × 6650" is
// 7315.000000000001), so a bound is not rounded up a whole unit and output
// shows the number a reader would write.
func tidy(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
	return v
}
