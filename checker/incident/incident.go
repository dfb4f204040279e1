// Package incident reads an article's counts of casualties after extraction
// and says, for each, which incident it speaks of (the lead's, another one,
// or one the text does not tell), which group of people it counts (victims,
// suspects, officers), and what in its sentence makes it doubtful as the
// whole toll of that group (a condition or place that splits the victims, a
// breakdown by kind of person, an age read as a count, a quotation, a
// gunman who may or may not be counted).
//
// News reports often tell of several incidents (a roundup, "in a separate
// shooting", last year's attack recalled as background) and of several
// groups, and give parts of a toll beside the toll ("two at the scene, one
// at the hospital"). Rules inside an article compare only figures that this
// package marks as the same incident and group with no doubt: the evidence
// of sameness a finding needs.
package incident

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/fold"
	"github.com/factlint/factlint/checker/timeline"
)

// The values Mark gives claim.Incident and claim.Group.
const (
	Main  = "main"  // the incident the headline and lead report
	Other = "other" // another incident, an aggregate of several, or background

	Victims  = "victims"
	Suspects = "suspects"
	Officers = "officers"
)

// casualtyEvents are the events whose counts are tolls of people.
var casualtyEvents = map[string]bool{"killed": true, "injured": true, "shot": true, "missing": true}

// Mark sets Incident, Group and Weak on every casualty count of a, read
// in the sentences of d, and clears them on every other claim, so a claim's
// fields never depend on what a reused claim held before; then it moves a
// primary mark off a figure of another incident (ownPrimaries).
func Mark(d *document.Document, a *claim.Article) {
	sents := sentences(d, a.Claims)
	year, month := timeline.YearMonth(a.Date)
	cues := sentenceCues(a.Claims, sents, year, month)
	multi := false // some casualty figure tells of another incident
	for i, c := range a.Claims {
		multi = multi || c.Kind == claim.Count && casualtyEvents[c.Event] && cues[sents[i]] != ""
	}
	lead := leadParagraph(a.Claims, sents, cues)
	var leadNames map[string]bool
	if multi {
		leadNames = names(a.Claims, sents, cues, lead)
	}
	subjects := subjectsByEvent(a.Claims, sents)
	updates := liveUpdates(d)
	read := map[sentence]*reading{}       // each sentence read once, however many figures it holds
	recalled := map[*claim.Claim]string{} // figures of another incident recalled by a date in their sentence or paragraph
	// the facets a claim's marks copied are shared again once the loop is
	// past it, so a huge article does not hold a copy for each of its
	// counts of people at once
	var facets claim.Interner
	shares := len(a.Claims) >= claim.ShareFrom
	for i, c := range a.Claims {
		if shares && i > 0 {
			facets.Share(a.Claims[i-1 : i])
		}
		if c.Incident != "" || c.Group != "" || c.Weak != "" {
			f := c.Edit()
			f.Incident, f.Group, f.Weak = "", "", ""
		}
		if c.Kind != claim.Count || !casualtyEvents[c.Event] {
			continue
		}
		g := group(c.Subject)
		if g == "" {
			continue
		}
		c.Edit().Group = g
		r := read[sents[i]]
		if r == nil {
			r = readSentence(sents[i].text, leadNames)
			read[sents[i]] = r
		}
		switch {
		case cues[sents[i]] != "" || sents[i].block.Furniture:
			c.Edit().Incident = Other
			scopeToOther(c, cues[sents[i]])
			if cue := cues[sents[i]]; c.Scope == "" && cue != "" {
				recalled[c] = cue
			}
		case !multi || c.InHeadline || c.Paragraph == lead || r.sharedNames >= 2:
			c.Edit().Incident = Main
		}
		c.Edit().Weak = weakness(c, sents[i], r, subjects)
		if c.Weak == "" && updates[sents[i].block] {
			c.Edit().Weak = "update"
		}
	}
	if shares {
		facets.Share(a.Claims[len(a.Claims)-1:])
	}
	markParts(a.Claims, sents)
	markFatesOfAGroup(a.Claims, sents)
	markEpisodes(a.Claims, sents)
	markHeadlineClauses(a.Claims, sents)
	supersedeLaterDeaths(a.Claims)
	supersedeLoneVictim(d, a.Claims, sents)
	scopeRecalled(a.Claims, recalled)
	deathRetold(a.Claims)
	sameNameApart(a.Claims)
	theSameOneApart(a.Claims)
	roundupHeadline(a.Claims)
	ownPrimaries(a.Claims)
	ownDatedLead(a.Claims)
}

// scopeToOther gives a figure of several incidents, or of one the text
// sets apart, the words that say so as its scope ("shootings across the
// city", "so far this year", "in a separate shooting"), as extraction
// scopes "since February": it counts another scope than the article's own
// toll, so where the article tells no toll of its own, nothing reads a
// roundup's dead as the story's. A recalled date ("in November", "last
// year") gives none: a report on a trial or a funeral recalls its own
// shooting by its date. A figure extraction already scoped keeps its scope.
func scopeToOther(c *claim.Claim, cue string) {
	if c.Scope == "" && apartCue.MatchString(cue) {
		c.Edit().Scope = cue
	}
}

// apartCue matches the cues of otherIncident and otherSpan that gather
// several incidents or set one apart, and the date of a dated list's
// entry, not those that only date one.
var apartCue = regexp.MustCompile(`^(?:shootings|incidents|other (?:shootings|incidents)|homicides|murders|citywide|city-wide|statewide|nationwide|across the .*|so far this|this year|year to date|a spate|a string of|a rash of|\d+-hour span|span of|separate|unrelated|retaliation (?:for|to)|in one (?:shooting|incident|attack)|in .*(?:hours|days|weeks|months)|[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?)$`)

// liveUpdate opens a paragraph of a live report: a time stamp ("4:06
// p.m.:", "16:20 -") or "Update:" / "UPDATE".
var liveUpdate = regexp.MustCompile(`^(?:\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[:\-–—]|(?i:update[ds]?)\b\s*[:\-–—]?)`)

// liveUpdates finds the paragraphs of a live report. A figure in one is
// the figure at that moment: an article told as updates gives the toll as
// it rose, and two of its figures are two times, not a contradiction.
func liveUpdates(d *document.Document) map[*document.Block]bool {
	out := map[*document.Block]bool{}
	for _, b := range d.Blocks {
		if text := strings.TrimSpace(b.Text); mayOpenLiveUpdate(text) && liveUpdate.MatchString(text) {
			out[b] = true
		}
	}
	return out
}

// sentence is one sentence of a document: its block and its text.
type sentence struct {
	block *document.Block
	text  string
}

// next is the sentence after s in its block, or "": "One person was
// hurt. The other was not." splits two victims over two sentences.
func (s sentence) next() string {
	if s.block == nil || len(s.block.Sentences) > maxBlockSentences {
		return "" // a block of thousands of sentences is no paragraph of news
	}
	for i, sp := range s.block.Sentences {
		if sp.End <= len(s.block.Text) && s.block.Text[sp.Start:sp.End] == s.text && i+1 < len(s.block.Sentences) {
			n := s.block.Sentences[i+1]
			if n.End <= len(s.block.Text) {
				return s.block.Text[n.Start:n.End]
			}
		}
	}
	return ""
}

// maxBlockSentences bounds the block next searches for a sentence.
const maxBlockSentences = 64

// sentences finds the sentence each claim stands in (nil block: none),
// by the claim's place in the file.
func sentences(d *document.Document, cs []*claim.Claim) []sentence {
	blocks := map[int]*document.Block{}
	for _, b := range d.Blocks {
		blocks[b.Index] = b
	}
	out := make([]sentence, len(cs))
	for i, c := range cs {
		b := blocks[c.Paragraph]
		if b == nil {
			continue
		}
		out[i] = sentence{block: b, text: b.Text}
		// the first sentence that ends after the claim starts holds it
		j := sort.Search(len(b.Sentences), func(j int) bool { return b.SourceSpan(b.Sentences[j]).End > c.Span.Start })
		if j < len(b.Sentences) {
			if sp := b.Sentences[j]; b.SourceSpan(sp).Start <= c.Span.Start {
				out[i].text = b.Text[sp.Start:sp.End]
			}
		}
	}
	return out
}

// sentenceCues finds, for every sentence that holds a claim, the words that
// place it in another incident. A cue carries to the later sentences of its
// paragraph: "In a separate shooting, a man was hit. He was taken to a
// hospital." tells of one other incident in two sentences.
func sentenceCues(cs []*claim.Claim, sents []sentence, year, month int) map[sentence]string {
	cues := map[sentence]string{}
	carried := map[*document.Block]string{} // the cue that opened another incident in a block
	// the blocks that give a casualty figure: only those figures' cues
	// are read, and a cue carries only within its block, so the
	// sentences of the other blocks (most of an article) are not scanned
	counting := map[*document.Block]bool{}
	for i, c := range cs {
		if c.Kind == claim.Count && casualtyEvents[c.Event] {
			counting[sents[i].block] = true
		}
	}
	for i, c := range cs {
		k := sents[i]
		if _, done := cues[k]; done || k.block == nil || !counting[k.block] {
			continue
		}
		cue := otherIncidentCue(k.text, year, month)
		if cue == "" && !c.InHeadline && !sameIncident.holds(k.text) {
			cue = carried[k.block]
		}
		if cue != "" && !c.InHeadline {
			carried[k.block] = cue
		}
		cues[k] = cue
	}
	return cues
}

// sameIncident matches words that tie a sentence to the incident told
// before it ("around the same time", "in the same shooting"): another
// incident's cue does not carry into it.
var sameIncident = newWordCues("the same place", "the same time", "the same shooting", "the same incident", "the same attack",
	"the same vicinity", "the same location", "the same scene")

// leadParagraph is the first body paragraph that gives a casualty figure and
// does not tell of another incident: in an article that tells of several,
// the lead's figures are the ones of the incident it is about. -1: none.
func leadParagraph(cs []*claim.Claim, sents []sentence, cues map[sentence]string) int {
	for i, c := range cs {
		if c.Kind == claim.Count && casualtyEvents[c.Event] && !c.InHeadline && cues[sents[i]] == "" {
			return c.Paragraph
		}
	}
	return -1
}

// names collects the capitalised words of the headline's and the lead's
// casualty sentences: the places and people of the main incident, which a
// later sentence about it names again ("in the Brighton Park
// neighborhood", "in Idlib").
func names(cs []*claim.Claim, sents []sentence, cues map[sentence]string, lead int) map[string]bool {
	out := map[string]bool{}
	done := map[sentence]bool{}
	for i, c := range cs {
		if c.Kind == claim.Count && casualtyEvents[c.Event] && (c.InHeadline || c.Paragraph == lead) && cues[sents[i]] == "" && !done[sents[i]] {
			done[sents[i]] = true
			for _, w := range capitalised(sents[i].text) {
				out[w] = true
			}
		}
	}
	return out
}

// sharedNames counts the distinct capitalised words of sentence that names holds.
func sharedNames(sentence string, names map[string]bool) int {
	seen := map[string]bool{}
	for _, w := range capitalised(sentence) {
		if names[w] {
			seen[w] = true
		}
	}
	return len(seen)
}

// commonCapitals are capitalised words that name no place or person of an
// incident: they open clauses, or every report has them.
var commonCapitals = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "They": true, "It": true, "In": true, "On": true,
	"At": true, "Police": true, "Officers": true, "Officer": true, "Department": true, "County": true, "City": true,
	"Street": true, "Avenue": true, "Road": true, "Sheriff": true, "Office": true, "News": true, "Mr": true, "Ms": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sept": true, "Sep": true,
	"Oct": true, "Nov": true, "Dec": true,
}

// capitalised lists the words of s that start with a capital, except the
// sentence's first word and common ones, with a possessive dropped
// ("Syria’s" is Syria).
func capitalised(s string) []string {
	var out []string
	for i, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '’' && r != '\'' })
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		r, _ := utf8.DecodeRuneInString(w)
		if i == 0 || len(w) < 3 || !unicode.IsUpper(r) || commonCapitals[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// otherIncident matches words that tell of an incident other than the
// lead's: another shooting, an aggregate over several (citywide, this
// year, "shootings"), or one in the past.
var otherIncident = newPhrases(`\b(separate|unrelated|another (?:shooting|incident|attack)|other (?:shootings|incidents)|(?:a|the) (?:second|third|previous|earlier|prior) (?:shooting|incident|attack)|earlier (?:shooting|incident)|previous(?:ly)?|last (?:year|summer|spring|fall|autumn|winter|month)|(?:a|one|two|three|several|\d+) (?:years?|months?|decades?)(?: and a half)? ago|retaliation (?:for|to)|earlier this (?:year|month)|this year|so far this|year to date|citywide|city-wide|statewide|nationwide|across the (?:city|state|country|nation)|homicides|murders|shootings|in one (?:shooting|incident|attack)|in addition to|most recently|a spate|a string of|a rash of|weekend violence|incidents|over the (?:\w+ ){0,3}(?:weekend|holiday)|\d+-hour span|span of)\b`,
	// one of these is in every match (a hyphenated word is one word)
	"separate", "unrelated", "other shootings", "other incidents", "another shooting", "another incident",
	"another attack", "second shooting", "second incident", "second attack", "third shooting", "third incident",
	"third attack", "previous", "previously", "earlier shooting", "earlier incident", "earlier attack",
	"earlier this", "prior shooting", "prior incident", "prior attack", "last year", "last summer",
	"last spring", "last fall", "last autumn", "last winter", "last month", "ago", "this year", "so far",
	"year to", "citywide", "city-wide", "statewide", "nationwide", "across the", "homicides", "murders",
	"shootings", "in one", "in addition", "most recently", "spate", "string of", "rash of", "weekend", "incidents",
	"holiday", "span", "retaliation for", "retaliation to")

// notApart matches words that name other incidents or cases without
// telling of one: a ranking among them ("in one of the city's worst mass
// shootings" is the lead's own shooting), a case of another kind ("was
// arrested in an unrelated case") and the outlet's earlier report of the
// story ("PREVIOUS STORY:", "as News 4 previously reported"), which an
// update retells.
var notApart = regexp.MustCompile(`\bone of the (?:[\w'’-]+ ){0,4}(?:shootings|incidents|attacks|homicides|murders)\b|\bunrelated (?:[\w-]+ (?:and |or )?){0,3}(?:case|cases|charges?|matter|arrest|warrants?|offenses?)\b|\bprevious(?:ly)? (?:stor(?:y|ies)|report(?:ed|s)?)\b`)

// otherSpan matches a span of time that gathers several incidents: "in
// the past 48 hours", "in three days", "in the past two months" (a tally
// of the children shot in a city, of which the lead's is the latest).
var otherSpan = newPhrases(`\b(in (?:less than |under |the past |the last )?(?:\d+|two|three|four|five|six|several) (?:hours|days|weeks|months))\b`, "hours", "days", "weeks", "months")

// listItem matches a paragraph that opens with a bullet: in news text, a
// roundup's entries or links to other stories.
var listItem = regexp.MustCompile(`^\s*[+•*»▸·]\s`)

// datedEntry matches a paragraph that opens on a day and a colon ("June
// 23: a 4-year-old found a gun …", "Sept. 22, 2015: …"): an entry of a
// dated list of incidents, a year's shootings told one a paragraph below
// the article's own. Its submatch is the date, the entry's scope.
var datedEntry = regexp.MustCompile(`^((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}(?:, \d{4})?):\s`)

// monthWord matches a month named in a sentence.
var monthWord = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`)

// yearWord matches a year written in a sentence.
var yearWord = regexp.MustCompile(`\b(19[5-9]\d|20\d\d)\b`)

// otherIncidentCue is the word in sentence that tells of another incident,
// or "". A year other than the article's is such a word: "in 2016, 762
// people were killed" is a citywide tally, not the lead's shooting.
func otherIncidentCue(sentence string, year, month int) string {
	lower := fold.LowerASCII(sentence)
	if strings.Contains(lower, "one of the ") || strings.Contains(lower, "unrelated ") || strings.Contains(lower, "previous") {
		// the expression's own anchors: most sentences have none, and
		// a replace costs a backtracking run of the whole sentence
		lower = notApart.ReplaceAllString(lower, "")
	}
	if m := otherIncident.find(lower); m != "" {
		return m
	}
	if m := otherSpan.find(lower); m != "" {
		return m
	}
	if listItem.MatchString(sentence) {
		return "list"
	}
	if m := datedEntry.FindStringSubmatch(sentence); m != nil {
		return m[1]
	}
	if year == 0 {
		return recalledYear(sentence)
	}
	// "a block from where five people were wounded in a December shooting"
	// in an article of March; May is also a verb, so it is not read as one
	for _, m := range findMonths(sentence) {
		if month != 0 && m != "May" && monthNumber[m] != month && monthNumber[m] != month-1 && !(month == 1 && monthNumber[m] == 12) {
			return m
		}
	}
	for _, at := range findYears(sentence) {
		y := sentence[at[0]:at[1]]
		if n, _ := strconv.Atoi(y); n != year && !blockNumber(sentence[at[1]:]) {
			return y
		}
	}
	return ""
}

// inYear matches a year told as the time of an event: "in 1998".
var inYear = regexp.MustCompile(`\b[Ii]n (19\d\d|20\d\d)\b`)

// recalledYear is the year of an undated article's sentence that tells its
// event "in 1998", or "": with no date of its own to weigh it against, an
// article that puts a toll in a year of its own tells of a past event
// recalled ("the hurricane killed about 10,000 people in 1998"), which is
// not the toll its other figures give. A year told otherwise ("the 2004
// tsunami", "the 2000 block") is no such cue.
func recalledYear(sentence string) string {
	for _, m := range findInYears(sentence) {
		if !blockNumber(sentence[m[1]:]) {
			return sentence[m[2]:m[3]]
		}
	}
	return ""
}

// blockNumber: the words after a number make it an address ("the 2000
// block of Northwest 18th Terrace"), not a year.
func blockNumber(after string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimLeft(after, " -")), "block")
}

// monthNumber numbers the months.
var monthNumber = map[string]int{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
	"July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
	"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sep.": 9, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
