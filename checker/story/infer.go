package story

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// The bar a pair of articles must clear to be one story. A key weighs what
// its shape says (weight: a person's full name 3, a street 2, a body 1.5,
// one word 0.5), scaled down when the run shows it is common (in more than
// rare articles) or lasting (written over more than persistDays: a mayor, a
// police chief, a site's furniture, not one event's names). Articles close
// in time need less: one person named in both articles of the same week
// ties them; dated further apart they need more, and beyond maxDays no
// evidence is enough: a later article on the same names is more likely a
// new event (a trial, an anniversary).
const (
	minRare     = 8   // articles a key may be in and still count fully; more in large runs (rareShare)
	rareShare   = 200 // …a key in one article of this many counts fully
	persistDays = 60
	persistCut  = 0.5
	weekBar     = 2.0 // dated within a week
	monthBar    = 4.0 // within a month
	farBar      = 6.0 // within maxDays
	// one or both without a date: what two articles share by chance grows
	// with the run, and no date tells a new event from an old one, so the
	// bar rises with the number of articles (undatedBar for two; +0.75 for
	// each tenfold)
	undatedBar = 2.0
	maxDays    = 120
	// a key in more articles than blockLimit is never used to find
	// candidates: this bounds the comparisons, so grouping stays
	// near-linear in the number of articles
	blockLimit = 100
)

// headBoost is how much more a word weighs when it heads a place's name in
// one of the two articles (placeHead): a street named in part.
const headBoost = 3

// bar is the weight a pair of articles dated a and b must share.
func bar(a, b int, undated float64) (float64, bool) {
	if a == 0 || b == 0 {
		return undated, true
	}
	gap := max(a-b, b-a)
	switch {
	case gap <= 7:
		return weekBar, true
	case gap <= 30:
		return monthBar, true
	case gap <= maxDays:
		return farBar, true
	}
	return 0, false
}

// edge is a pair of docs that clears the bar.
type edge struct {
	a, b  int // docs, a < b
	score float64
}

// shownKeys is how many shared keys evidence names.
const shownKeys = 6

func (e edge) describe(docs []Doc, self int) string {
	other := e.a
	if other == self {
		other = e.b
	}
	// the heaviest keys first, a few of them: enough to see why
	keys := SharedKeys(docs[e.a].Sig, docs[e.b].Sig) // only Explain asks: a check never lists them
	slices.SortStableFunc(keys, func(x, y string) int { return cmp.Compare(weight(y), weight(x)) })
	var quoted []string
	for i, k := range keys {
		if i == shownKeys {
			quoted = append(quoted, fmt.Sprintf("%d more", len(keys)-shownKeys))
			break
		}
		quoted = append(quoted, fmt.Sprintf("%q", k))
	}
	return fmt.Sprintf("shares %s with %s (weight %.1f)", strings.Join(quoted, ", "), docs[other].File, e.score)
}

// keyStats is what the run says of each key: how many signatures carry
// it, and over how many days.
type keyStats struct {
	df         map[string]int
	first, end map[string]int // the earliest and latest day a dated article writes it
	rare       float64
	undated    float64 // the bar of a pair without dates in this run
}

func newKeyStats(docs []Doc, reps []int) keyStats {
	s := keyStats{df: map[string]int{}, first: map[string]int{}, end: map[string]int{},
		rare:    math.Max(minRare, float64(len(reps))/rareShare),
		undated: undatedBar + 0.75*math.Log10(math.Max(1, float64(len(reps))/2))}
	for _, i := range reps {
		d := docs[i].Sig.Day
		for _, k := range docs[i].Sig.Keys {
			s.df[k]++
			if d == 0 {
				continue
			}
			if f, ok := s.first[k]; !ok || d < f {
				s.first[k] = d
			}
			s.end[k] = max(s.end[k], d)
		}
	}
	return s
}

func (s keyStats) weigh(k string) float64 {
	w := weight(k)
	if df := float64(s.df[k]); df > s.rare {
		w *= s.rare / df
	}
	if s.end[k]-s.first[k] > persistDays {
		w *= persistCut
	}
	return w
}

// infer finds the pairs of the open docs that clear the bar, sorted by
// their docs.
func infer(docs []Doc, open []int) []edge { return newInference(docs, open).kept }

// inference is what grouping derived from a run's signatures, kept so a
// Grouper can redo only what an edit changes (incremental.go).
type inference struct {
	reps   []int
	copies []edge
	stats  keyStats
	table  *keyTable
	scored []edge // the pairs that clear the bar, by their docs
	kept   []edge // those cluster keeps, by their docs
}

func newInference(docs []Doc, open []int) *inference {
	reps, copies := distinct(docs, open)
	stats := newKeyStats(docs, reps)
	t := newKeyTable(docs, reps, stats)
	scored := t.scorePairs(docs, reps)
	kept := cluster(len(docs), copies, scored)
	sortEdges(kept)
	return &inference{reps: reps, copies: copies, stats: stats, table: t, scored: scored, kept: kept}
}

// sortEdges sorts edges by their docs.
func sortEdges(edges []edge) {
	slices.SortFunc(edges, func(x, y edge) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.b - y.b
	})
}

// keyTable numbers the keys of a run in their sorted order, so pairs are
// scored by merging integers rather than strings (most of a grouping's time
// is there): a doc's keys become its ids, sorted as the keys were.
type keyTable struct {
	keys     []string
	id       map[string]int32 // a key's id
	weight   []float64        // by id: the key's weight in this run (keyStats.weigh)
	postings [][]int          // by id: the docs that carry a blocking key
	ids      [][]int32        // by doc: its keys' ids
	heads    [][]int32        // by doc: its heads' ids
	days     []int
	undated  float64
}

func newKeyTable(docs []Doc, reps []int, stats keyStats) *keyTable {
	t := &keyTable{keys: make([]string, 0, len(stats.df)), ids: make([][]int32, len(docs)),
		heads: make([][]int32, len(docs)), days: make([]int, len(docs)), undated: stats.undated}
	for k := range stats.df {
		t.keys = append(t.keys, k)
	}
	slices.Sort(t.keys)
	id := make(map[string]int32, len(t.keys))
	t.id = id
	t.weight = make([]float64, len(t.keys))
	t.postings = make([][]int, len(t.keys))
	for n, k := range t.keys {
		id[k] = int32(n)
		t.weight[n] = stats.weigh(k)
	}
	for _, i := range reps {
		sig := docs[i].Sig
		t.days[i] = sig.Day
		t.ids[i] = make([]int32, len(sig.Keys))
		for n, k := range sig.Keys {
			t.ids[i][n] = id[k]
			if df := stats.df[k]; df >= 2 && df <= blockLimit {
				t.postings[id[k]] = append(t.postings[id[k]], i)
			}
		}
		for _, h := range sig.Heads {
			t.heads[i] = append(t.heads[i], id[h])
		}
	}
	return t
}

// scorePairs scores, for each doc, the later docs that share a blocking key
// with it, in as many goroutines as there are processors: a run's grouping
// waits for every file, so it is time the run waits too. Each goroutine
// takes every n-th doc; the edges come back in the docs' order.
func (t *keyTable) scorePairs(docs []Doc, reps []int) []edge {
	n := max(1, min(runtime.GOMAXPROCS(0), len(reps)/64))
	parts := make([][]edge, n)
	var wg sync.WaitGroup
	for w := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen := map[int]int{} // candidate → the doc it was last a candidate of
			for r := w; r < len(reps); r += n {
				i := reps[r]
				for _, k := range t.ids[i] {
					for _, j := range t.postings[k] {
						if j <= i || seen[j] == i+1 {
							continue
						}
						seen[j] = i + 1
						if e, ok := t.pair(docs, i, j); ok {
							parts[w] = append(parts[w], e)
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	var edges []edge
	for _, p := range parts {
		edges = append(edges, p...)
	}
	sortEdges(edges)
	return edges
}

// pair scores two docs by the keys they share.
func (t *keyTable) pair(docs []Doc, i, j int) (edge, bool) {
	need, ok := bar(t.days[i], t.days[j], t.undated)
	if !ok {
		return edge{}, false
	}
	a, b := t.ids[i], t.ids[j]
	score := 0.0
	for x, y := 0, 0; x < len(a) && y < len(b); { // the sorted ids, merged
		switch k := a[x]; {
		case k < b[y]:
			x++
		case k > b[y]:
			y++
		default:
			w := t.weight[k]
			if slices.Contains(t.heads[i], k) || slices.Contains(t.heads[j], k) {
				w *= headBoost
			}
			score += w
			x++
			y++
		}
	}
	if score < need {
		return edge{}, false
	}
	return edge{a: i, b: j, score: score}, true
}

// distinct keeps one doc of each signature: wire copies and reprints carry
// the same names and date, and are one story if their names weigh enough
// on their own. It returns the representatives and the copies' edges.
func distinct(docs []Doc, open []int) (reps []int, copies []edge) {
	first := map[uint64][]int{} // a signature's hash → the first docs of the signatures of that hash
	seed := maphash.MakeSeed()
	for _, i := range open {
		s := docs[i].Sig
		if len(s.Keys) == 0 {
			reps = append(reps, i)
			continue
		}
		h := sigHash(seed, s)
		at := slices.IndexFunc(first[h], func(f int) bool {
			return docs[f].Sig.Day == s.Day && slices.Equal(docs[f].Sig.Keys, s.Keys)
		})
		if at < 0 {
			first[h] = append(first[h], i)
			reps = append(reps, i)
			continue
		}
		f := first[h][at]
		score := 0.0
		for _, k := range s.Keys {
			score += weight(k)
		}
		if score >= undatedBar+1 {
			copies = append(copies, edge{a: f, b: i, score: score})
		}
	}
	return reps, copies
}

// sigHash hashes what makes two signatures copies: their date and keys.
func sigHash(seed maphash.Seed, s Signature) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	var day [8]byte
	binary.LittleEndian.PutUint64(day[:], uint64(s.Day))
	h.Write(day[:])
	for _, k := range s.Keys {
		h.WriteString(k)
		h.WriteByte(0)
	}
	return h.Sum64()
}
