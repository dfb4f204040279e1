// Package piecetext makes the random texts that the tests of the speed
// tricks (the *_fast.go files) hold against their plain references: texts
// glued from pieces chosen to meet a fast path's edges (a mark's first
// byte, cut UTF-8, a capital, a separator), drawn with a fixed seed so that
// a failure repeats.
package piecetext

import (
	"iter"
	"math/rand"
	"strings"
)

// Texts yields n texts, each of 1 to most pieces drawn at random from
// pieces by a generator seeded with seed.
func Texts(seed int64, n, most int, pieces ...string) iter.Seq[string] {
	return func(yield func(string) bool) {
		rng := rand.New(rand.NewSource(seed))
		var b strings.Builder
		for range n {
			b.Reset()
			for k := rng.Intn(most); k >= 0; k-- {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
			if !yield(b.String()) {
				return
			}
		}
	}
}
