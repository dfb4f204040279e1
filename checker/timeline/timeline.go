// Package timeline reads when an article was written: its front matter's
// `date` (a day or a date-time) or, without one, an "Updated:" or "Posted:"
// line in its first paragraphs, as news sites print them. Claims carry the
// result as `as_of`, so rules read figures in time: a later article's toll
// supersedes an earlier one's instead of contradicting it.
package timeline

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Day and Instant are the two precisions of an as_of value: a day
// ("2026-02-27") or an instant in UTC ("2026-02-27T06:00:00Z").
const (
	dayLayout     = "2006-01-02"
	instantLayout = "2006-01-02T15:04:05Z"
)

// layouts are the forms front matter and datelines write times in, the
// precise first; a layout without a clock gives a day.
var layouts = []struct {
	layout string
	clock  bool
}{
	{time.RFC3339, true},
	{"2006-01-02T15:04:05", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02 15:04:05 -0700", true},
	{"2006-01-02 15:04:05", true},
	{"2006-01-02 15:04", true},
	{"Monday, January 2, 2006 3:04 PM MST", true},
	{"Monday, January 2, 2006 3:04 PM", true},
	{"January 2, 2006 3:04 PM MST", true},
	{"January 2, 2006 3:04 PM", true},
	{"Jan. 2, 2006 3:04 PM MST", true},
	{"Jan 2, 2006 3:04 PM MST", true},
	{"January 2, 2006, 3:04 PM", true},
	{"2 January 2006 15:04 MST", true},
	{"2 January 2006 15:04", true},
	{dayLayout, false},
	{"Monday, January 2, 2006", false},
	{"January 2, 2006", false},
	{"Jan. 2, 2006", false},
	{"Jan 2, 2006", false},
	{"2 January 2006", false},
	{"2 Jan 2006", false},
}

// Parse reads a time as front matter or a dateline writes it and returns
// its as_of form, or "" when it is no time this package knows.
func Parse(s string) string {
	if !hasYear(s) {
		// every layout writes a four-digit year: without one no layout
		// parses, and trying each would make an error apiece (an
		// article without a date asked them all)
		return ""
	}
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(strings.ReplaceAll(s, "a.m.", "AM"), "p.m.", "PM")
	for _, l := range layouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if !l.clock {
			return t.Format(dayLayout)
		}
		return t.UTC().Format(instantLayout)
	}
	return ""
}

// dateline reads "Updated: <time>" (or Posted, Published), from the start
// of the text it is given to the time's end.
var dateline = regexp.MustCompile(`^(?i:updated|posted|published)(?: on)?\s*:?\s+((?:[A-Z][a-z]+\.?,? )?(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d\d-\d\d)(?:,? (?:at )?\d{1,2}:\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?)`)

// labels open a dateline; the text is searched for them before the
// expression runs, which is most of the work on a text that has none.
var labels = []string{"updated", "posted", "published"}

// TextPrefix is how much of an article's text OfText reads: datelines
// stand at the top.
const TextPrefix = 2000

// OfText finds the time an article's text says it was last written: the
// last "Updated:" (or, without one, "Posted:") time in its first
// TextPrefix bytes, else a line of its first that holds only a date; ""
// when there is none.
func OfText(text string) string {
	if len(text) > TextPrefix {
		text = text[:TextPrefix]
	}
	best, updated := "", false
	for at := 0; at < len(text); {
		i, label := nextLabel(text, at)
		if i < 0 {
			break
		}
		at = i + len(label)
		m := dateline.FindStringSubmatch(text[i:min(len(text), i+120)])
		if m == nil {
			continue
		}
		t := Parse(strings.Replace(m[1], " at ", " ", 1))
		if t == "" {
			continue
		}
		isUpdate := label == "updated"
		if best == "" || isUpdate || !updated {
			best, updated = t, updated || isUpdate
		}
	}
	if best == "" {
		best = dateLine(text)
	}
	return best
}

// hasYear: four digits in a row, as every layout writes its year; a line
// without them is no date, and Parse need not try each layout on it.
func hasYear(line string) bool {
	run := 0
	for i := 0; i < len(line); i++ {
		if line[i] >= '0' && line[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// dateLines is how many of the text's first lines dateLine looks at: a
// page's date stands under its headline or its byline.
const dateLines = 6

// dateLine is the time of a line, among the text's first, that holds only a
// time ("27 February 2026", "February 27, 2026 6:00 PM EST"), as pages
// print their date apart without a label; "" when none does.
func dateLine(text string) string {
	i := 0
	for line := range strings.Lines(text) { // its newline is trimmed below
		if i++; i > dateLines {
			break
		}
		if line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "*_")); len(line) >= 8 && len(line) <= 60 && hasYear(line) {
			if t := Parse(line); t != "" {
				return t
			}
		}
	}
	return ""
}

// nextLabel finds the first label at or after from, in any case. It
// compares in place: lowering the text first copied the first TextPrefix
// bytes of every article, which most read for no label at all; and it
// reads two bytes in every stride of the text, not every byte
// (label_fast.go).
func nextLabel(text string, from int) (int, string) { return sampledNextLabel(text, from) }

// hasPrefixLowerASCII reports whether s begins with lower, a lower-case
// ASCII word, in any case of its ASCII letters (as fold.LowerASCII lowers
// them).
func hasPrefixLowerASCII(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	for k := 0; k < len(lower); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[k] {
			return false
		}
	}
	return true
}

// Of is an article's as_of: its front matter date where it parses, else
// the time its text gives.
func Of(frontMatterDate, text string) string {
	if t := Parse(frontMatterDate); t != "" {
		return t
	}
	return OfText(text)
}

// Order compares two as_of values: -1 when a is known to be earlier, 1 when
// later, 0 when they are the same time or their order cannot be told (one
// unknown, or the same day where one has no clock).
func Order(a, b string) int {
	if a == "" || b == "" || a == b {
		return 0
	}
	if len(a) == len(dayLayout) || len(b) == len(dayLayout) {
		da, db := a[:len(dayLayout)], b[:len(dayLayout)]
		if da == db {
			return 0
		}
		a, b = da, db
	}
	return strings.Compare(a, b)
}

// Show prints an as_of value for a message: "27 Feb 2026 06:00" or
// "27 Feb 2026".
func Show(asOf string) string {
	if t, err := time.Parse(instantLayout, asOf); err == nil {
		return t.Format("2 Jan 2006 15:04")
	}
	if t, err := time.Parse(dayLayout, asOf); err == nil {
		return t.Format("2 Jan 2006")
	}
	return asOf
}

// YearMonth reads the year and month of a date or an as_of ("2016-07-17",
// "2016-07-17T06:00:00Z", "2016"): zeros for what it does not give.
func YearMonth(date string) (year, month int) {
	if len(date) < 4 {
		return 0, 0
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return 0, 0
	}
	if len(date) >= 7 && date[4] == '-' {
		if m, err := strconv.Atoi(date[5:7]); err == nil && m >= 1 && m <= 12 {
			return y, m
		}
	}
	return y, 0
}
