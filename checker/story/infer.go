package story

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"iter"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// The bar a pair of articles must clear to be one story. A key weighs what
// its shape says (weight: a person's full name 3, a street 2, a body 1.5,
// one word 0.5), scaled down when the run shows it is common: written in
// more than rare articles, or on more than rareOccasions occasions (days
// apart by more than occasionGap: a city's hospital, a neighbourhood, a
// police chief, written on many dates for many events, where one event's
// reports share a few days), or in more than persistEpisodes episodes
// (runs of reports more than episodeGap days apart: an event and, months
// later, its trial are two; a mayor, a site's furniture, many). Articles
// close in time need less: reports of the same or the next day need only
// two rare words (a town and a street's name), one person named in both
// articles of the same week ties them; dated further apart they need more
// (within maxDays a person and a street's or another person's name, rare
// in the run: 6, two people, lost more pairs of one incident on gva than it
// kept apart of two), and beyond maxDays much more (several of the same
// people: a trial or a sentencing names the victim and the accused; one
// name alone is more likely a new event).
const (
	minRare         = 8   // articles a key may be in and still count fully; more in large runs (rareShare)
	rareShare       = 200 // …a key in one article of this many counts fully
	rareOccasions   = 3
	occasionGap     = 3
	persistEpisodes = 2
	episodeGap      = 30
	persistCut      = 0.5
	dayBar          = 1.0 // dated on the same or the next day
	weekBar         = 2.0 // within a week
	monthBar        = 4.0 // within a month
	farBar          = 5.0 // within maxDays
	laterBar        = 8.0 // later
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

// A one-word key as rare as a town's name (in at most rareTown articles, or
// a share of a large run: rareTownShare), all of them written on one
// occasion, ties two of those reports on its own: "FRONTON -" in one
// dateline and "near Fronton" in a report of two days later are one event
// far more often than two, where one word in general weighs too little
// (0.5) to ever clear weekBar. (Written on two occasions of the same week,
// such a word joined more different incidents than it found on gva.)
// Only a run of minTownRun articles or more can show that a word is that
// rare: in a handful of drafts every town is, and two of them that share
// only "Oakvale" and its police may well report two events.
const (
	rareTown      = 4
	rareTownShare = 600
	minTownRun    = 400
	townWeight    = weekBar
)

// townRarity is how many of a run's n articles a town's name may be in and
// still tie a week's reports on its own; 0 in a run too small to tell.
func townRarity(n int) float64 {
	if n < minTownRun {
		return 0
	}
	return math.Max(rareTown, float64(n)/rareTownShare)
}

// blocks reports whether a key written in df of a run's articles finds
// candidates: a name in at least two and at most blockLimit. An age never
// does: it ties two reports only with a name they share, so the name finds
// them, and the many reports that write one age would be compared for
// nothing. Nor does a name's variant (variantKey): the two spellings share
// the surname, which finds them.
func blocks(key string, df int32) bool {
	return df >= 2 && df <= blockLimit && !isAgeKey(key) && !isTollKey(key) && !isVariantKey(key)
}

// officialWeight is the most a person's name weighs in a pair of articles
// that both cite the person in their office (Signature.Officials): as much
// as a body's name, since the office speaks of every event of its place.
// (Its surname on its own weighs what one word does. 1.0 for the name, or
// nothing for the surname, lost more pairs of one incident on gva than it
// kept apart of two.)
const officialWeight = 1.5

// victimBoost is how much more a person's name weighs in a pair of which
// one article counts the person among the dead or the hurt by name
// (Signature.Victims): a charge, a plea or a sentencing months later names
// the victim, where the names two reports of different events share are
// most often a reporter's, an official's or a witness's. With it a rare
// victim's name ties reports within maxDays, and with one more person's
// name a sentencing a year later. (1.5 found fewer pairs of one incident on
// gva; 2.5 joined more of two.)
const victimBoost = 2

// victimEpisodes is how many episodes a victim's name may be written in
// and still be one event's: the shooting, the charge, the trial, the
// sentence. A name in more is common, another person's of the same name.
const victimEpisodes = 4

// headBoost is how much more a word weighs when it heads a place's name in
// one of the two articles (placeHead): a street named in part.
const headBoost = 3

// bar is the weight a pair of articles dated a and b must share.
func bar(a, b int, undated float64) float64 {
	if a == 0 || b == 0 {
		return undated
	}
	switch gap := max(a-b, b-a); {
	case gap <= 1:
		return dayBar
	case gap <= 7:
		return weekBar
	case gap <= 30:
		return monthBar
	case gap <= maxDays:
		return farBar
	}
	return laterBar
}

// edge is a pair of docs that clears the bar, or, weak, that shares
// weakShare of it: not enough to tie them, but enough to count among the
// links between two groups that another pair joins (cluster).
type edge struct {
	a, b  int // docs, a < b
	score float64
	need  float32 // the bar it was scored against
	weak  bool
	dated bool // both articles are: only then does a pair corroborate another (cluster)
}

// weakShare is the share of its bar a pair of dated articles must weigh to
// count as a link. (0.35 and 0.75 found the same pairs on gva as 0.5.)
const weakShare = 0.5

// shownKeys is how many shared keys evidence names.
const shownKeys = 6

func (e edge) describe(docs []Doc, s *signed, self int) string {
	other := e.a
	if other == self {
		other = e.b
	}
	// the heaviest keys first, a few of them: enough to see why
	keys := s.shared(s.sigs[e.a], s.sigs[e.b]) // only Explain asks: a check never lists them
	spelled := map[string]string{}             // a variant key written two ways → how
	keys = slices.DeleteFunc(keys, func(k string) bool {
		if !isVariantKey(k) {
			return false
		}
		x, y := s.spelling(e.a, k), s.spelling(e.b, k)
		if x == y {
			return true // one spelling: the name itself is shared
		}
		spelled[k] = fmt.Sprintf("%q ≈ %q", x, y)
		return false
	})
	victim := func(k string) bool {
		id := s.id[k]
		return slices.Contains(s.sigs[e.a].Victims, id) || slices.Contains(s.sigs[e.b].Victims, id)
	}
	shown := func(k string) float64 {
		if victim(k) {
			return weight(k) * victimBoost
		}
		return weight(k)
	}
	slices.SortStableFunc(keys, func(x, y string) int { return cmp.Compare(shown(y), shown(x)) })
	var quoted []string
	for i, k := range keys {
		if i == shownKeys {
			quoted = append(quoted, fmt.Sprintf("%d more", len(keys)-shownKeys))
			break
		}
		q := fmt.Sprintf("%q", k)
		if v, ok := spelled[k]; ok {
			q = v
		}
		if victim(k) {
			q += " (a victim)"
		}
		quoted = append(quoted, q)
	}
	return fmt.Sprintf("shares %s with %s (weight %.1f)", strings.Join(quoted, ", "), docs[other].File, e.score)
}

// spelling is how doc i writes the name whose variant key is v: its first
// name of that variant, in its keys' order.
func (s *signed) spelling(i int, v string) string {
	for _, k := range s.sigs[i].Keys {
		if variantKey(s.keys[k]) == v {
			return s.keys[k]
		}
	}
	return ""
}

// keyStats is what the run says of each key (by its id in the table): how
// many signatures carry it, and on how many occasions and in how many
// episodes the dated ones write it.
type keyStats struct {
	df        []int32
	occasions []int32 // runs of days, each more than occasionGap after the one before
	episodes  []int32 // runs of days, each more than episodeGap after the one before
	n         int     // representatives
	rare      float64
	rareTown  float64 // articles a one-word key may be in and tie a week's reports (nearOf)
	undated   float64 // the bar of a pair without dates in this run
}

func newKeyStats(s *signed, reps []int) keyStats {
	n := len(s.keys)
	st := keyStats{df: make([]int32, n), occasions: make([]int32, n), episodes: make([]int32, n),
		n:        len(reps),
		rare:     math.Max(minRare, float64(len(reps))/rareShare),
		rareTown: townRarity(len(reps)),
		undated:  undatedBar + 0.75*math.Log10(math.Max(1, float64(len(reps))/2))}
	days := make([][]int32, n)
	for _, i := range reps {
		d := int32(s.sigs[i].Day)
		for _, k := range s.sigs[i].Keys {
			st.df[k]++
			if d != 0 {
				days[k] = append(days[k], d)
			}
		}
	}
	for k, ds := range days {
		st.spread(int32(k), ds)
	}
	return st
}

// spread counts the occasions and episodes of key k from the days of the
// dated articles that write it (sorted in place).
func (st keyStats) spread(k int32, days []int32) {
	slices.Sort(days)
	st.occasions[k], st.episodes[k] = runs(days, occasionGap), runs(days, episodeGap)
}

// runs counts the runs of sorted days, each more than gap days after the
// last day of the one before.
func runs(days []int32, gap int32) int32 {
	if len(days) == 0 {
		return 0
	}
	n := int32(1)
	for i := 1; i < len(days); i++ {
		if days[i]-days[i-1] > gap {
			n++
		}
	}
	return n
}

// weighVictim is what key k weighs as a victim's name (Signature.Victims),
// before victimBoost: scaled down only when the run writes it in many
// articles. Written on many occasions and in several episodes it is one
// event's coverage, the shooting, the arrest, the trial, not a mayor's
// name, so the cuts of weigh do not apply.
func (st keyStats) weighVictim(k int32, shape float64) float64 {
	w := shape
	if df := float64(st.df[k]); df > st.rare {
		w *= st.rare / df
	}
	if st.episodes[k] > victimEpisodes {
		w *= persistCut
	}
	return w
}

func (st keyStats) weigh(s *signed, k int32) float64 { return st.weighShaped(s, k, weight(s.keys[k])) }

// windows is what key k, of weight shape (weight), weighs in a pair of
// each window: further apart than a week (weigh), within a week (nearOf),
// on the same or the next day (dayOf). A grouping asks
// for every key of its run, and weight is the costly part, read once.
func (st keyStats) windows(s *signed, k int32, shape float64) (far, near, day float64) {
	far = st.weighShaped(s, k, shape)
	near = st.nearOf(s, k, far)
	return far, near, st.dayOf(s, k, near)
}

// weighShaped is weigh for a key of weight shape.
func (st keyStats) weighShaped(s *signed, k int32, shape float64) float64 {
	if isHeadlineKey(s.keys[k]) {
		return headlineWeight(int(st.df[k]), st.n) / headlineLater
	}
	w := shape
	if df := float64(st.df[k]); df > st.rare {
		w *= st.rare / df
	}
	if o := float64(st.occasions[k]); o > rareOccasions {
		w *= rareOccasions / o
	}
	if st.episodes[k] > persistEpisodes {
		w *= persistCut
	}
	return w
}

// nearOf is the weight of key k in a pair dated within a week, for a key
// that weighs w further apart (weigh): a rare town's name (one word, as
// rare as rareTown, written on one occasion, so its reports are days
// apart) weighs townWeight, every other key w.
func (st keyStats) nearOf(s *signed, k int32, w float64) float64 {
	if isHeadlineKey(s.keys[k]) {
		return headlineWeight(int(st.df[k]), st.n)
	}
	if strings.IndexByte(s.keys[k], ' ') < 0 && float64(st.df[k]) <= st.rareTown && st.occasions[k] <= 1 {
		return math.Max(w, townWeight)
	}
	return w
}

// ageWeight is what an age key (age.go) weighs in a pair dated on the same
// or the next day, whatever the run says of it: two ages, or an age and a
// word as rare as rare, clear dayBar; one age alone does not. (0.75, an age
// and a word written more often, found one more pair on gva.)
const ageWeight = 0.5

// dayOf is the weight of key k in a pair dated on the same or the next
// day, for a key that weighs near within a week (nearOf): an age key
// weighs ageWeight, a toll tollWeight, every other key near.
func (st keyStats) dayOf(s *signed, k int32, near float64) float64 {
	switch {
	case isAgeKey(s.keys[k]):
		return ageWeight
	case isTollKey(s.keys[k]):
		return tollWeight
	}
	return near
}

// infer finds the pairs of the open docs that clear the bar, sorted by
// their docs.
func infer(s *signed, open []int) []edge { return newInference(s, open).kept }

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

func newInference(s *signed, open []int) *inference {
	reps, copies := distinct(s, open)
	stats := newKeyStats(s, reps)
	t := newKeyTable(s, reps, stats)
	scored := t.scorePairs(reps)
	kept := cluster(len(s.sigs), copies, scored)
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

// keyTable ranks the keys of a grouping in their sorted order, so pairs
// are scored by merging integers rather than strings (most of a grouping's
// time is there) in the order of the keys' text: a doc's keys become their
// ranks, sorted as the keys were.
type keyTable struct {
	rank     []int32   // by key id: its rank; -1: no representative carries it
	weight   []float64 // by rank: the key's weight in this run (keyStats.weigh)
	near     []float64 // by rank: its weight in a pair dated within a week (keyStats.nearOf)
	day      []float64 // by rank: its weight in a pair of the same or the next day (keyStats.dayOf)
	shape    []float64 // by rank: weight, what its shape says before the run does
	victim   []float64 // by rank: its weight as a victim's name (keyStats.weighVictim)
	postings [][]int   // by rank: the docs that carry a blocking key
	ids      [][]int32 // by doc: its keys' ranks
	heads    [][]int32 // by doc: its heads' ranks
	// by doc: the ranks of the officials it cites (Signature.Officials)
	officials [][]int32
	titled    [][]int32 // by doc: the ranks of the keys only its title gives (Signature.Titled)
	victims   [][]int32 // by doc: the ranks of the people it counts among the victims (Signature.Victims)
	// by rank: the rank of a person's name's variant key (variantKey), -1
	// for none; a variant key's own entry is variantSelf
	variantOf []int32
	days      []int
	undated   float64
}

func newKeyTable(s *signed, reps []int, stats keyStats) *keyTable {
	n := len(s.sigs)
	t := &keyTable{rank: make([]int32, len(s.keys)), ids: make([][]int32, n), heads: make([][]int32, n),
		officials: make([][]int32, n), titled: make([][]int32, n), victims: make([][]int32, n), days: make([]int, n), undated: stats.undated}
	var present []int32
	for k, df := range stats.df {
		t.rank[k] = -1
		if df > 0 {
			present = append(present, int32(k))
		}
	}
	slices.SortFunc(present, func(x, y int32) int { return strings.Compare(s.keys[x], s.keys[y]) })
	t.weight = make([]float64, len(present))
	t.near = make([]float64, len(present))
	t.day = make([]float64, len(present))
	t.postings = make([][]int, len(present))
	t.shape = make([]float64, len(present))
	t.variantOf = make([]int32, len(present))
	t.victim = make([]float64, len(present))
	for r, k := range present {
		t.rank[k] = int32(r)
		t.shape[r] = weight(s.keys[k])
		t.weight[r], t.near[r], t.day[r] = stats.windows(s, k, t.shape[r])
		t.victim[r] = stats.weighVictim(k, t.shape[r])
	}
	for r, k := range present {
		t.variantOf[r] = t.variantRank(s, s.keys[k], t.shape[r])
	}
	for _, i := range reps {
		sig := s.sigs[i]
		t.days[i] = sig.Day
		t.ids[i] = make([]int32, len(sig.Keys))
		for n, k := range sig.Keys {
			r := t.rank[k]
			t.ids[i][n] = r
			if blocks(s.keys[k], stats.df[k]) {
				t.postings[r] = append(t.postings[r], i)
			}
		}
		t.heads[i], t.officials[i], t.titled[i] = t.ranks(sig.Heads), t.ranks(sig.Officials), t.ranks(sig.Titled)
		t.victims[i] = t.ranks(sig.Victims)
	}
	return t
}

// variantSelf marks a variant key in keyTable.variantOf.
const variantSelf = -2

// variantRank is the rank of the variant key of key (of weight shape), -1
// when it has none in the run, variantSelf when key is a variant key.
func (t *keyTable) variantRank(s *signed, key string, shape float64) int32 {
	if isVariantKey(key) {
		return variantSelf
	}
	v := shapedVariant(key, shape)
	if v == "" {
		return -1
	}
	id, ok := s.id[v]
	if !ok {
		return -1
	}
	return t.rank[id]
}

// ranks are the ranks of keys (by id), in their order; nil for none.
func (t *keyTable) ranks(keys []int32) []int32 {
	var out []int32
	for _, k := range keys {
		out = append(out, t.rank[k])
	}
	return out
}

// scorePairs scores, for each doc, the later docs that share a blocking key
// with it, in as many goroutines as there are processors: a run's grouping
// waits for every file, so it is time the run waits too. Each goroutine
// takes every n-th doc; the edges come back in the docs' order.
func (t *keyTable) scorePairs(reps []int) []edge {
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
						if e, ok := t.pair(i, j); ok {
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
func (t *keyTable) pair(i, j int) (edge, bool) {
	score, need := t.score(i, j)
	if score < need && (score < need*weakShare || t.days[i] == 0 || t.days[j] == 0) {
		return edge{}, false // undated, nothing tells a weak tie's event from another of its place's
	}
	return edge{a: i, b: j, score: score, need: float32(need), weak: score < need, dated: t.days[i] != 0 && t.days[j] != 0}, true
}

// windowWeights are the weights of the keys of a pair of docs i and j that
// need weighs: a key weighs more in reports close in time (nearOf, dayOf).
func (t *keyTable) windowWeights(i, j int, need float64) []float64 {
	if t.days[i] != 0 && t.days[j] != 0 {
		switch need {
		case dayBar:
			return t.day
		case weekBar:
			return t.near
		}
	}
	return t.weight
}

// sharedKeys yields the ranks of the keys docs i and j share, in order,
// each with what it weighs in their pair (weighShared) under the bar need.
func (t *keyTable) sharedKeys(i, j int, need float64) iter.Seq2[int32, float64] {
	return func(yield func(int32, float64) bool) {
		weights := t.windowWeights(i, j, need)
		sameDay := need == dayBar && t.days[i] != 0 && t.days[j] != 0
		a, b := t.ids[i], t.ids[j]
		for x, y := 0, 0; x < len(a) && y < len(b); { // the sorted ids, merged
			switch k := a[x]; {
			case k < b[y]:
				x++
			case k > b[y]:
				y++
			default:
				if !yield(k, t.weighShared(k, i, j, weights, sameDay)) {
					return
				}
				x++
				y++
			}
		}
	}
}

// score is what the keys docs i and j share weigh, and the bar of their
// dates.
func (t *keyTable) score(i, j int) (score, need float64) {
	need = bar(t.days[i], t.days[j], t.undated)
	var variants spellings
	for k, w := range t.sharedKeys(i, j, need) {
		switch v := t.variantOf[k]; {
		case v == variantSelf:
			variants.shared(k, w)
		case v >= 0:
			variants.spelledAlike(v)
			score += w
		default:
			score += w
		}
	}
	return score + variants.weight(), need
}

// distinct keeps one doc of each signature: wire copies and reprints carry
// the same names and date, and are one story if their names weigh enough
// on their own. It returns the representatives and the copies' edges.
func distinct(s *signed, open []int) (reps []int, copies []edge) {
	first := map[uint64][]int{} // a signature's hash → the first docs of the signatures of that hash
	scores := map[int]float64{} // a first doc → what its keys weigh
	seed := maphash.MakeSeed()
	for _, i := range open {
		sig := s.sigs[i]
		if len(sig.Keys) == 0 {
			reps = append(reps, i)
			continue
		}
		h := sigHash(seed, sig)
		at := slices.IndexFunc(first[h], func(f int) bool { return sameCompact(s.sigs[f], sig) })
		if at < 0 {
			first[h] = append(first[h], i)
			reps = append(reps, i)
			continue
		}
		f := first[h][at]
		score, ok := scores[f] // a copy's keys are its first's: weighed once
		if !ok {
			for _, k := range sig.Keys {
				score += weight(s.keys[k])
			}
			scores[f] = score
		}
		if score >= undatedBar+1 {
			copies = append(copies, edge{a: f, b: i, score: score})
		}
	}
	return reps, copies
}

// sigHash hashes what makes two signatures copies: their date and keys.
func sigHash(seed maphash.Seed, c Compact) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(c.Day))
	h.Write(b[:])
	for _, k := range c.Keys {
		binary.LittleEndian.PutUint32(b[:4], uint32(k))
		h.Write(b[:4])
	}
	return h.Sum64()
}

// shared returns the text of the keys two signatures share, sorted.
func (s *signed) shared(a, b Compact) []string {
	var out []string
	for i, j := 0, 0; i < len(a.Keys) && j < len(b.Keys); {
		x, y := a.Keys[i], b.Keys[j]
		switch {
		case x == y:
			out = append(out, s.keys[x])
			i++
			j++
		case s.keys[x] < s.keys[y]:
			i++
		default:
			j++
		}
	}
	return out
}

// weighShared is what key k (by rank), shared by docs i and j, weighs in
// their pair: its weight in the pair's window, more when it heads a place
// in one of them or no other article of their day carries it, victimBoost
// times more when one of them counts the person among the victims, at most
// officialWeight when both cite the person in office.
func (t *keyTable) weighShared(k int32, i, j int, weights []float64, sameDay bool) float64 {
	if slices.Contains(t.titled[i], k) && slices.Contains(t.titled[j], k) {
		return 0 // two headlines' words: "Granddaughter" may be no one's name
	}
	w := weights[k]
	if slices.Contains(t.heads[i], k) || slices.Contains(t.heads[j], k) {
		w = max(w, t.weight[k]*headBoost)
	}
	if sameDay && w < t.shape[k] && aloneLifts(t.shape[k]) && t.alone(k, i, j) {
		w = t.shape[k]
	}
	if slices.Contains(t.victims[i], k) || slices.Contains(t.victims[j], k) {
		w = max(w, t.victim[k]) * victimBoost
	}
	if slices.Contains(t.officials[i], k) && slices.Contains(t.officials[j], k) {
		w = min(w, officialWeight)
	}
	return w
}

// alone reports whether docs i and j, dated close together, are the only
// ones that carry key k (by rank) within an occasion of their days. A key
// in more than blockLimit articles has no postings and is never alone.
func (t *keyTable) alone(k int32, i, j int) bool {
	lo, hi := min(t.days[i], t.days[j])-occasionGap, max(t.days[i], t.days[j])+occasionGap
	if len(t.postings[k]) == 0 {
		return false
	}
	for _, m := range t.postings[k] {
		if m != i && m != j && t.days[m] >= lo && t.days[m] <= hi {
			return false
		}
	}
	return true
}

// aloneLifts reports whether a key of shape weight w (weight) weighs that
// much in a pair of the same or the next day when no other article of the
// days around carries it: a one-word name or a place's. A body's name is
// not: two reports of one day from one site or city share its hospital,
// its police and its crime line whatever they report.
func aloneLifts(w float64) bool { return w == 0.5 || w == 2 }

// spellings collects, in one pair, the variant keys the two articles
// share and the variants of the names they write alike, so a variant
// weighs only when the two spell a name two ways. A pair shares a few
// names at most; past maxSpellings a variant is not counted, which only
// ever weighs less.
type spellings struct {
	keys   [maxSpellings]int32
	w      [maxSpellings]float64
	n      int
	alike  [maxSpellings]int32
	nAlike int
}

const maxSpellings = 8

func (s *spellings) shared(k int32, w float64) {
	if s.n < maxSpellings {
		s.keys[s.n], s.w[s.n] = k, w
		s.n++
	}
}

func (s *spellings) spelledAlike(v int32) {
	if s.nAlike < maxSpellings {
		s.alike[s.nAlike] = v
		s.nAlike++
	} else {
		s.n = 0 // cannot tell which variants the names cover: count none
	}
}

// weight is what the variants written two ways weigh.
func (s *spellings) weight() float64 {
	sum := 0.0
	for n := range s.n {
		if !slices.Contains(s.alike[:s.nAlike], s.keys[n]) {
			sum += s.w[n]
		}
	}
	return sum
}
