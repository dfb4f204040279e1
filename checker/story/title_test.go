package story

import (
	"fmt"
	"slices"
	"testing"
)

// titled is a doc whose front matter gives a title.
func titled(file, date, title string, ns ...string) Doc {
	a := names(date, ns...)
	a.File, a.Title = file, title
	return Doc{File: file, Sig: Sign(a)}
}

// A headline's capitalized words that its claims do not give are keys of
// the article, marked as the title's: the first word, which the extractor
// never reads as a name, and the words of a headline in capitals. Words
// every report writes, a shout in capitals and the site's label give none.
func TestTitleKeys(t *testing.T) {
	d := titled("a.md", "2026-03-02", "Thistleford police retrace Ex-Marine Hollis's last hours, BREAKING - KQRT Grenhall", "Ana Ruiz")
	if want := []string{"hollis", "thistleford"}; !slices.Equal(d.Sig.Titled, want) {
		t.Errorf("titled %q, want %q", d.Sig.Titled, want)
	}
	for _, k := range d.Sig.Titled {
		if !slices.Contains(d.Sig.Keys, k) {
			t.Errorf("titled key %q is not among the keys %q", k, d.Sig.Keys)
		}
	}
	if got := titled("b.md", "", "Ruiz Speaks", "Ana Ruiz").Sig.Titled; slices.Contains(got, "ruiz") {
		t.Errorf("a word the claims gave is titled: %q", got)
	}
}

// A thin page (a login wall under a real headline) names its town only in
// its headline's first word: in a run large enough to show the town is
// rare, that word ties the page to a report of the same days that names
// the town. Two headlines that share the word, and nothing else, stay
// apart: a headline's word may be no one's name.
func TestTitleWordTiesAThinPage(t *testing.T) {
	run := func(docs ...Doc) []Story {
		for i := range minTownRun {
			docs = append(docs, doc(fmt.Sprintf("z%03d.md", i), "2026-04-01", fmt.Sprintf("Person%03d Name%03d", i, i)))
		}
		return Group(docs, Infer)
	}
	together := func(ss []Story, a, b string) bool {
		return slices.ContainsFunc(ss, func(s Story) bool { return slices.Contains(s.Files, a) && slices.Contains(s.Files, b) })
	}
	thin := titled("wall.md", "2026-06-02", "Thistleford police retrace couple's last hours")
	report := doc("report.md", "2026-06-04", "Thistleford", "Corvin Ashdale")
	if !together(run(thin, report), "wall.md", "report.md") {
		t.Errorf("a thin page and a report naming its headline's town two days later are two stories, want one")
	}
	other := titled("other.md", "2026-06-03", "Thistleford council reopens library")
	if together(run(thin, other), "wall.md", "other.md") {
		t.Errorf("two headlines sharing only a word are one story, want two")
	}
}
