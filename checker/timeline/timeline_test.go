package timeline

import "testing"

func TestParse(t *testing.T) {
	for in, want := range map[string]string{
		"2026-02-27":                            "2026-02-27",
		"2026-02-27T06:00:00Z":                  "2026-02-27T06:00:00Z",
		"2026-02-27T08:00:00+02:00":             "2026-02-27T06:00:00Z",
		"2026-02-27 18:00":                      "2026-02-27T18:00:00Z",
		"Friday, February 21, 2014 6:31 PM EST": "2014-02-21T18:31:00Z",
		"February 21, 2014":                     "2014-02-21",
		"27 February 2026":                      "2026-02-27",
		"Jan. 5, 2017 4:10 p.m. EST":            "2017-01-05T16:10:00Z",
		"soon":                                  "",
		"":                                      "",
	} {
		if got := Parse(in); got != want {
			t.Errorf("Parse(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOfText(t *testing.T) {
	text := "Storm toll rises Posted: Friday, January 31, 2014 10:21 AM EST Updated: Friday, February 21, 2014 6:31 PM EST\n\nThe storm killed 14."
	if got := OfText(text); got != "2014-02-21T18:31:00Z" {
		t.Errorf("OfText = %q: the update, not the first posting", got)
	}
	if got := OfText("Published on March 3, 2025 at 9:05 AM\n\nText."); got != "2025-03-03T09:05:00Z" {
		t.Errorf("OfText published = %q", got)
	}
	if got := OfText("The council updated its plan for 2026 on Tuesday."); got != "" {
		t.Errorf("OfText of a sentence = %q", got)
	}
	if got := Of("2026-02-27T06:00:00Z", text); got != "2026-02-27T06:00:00Z" {
		t.Errorf("front matter first: %q", got)
	}
}

func TestOrder(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"2026-02-27T06:00:00Z", "2026-02-27T18:00:00Z", -1},
		{"2026-02-28", "2026-02-27T18:00:00Z", 1},
		{"2026-02-27", "2026-02-27T18:00:00Z", 0}, // the same day, one without a clock
		{"2026-02-27", "", 0},
		{"2026-02-26", "2026-02-27", -1},
	} {
		if got := Order(c.a, c.b); got != c.want {
			t.Errorf("Order(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	if Show("2026-02-27T06:00:00Z") != "27 Feb 2026 06:00" || Show("2026-02-27") != "27 Feb 2026" {
		t.Error(Show("2026-02-27T06:00:00Z"), Show("2026-02-27"))
	}
}

// Offsets survive letters whose lower case is longer (İ): the dateline is
// still read where it stands.
func TestOfTextAfterWideLetters(t *testing.T) {
	if got := OfText("İİİİ İstanbul Updated: March 3, 2025 9:05 AM UTC"); got != "2025-03-03T09:05:00Z" {
		t.Errorf("OfText = %q", got)
	}
}

func FuzzOfText(f *testing.F) {
	f.Add("Posted: Friday, January 31, 2014 10:21 AM EST Updated: Friday, February 21, 2014 6:31 PM EST")
	f.Add("updated")
	f.Fuzz(func(t *testing.T, s string) {
		if got := OfText(s); got != "" && Parse(got) != got {
			t.Fatalf("OfText(%q) = %q, which does not read back", s, got)
		}
	})
}

// A page's date printed on a line of its own under the headline is its
// time; a date inside a sentence, or further down, is not.
func TestOfTextReadsADateOnALineOfItsOwn(t *testing.T) {
	for text, want := range map[string]string{
		"# Ferry toll rises\n\n27 February 2026\n\nNine people died.":             "2026-02-27",
		"Ferry toll rises\nBy Ana Pérez\n*February 27, 2026 6:00 PM EST*\n\nText": "2026-02-27T18:00:00Z",
		"Ferry toll rises\n\nOn February 27, 2026 nine people died.":              "",
		"a\nb\nc\nd\ne\nf\n27 February 2026\n":                                    "",
	} {
		if got := OfText(text); got != want {
			t.Errorf("OfText(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestParseWithoutYearAllocatesNothing: a text with no four-digit year
// (an article without a front-matter date asks for "") is no time, known
// without trying every layout, each of which would allocate its error.
func TestParseWithoutYearAllocatesNothing(t *testing.T) {
	for _, s := range []string{"", "Tuesday", "March 3, 26"} {
		if got := Parse(s); got != "" {
			t.Errorf("Parse(%q) = %q, want none", s, got)
		}
		if n := testing.AllocsPerRun(10, func() { Parse(s) }); n != 0 {
			t.Errorf("Parse(%q) made %.0f allocations", s, n)
		}
	}
}

func TestYearMonth(t *testing.T) {
	for in, want := range map[string][2]int{
		"2016-07-17": {2016, 7}, "2016-07-17T06:00:00Z": {2016, 7}, "2016": {2016, 0},
		"2016-13-01": {2016, 0}, "": {0, 0}, "July 2016": {0, 0},
	} {
		if y, m := YearMonth(in); y != want[0] || m != want[1] {
			t.Errorf("YearMonth(%q) = %d, %d; want %d, %d", in, y, m, want[0], want[1])
		}
	}
}

// Labels are read in any case, without a lowered copy of the text: an
// article with no dateline costs no allocation.
func TestOfTextReadsLabelsInAnyCaseInPlace(t *testing.T) {
	if got := OfText("STORM TOLL RISES\nUPDATED: March 3, 2025 9:05 AM UTC\n\nText."); got != "2025-03-03T09:05:00Z" {
		t.Errorf("OfText of an upper-case label = %q", got)
	}
	if got := OfText("Pupils Posted: March 3, 2025\n"); got != "2025-03-03" {
		t.Errorf("OfText after a word with the label's initial = %q", got)
	}
	text := "Ministers Met In Paris On Tuesday. The Prime Minister Spoke Of Progress, Aides Said, And The Talks Resume Next Week."
	if allocs := testing.AllocsPerRun(20, func() { OfText(text) }); allocs != 0 {
		t.Errorf("OfText of a text without a dateline took %.0f allocations, want 0", allocs)
	}
}
