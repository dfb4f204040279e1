package story

import (
	"math"
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/fold"
)

// headlineMark opens a headline word's key ("~toddler"), which no name's
// key can: a name's words are letters.
const headlineMark = "~"

// headlineKeys are the words of an article's front matter headline, each
// a key of its own (headlineMark and the word, a plural as its singular):
// what the report tells in its own words, the people by what they are
// ("toddler", "deacon"), the event ("murder-suicide", "nightclub"), the
// place. Words of a headline's grammar and the words every report writes
// ("police", "Tuesday") give none. Sorted.
func headlineKeys(title string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(headline(title), notNameRune) {
		k := fold.Fold(w)
		k = strings.TrimSuffix(strings.TrimSuffix(k, "'s"), "’s")
		if len(k) < 3 || !hasLetter(k) || commonWords[k] || headlineGrammar[k] || chromeWords[k] {
			continue
		}
		if len(k) >= 5 { // "shots" is "shot"; "dies" and "Mpls" are no plurals
			k = extract.Singular(k)
		}
		out = append(out, headlineMark+k)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func isHeadlineKey(key string) bool { return strings.HasPrefix(key, headlineMark) }

// A headline word weighs by how few of the run's headlines write it, in
// full in a pair of reports of the same week (nearOf, dayOf): in one
// headline of headlineCommon or more it weighs nothing ("shooting", "man",
// "killed" in a run of crime reports), rarer by the logarithm of its
// rarity beyond that, so that a word in one headline of e^headlineScale
// more weighs 1, as much as a same-day pair needs (dayBar). A few rare
// words shared by two headlines of the same days tell one event: "Toddler
// wounded at Oakvale motel" and "Oakvale motel shooting leaves toddler
// hurt". Two headlines' words weigh nothing in a run of fewer than twice
// headlineCommon articles: it is too small to tell which words are rare.
// (A common share of 1 in 20 kept fewer pairs of one incident on gva, 1 in
// 5 joined more of two; a word written months apart is more often another
// event's.)
const (
	headlineCommon = 10
	headlineScale  = 6.0
	// in reports further apart a headline word weighs half as much: a
	// follow-up weeks later tells the event in other words, and the same
	// rare words ("Russian roulette") are more often another event's
	headlineLater = 2
)

// headlineWeight is what a headline word written in df of n articles
// weighs in a pair of the same week (headlineLater less further apart).
func headlineWeight(df, n int) float64 {
	if df < 2 {
		return 0
	}
	return max(0, math.Log(float64(n)/float64(df*headlineCommon))) / headlineScale
}
