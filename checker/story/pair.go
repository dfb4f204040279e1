package story

import (
	"cmp"
	"fmt"
	"slices"
)

// Why two articles are, or are not, one story: what the names they share
// weigh in their run against the bar their dates set. A desk that expected
// two drafts to be compared (or not) reads it to see which name tied them,
// or that they share only a city; the stories command prints it for
// --pair.

// Pair is how two articles of a run weigh against each other.
type Pair struct {
	A, B   string // their files
	DayA   int    // their dates (DayString), 0 when undated
	DayB   int
	Window string      // the window of their dates: "the same or the next day", …
	Need   float64     // the weight a tie of that window needs
	Score  float64     // what the names they share weigh
	Shared []KeyWeight // the names they share, heaviest first
	Copy   bool        // one repeats the other's signature (a wire copy): one story if either is
	Story  bool        // the grouping puts them in one story
	Direct bool        // a tie of their own (Score ≥ Need), or copies
	Weak   bool        // not a tie, but a weak one (half its bar or more) a second tie may complete
}

// KeyWeight is one shared name: its key, what it weighs in this pair, and
// in how many of the run's articles it is written.
type KeyWeight struct {
	Key      string
	Weight   float64
	Articles int
}

// WeighPair weighs the articles a and b (indexes of docs) as the grouping of
// docs does, and says whether it puts them in one story.
func WeighPair(docs []Doc, mode Mode, a, b int) Pair {
	s := sign(docs)
	p := Pair{A: docs[a].File, B: docs[b].File, DayA: s.sigs[a].Day, DayB: s.sigs[b].Day}
	stories := group(docs, s, mode, false)
	for _, st := range stories {
		if slices.Contains(st.Docs, a) {
			p.Story = slices.Contains(st.Docs, b)
		}
	}
	open := make([]int, len(docs))
	for i := range open {
		open[i] = i
	}
	inf := newInference(s, open)
	ra, rb := representative(inf.copies, a), representative(inf.copies, b)
	t := inf.table
	p.Score, p.Need = t.score(ra, rb)
	p.Window = window(t.days[ra], t.days[rb])
	if ra == rb {
		p.Copy, p.Direct = true, true
		return p
	}
	p.Direct = p.Score >= p.Need
	p.Weak = !p.Direct && p.Score >= p.Need*weakShare && t.days[ra] != 0 && t.days[rb] != 0
	p.Shared = sharedWeights(s, inf, ra, rb, p.Need)
	return p
}

// representative is the doc whose signature doc i repeats (distinct), or i.
func representative(copies []edge, i int) int {
	for _, e := range copies {
		if e.b == i {
			return e.a
		}
	}
	return i
}

// sharedWeights lists the keys docs i and j share with what each weighs in
// their pair (weighShared), heaviest first. A spelling variant weighs only
// when the two write a name two ways, which score counts; here each is
// shown at its own weight.
func sharedWeights(s *signed, inf *inference, i, j int, need float64) []KeyWeight {
	t := inf.table
	byRank := make([]int32, len(t.weight)) // rank → key id
	for id, r := range t.rank {
		if r >= 0 {
			byRank[r] = int32(id)
		}
	}
	var out []KeyWeight
	for k, w := range t.sharedKeys(i, j, need) {
		id := byRank[k]
		out = append(out, KeyWeight{Key: s.keys[id], Weight: w, Articles: int(inf.stats.df[id])})
	}
	slices.SortStableFunc(out, func(x, y KeyWeight) int { return cmp.Compare(y.Weight, x.Weight) })
	return out
}

// window names the window of two dates that sets their bar (bar).
func window(a, b int) string {
	if a == 0 || b == 0 {
		return "one or both undated"
	}
	switch gap := max(a-b, b-a); {
	case gap <= 1:
		return "the same or the next day"
	case gap <= 7:
		return "within a week"
	case gap <= 30:
		return "within a month"
	case gap <= maxDays:
		return fmt.Sprintf("within %d days", maxDays)
	}
	return fmt.Sprintf("more than %d days apart", maxDays)
}
