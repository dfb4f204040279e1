package document

import (
	"regexp"
	"strings"
	"unicode"
)

// Page furniture is the text a scraped news page carries around the
// article's own report: a widget of other clips, links to other stories, a
// "Posted at" line, a wire photo's caption. Its figures are of other
// stories or of an earlier telling ("RELATED: Two hurt in Elm St crash"
// may be last month's), so the claims read from it must not stand for the
// article's figure. markFurniture sets Block.Furniture. It is
// conservative: a block is furniture only where its own words say so, and
// a paragraph that merely starts with a verb ("Watch the video below",
// "Posted officers at the door") is the article's.
//
// Examples, each a block on its own:
//
//	Caption Two hurt as fire spreads through a warehouse   (a clip widget's caption)
//	RELATED: Three injured in second crash this week       (link label)
//	Watch: Firefighters battle the blaze                   (clip label)
//	Posted at 6:15 PM, Mar 3, 2024                         (time stamp line)
//	A reporter sums up the night. (Posted on: May 2, 2024) (a clip's description)
//	SPRINGFIELD, IL - MAY 2: Mourners gather at a vigil    (a wire photo's caption)
func markFurniture(blocks []*Block) {
	for _, b := range blocks {
		b.Furniture = b.Kind != Title && furnitureLine(b.Text)
	}
}

// furnitureLine reports whether a block's own words mark it as furniture:
// a link or clip label, a clip's posting date, a time stamp line, a wire
// photo's caption.
func furnitureLine(text string) bool {
	return labelled(text) || postedEnds(text) || stampLine(text) || agencyCaption.MatchString(text)
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
	head, _, ok := strings.Cut(text, ":")
	if !ok || len(head) > longestLabel {
		return false
	}
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
	return wordCount(text) <= maxStampWords && stamp.MatchString(text)
}

// agencyCaption is a wire photo's caption: "SPRINGFIELD, IL - MAY 2: …",
// the place in capitals, a dash, the day in capitals and a colon.
var agencyCaption = regexp.MustCompile(`^[A-Z][A-Z.' ]+, [A-Z][A-Za-z.]* ?[-–—] ?(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}(?:, \d{4})?: `)

func wordCount(s string) int { return len(strings.Fields(s)) }
