package story

import (
	"slices"
	"strings"
	"testing"
)

// bigEvent is five reports of one event, every pair of them tied.
func bigEvent() []edge {
	var es []edge
	for a := range 5 {
		for b := a + 1; b < 5; b++ {
			es = append(es, edge{a: a, b: b, score: 10, dated: true})
		}
	}
	return es
}

// storyOf is the docs clustered with doc i.
func storyOf(n int, kept []edge, i int) []int {
	uf := newUnionFind(n)
	for _, e := range kept {
		uf.union(e.a, e.b)
	}
	var out []int
	for j := range n {
		if uf.find(j) == uf.find(i) {
			out = append(out, j)
		}
	}
	return out
}

// A short report of a large event ties to two of its reports, never to
// half of them: two dated ties, or one and a weak one, join it; one alone
// does not, nor two undated.
func TestArticleAloneJoinsOnTwoTies(t *testing.T) {
	for _, c := range []struct {
		name  string
		extra []edge
		joins bool
	}{
		{"two ties", []edge{{a: 1, b: 5, score: 3, dated: true}, {a: 3, b: 5, score: 2.5, dated: true}}, true},
		{"a tie and a weak one", []edge{{a: 1, b: 5, score: 3, dated: true}, {a: 3, b: 5, score: 1.2, weak: true, dated: true}}, true},
		{"one tie", []edge{{a: 1, b: 5, score: 3, dated: true}}, false},
		{"two undated ties", []edge{{a: 1, b: 5, score: 3}, {a: 3, b: 5, score: 2.5}}, false},
		{"weak ties only", []edge{{a: 1, b: 5, score: 1.5, weak: true, dated: true}, {a: 3, b: 5, score: 1.2, weak: true, dated: true}}, false},
	} {
		es := append(bigEvent(), c.extra...)
		sortEdges(es)
		got := storyOf(6, cluster(6, nil, es), 5)
		if joins := len(got) == 6; joins != c.joins {
			t.Errorf("%s: story of the short report %v, joins %v, want %v", c.name, got, joins, c.joins)
		}
	}
}

// A weak tie corroborates an article alone, never a group: two groups of
// one city's reports share its hospital and its police in many weak pairs
// whatever they report.
func TestWeakTiesDoNotJoinGroups(t *testing.T) {
	es := append(bigEvent(),
		edge{a: 5, b: 6, score: 10, dated: true},
		edge{a: 1, b: 5, score: 3, dated: true},
		edge{a: 2, b: 5, score: 1.2, weak: true, dated: true}, edge{a: 3, b: 6, score: 1.2, weak: true, dated: true},
		edge{a: 4, b: 6, score: 1.2, weak: true, dated: true}, edge{a: 0, b: 5, score: 1.2, weak: true, dated: true})
	sortEdges(es)
	if got := storyOf(7, cluster(7, nil, es), 5); !slices.Equal(got, []int{5, 6}) {
		t.Errorf("story of the pair %v, want [5 6]", got)
	}
}

// The evidence of a report joined on two ties names both.
func TestSecondTieIsInTheEvidence(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2026-03-02", "Ilse Varga", "Corwin Street", "Pell Okonjo", "Dara Fenn", "Tomas Brill"),
		doc("b.md", "2026-03-02", "Ilse Varga", "Corwin Street", "Pell Okonjo", "Dara Fenn"+" ", "Ruth Amsel"),
		doc("c.md", "2026-03-03", "Ilse Varga", "Corwin Street", "Pell Okonjo", "Ruth Amsel"),
		doc("d.md", "2026-03-03", "Pell Okonjo", "Dara Fenn", "Corwin Street", "Ruth Amsel"),
		doc("e.md", "2026-03-04", "Ilse Varga", "Dara Fenn", "Corwin Street", "Ruth Amsel", "Pell Okonjo"),
		// the short report, weeks later: a person only the first names,
		// and the street every report names
		doc("short.md", "2026-03-20", "Tomas Brill", "Corwin Street"),
	}
	st := Explain(docs, Infer)
	if len(st) != 1 {
		t.Fatalf("%d stories, want one: %s", len(st), grouping(st))
	}
	for _, e := range st[0].Evidence {
		if strings.HasPrefix(e, "short.md: ") && strings.Count(e, "shares") == 2 {
			return
		}
	}
	t.Errorf("the short report's evidence does not name its two ties:\n%s", strings.Join(st[0].Evidence, "\n"))
}

// Undated, a pair that weighs half its bar ties nothing: no date tells its
// event from another of the place's. Dated, it is a weak tie.
func TestUndatedPairIsNoWeakTie(t *testing.T) {
	for _, c := range []struct {
		a, b string
		weak bool
	}{{"", "", false}, {"2026-03-01", "", false}, {"2026-03-01", "2026-03-03", true}} {
		docs := []Doc{
			doc("a.md", c.a, "Corwin Hospital", "Ilse Varga"),
			doc("b.md", c.b, "Corwin Hospital", "Pell Okonjo"),
		}
		inf := newInference(sign(docs), []int{0, 1})
		e, ok := inf.table.pair(0, 1)
		if ok != c.weak || ok && !e.weak {
			t.Errorf("dated %q and %q, sharing a hospital: %+v %v, want a weak tie %v", c.a, c.b, e, ok, c.weak)
		}
	}
}

// A third article with one dated tie to one of a pair of reports joins
// them only when the tie weighs twice its bar: a report of another event
// in the same town shares its hospital or its station's furniture with
// one of them. Undated, the bar is higher already.
func TestThirdArticleNeedsTwoTiesOrADoubleOne(t *testing.T) {
	pair := edge{a: 0, b: 1, score: 10, need: 2, dated: true}
	for _, c := range []struct {
		name  string
		extra []edge
		joins bool
	}{
		{"one tie", []edge{{a: 1, b: 2, score: 3, need: 2, dated: true}}, false},
		{"one tie of twice its bar", []edge{{a: 1, b: 2, score: 4, need: 2, dated: true}}, true},
		{"a tie and a weak one", []edge{{a: 1, b: 2, score: 3, need: 2, dated: true}, {a: 0, b: 2, score: 1, need: 2, weak: true, dated: true}}, true},
		{"one undated tie", []edge{{a: 1, b: 2, score: 3, need: 2}}, true},
	} {
		es := append([]edge{pair}, c.extra...)
		sortEdges(es)
		if joins := len(storyOf(3, cluster(3, nil, es), 2)) == 3; joins != c.joins {
			t.Errorf("%s: joins %v, want %v", c.name, joins, c.joins)
		}
	}
}

// Between two groups a weak tie counts half: two groups of one event's
// reports, some of whose pairs clear the bar and more weigh half of it,
// join; groups with as few ties and fewer weak ones stay apart. Two pairs
// of reports join on a tie and a weak one (TestTwoPairsJoinOnATieAndAWeakOne);
// a pair and a group of three do not.
func TestWeakTiesCountHalfBetweenGroups(t *testing.T) {
	groups := []edge{{a: 0, b: 1, score: 10, need: 2, dated: true}, {a: 2, b: 3, score: 10, need: 2, dated: true},
		{a: 3, b: 4, score: 10, need: 2, dated: true}}
	for _, c := range []struct {
		name  string
		extra []edge
		joins bool
	}{
		{"two ties and two weak", []edge{{a: 0, b: 2, score: 3, need: 2, dated: true}, {a: 1, b: 2, score: 3, need: 2, dated: true},
			{a: 0, b: 3, score: 1, need: 2, weak: true, dated: true}, {a: 1, b: 4, score: 1, need: 2, weak: true, dated: true}}, true},
		{"a tie and a weak one", []edge{{a: 0, b: 2, score: 3, need: 2, dated: true},
			{a: 0, b: 3, score: 1, need: 2, weak: true, dated: true}}, false},
	} {
		es := append(slices.Clone(groups), c.extra...)
		sortEdges(es)
		if joins := len(storyOf(5, cluster(5, nil, es), 0)) == 5; joins != c.joins {
			t.Errorf("%s: joins %v, want %v", c.name, joins, c.joins)
		}
	}
}

// Two pairs of reports, each already one story, join on a pair that clears
// the bar and another that weighs half of it; on the one pair alone, or
// undated, they stay apart.
func TestTwoPairsJoinOnATieAndAWeakOne(t *testing.T) {
	groups := []edge{{a: 0, b: 1, score: 10, need: 2, dated: true}, {a: 2, b: 3, score: 10, need: 2, dated: true}}
	for _, c := range []struct {
		name  string
		extra []edge
		joins bool
	}{
		{"a tie and a weak one", []edge{{a: 0, b: 2, score: 3, need: 2, dated: true},
			{a: 1, b: 3, score: 1, need: 2, weak: true, dated: true}}, true},
		{"a tie alone", []edge{{a: 0, b: 2, score: 3, need: 2, dated: true}}, false},
		{"an undated tie and a weak one", []edge{{a: 0, b: 2, score: 3, need: 2},
			{a: 1, b: 3, score: 1, need: 2, weak: true, dated: true}}, false},
	} {
		es := append(slices.Clone(groups), c.extra...)
		sortEdges(es)
		if joins := len(storyOf(4, cluster(4, nil, es), 0)) == 4; joins != c.joins {
			t.Errorf("%s: joins %v, want %v", c.name, joins, c.joins)
		}
	}
}
