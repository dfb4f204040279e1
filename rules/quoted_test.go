package rules

import (
	"strings"
	"testing"
)

// Quoted keeps the words inside each kind of quotation mark, closed by
// any of its closing marks, and a text without one whole.
func TestQuotedMarks(t *testing.T) {
	for text, want := range map[string]string{
		`“We tried,” she said. “We failed.”`:      "We tried, We failed.",
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
