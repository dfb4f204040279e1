package document

import (
	"regexp"
	"strings"
	"unicode"
)

// Page furniture is the text a scraped news page carries around the
// article's own report: a video playlist, a widget of other clips, links
// and lists of other stories, a "Posted at" line, a wire photo's caption.
// Its figures are of other stories or of an earlier telling ("RELATED: Two
// hurt in Elm St crash" may be last month's), so the claims read from it
// must not stand for the article's figure. markFurniture sets
// Block.Furniture. It is conservative: a block is furniture only where its
// own words or a list label before it say so, and a paragraph that merely
// starts with a verb ("Watch the video below", "Posted officers at the
// door") is the article's.
//
// Examples, each a block on its own:
//
//	Caption Two hurt as fire spreads through a warehouse   (a clip widget's caption)
//	RELATED: Three injured in second crash this week       (link label)
//	Watch: Firefighters battle the blaze                   (clip label)
//	Posted at 6:15 PM, Mar 3, 2024                         (time stamp line)
//	A reporter sums up the night. (Posted on: May 2, 2024) (a clip's description)
//	SPRINGFIELD, IL - MAY 2: Mourners gather at a vigil    (a wire photo's caption)
//	0:50 One dead after a crash on Route 9                 (a playlist: a clip's length leads)
//	Related stories                                        (a related list's label: it and
//	+ Two hurt as a crane falls at the harbour              the teasers after it)
func markFurniture(blocks []*Block) {
	list := 0 // teasers of a related list that may still come
	for i, b := range blocks {
		switch {
		case b.Kind == Title:
			list = 0
		case relatedListLabel(b.Text):
			b.Furniture, list = true, maxListItems
		case list > 0 && teaser(b.Text):
			b.Furniture = true
			list--
		default:
			list = 0
			b.Furniture = furnitureLine(b.Text) || playlistEntry(blocks, i)
		}
	}
}

// furnitureLine reports whether a block's own words mark it as furniture:
// a link or clip label, a clip's posting date, a time stamp line, a wire
// photo's caption.
func furnitureLine(text string) bool {
	return labelled(text) || postedEnds(text) || stampLine(text) || mayBeCaption(text) && agencyCaption.MatchString(text)
}

// labels open a link to another story or a clip; each must be followed by
// a colon, so "Watch the video below" or "More officers arrived" stay the
// article's. "Photo:" and "PREVIOUS STORY:" are not among them: a page's
// own photos and its earlier report tell the article's incident.
var labels = []string{
	"video", "watch", "related", "related story", "related stories", "related coverage",
	"related link", "more", "read more", "read", "see also", "also", "also read",
	"more coverage", "more news", "link", "listen",
}

// longestLabel bounds the text before a colon that may be a label.
const longestLabel = len("related coverage")

// labelled reports whether the text opens with a label and its colon, or
// with "Caption" before the title of a clip or photo ("Caption Two men
// hurt in crash"), as a widget of other stories writes it. A gallery of
// the article's own photos writes "Caption Close" or "Caption +" and tells
// the article's incident.
func labelled(text string) bool {
	if rest, ok := strings.CutPrefix(text, "Caption "); ok {
		if unicode.IsUpper(firstRune(rest)) && !strings.HasPrefix(rest, "Close") {
			return true
		}
	}
	// a colon past the longest label's length cannot end one: only the
	// label's length of a long paragraph is searched
	colon := strings.IndexByte(text[:min(len(text), longestLabel+1)], ':')
	if colon < 0 {
		return false
	}
	head := text[:colon]
	head = strings.ToLower(strings.TrimSpace(head))
	for _, l := range labels {
		if head == l {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// postedEnd: a clip's description ends with the date it was posted, in
// parentheses: "(Posted on: March 3, 2024)". A photo's credit ("(Photo:
// Jane Roe)") does not make furniture: a page's lead photo shows the
// article's incident.
var postedEnd = regexp.MustCompile(`\((?i:posted)\b[^()]*\)\s*$`)

func postedEnds(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), ")") && postedEnd.MatchString(text)
}

// stamp: "Posted at 6:15 PM", "Updated: March 3, 2024 10:02 AM",
// "Published Mar 3": posted, updated or published, perhaps "on" or "at"
// or a colon, then a date or a time.
var stamp = regexp.MustCompile(`^(?i:posted|updated|last updated|published|originally published)(?::|\s+(?i:on|at))?:?\s+(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)`)

// maxStampWords bounds a time stamp line: "Updated figures show 40 dead"
// fails the pattern, and a long paragraph that opens with "Posted on
// Friday, the notice said …" is a sentence of the article.
const maxStampWords = 16

func stampLine(text string) bool {
	return stampStarts.startsWith(text) && atMostWords(text, maxStampWords) && stamp.MatchString(text)
}

// agencyCaption is a wire photo's caption: "SPRINGFIELD, IL - MAY 2: …",
// the place in capitals, a dash, the day in capitals and a colon.
var agencyCaption = regexp.MustCompile(`^[A-Z][A-Z.' ]+, [A-Z][A-Za-z.]* ?[-–—] ?(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}(?:, \d{4})?: `)

// atMostWords says whether s has n words or fewer; it stops counting after
// n, since most blocks asked about are long paragraphs.
func atMostWords(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			if words++; words > n {
				return false
			}
		}
		in = !space
	}
	return true
}

// A related list holds a few teasers; the first block after its label
// that is no teaser is the article again (a widget whose links were not
// scraped leaves its label alone before the article's next paragraph).
const (
	maxListItems   = 12
	maxTeaserWords = 30
)

// teaser: a linked headline, a few words with no stop at its end ("+ Two
// hurt in crash on Route 9", "Bridge to close for a month"); a sentence of
// the article ends with one.
func teaser(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || !atMostWords(t, maxTeaserWords) {
		return false
	}
	for _, stop := range []string{".", "!", "?", "\"", "”", "’", ":"} {
		if strings.HasSuffix(t, stop) {
			return false
		}
	}
	return true
}

// relatedListLabel is a short line that heads a list of other stories and
// says nothing more: "Related stories", "More stories you may like on
// Channel 7", "You may also like". "Related Headlines Photos of the
// victim" is a label and its one link, with no list after it.
func relatedListLabel(text string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), ":")
	if !listLabelStarts.startsWith(t) {
		return false
	}
	for _, l := range listLabels {
		if strings.EqualFold(t, l) || prefixFold(t, l, " on ") || prefixFold(t, l, " from ") || siteLabel(t, l) {
			return true
		}
	}
	return false
}

// maxSiteLabelWords bounds a label that names its site ("MORE FROM THE
// HERALD", "More on WAVE3.com"): a line, not a sentence.
const maxSiteLabelWords = 8

// siteLabel: a label that ends in "from" or "on" and names the site after
// it, on a short line of its own with no stop at its end.
func siteLabel(t, label string) bool {
	if !strings.HasSuffix(label, " from") && !strings.HasSuffix(label, " on") {
		return false
	}
	return prefixFold(t, label, " ") && atMostWords(t, maxSiteLabelWords) && teaser(t)
}

// prefixFold says whether t opens with label and then sep, in any case;
// it folds only the prefix, not the whole block (most blocks are long).
// An ASCII prefix is compared part by part (asciiPrefixFold), without
// joining label and sep for every label a block is asked about.
func prefixFold(t, label, sep string) bool {
	n := len(label) + len(sep)
	if len(t) < n {
		return false
	}
	if ok, decided := asciiPrefixFold(t[:n], label, sep); decided {
		return ok
	}
	return strings.EqualFold(t[:n], label+sep)
}

var listLabels = []string{
	"related", "related stories", "related articles", "related content", "related coverage",
	"related links", "related headlines", "more stories", "more stories you may like",
	"more headlines", "you may also like", "you might also like", "recommended for you",
	"recommended stories", "trending stories", "trending now", "most popular", "top stories",
	"more from", "more on", "read next", "what to read next",
}

// clipLength leads a video player's list: each clip's length before its
// title ("1:42 Two hurt as fire spreads").
var clipLength = regexp.MustCompile(`^\d{1,2}:[0-5]\d(?::[0-5]\d)? +(\S+)`)

// playlistEntry: a block led by a clip's length is furniture where it
// cannot be a time of day ("0:50", a clip ending with "Pause", the player's
// button) or where it is a title, with no stop, and a block beside it is
// led by one too: "10:15 p.m. Police arrive" is a time, and a live blog's
// "10:15 Police arrive at the bridge." is the article's.
func playlistEntry(blocks []*Block, i int) bool {
	if !ledByClip(blocks[i]) {
		return false
	}
	text := blocks[i].Text
	if strings.HasPrefix(text, "0:") || strings.HasSuffix(text, " Pause") {
		return true
	}
	return teaser(text) && ((i > 0 && ledByClip(blocks[i-1])) || (i+1 < len(blocks) && ledByClip(blocks[i+1])))
}

func ledByClip(b *Block) bool {
	if !clipStarts.startsWith(b.Text) {
		return false
	}
	m := clipLength.FindStringSubmatch(b.Text)
	return m != nil && !clockWord(m[1])
}

// clockWord: a word after a time of day, not a clip's title.
func clockWord(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ",:;")) {
	case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "o’clock", "hours", "et", "ct", "mt", "pt", "est", "cst", "pst", "edt", "cdt", "pdt", "utc", "gmt":
		return true
	}
	return false
}
