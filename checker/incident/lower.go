package incident

import "strings"

// maxLowerShrink is the most a rune's UTF-8 form shrinks when lower-cased
// (the Kelvin sign, three bytes, becomes "k"), so a text of at least
// maxLowerShrink×n bytes is at least n bytes lower-cased.
const maxLowerShrink = 3

// shortLower is strings.ToLower(s) where that may be shorter than n bytes,
// and s itself (n bytes or longer) where it cannot: a caller that only
// reads a short text's lower case does not lower every paragraph of an
// article to learn that it is long.
func shortLower(s string, n int) string {
	if len(s) >= maxLowerShrink*n {
		return s
	}
	return strings.ToLower(s)
}
