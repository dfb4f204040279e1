package facts

import (
	"errors"
	"math"
	"strings"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/numwords"
)

// qualifierWords are the words before a figure that bound it, as drafts
// write them (and rules.Figure prints them).
var qualifierWords = []struct {
	words     string
	qualifier string
}{
	{"at least", claim.AtLeast}, {"more than", claim.MoreThan}, {"over", claim.MoreThan},
	{"at most", claim.AtMost}, {"up to", claim.AtMost}, {"fewer than", claim.LessThan}, {"less than", claim.LessThan},
	{"about", claim.Approx}, {"around", claim.Approx}, {"approximately", claim.Approx}, {"some", claim.Approx},
	{"nearly", claim.ApproxBelow}, {"almost", claim.ApproxBelow},
}

var errValue = errors.New(`not a figure: write a number with at most a qualifier (34, "at least 34", "more than 30", "about 300", "nearly 40", "up to 5") or a range ("30 to 40")`)

// parseValue reads a registry's value: a number (digits or words), with a
// qualifier or as a range, into the interval a draft's figure would have.
func parseValue(s string) (qualifier string, in claim.Interval, err error) {
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(s, "–", " to ")))
	q := claim.Exact
	for _, w := range qualifierWords {
		ws := strings.Fields(w.words)
		if len(words) > len(ws) && strings.Join(words[:len(ws)], " ") == w.words {
			q, words = w.qualifier, words[len(ws):]
			break
		}
	}
	if len(words) > 0 && words[0] == "between" {
		q, words = claim.Range, words[1:]
	}
	lo, rest, ok := number(words)
	if !ok {
		return "", in, errValue
	}
	if len(rest) == 0 {
		if q == claim.Range {
			return "", in, errValue
		}
		if lo.Min != lo.Max {
			return claim.Vague, claim.Interval{Min: lo.Min, Max: lo.Max}, nil // "dozens"
		}
		in, _ = claim.Qualify(q, lo.Min, lo.Min == math.Trunc(lo.Min))
		return q, in, nil
	}
	if (q != claim.Exact && q != claim.Range) || len(rest) < 2 || !(rest[0] == "to" || rest[0] == "and" || rest[0] == "-") {
		return "", in, errValue
	}
	hi, rest, ok := number(rest[1:])
	if !ok || len(rest) > 0 || hi.Max < lo.Min {
		return "", in, errValue
	}
	return claim.Range, claim.Interval{Min: lo.Min, Max: hi.Max}, nil
}

// number reads the number at the start of words ("34", "3.6 million",
// "thirty-four", "30-40" split at its hyphen).
func number(words []string) (numwords.Number, []string, bool) {
	if len(words) > 0 {
		if a, b, ok := strings.Cut(words[0], "-"); ok && a != "" && b != "" && a[0] >= '0' && a[0] <= '9' {
			words = append([]string{a, "-", b}, words[1:]...)
		}
	}
	n, ok := numwords.Parse(words)
	if !ok || n.Tokens > len(words) {
		return n, nil, false
	}
	return n, words[n.Tokens:], true
}
