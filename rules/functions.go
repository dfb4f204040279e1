package rules

import (
	"math"
	"path"
	"strconv"
	"strings"

	"github.com/expr-lang/expr"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/fold"
	"github.com/factlint/factlint/checker/timeline"
)

// Function is one function of the rule language, with its documentation.
type Function struct {
	Name    string
	Doc     string
	Example string
	option  expr.Option
	// reads names the claim fields a function given a whole claim looks
	// at, so a pair rule that calls it still compares claims by what it
	// reads of them (see pairReads)
	reads []string
}

// Functions is the documented function library every expression may call.
// Rules reach claims through these and expr's builtins only: no file,
// network or environment access exists in the language.
func Functions() []Function {
	return []Function{
		{"overlaps", "Whether two figures can both be true: their intervals share a value. \"at least 33\" overlaps 34; 33 does not overlap 34.",
			`overlaps(a.value, b.value)`,
			expr.Function("overlaps", func(p ...any) (any, error) {
				return p[0].(claim.Interval).Overlaps(p[1].(claim.Interval)), nil
			}, new(func(claim.Interval, claim.Interval) bool)), nil},
		{"near", "Whether the nearest values of two figures lie within a factor of each other: near(3.6 million, more than 3.7 million, 1.5) is true, near(6 million, 22 million, 1.5) false. Two reports of one quantity that disagree are most often close; figures of one noun far apart most often count two things.",
			`near(a.value, b.value, 1.5)`,
			expr.Function("near", func(p ...any) (any, error) {
				return p[0].(claim.Interval).Near(p[1].(claim.Interval), p[2].(float64)), nil
			}, new(func(claim.Interval, claim.Interval, float64) bool)), nil},
		{"contains", "Whether the first interval allows every value the second allows.",
			`contains(a.value, b.value)`,
			expr.Function("contains", func(p ...any) (any, error) {
				return p[0].(claim.Interval).Contains(p[1].(claim.Interval)), nil
			}, new(func(claim.Interval, claim.Interval) bool)), nil},
		{"bounded", "Whether an interval has an upper bound (\"at least 33\" has none).",
			`bounded(claim.value)`,
			expr.Function("bounded", func(p ...any) (any, error) {
				return !p[0].(claim.Interval).Unbounded(), nil
			}, new(func(claim.Interval) bool)), nil},
		{"fold", "A name's comparison form: lower case, diacritics removed. fold(\"Doğan\") == \"dogan\".",
			`fold(a.text) == fold(b.text)`,
			expr.Function("fold", func(p ...any) (any, error) { return fold.Fold(p[0].(string)), nil }, new(func(string) string)), nil},
		{"excerpt", "One text's words are a run of the other's, in order, after folding: excerpt(\"We tried.\", \"We tried. We failed.\") is true: a quotation cut short or carried on, not reworded. So are two excerpts cut at different ends whose overlap, one's last words the other's first, is ten words or more and half of the shorter.",
			`excerpt(quoted(a.text), quoted(b.text))`,
			expr.Function("excerpt", func(p ...any) (any, error) { return Excerpt(p[0].(string), p[1].(string)), nil }, new(func(string, string) bool)), nil},
		{"similar", "Word overlap of two texts after folding, from 0 (none) to 1 (the same words): the Dice coefficient of their word sets.",
			`similar(a.text, b.text) > 0.6`,
			expr.Function("similar", func(p ...any) (any, error) { return Similarity(p[0].(string), p[1].(string)), nil }, new(func(string, string) float64)), nil},
		{"figure", "A claim's value in words: \"33\", \"at least 33\", \"24 to 99\".",
			`"{figure(a)} here"`,
			expr.Function("figure", func(p ...any) (any, error) { return Figure(p[0].(*claim.Claim)), nil }, new(func(*claim.Claim) string)), []string{"value", "qualifier", "unit"}},
		{"subjectClass", "Groups subjects that count the same people: person, people, victim and an empty subject are \"person\"; soldier, troop and personnel are \"soldier\".",
			`subjectClass(claim.subject)`,
			expr.Function("subjectClass", func(p ...any) (any, error) { return SubjectClass(p[0].(string)), nil }, new(func(string) string)), nil},
		{"comparable", "Whether a count states the story's own figure: not superseded, not restricted by a scope, not a subset.",
			`comparable(claim)`,
			expr.Function("comparable", func(p ...any) (any, error) {
				c := p[0].(*claim.Claim)
				return !c.Superseded && c.Scope == "" && !c.Subset, nil
			}, new(func(*claim.Claim) bool)), []string{"superseded", "scope", "subset"}},
		{"sameToll", "Whether a count can be compared with the other tolls of its article: comparable, told of the article's main incident, and with nothing in its sentence that makes it a part of the toll or no count of it (see the incident, group and weak fields).",
			`sameToll(claim)`,
			expr.Function("sameToll", func(p ...any) (any, error) {
				c := p[0].(*claim.Claim)
				return !c.Superseded && c.Scope == "" && !c.Subset && c.Incident == "main" && c.Group != "" && c.Weak == "", nil
			}, new(func(*claim.Claim) bool)), []string{"superseded", "scope", "subset", "incident", "group", "weak"}},
		{"ownFigure", "Whether a count is its article's own figure, the one the -across rules hold against another article's: the primary figure (see primary), of the article's main or only incident (not \"other\"), with no doubt that it is a count to hold another against (weak: not vague, an age, a bare numeral, nobody, a quotation, a sentence too long to read, those named so far: \"the identities of three victims\", a list of people in a sentence that tells more of the event, a reckoning of the text's figures: the shot less a toll told apart, or a toll an article recalls when its news is something else: background).",
			`claim.event == "killed" && ownFigure(claim)`,
			expr.Function("ownFigure", func(p ...any) (any, error) { return OwnFigure(p[0].(*claim.Claim)), nil }, new(func(*claim.Claim) bool)),
			[]string{"primary", "weak", "incident"}},
		{"whole", "Whether a count is told as a whole figure of its group: a number with its noun (or a headline's number) read by the number pattern, exact or a lower bound (\"at least 33\"), with no doubt on it (weak) and no word that makes it a remainder (\"two others\", \"three more\"). A list of people (\"a man and a woman\"), an estimate, a range or a reckoned figure is not.",
			`whole(a) && whole(b)`,
			expr.Function("whole", func(p ...any) (any, error) { return Whole(p[0].(*claim.Claim)), nil }, new(func(*claim.Claim) bool)),
			[]string{"qualifier", "weak", "by", "text", "superseded", "scope", "subset"}},
		{"sameCount", "The evidence an error needs that two counts are the whole count of the same people: both whole (see whole) and both told twice in their articles (backed) or told in the same words (frame: \"were killed in the flood\"). Without it a disagreement is a doubt.",
			`strong: sameCount(a, b)`,
			expr.Function("sameCount", func(p ...any) (any, error) { return SameCount(p[0].(*claim.Claim), p[1].(*claim.Claim)), nil }, new(func(*claim.Claim, *claim.Claim) bool)),
			[]string{"qualifier", "weak", "by", "text", "superseded", "scope", "subset", "backed", "frame"}},
		{"compatible", "Whether two counts count the same group: the same subject class and no conflicting proper modifiers (Turkish soldiers versus Syrian soldiers).",
			`compatible(a, b)`,
			expr.Function("compatible", func(p ...any) (any, error) { return Compatible(p[0].(*claim.Claim), p[1].(*claim.Claim)), nil }, new(func(*claim.Claim, *claim.Claim) bool)), []string{"subject", "modifiers"}},
		{"office", "Whether a title's role is an office a person holds, so that two titles of one person can disagree: secretary, director, minister, spokesperson, adviser, governor, mayor, president, ambassador, chair, senator, chancellor, premier, envoy. Ranks and jobs such as detective, officer or chief are described too loosely to judge.",
			`office(claim.source.role)`,
			expr.Function("office", func(p ...any) (any, error) { return extract.Office(p[0].(string)), nil }, new(func(string) bool)), nil},
		{"officesAgree", "Whether two roles of one person's titles can both be true: the same role, or one of them a spokesperson's (speaking for a body is what a press secretary, a director or a shadow minister also does).",
			`officesAgree(a.source.role, b.source.role)`,
			expr.Function("officesAgree", func(p ...any) (any, error) { return extract.OfficesAgree(p[0].(string), p[1].(string)), nil }, new(func(string, string) bool)), nil},
		{"pastTitle", "Whether a title names a post held before (\"former minister\", \"the then-governor\", \"ex-director\"): past posts add up over a career, so such a title conflicts with no other.",
			`pastTitle(claim.source.title)`,
			expr.Function("pastTitle", func(p ...any) (any, error) { return extract.PastTitle(p[0].(string)), nil }, new(func(string) bool)), nil},
		{"surname", "The last word of a name, folded: surname(\"Fahrettin Altun\") == \"altun\", so \"Altun\" and \"Fahrettin Altun\" meet.",
			`surname(claim.speaker.name)`,
			expr.Function("surname", func(p ...any) (any, error) { return Surname(p[0].(string)), nil }, new(func(string) string)), nil},
		{"base", "The last element of a path: base(\"drafts/a.md\") == \"a.md\".",
			`base(b.file)`,
			expr.Function("base", func(p ...any) (any, error) { return path.Base(p[0].(string)), nil }, new(func(string) string)), nil},
		{"later", "Whether the first claim's article is known to be later than the second's (their as_of times: different days, or both with a clock and different): a later article's figure updates an earlier one's.",
			`later(a, b)`,
			expr.Function("later", func(p ...any) (any, error) {
				return timeline.Order(p[0].(*claim.Claim).AsOf, p[1].(*claim.Claim).AsOf) > 0, nil
			}, new(func(*claim.Claim, *claim.Claim) bool)), []string{"as_of"}},
		{"shares", "Whether two articles' counts of an event meet: the first claim's figure is one the second's article also states (its value or one of its others), or the other way round. An article's breakdown, subset or citywide total is then no rival to the other's figure, nor, where its primary figure is doubted as a part (weak), the whole its headline gives.",
			`shares(a, b)`,
			expr.Function("shares", func(p ...any) (any, error) {
				a, b := p[0].(*claim.Claim), p[1].(*claim.Claim)
				return allowsAny(a.Value, b.Others) || allowsAny(b.Value, a.Others), nil
			}, new(func(*claim.Claim, *claim.Claim) bool)), []string{"others", "value"}},
		{"gunmanApart", "Whether two death tolls differ by one death alone and one of them is told in a sentence of the gunman's own death (weak \"gunman\": \"killed his wife and daughter, then himself\"): a murder-suicide is counted with the gunman by one report (\"three dead\") and without him by another, so the two are no rivals.",
			`gunmanApart(a, b)`,
			expr.Function("gunmanApart", func(p ...any) (any, error) { return GunmanApart(p[0].(*claim.Claim), p[1].(*claim.Claim)), nil }, new(func(*claim.Claim, *claim.Claim) bool)), []string{"weak", "value"}},
		{"rounded", "Whether one of two figures is a round number told as exact (one significant digit and at least 1,000: 500,000, 3,000, 40 trillion) and the other lies within a tenth of it: news rounds large figures, so \"generated 500,000 complaints\" and \"more than 542,000 complaints\" are one figure told two ways, where 3,000 and 2,000 are not.",
			`rounded(a, b)`,
			expr.Function("rounded", func(p ...any) (any, error) { return Rounded(p[0].(*claim.Claim), p[1].(*claim.Claim)), nil }, new(func(*claim.Claim, *claim.Claim) bool)), []string{"qualifier", "value"}},
		{"when", "A claim's as_of time for a message: \"27 Feb 2026 06:00\", \"27 Feb 2026\", or \"undated\".",
			`"{when(a)}"`,
			expr.Function("when", func(p ...any) (any, error) {
				if t := p[0].(*claim.Claim).AsOf; t != "" {
					return timeline.Show(t), nil
				}
				return "undated", nil
			}, new(func(*claim.Claim) string)), []string{"as_of"}},
		{"spelling", "A text as it is spelled, lower case, with its typographic variants made one (’ and ', a hyphen and a space) and its diacritics kept: spelling(\"O’Sullivan\") == spelling(\"o'sullivan\"), spelling(\"Doğan\") != spelling(\"Dogan\").",
			`spelling(a.text) == spelling(b.text)`,
			expr.Function("spelling", func(p ...any) (any, error) { return fold.Spelling(p[0].(string)), nil }, new(func(string) string)), nil},
		{"quoted", "The words inside a quotation's marks, without the attribution between its fragments: quoted(\"“We tried,” she said. “We failed.”\") == \"We tried, We failed.\". A text with no marks is returned as it is.",
			`similar(quoted(a.text), quoted(b.text)) > 0.6`,
			expr.Function("quoted", func(p ...any) (any, error) { return Quoted(p[0].(string)), nil }, new(func(string) string)), nil},
		{"same_person", "Whether two names can be one person: where both give a full name, their first and last words meet (folded); a surname alone meets any name that ends in it. same_person(\"Anna Kovac\", \"Kovac\") is true, same_person(\"Anna Kovac\", \"Ivan Kovac\") false.",
			`same_person(a.source.name, b.source.name)`,
			expr.Function("same_person", func(p ...any) (any, error) { return SamePerson(p[0].(string), p[1].(string)), nil }, new(func(string, string) bool)), nil},
	}
}

func functionOptions() []expr.Option {
	var opts []expr.Option
	for _, b := range unsafeBuiltins {
		opts = append(opts, expr.DisableBuiltin(b))
	}
	for _, f := range Functions() {
		opts = append(opts, f.option)
	}
	return append(opts, meterOptions()...)
}

// unsafeBuiltins are expr builtins a rule may not call: the clock would make
// output differ between runs, and time zones are read from the machine's
// files. Every other builtin is a pure function of its arguments.
var unsafeBuiltins = []string{"now", "date", "timezone"}

// OwnFigure reports whether a count is its article's own figure (the
// function ownFigure). A list of people in a sentence that tells more of
// the event ("killed his former partner and her son ... then drove on to
// kill his landlord": a subset with the doubt "breakdown") names some of
// the dead, not the toll.
func OwnFigure(c *claim.Claim) bool {
	return c.Primary && c.Incident != "other" && !(c.Subset && c.Weak == "breakdown") && !noFigureToHold[c.Weak]
}

// noFigureToHold are the doubts (claim.Weak) that leave a primary figure no
// count to hold another article's against: "several" has no number, an age
// or a bare numeral counts nobody, "nobody" is rarely the lead's toll, a
// quotation is a witness's words, a sentence too long was not read, and a
// reckoning (derived: the shot less a toll told apart) is a sum the text
// never states, whose toll may be another incident's or may count a victim
// another report still counts among the wounded, and those a report
// names ("the identities of three victims") are the ones identified so far,
// not the toll. A toll of an article whose news is something else
// (background: a vote, a poll, a visit) is a past event's, recalled, and
// two articles that each recall one recall two events as often as one. The
// other doubts (a breakdown, "two others") say a figure may be a part of
// its article's toll, which the primary choice has already weighed.
var noFigureToHold = map[string]bool{"derived": true, "named": true, "vague": true, "age": true, "numeral": true, "none": true, "long": true, "quote": true, "background": true}

// SameCount reports whether two counts have the evidence of one count
// (the function sameCount): whole, and backed or framed alike.
func SameCount(a, b *claim.Claim) bool {
	return Whole(a) && Whole(b) && (a.Backed && b.Backed || a.Frame != "" && a.Frame == b.Frame)
}

// GunmanApart reports whether two death tolls differ by the gunman's own
// death alone (the function gunmanApart): one of them told in a sentence of
// his death, and one more or one fewer than the other.
func GunmanApart(a, b *claim.Claim) bool {
	if a.Weak != "gunman" && b.Weak != "gunman" {
		return false
	}
	return oneMore(a.Value).Overlaps(b.Value) || oneMore(b.Value).Overlaps(a.Value)
}

func oneMore(v claim.Interval) claim.Interval { return claim.Interval{Min: v.Min + 1, Max: v.Max + 1} }

// Rounded reports whether one of two figures is a round exact number and
// the other within a tenth of it (the function rounded).
func Rounded(a, b *claim.Claim) bool {
	return roughly(a).Overlaps(b.Value) && roughly(a) != a.Value || roughly(b).Overlaps(a.Value) && roughly(b) != b.Value
}

// roughly is the interval a round exact figure of 1,000 or more stands
// for, a tenth either side; any other figure's own interval.
func roughly(c *claim.Claim) claim.Interval {
	v := c.Value
	if c.Qualifier != claim.Exact || v.Min != v.Max || v.Min < 1000 {
		return v
	}
	scale := math.Pow(10, math.Floor(math.Log10(v.Min)))
	if lead := v.Min / scale; lead != math.Trunc(lead) {
		return v
	}
	return claim.Interval{Min: 0.9 * v.Min, Max: 1.1 * v.Min}
}

// Whole reports whether a count is told as a whole figure (the function
// whole): the evidence the casualty rules ask of both sides of an error.
func Whole(c *claim.Claim) bool {
	switch c.Qualifier {
	case claim.Exact, claim.AtLeast, claim.MoreThan:
	default:
		return false
	}
	return c.By == "number" && c.Weak == "" && !c.Superseded && c.Scope == "" && !c.Subset && !extract.CountsOthers(c.Text)
}

// Figure renders a claim's interval as words.
func Figure(c *claim.Claim) string {
	v := c.Value
	n := FormatNumber
	switch c.Qualifier {
	case claim.AtLeast:
		return "at least " + n(v.Min)
	case claim.MoreThan:
		if c.Unit == "" {
			return "more than " + n(v.Min-1)
		}
		return "more than " + n(v.Min)
	case claim.AtMost:
		return "up to " + n(v.Max)
	case claim.LessThan:
		if c.Unit == "" {
			return "fewer than " + n(v.Max+1)
		}
		return "less than " + n(v.Max)
	}
	if v.Unbounded() {
		return "at least " + n(v.Min)
	}
	if v.Min == v.Max {
		return n(v.Min)
	}
	return n(v.Min) + " to " + n(v.Max)
}

// FormatNumber prints a number as a reader writes it: 33, 3.6 million.
func FormatNumber(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	if a := math.Abs(v); a >= 1e15 || a != 0 && a < 1e-4 {
		return strconv.FormatFloat(v, 'g', -1, 64) // "6.02e+23", "1.6e-19": scientific as written
	}
	for _, s := range []struct {
		div  float64
		name string
	}{{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}} {
		if math.Abs(v) >= s.div && math.Mod(v, s.div/10) == 0 {
			return strconv.FormatFloat(v/s.div, 'f', -1, 64) + s.name
		}
	}
	if v == math.Trunc(v) && math.Abs(v) >= 10000 {
		return withCommas(int64(v))
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func withCommas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// SubjectClass groups subjects that count the same people (see
// claim.SubjectClass, which extraction uses too).
func SubjectClass(s string) string { return claim.SubjectClass(s) }

// Compatible reports whether two counts count the same group (see
// claim.Compatible, which the registry of confirmed facts uses too).
func Compatible(a, b *claim.Claim) bool { return claim.Compatible(a, b) }

// Surname is the folded last word of a name.
func Surname(name string) string {
	return strings.Trim(lastField(fold.Fold(name)), ".,'’")
}

// SamePerson reports whether two names can name one person: two full
// names must share their first and last words (a middle name or initial
// may differ), and a surname alone is anyone of that surname.
func SamePerson(a, b string) bool {
	fa, fb := strings.Fields(fold.Fold(a)), strings.Fields(fold.Fold(b))
	if len(fa) < 2 || len(fb) < 2 {
		return Surname(a) == Surname(b)
	}
	return fa[0] == fb[0] && Surname(a) == Surname(b)
}

// closingMarks pairs each opening quotation mark with the marks that
// close it ("" for a rune that opens no quotation). A switch, not a map:
// Quoted asks it of every rune of a text outside quotation marks.
func closingMarks(r rune) string {
	switch r {
	case '“':
		return "”\""
	case '"':
		return "\"”"
	case '«':
		return "»"
	case '„':
		return "“”"
	}
	return ""
}

// Quoted is the words inside the quotation marks of a text, the fragments
// joined by " … ": a quotation interrupted by its attribution ("“We
// tried,” she said. “We failed.”") is compared, and shown, by the
// speaker's words only ("We tried … We failed."). The comma that closes a
// fragment hands the sentence over to the attribution ("“We tried,” she
// said"), so it is the writer's, not the speaker's, and is dropped. A
// text with no marks, or marks that never close, is kept whole from its
// first mark on. A text of one quotation is a slice of the text, with no
// allocation (quoted.go finds the marks).
func Quoted(text string) string {
	var b strings.Builder
	first, pieces := "", 0 // the first fragment with words; fragments written from it on
	add := func(fragment string) {
		fragment = quotedFragment(fragment)
		switch {
		case fragment == "":
			return // no words: no separator either
		case pieces == 0:
			first = fragment
		case pieces == 1:
			b.WriteString(first)
			fallthrough
		default:
			b.WriteString(fragmentSeparator)
			b.WriteString(fragment)
		}
		pieces++
	}
	for at := 0; ; {
		open, closers, width := nextOpening(text, at)
		if open < 0 {
			break
		}
		start := open + width
		end, endWidth := nextClosing(text, start, closers)
		if end < 0 {
			add(text[start:])
			break
		}
		add(text[start:end])
		at = end + endWidth
	}
	switch pieces {
	case 0:
		return text
	case 1:
		return first
	}
	return b.String()
}

// fragmentSeparator stands where Quoted leaves out the words between two
// fragments of a quotation: an ellipsis, as an editor marks words left out.
const fragmentSeparator = " … "

// quotedFragment is a fragment's words without the spaces around them and
// the commas that end it.
func quotedFragment(fragment string) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(fragment), ","))
}

// allowsAny reports whether v overlaps one of the intervals.
func allowsAny(v claim.Interval, in []claim.Interval) bool {
	for _, o := range in {
		if v.Overlaps(o) {
			return true
		}
	}
	return false
}
