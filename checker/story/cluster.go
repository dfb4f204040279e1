package story

import (
	"cmp"
	"slices"
)

// linkShare bounds chaining: two groups of articles join only when at
// least one pair in linkShare (half) of the pairs between them clears the
// bar on its own. Without it one article that names two events (a roundup, a
// profile of a mayor) would chain their stories into one, and a large run
// of unrelated articles would grow a single story through pairs that each
// share one well-known name.
const linkShare = 2

// corroborated is how many ties an article alone must have into a group
// of any size to join it: the pair that clears the bar and one more, of a
// pair that clears it too or weighs half of it (a weak edge), all of them
// dated. A short report of a large event (a headline and a paragraph)
// shares the few names it writes with some of the event's reports, never
// with half of them; a roundup or a profile that names two events ties
// into each of them by one article. Between two groups a weak tie counts
// half (dense): two groups of one city's reports share its hospital, its
// prosecutor and its police in many weak pairs whatever they report, as
// many as two groups of one event's do. (Counted whole, weak ties joined
// more pairs of two incidents on gva than of one.) And only dated pairs
// are weak ties: undated, the season's reports of one league share its
// clubs and players pair after pair, one event or not.
const corroborated = 2

// doubleBar is how many times its bar the one pair of an article alone
// with one of a pair of articles must weigh to join them: the two may well
// be one event's reports and the third a report of another that shares
// its town's hospital, its police or its station's furniture with one of
// them. Undated, the bar is already higher, and rises with the run
// (undatedBar). (Twice found as many pairs of one incident on gva as three
// times, and joined fewer of two.)
const doubleBar = 2

// dense reports whether the pairs between groups of na and nb articles
// (na the smaller), strong of which clear the bar and weak weigh half of
// it, join them on pair e: half of them clear it, a weak one counting
// half; for an article alone, ties of them are dated and weigh half the
// bar at least, or, with a pair, two clear it or e weighs doubleBar times
// its bar when the pair is dated; for two pairs, e is dated and a weak tie
// corroborates it. (Two pairs of reports are seldom tied by a pair that
// clears the bar unless they are one event's: a follow-up and its own
// follow-up share the event's names with one or two of the first reports;
// two pairs of one city's reports share its hospital and its police in
// weak pairs. Half of their four pairs had kept 8 pairs of one incident
// apart on gva, in two incidents; a tie and a weak one joined none of two.)
func dense(e edge, strong, weak, ties, na, nb int) bool {
	switch {
	case na == 1 && ties >= corroborated:
		return true
	case na == 1 && nb == 2 && e.dated:
		return strong >= corroborated || e.score >= doubleBar*float64(e.need)
	case na == 2 && nb == 2 && e.dated && weak >= 1:
		return true
	}
	return (2*strong+weak)*linkShare >= 2*na*nb
}

// link is a doc a doc is paired with, and their pair (by its index).
type link struct{ doc, edge int }

// links counts the pairs of the docs of group into the group of root that
// clear the bar, and the dated of them, and returns those that weigh only
// weakShare of it (all dated: pair).
func links(uf *unionFind, adjacent map[int][]link, edges []edge, group []int, root int) (strong, dated int, weak []edge) {
	for _, m := range group {
		for _, o := range adjacent[m] {
			switch e := edges[o.edge]; {
			case uf.find(o.doc) != root:
			case e.weak:
				weak = append(weak, e)
			default:
				strong++
				if e.dated {
					dated++
				}
			}
		}
	}
	return strong, dated, weak
}

// cluster keeps the edges that join groups dense enough, strongest first,
// and returns them. Copies (identical signatures) are joined before any
// other edge and count as one article.
func cluster(n int, copies, edges []edge) []edge {
	uf := newUnionFind(n)
	members := map[int][]int{} // root → representatives in its group
	for _, e := range copies {
		uf.union(e.a, e.b)
	}
	adjacent := map[int][]link{}
	for k, e := range edges {
		adjacent[e.a] = append(adjacent[e.a], link{e.b, k})
		adjacent[e.b] = append(adjacent[e.b], link{e.a, k})
	}
	sorted := slices.Clone(edges)
	slices.SortFunc(sorted, func(x, y edge) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if x.a != y.a {
			return x.a - y.a
		}
		return x.b - y.b
	})
	group := func(r int) []int {
		if m, ok := members[r]; ok {
			return m
		}
		return []int{r}
	}
	kept := slices.Clone(copies)
	for _, e := range sorted {
		if e.weak {
			continue
		}
		ra, rb := uf.find(e.a), uf.find(e.b)
		if ra == rb {
			kept = append(kept, e)
			continue
		}
		ga, gb := group(ra), group(rb)
		if len(ga) > len(gb) {
			ga, gb, ra, rb = gb, ga, rb, ra
		}
		strong, dated, weak := links(uf, adjacent, edges, ga, rb)
		if !dense(e, strong, len(weak), dated+len(weak), len(ga), len(gb)) {
			continue
		}
		if strong*linkShare < len(ga)*len(gb) {
			kept = append(kept, weak...) // the ties that corroborate it: its evidence names them
		}
		uf.union(ra, rb)
		root := uf.find(ra)
		joined := append(append([]int{}, ga...), gb...)
		delete(members, ra)
		delete(members, rb)
		members[root] = joined
		kept = append(kept, e)
	}
	return kept
}
