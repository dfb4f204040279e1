package story

import "slices"

// Grouper groups the same articles again after edits, as an editor's
// workspace does, and redoes only what the edited signatures can change:
// the weights and blocking of the keys they had or have, the pairs of the
// articles that carry one of those keys, and the clustering of the groups
// those pairs touch. Its stories are those Group(docs, Infer) gives (the
// tests check it over random edits). An edit that adds or removes an
// article, or makes an article a copy of another (or no longer one),
// changes the number of distinct articles every pair is weighed against,
// and is grouped in full.
//
// Signatures given to it must not be changed afterwards: it compares them
// with the next ones. The zero Grouper is ready to use; it is not safe for
// concurrent use.
type Grouper struct {
	docs     []Doc
	s        *signed // the docs' signatures, numbered in a table of the last full grouping
	inf      *inference
	carriers [][]int // by key id: the representatives that carry it, made at the first update
	full     bool
	changed  []bool        // by doc: its signature changed in the last update
	names    map[int]named // by first doc: the last grouping's stories and their storyID
	naming   map[int]named // …this grouping's
}

// named is a story's docs and the id storyID gave them.
type named struct {
	docs []int
	id   string
}

// Group returns the stories of docs as Group(docs, Infer) does.
func (g *Grouper) Group(docs []Doc) []Story {
	g.full = !g.update(docs)
	if g.full {
		g.docs, g.s, g.inf, g.carriers, g.names = nil, nil, nil, nil, nil
		for _, d := range docs {
			if d.Named != "" {
				return Group(docs, Infer) // front matter stories: Workspace never asks
			}
		}
		open := make([]int, len(docs))
		for i := range open {
			open[i] = i
		}
		g.s = sign(docs)
		g.inf = newInference(g.s, open)
	}
	g.docs = slices.Clone(docs)
	g.naming = map[int]named{}
	stories := join(docs, g.s, make([]string, len(docs)), newUnionFind(len(docs)), make([]string, len(docs)), g.inf.kept, false, g.name)
	g.names, g.naming, g.changed = g.naming, nil, nil
	return stories
}

// name is storyID, kept from the last grouping for a story of the same
// docs, none of them changed: naming every story reads every key.
func (g *Grouper) name(docs []Doc, s *signed, st Story, label []string) string {
	first := st.Docs[0]
	changed := func(i int) bool { return g.changed != nil && g.changed[i] }
	var id string
	if n, ok := g.names[first]; ok && slices.Equal(n.docs, st.Docs) && !slices.ContainsFunc(st.Docs, changed) {
		id = n.id
	} else {
		id = storyID(docs, s, st, label)
	}
	g.naming[first] = named{docs: st.Docs, id: id}
	return id
}

// Full reports whether the last Group grouped every article again.
func (g *Grouper) Full() bool { return g.full }

// update brings the last inference up to docs and reports whether it
// could; it changes nothing it needs when it cannot.
func (g *Grouper) update(docs []Doc) bool {
	if g.inf == nil || len(docs) != len(g.docs) {
		return false
	}
	var changed []int
	for i, d := range docs {
		if d.File != g.docs[i].File || d.Named != "" {
			return false
		}
		if !sameSig(d.Sig, g.docs[i].Sig) {
			changed = append(changed, i)
		}
	}
	if len(changed) == 0 {
		return true
	}
	t := g.inf.table
	before := make([]Compact, len(changed))
	sigs := slices.Clone(g.s.sigs)
	newKeys := false
	for n, i := range changed {
		before[n] = sigs[i]
		sigs[i] = g.s.Compact(docs[i].Sig)
		for _, k := range slices.Concat(sigs[i].Keys, sigs[i].Heads, sigs[i].Officials, sigs[i].Titled, sigs[i].Victims) {
			newKeys = newKeys || int(k) >= len(t.rank) || t.rank[k] < 0
		}
	}
	open := make([]int, len(docs))
	for i := range open {
		open[i] = i
	}
	reps, copies := distinct(&signed{g.s.Table, sigs}, open)
	if !slices.Equal(reps, g.inf.reps) || !slices.Equal(copies, g.inf.copies) {
		return false // another number of distinct articles: every bar and weight moves
	}
	g.s.sigs = sigs
	g.changed = make([]bool, len(docs))
	affected := map[int32]bool{} // the keys (by id) whose weight or articles may change
	for n, i := range changed {
		g.changed[i] = true
		for _, k := range movedKeys(g.s, before[n], sigs[i]) {
			affected[k] = true
		}
	}
	isRep := make([]bool, len(docs))
	for _, i := range reps {
		isRep[i] = true
	}
	g.carry(changed, before, isRep)
	again := g.recount(affected, changed, isRep)
	if newKeys {
		// ranks follow the keys' text: a new key moves them, so the table is
		// made again (a tenth of a grouping's time); pairs are still scored
		// again only where they may change
		g.inf.table = newKeyTable(g.s, reps, g.inf.stats)
	} else {
		g.repost(affected, changed, isRep)
	}
	scored := g.rescore(again)
	g.recluster(len(docs), scored)
	return true
}

// movedKeys are the keys whose count or days an article's new signature
// changes: those it gained or lost, or all of them when its date moved.
func movedKeys(s *signed, before, after Compact) []int32 {
	if before.Day != after.Day {
		return slices.Concat(before.Keys, after.Keys)
	}
	var out []int32
	x, y := 0, 0
	for x < len(before.Keys) || y < len(after.Keys) {
		switch {
		case y == len(after.Keys) || x < len(before.Keys) && s.keys[before.Keys[x]] < s.keys[after.Keys[y]]:
			out = append(out, before.Keys[x])
			x++
		case x == len(before.Keys) || s.keys[after.Keys[y]] < s.keys[before.Keys[x]]:
			out = append(out, after.Keys[y])
			y++
		default:
			x++
			y++
		}
	}
	return out
}

func sameSig(a, b Signature) bool {
	return a.Day == b.Day && slices.Equal(a.Keys, b.Keys) && slices.Equal(a.Heads, b.Heads) && slices.Equal(a.Officials, b.Officials) && slices.Equal(a.Titled, b.Titled) && slices.Equal(a.Victims, b.Victims)
}

// carry keeps, for every key, the representatives that carry it: the
// changed ones leave their old keys and join their new ones.
func (g *Grouper) carry(changed []int, before []Compact, isRep []bool) {
	if g.carriers == nil {
		g.carriers = make([][]int, len(g.s.keys))
		for _, i := range g.inf.reps {
			for _, k := range g.s.sigs[i].Keys {
				g.carriers[k] = append(g.carriers[k], i)
			}
		}
	}
	for len(g.carriers) < len(g.s.keys) {
		g.carriers = append(g.carriers, nil)
	}
	for n, i := range changed {
		if !isRep[i] {
			continue // a copy weighs nothing: its first stands for it
		}
		for _, k := range before[n].Keys {
			if at, ok := slices.BinarySearch(g.carriers[k], i); ok {
				g.carriers[k] = slices.Delete(g.carriers[k], at, at+1)
			}
		}
		for _, k := range g.s.sigs[i].Keys {
			if at, ok := slices.BinarySearch(g.carriers[k], i); !ok {
				g.carriers[k] = slices.Insert(g.carriers[k], at, i)
			}
		}
	}
}

// recount counts the affected keys again as newKeyStats does, and returns
// the representatives whose pairs may score differently: those that carry
// an affected key, and the changed ones.
func (g *Grouper) recount(affected map[int32]bool, changed []int, isRep []bool) []int {
	st := &g.inf.stats
	for len(st.df) < len(g.s.keys) {
		st.df, st.occasions, st.episodes = append(st.df, 0), append(st.occasions, 0), append(st.episodes, 0)
	}
	in := make([]bool, len(isRep))
	var days []int32
	for k := range affected {
		st.df[k], days = 0, days[:0]
		for _, i := range g.carriers[k] {
			in[i] = true
			st.df[k]++
			if d := g.s.sigs[i].Day; d != 0 {
				days = append(days, int32(d))
			}
		}
		st.spread(k, days)
	}
	for _, i := range changed {
		in[i] = in[i] || isRep[i]
	}
	var out []int
	for i, ok := range in {
		if ok {
			out = append(out, i)
		}
	}
	return out
}

// repost brings the key table up to the changed signatures as
// newKeyTable would make it, when no key is new.
func (g *Grouper) repost(affected map[int32]bool, changed []int, isRep []bool) {
	t, st := g.inf.table, g.inf.stats
	for k := range affected {
		r := t.rank[k]
		t.weight[r], t.near[r], t.day[r] = st.windows(g.s, k, t.shape[r])
		t.victim[r] = st.weighVictim(k, t.shape[r])
		t.postings[r] = nil
		if blocks(g.s.keys[k], st.df[k]) {
			t.postings[r] = slices.Clone(g.carriers[k])
		}
	}
	for _, i := range changed {
		if !isRep[i] {
			continue
		}
		sig := g.s.sigs[i]
		t.days[i] = sig.Day
		t.ids[i] = make([]int32, len(sig.Keys))
		for n, k := range sig.Keys {
			t.ids[i][n] = t.rank[k]
		}
		t.heads[i], t.officials[i], t.titled[i] = t.ranks(sig.Heads), t.ranks(sig.Officials), t.ranks(sig.Titled)
		t.victims[i] = t.ranks(sig.Victims)
	}
}

// rescore keeps the scored pairs of two docs of which neither is to be
// scored again, and scores the candidates of those that are, as
// scorePairs does.
func (g *Grouper) rescore(again []int) []edge {
	t := g.inf.table
	redo := make(map[int]bool, len(again))
	for _, i := range again {
		redo[i] = true
	}
	var scored []edge
	for _, e := range g.inf.scored {
		if !redo[e.a] && !redo[e.b] {
			scored = append(scored, e)
		}
	}
	seen := map[int]int{}
	for _, i := range again {
		for _, k := range t.ids[i] {
			for _, j := range t.postings[k] {
				if j == i || redo[j] && j < i || seen[j] == i+1 {
					continue // a pair of two docs scored again is scored from its first
				}
				seen[j] = i + 1
				if e, ok := t.pair(min(i, j), max(i, j)); ok {
					scored = append(scored, e)
				}
			}
		}
	}
	sortEdges(scored)
	return scored
}

// recluster clusters again the groups of docs that a changed pair touches:
// clustering decides each connected group of docs on its own, so the
// others keep what they kept. The groups are found in the graph after the
// edit only: a group before it is joined by pairs that are still there or
// by changed ones, whose docs are all touched.
func (g *Grouper) recluster(n int, scored []edge) {
	before := g.inf.scored
	touched := changedDocs(before, scored)
	g.inf.scored = scored
	if len(touched) == 0 {
		return
	}
	adjacent := map[int][]int{}
	for _, es := range [][]edge{g.inf.copies, scored} {
		for _, e := range es {
			adjacent[e.a] = append(adjacent[e.a], e.b)
			adjacent[e.b] = append(adjacent[e.b], e.a)
		}
	}
	inZone := make([]bool, n)
	stack := touched
	for _, i := range touched {
		inZone[i] = true
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, j := range adjacent[i] {
			if !inZone[j] {
				inZone[j] = true
				stack = append(stack, j)
			}
		}
	}
	within := func(es []edge) (in, out []edge) {
		for _, e := range es {
			if inZone[e.a] {
				in = append(in, e)
			} else {
				out = append(out, e)
			}
		}
		return in, out
	}
	zoneCopies, _ := within(g.inf.copies)
	zoneScored, _ := within(scored)
	_, keep := within(g.inf.kept)
	kept := append(keep, cluster(n, zoneCopies, zoneScored)...)
	sortEdges(kept)
	g.inf.kept = kept
}

// changedDocs are the docs of the pairs in one sorted list of edges and not
// in the other.
func changedDocs(before, after []edge) []int {
	var out []int
	x, y := 0, 0
	for x < len(before) || y < len(after) {
		switch {
		case y == len(after) || x < len(before) && less(before[x], after[y]):
			out = append(out, before[x].a, before[x].b)
			x++
		case x == len(before) || less(after[y], before[x]):
			out = append(out, after[y].a, after[y].b)
			y++
		default:
			if before[x] != after[y] {
				out = append(out, after[y].a, after[y].b)
			}
			x++
			y++
		}
	}
	return out
}

func less(x, y edge) bool { return x.a < y.a || x.a == y.a && x.b < y.b }
