package rules

import (
	"strings"
	"testing"
)

// Quoted keeps the words inside each kind of quotation mark, closed by
// any of its closing marks, and a text without one whole.
func TestQuotedMarks(t *testing.T) {
	for text, want := range map[string]string{
		`“We tried,” she said. “We failed.”`:      "We tried … We failed.",
		`“Gone,” he said, “all of it,” and left`:  "Gone … all of it",
		`“,” she said. “Only this.”`:              "Only this.",
		`He said "it is over" and left`:           "it is over",
		`Il a dit « c’est fini » hier`:            "c’est fini",
		`Er sagte „es ist vorbei“ gestern`:        "es ist vorbei",
		`“Mixed marks" close too`:                 "Mixed marks",
		`No quotation at all`:                     "No quotation at all",
		`An opening mark “that never closes`:      "that never closes",
		`'Single marks' open no quotation, ‘nor’`: `'Single marks' open no quotation, ‘nor’`,
	} {
		if got := Quoted(text); got != want {
			t.Errorf("Quoted(%q) = %q, want %q", text, got, want)
		}
	}
}

// Quoted runs over the text of every quote a rule across articles
// compares; most of it is outside any mark.
func BenchmarkQuoted(b *testing.B) {
	text := strings.Repeat("The council said on Tuesday that the plan would go ahead, ", 10) + `“We will build it,” the mayor said.`
	b.ReportAllocs()
	for b.Loop() {
		Quoted(text)
	}
}

// quotedByRunes is Quoted as first written, rune by rune: the reference
// the search by bytes (quoted.go) must agree with.
func quotedByRunes(text string) string {
	var fragments []string
	add := func(fragment string) {
		if f := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(fragment), ",")); f != "" {
			fragments = append(fragments, f)
		}
	}
	inside, closers, start := false, "", 0
	for i, r := range text {
		switch {
		case !inside && closingMarks(r) != "":
			inside, closers, start = true, closingMarks(r), i+len(string(r))
		case inside && strings.ContainsRune(closers, r):
			add(text[start:i])
			inside = false
		}
	}
	if inside {
		add(text[start:])
	}
	if len(fragments) == 0 {
		return text
	}
	return strings.Join(fragments, " … ")
}

// quotedPieces are what texts of quotations are made of here: every mark,
// words and spaces, a mark's bytes cut short and bytes that are no UTF-8.
var quotedPieces = []string{"“", "”", "\"", "«", "»", "„", "‘", "’", " ", "  ", "we", "said", ",", ".",
	"\xe2\x80", "\xe2", "\xc2", "\x80\x9c", "\xff", "é", "—"}

// Quoted finds the marks by their bytes and gives what reading the text
// rune by rune gives, for every text of up to four pieces and for long
// random ones.
func TestQuotedEqualsReadingRuneByRune(t *testing.T) {
	check := func(text string) {
		if got, want := Quoted(text), quotedByRunes(text); got != want {
			t.Fatalf("Quoted(%q) = %q, reading rune by rune gives %q", text, got, want)
		}
	}
	var build func(prefix string, n int)
	build = func(prefix string, n int) {
		check(prefix)
		if n == 0 {
			return
		}
		for _, p := range quotedPieces {
			build(prefix+p, n-1)
		}
	}
	build("", 4)
	seed := uint32(7)
	for range 20000 {
		var b strings.Builder
		for range 1 + seed%40 {
			seed = seed*1664525 + 1013904223
			b.WriteString(quotedPieces[(seed>>16)%uint32(len(quotedPieces))])
		}
		check(b.String())
	}
}

// FuzzQuoted holds Quoted to the rune-by-rune reading on any text.
func FuzzQuoted(f *testing.F) {
	f.Add(`“We tried,” she said. “We failed.”`)
	f.Add("„es“ « oui » \"x”")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Quoted(text), quotedByRunes(text); got != want {
			t.Fatalf("Quoted(%q) = %q, want %q", text, got, want)
		}
	})
}

// A text of one quotation costs no allocation: its words are a slice of
// the text.
func TestQuotedOneQuotationAllocatesNothing(t *testing.T) {
	text := `The mayor said: “We will build it on time.”`
	if n := testing.AllocsPerRun(100, func() { _ = Quoted(text) }); n != 0 {
		t.Errorf("Quoted of one quotation took %.0f allocations, want none", n)
	}
}

// nextOpening's bytes are the marks closingMarks knows, no more and no
// fewer: a mark added to one and not the other fails here.
func TestNextOpeningFindsEveryMarkClosingMarksKnows(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		want := closingMarks(r)
		i, closers, width := nextOpening("a "+string(r), 0)
		if want == "" {
			if i >= 0 {
				t.Errorf("nextOpening finds %q, which closingMarks does not know", r)
			}
			continue
		}
		if i != 2 || closers != want || width != len(string(r)) {
			t.Errorf("nextOpening(%q) = %d, %q, %d; want 2, %q, %d", r, i, closers, width, want, len(string(r)))
		}
	}
}
