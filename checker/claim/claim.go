// Package claim defines the facts extracted from an article: the data every
// rule sees and every claims report prints. The `expr` tags are the field
// names of the rule language, which match the JSON contract of DESIGN.md.
package claim

import (
	"math"

	"github.com/factlint/factlint/checker/source"
)

// Kind is what a claim states. It is an alias so rules compare it with
// plain strings.
type Kind = string

const (
	Count       Kind = "count"       // a number of something
	Quantity    Kind = "quantity"    // a measured amount with a unit
	Attribution Kind = "attribution" // who a statement is attributed to
	Quote       Kind = "quote"       // quoted words and their speaker
	Name        Kind = "name"        // a person's or place's name as written
	// Fact is an entry of the story's registry of confirmed facts
	// (facts.yaml, package facts), never extracted from an article: rules
	// across articles see the registry's entries as claims of an article
	// of its own, so a draft's figure is held against a confirmed one by
	// the comparison that holds it against another draft's.
	Fact Kind = "fact"
)

// Kinds lists every kind, for validating rule files.
var Kinds = []Kind{Count, Quantity, Attribution, Quote, Name, Fact}

// Qualifier vocabulary (contract).
const (
	Exact       = "exact"
	AtLeast     = "at_least"
	MoreThan    = "more_than"
	AtMost      = "at_most"
	LessThan    = "less_than"
	Approx      = "approx"
	ApproxBelow = "approx_below"
	Range       = "range"
	Vague       = "vague"
)

// FurnitureScope is the scope of a figure read from page furniture (a
// video playlist, a photo caption, a link to another story): text of the
// page that is not the article's own report.
const FurnitureScope = "furniture"

// Source kinds (contract).
const (
	Person       = "person"
	Organization = "organization"
	Anonymous    = "anonymous"
)

// Interval is the set of values a figure allows. Min is always finite; Max is
// +Inf when the figure has no upper bound ("at least 33").
type Interval struct {
	Min float64 `expr:"min"`
	Max float64 `expr:"max"`
}

// Point is the interval of an exact figure.
func Point(v float64) Interval { return Interval{Min: v, Max: v} }

// Unbounded reports whether the interval has no upper bound.
func (i Interval) Unbounded() bool { return math.IsInf(i.Max, 1) }

// Overlaps reports whether two figures can both be true.
func (i Interval) Overlaps(j Interval) bool { return i.Min <= j.Max && j.Min <= i.Max }

// Near reports whether the nearest values of two figures lie within a
// factor of each other (3.6 million and more than 3.7 million within 1.5;
// 6 million and 22 million not): two reports of one quantity that disagree
// are most often close, while figures of one noun far apart are most often
// two quantities (this year's and last year's jobs, two surveys' users).
func (i Interval) Near(j Interval, factor float64) bool {
	if i.Overlaps(j) {
		return true
	}
	if i.Max < j.Min {
		return j.Min <= factor*i.Max
	}
	return i.Min <= factor*j.Max
}

// Contains reports whether every value j allows, i allows too.
func (i Interval) Contains(j Interval) bool { return i.Min <= j.Min && j.Max <= i.Max }

// Source is who a statement is attributed to, or a quote's speaker. The zero
// value means none.
type Source struct {
	Text  string `expr:"text"`  // as written ("he", "the governor of Hatay, Rahmi Doğan")
	Name  string `expr:"name"`  // the name in it, resolved for pronouns
	Title string `expr:"title"` // "governor of Hatay"
	Role  string `expr:"role"`  // the title's head noun: "governor", "director", "secretary"
	Kind  string `expr:"kind"`  // person | organization | anonymous; "" for a cue with no source
}

// Claim is one fact-bearing span of an article. What tells it apart from
// the claims around it (where it stands, its words, its figure and flags)
// is its own; the rest, its Facets, it shares with every claim of its
// article that has the same (see facets.go). Rules read both alike:
// claim.event reads Facets.Event.
type Claim struct {
	*Facets `expr:"-"`

	Span      source.Span `expr:"-"`
	Line      int         `expr:"line"`
	Column    int         `expr:"column"`
	EndLine   int         `expr:"end_line"`
	EndColumn int         `expr:"end_column"`
	Text      string      `expr:"text"`

	// counts and quantities
	Value Interval `expr:"value"`

	Paragraph int `expr:"paragraph"`
	Index     int `expr:"index"` // order within the article

	// The flags of where a claim stands and of the evidence rules weigh
	// stand together, so that they fill one word: claims are most of a
	// huge article's heap, and a bool apart from the others pads to eight
	// bytes.
	Superseded bool `expr:"superseded"`
	Subset     bool `expr:"subset"`     // "six of the eight victims", "including three children"
	Cumulative bool `expr:"cumulative"` // "in total", "so far", "to date"
	InHeadline bool `expr:"in_headline"`
	// FirstMention marks the body's first count of its event.
	FirstMention bool `expr:"first_mention"`
	// FirstTally marks the body's first count of the dead or injured that
	// tallies victims: not superseded, not of another incident, and not one
	// victim told alone ("a 24-year-old man was killed", "he later died").
	// Rules that judge an article's casualty figures as a whole report
	// there, once per article.
	FirstTally bool `expr:"first_tally"`
	// Primary marks the article's own figure for an event: the body's
	// first count of it that is not superseded, scoped or a subset (the
	// headline's when the body has none; a later one that gives the
	// headline's number when the first conflicts with it), and never one
	// that checker/incident marks as another incident's. Rules compare
	// articles by it.
	Primary bool `expr:"primary"`
	// Backed is set on a count the article tells twice: another of its
	// counts, in another sentence or the headline, of the same event,
	// group and incident, with no doubt on it, allows its value. A figure
	// told once may be a part, an early count or a slip; one the headline
	// and the body both give is the article's own. Rules ask for it before
	// they call a disagreement an error.
	Backed bool `expr:"backed"`
	// own says Facets is this claim's alone, so Edit writes it in place;
	// otherwise other claims may share it, and Edit copies it first.
	own bool
}

// Facets are the fields of a claim that many claims of an article have
// alike: its kind, file and dateline, the words of its vocabulary, its
// source and speaker. Claims that agree on all of them share one Facets
// (an Interner's), so they must be changed through Claim.Edit, never in
// place.
type Facets struct {
	Kind Kind   `expr:"kind"`
	File string `expr:"file"`

	// counts and quantities
	Qualifier string   `expr:"qualifier"`
	Event     string   `expr:"event"`
	Subject   string   `expr:"subject"`
	Modifiers []string `expr:"modifiers"`
	Scope     string   `expr:"scope"`
	Unit      string   `expr:"unit"`
	// SourcedBy is the named person or body a count of the dead, injured
	// or shot rests on: its own source when that is named, or else the
	// named speaker of an earlier sentence of its paragraph, whose account
	// news style lets run on ("Chief Ana Ruiz said the first call came at
	// noon. Six people had been shot."). "" when none is named.
	SourcedBy string `expr:"sourced_by"`

	// attributions, quotes and names
	Source  Source `expr:"source"`
	Speaker Source `expr:"speaker"`
	// SpeakerBy names the reading that found a quote's speaker (a name of
	// checker/extract's speakerReadings: "own-attribution",
	// "name-after-quote"); "" when the quote has none.
	SpeakerBy string `expr:"speaker_by"`
	Cue       string `expr:"cue"`
	Folded    string `expr:"folded"`
	Title     string `expr:"title"`

	// where it stands
	Sentence string `expr:"sentence"`
	// Incident, Group and Weak are set after extraction (checker/incident)
	// on counts of people: which incident of the article a figure speaks
	// of ("main", "other", or "" when the text does not tell), which group
	// it counts ("victims", "suspects", "officers"; "" when not people),
	// and why it may not be the whole toll of that group ("" when nothing
	// says so: "condition", "place", "breakdown", "age", "none", "quote",
	// "gunman", "descriptor", "list": one item of a list of the victims,
	// "named": those identified so far,
	// "derived": reckoned, not told; "background":
	// recalled in news of something else). Rules compare
	// within an article only figures of one incident and group with no such
	// doubt.
	Incident string `expr:"incident"`
	Group    string `expr:"group"`
	Weak     string `expr:"weak"`
	Story    string `expr:"story"`
	Outlet   string `expr:"outlet"`
	// AsOf is when the article says it was written (package timeline):
	// "2026-02-27" or "2026-02-27T06:00:00Z"; "" when it does not say
	AsOf string `expr:"as_of"`
	// Provisional is the article's own word that its account is not final
	// ("This is a developing story", "Check back for updates"), as written;
	// "" when it says none: its figures are of the first hours
	Provisional string `expr:"provisional"`
	// Others are the values of the article's other counts of the same
	// event (a subset's, a scoped or running total's, the sum of one
	// sentence's subsets): a figure another
	// article gives that one of them allows is no conflict between them
	Others []Interval `expr:"others"`
	// Frame is what the sentence says of a count of people with no doubt
	// on it (the counts Backed weighs): the words after it to the end of
	// its clause (at most six, folded, digits masked): "were killed in the
	// flood". Two figures with one frame are one statement told in two
	// versions.
	Frame string `expr:"frame"`
	// By names the extraction pattern that produced the claim (a name of
	// checker/extract's grammar: "number", "implicit-described-person",
	// "said-after-subject"); docs/extraction.md lists them.
	By string `expr:"by"`
}

// Place is where the claim stands: its file, span, and first and last
// line and column (diagnostic.At reads it).
func (c *Claim) Place() (file string, span source.Span, line, column, endLine, endColumn int) {
	return c.File, c.Span, c.Line, c.Column, c.EndLine, c.EndColumn
}

// Article is what rules see of one document besides its claims.
type Article struct {
	File   string         `expr:"file"`
	Title  string         `expr:"title"`
	Outlet string         `expr:"outlet"`
	AsOf   string         `expr:"as_of"` // as claims' AsOf
	Story  string         `expr:"story"`
	Date   string         `expr:"date"`
	URL    string         `expr:"url"`
	Meta   map[string]any `expr:"meta"`
	Claims []*Claim       `expr:"claims"`
	// Locations are the street blocks and intersections the text places
	// its event at (story.Locations): no claim carries a block's number,
	// and a story's signature needs it.
	Locations []string `expr:"-"`
	// Dateline is the place of the article's dateline, folded
	// (story.Dateline): extraction reads no name in capitals.
	Dateline string `expr:"-"`
	// Identified are the people the text identifies by name, folded
	// (story.Identified: "identified the victim as Ana Ruiz").
	Identified []string `expr:"-"`
}
