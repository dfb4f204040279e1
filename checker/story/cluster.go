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

// cluster keeps the edges that join groups dense enough, strongest first,
// and returns them. Copies (identical signatures) are joined before any
// other edge and count as one article.
func cluster(n int, copies, edges []edge) []edge {
	uf := newUnionFind(n)
	members := map[int][]int{} // root → representatives in its group
	for _, e := range copies {
		uf.union(e.a, e.b)
	}
	adjacent := map[int][]int{}
	for _, e := range edges {
		adjacent[e.a] = append(adjacent[e.a], e.b)
		adjacent[e.b] = append(adjacent[e.b], e.a)
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
		ra, rb := uf.find(e.a), uf.find(e.b)
		if ra == rb {
			kept = append(kept, e)
			continue
		}
		ga, gb := group(ra), group(rb)
		if len(ga) > len(gb) {
			ga, gb, ra, rb = gb, ga, rb, ra
		}
		links := 0
		for _, m := range ga {
			for _, o := range adjacent[m] {
				if uf.find(o) == rb {
					links++
				}
			}
		}
		if links*linkShare < len(ga)*len(gb) {
			continue
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
