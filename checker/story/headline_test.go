package story

import (
	"fmt"
	"slices"
	"testing"
)

// A headline's words are keys of their own, a plural as its singular;
// the words of its grammar, numbers, the words every report writes and
// the site's label give none.
func TestHeadlineKeys(t *testing.T) {
	got := headlineKeys("Toddlers hurt in Oakvale motel, police say on Tuesday; two held - KQRT Grenhall")
	want := []string{"~held", "~hurt", "~motel", "~oakvale", "~toddler"}
	if !slices.Equal(got, want) {
		t.Errorf("headline keys %q, want %q", got, want)
	}
	for _, k := range want {
		if weight(k) != 0 || !isHeadlineKey(k) || blocks(k, 2) != true {
			t.Errorf("%q: weight %v, headline %v, blocks %v", k, weight(k), isHeadlineKey(k), blocks(k, 2))
		}
	}
}

// In a run large enough to tell which words are rare, two reports of the
// same or the next day whose headlines share rare words are one story,
// though they share no name: "Toddler wounded at Oakvale motel" and "Oakvale motel
// shooting leaves toddler hurt". Headlines that share only the words many
// headlines write ("man", "shot", "police", "Tuesday") are not, nor are
// the two rare headlines in a run too small to tell.
func TestRareHeadlineWordsTieNearReports(t *testing.T) {
	run := func(docs ...Doc) []Story {
		for i := range 300 {
			docs = append(docs, titled(fmt.Sprintf("z%03d.md", i), fmt.Sprintf("2026-04-%02d", 1+i%28),
				"Man shot Tuesday, police say", fmt.Sprintf("Person%03d Name%03d", i, i)))
		}
		return Group(docs, Infer)
	}
	together := func(ss []Story, a, b string) bool {
		return slices.ContainsFunc(ss, func(s Story) bool { return slices.Contains(s.Files, a) && slices.Contains(s.Files, b) })
	}
	a := titled("a.md", "2026-06-02", "Toddler wounded at Oakvale motel")
	b := titled("b.md", "2026-06-03", "Oakvale motel shooting leaves toddler hurt")
	if !together(run(a, b), "a.md", "b.md") {
		t.Errorf("reports of two days sharing rare headline words are two stories, want one")
	}
	if together(Group([]Doc{a, b}, Infer), "a.md", "b.md") {
		t.Errorf("the same two alone in a run are one story, want two")
	}
	later := titled("c.md", "2026-06-20", "Oakvale motel shooting leaves toddler hurt")
	if together(run(a, later), "a.md", "c.md") {
		t.Errorf("rare headline words two weeks apart tie two reports, want two stories")
	}
	c := titled("c.md", "2026-06-02", "Man shot Tuesday, police say")
	d := titled("d.md", "2026-06-02", "Police: man shot Tuesday")
	if together(run(c, d), "c.md", "d.md") {
		t.Errorf("headlines sharing common words are one story, want two")
	}
}

// Weeks apart a headline's rare words weigh half as much: with the name
// of the accused they tie a plea to the report of the shooting; alone they
// do not.
func TestRareHeadlineWordsHelpAFollowUp(t *testing.T) {
	run := func(docs ...Doc) []Story {
		for i := range 1000 {
			docs = append(docs, titled(fmt.Sprintf("z%04d.md", i), fmt.Sprintf("2026-04-%02d", 1+i%28),
				"Man shot Tuesday, police say", fmt.Sprintf("Person%04d Name%04d", i, i)))
		}
		return Group(docs, Infer)
	}
	together := func(ss []Story, a, b string) bool {
		return slices.ContainsFunc(ss, func(s Story) bool { return slices.Contains(s.Files, a) && slices.Contains(s.Files, b) })
	}
	shooting := titled("a.md", "2026-06-02", "Gunfire at crab festival wounds two", "Dorian Vask")
	plea := titled("b.md", "2026-06-20", "Crab festival gunman pleads guilty", "Dorian Vask")
	if !together(run(shooting, plea), "a.md", "b.md") {
		t.Errorf("a plea naming the accused under the shooting's headline words: two stories, want one")
	}
	if together(run(shooting, titled("c.md", "2026-06-20", "Crab festival gunman pleads guilty")), "a.md", "c.md") {
		t.Errorf("headline words alone weeks apart: one story, want two")
	}
}
