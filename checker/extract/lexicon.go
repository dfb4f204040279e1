// The lexicon: word lists, one file per concern (lexicon_events.go,
// lexicon_authority.go, lexicon_figures.go, lexicon_names.go, lexicon_people.go,
// lexicon_sources.go, lexicon_time.go). Patterns ask about a word one way,
// by its classes (classes.go), which the tokenizer looks up once per token.

package extract

import (
	"strings"
)

// set builds a lookup table from a space-separated word list.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// beforeHyphen is the part of a word before its first hyphen, or the word.
func beforeHyphen(s string) string {
	before, _, _ := strings.Cut(s, "-")
	return before
}
