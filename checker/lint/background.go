package lint

import (
	"bytes"
	"github.com/factlint/factlint/checker/incident"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/timeline"
)

// What tells a toll that is an article's news from a toll recalled as
// background in news of something else: a market report that recalls a
// storm's dead, a trial that recalls the crash it is about, a film about a
// war and its toll. Only the first is a tally a desk asks a
// source for (casualty-named-source); a recalled toll is the record of
// another day, sourced when it was news.

// leadWords is how long a sentence must be for its paragraph to be the
// article's lead: paragraphs before it with no such sentence (a dateline, a
// caption, a byline, the headline repeated) are read with it, since they
// are no report of their own.
const leadWords = 12

// casualtiesAreNews reports whether an article's news is casualties: its
// headline or its lead (leadParagraph, with what stands before it) holds a
// word that names a death, an injury or a shooting ("killed", "deaths",
// "wounded", "shot", "gunfire"; extract.CasualtyNewsWord). A report of
// insurers' shares falling after a storm, or of a film held back until a
// trial ends, is news of something else, whatever toll its body recalls.
func casualtiesAreNews(d *document.Document) bool {
	return headlineOrLeadHolds(d, holdsCasualtyWord)
}

// holdsTollWord: a word of text names the missing or an event with a toll.
func holdsTollWord(text string) bool {
	for w := range lowerFields(text, notWordRune) {
		if extract.EventOf(w) == "missing" || extract.EventNoun(w) {
			return true
		}
	}
	return false
}

// proceedingsAreNews reports whether an article's news is a court's
// proceedings: its headline or its lead, read as casualtiesAreNews reads
// them, names a plea, a sentence, a trial, a jury or charges dismissed
// (extract.CourtWord: "A man has pleaded guilty in a 2014 shooting that
// left one dead"). The toll of the case it follows is the record of the
// day the shooting was news, as a trial recalls the crash it is about.
func proceedingsAreNews(d *document.Document) bool {
	return headlineOrLeadHolds(d, holdsCourtWord)
}

// headlineOrLeadHolds reports whether the headline, or the lead with the
// blocks before it (leadParagraph), has a text that holds.
func headlineOrLeadHolds(d *document.Document, holds func(string) bool) bool {
	lead := leadParagraph(d)
	for _, b := range d.Blocks {
		if b.Furniture && !b.Headline || b.Kind == document.Heading && !b.Headline {
			continue
		}
		if !b.Headline && lead >= 0 && b.Index > lead {
			return false
		}
		if holds(b.Text) {
			return true
		}
	}
	return false
}

// holdsCourtWord: a word of text names a court's proceedings, or charges
// are withdrawn ("charges ... were dropped": dropped alone is how a victim
// reaches a hospital, "dropped off").
func holdsCourtWord(text string) bool {
	charges := false
	for w := range lowerFields(text, notWordRune) {
		switch {
		case extract.CourtWord(w):
			return true
		case extract.ChargeWord(w):
			charges = true
		case charges && extract.WithdrawnWord(w):
			return true
		}
	}
	return false
}

// holdsCasualtyWord: a word of text, or a part of a hyphenated one (a slug
// such as "man-kills-4-children"), names a casualty.
func holdsCasualtyWord(text string) bool {
	prev := "" // the word before, "" at the first (no word is empty)
	for w := range lowerFields(text, func(r rune) bool { return r == '-' || notWordRune(r) }) {
		if casualtyEvents[extract.EventOf(w)] || extract.CasualtyNewsWord(w) ||
			w == "fire" && prev != "" && extract.OpenFire(prev) {
			return true
		}
		prev = w
	}
	return false
}

func notWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return !asciiWordByte[r] // words_fast.go
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '’'
}

// leadParagraph is the index of the article's lead: the first body
// paragraph with a sentence of leadWords words or more that ends as a
// sentence does, or -1.
func leadParagraph(d *document.Document) int {
	for _, b := range d.Blocks {
		if b.Headline || b.Furniture || b.Kind != document.Paragraph {
			continue
		}
		for _, s := range b.Sentences {
			text := strings.TrimRight(b.Text[s.Start:s.End], " \t\"”’)")
			if strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") {
				if atLeastFields(text, notWordRune, leadWords) {
					return b.Index
				}
			}
		}
	}
	return -1
}

// clauseWords is how far before a relative word an event may be named: "a
// fire at one cafe that killed 25" names its event three words before it.
const clauseWords = 4

// toldOfAnEvent reports whether a count is told in a relative clause on a
// noun that names an event with a toll of its own ("the blasts which
// killed more than 250 people", "a fire at one cafe that killed 25
// people", "the disaster, which killed"): the way news recalls an event.
// before is the text of its sentence before the figure.
func toldOfAnEvent(before string) bool {
	words := strings.FieldsFunc(strings.ToLower(before), notWordRune)
	// back over the figure's qualifier ("more than", "at least") to its verb
	i := len(words) - 1
	for i >= 0 && extract.QualifierWord(words[i]) {
		i--
	}
	if i < 1 || !casualtyEvents[extract.EventOf(words[i])] && words[i] != "left" && words[i] != "claimed" {
		return false
	}
	if !extract.RelativeWord(words[i-1]) {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-1-clauseWords; j-- {
		if extract.EventNoun(words[j]) {
			return true
		}
	}
	return false
}

// recalledToll reports whether a count of src (the document's text, which
// claims' spans index) is a past event's toll: told of an event in a
// relative clause (toldOfAnEvent) whose sentence dates it to a year before
// the article's (year). A relative clause alone is no evidence: news of a
// shooting tells its own toll that way ("a shooting that killed one teen
// and wounded four others"); a year before the article's is.
// year is asked only of a toll told so, since an undated article's year
// is read from its whole text.
func recalledToll(src []byte, year func() int, c *claim.Claim) bool {
	if c.Span.End > len(src) {
		return false
	}
	before := src[max(0, c.Span.Start-200):c.Span.Start]
	if k := bytes.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	after := src[c.Span.End:min(len(src), c.Span.End+200)]
	if k := bytes.IndexAny(after, ".!?\n"); k >= 0 {
		after = after[:k]
	}
	if !toldOfAnEvent(string(before)) {
		return false
	}
	earliest := min(earliestYear(before), earliestYear(after))
	return earliest < math.MaxInt && earliest < year()
}

// yearPattern is a year of news: 1900 to 2099.
var yearPattern = regexp.MustCompile(`\b(19|20)\d\d\b`)

// earliestYear is the earliest year text gives, or a year past any.
func earliestYear(text []byte) int {
	earliest := math.MaxInt
	for _, m := range yearPattern.FindAll(text, -1) {
		y, _ := strconv.Atoi(string(m))
		earliest = min(earliest, y)
	}
	return earliest
}

// articleYear is the year of an article: its as_of (front matter date or
// dateline), else the latest year its text gives, or 0.
func articleYear(asOf string, src []byte) int {
	if y, _ := timeline.YearMonth(asOf); y != 0 {
		return y
	}
	latest := 0
	for _, m := range yearPattern.FindAll(src, -1) {
		y, _ := strconv.Atoi(string(m))
		latest = max(latest, y)
	}
	return latest
}

// noteNewsTally marks an article's first tally (noteFirstTally) when its
// news is casualties, leaving out the tolls it recalls; an article whose
// news is something else, a court's proceedings included, has none.
func noteNewsTally(d *document.Document, cs []*claim.Claim) {
	// the tolls may be the news where the headline or lead names a
	// casualty, the missing ("Six climbers missing after avalanche") or an
	// event with a toll of its own ("Storm batters the coast":
	// extract.EventNoun), whose dead a report may tell only further down;
	// the toll words are read only when the casualty words are not there
	news := casualtiesAreNews(d)
	if !news && !headlineOrLeadHolds(d, holdsTollWord) {
		noteBackground(cs)
	}
	if !news || proceedingsAreNews(d) {
		noteFirstTally(cs, func(*claim.Claim) bool { return true })
		return
	}
	asOf := ""
	if len(cs) > 0 {
		asOf = cs[0].AsOf
	}
	year := sync.OnceValue(func() int { return articleYear(asOf, d.Src) })
	noteFirstTally(cs, func(c *claim.Claim) bool { return recalledToll(d.Src, year, c) })
}

// noteBackground puts a doubt (claim.Weak "background") on the tolls of an
// article whose news is something else, no casualty and no event with a
// toll (noteNewsTally: a visit to a memorial, a vote): each is a past
// event's, recalled,
// and two of them are as often two events ("killed at one camp", "perished
// in the war") as one told twice, so the casualty rules within an article
// compare none of them (sameToll).
func noteBackground(cs []*claim.Claim) {
	for _, c := range cs {
		if c.Kind == claim.Count && casualtyTolls[c.Event] && c.Weak == "" && c.Incident == incident.Main {
			c.Edit().Weak = "background"
		}
	}
}

// casualtyTolls are the events the casualty rules count.
var casualtyTolls = map[string]bool{"killed": true, "injured": true, "missing": true}

// provisionalNote is the phrase by which an article says its account is
// not final ("This is a developing story. Check back for updates."), or
// "": its tolls are of the first hours, which a later report of the same
// day overtakes, no rival to it (the -across casualty rules). Page
// furniture is not read: a link to another story may be "a developing
// story" of its own.
func provisionalNote(d *document.Document) string {
	for _, b := range d.Blocks {
		if b.Furniture {
			continue
		}
		if note := extract.ProvisionalNote(b.Text); note != "" {
			return note
		}
	}
	return ""
}
