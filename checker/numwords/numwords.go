// Package numwords reads numbers written the ways news English writes them:
// digits with separators and decimals ("1,709", "3.6 million", "1.2m"),
// spelled-out numbers ("Thirty-three", "a hundred and twenty", "half a
// dozen") and vague amounts ("dozens", "tens of thousands", "a handful"). It
// works on lower-case word tokens so the caller keeps the byte offsets.
package numwords

import (
	"maps"
	"strconv"
	"strings"
)

// Number is a number read from the start of a token slice.
type Number struct {
	Min, Max float64 // equal unless Vague
	Tokens   int     // how many tokens it used
	Vague    bool    // "dozens", "hundreds", "several": an order of magnitude, not a figure
	Spelled  bool    // written in words, not digits
}

var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// unitsAndTens is units and tens in one table: most words compound is
// asked about are neither, and one lookup tells.
var unitsAndTens = func() map[string]float64 {
	m := maps.Clone(units)
	maps.Copy(m, tens)
	return m
}()

// scales multiply what stands before them; the short forms follow digits
// ("1.2m", "£3bn", "40k").
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12, "trn": 1e12,
}

// vague amounts as intervals: "dozens" is at least two dozen and fewer than a
// hundred; "hundreds", "thousands" and "millions" span their power of ten
// ([100, 1000], …), as the NewsQuant annotators read them.
var vague = map[string][2]float64{
	"dozens": {24, 99}, "scores": {40, 199}, "hundreds": {100, 1000}, "thousands": {1000, 10000},
	"millions": {1e6, 1e7}, "billions": {1e9, 1e10}, "several": {3, 9},
}

// Parse reads the longest number at the start of words. ok is false when
// words does not start with a number.
func Parse(words []string) (n Number, ok bool) {
	if len(words) == 0 {
		return n, false
	}
	if n, ok := parseVague(words); ok {
		return n, true
	}
	if n, ok := parseFraction(words); ok {
		return n, true
	}
	next := ""
	if len(words) > 1 {
		next = words[1]
	}
	if n, ok := ParseDigits(words[0], next); ok {
		return n, true
	}
	return parseSpelled(words)
}

// ParseDigits is Parse for a phrase that opens with digits, w, followed by
// the word next ("" for none), which may be a scale ("3.6 million").
func ParseDigits(w, next string) (Number, bool) {
	v, ok := Digits(w)
	if !ok {
		return Number{}, false
	}
	if s, ok := scales[next]; ok {
		return Number{Min: v * s, Max: v * s, Tokens: 2}, true
	}
	return Number{Min: v, Max: v, Tokens: 1}, true
}

// FollowsA reports whether w can follow "a" in a number ("a dozen", "a
// million", "a third of", "a handful"); a caller can test it before building
// the phrase, as almost no word after "a" can.
func FollowsA(w string) bool {
	_, fraction := fractions[w]
	return fraction || w == "handful" || w == "couple" || w == "dozen" || IsScaleWord(w)
}

// Digits parses "1,709", "3.6", "33" and "1.000" never as one thousand: a
// comma separates thousands only in groups of three.
func Digits(w string) (float64, bool) {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false
	}
	if v, ok := plainInteger(w); ok {
		return v, true
	}
	if strings.Contains(w, ",") {
		parts := strings.Split(strings.SplitN(w, ".", 2)[0], ",")
		for i, p := range parts {
			if (i == 0 && (len(p) < 1 || len(p) > 3)) || (i > 0 && len(p) != 3) {
				return 0, false
			}
		}
		w = strings.ReplaceAll(w, ",", "")
	}
	v, err := strconv.ParseFloat(w, 64)
	return v, err == nil
}

// plainInteger reads up to 15 digits and nothing else, the common figure,
// without strconv; its float64 is exact.
func plainInteger(w string) (float64, bool) {
	if len(w) > 15 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return float64(v), true
}

func parseVague(words []string) (Number, bool) {
	w := words[0]
	// "tens of thousands", "hundreds of thousands", "dozens of millions"
	if len(words) >= 3 && words[1] == "of" {
		if lo, ok := map[string]float64{"tens": 10, "hundreds": 100, "dozens": 12}[w]; ok {
			if s, ok := scales[strings.TrimSuffix(words[2], "s")]; ok && strings.HasSuffix(words[2], "s") && s >= 1000 {
				if w == "dozens" {
					return Number{Min: 24 * s, Max: 100*s - 1, Tokens: 3, Vague: true, Spelled: true}, true
				}
				return Number{Min: lo * s, Max: 10 * lo * s, Tokens: 3, Vague: true, Spelled: true}, true
			}
		}
	}
	if iv, ok := vague[w]; ok && (w != "scores" || len(words) > 1 && words[1] == "of") {
		// "scores of people" is vague; "Scores were level" counts nothing
		return Number{Min: iv[0], Max: iv[1], Tokens: 1, Vague: true, Spelled: true}, true
	}
	if len(words) >= 2 && w == "a" {
		switch words[1] {
		case "handful":
			return Number{Min: 2, Max: 6, Tokens: 2, Vague: true, Spelled: true}, true
		case "couple":
			return Number{Min: 2, Max: 2, Tokens: 2, Spelled: true}, true
		}
	}
	return Number{}, false
}

var fractions = map[string]float64{"half": 0.5, "third": 1.0 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1,
	"two-thirds": 2.0 / 3, "three-quarters": 0.75, "three-fourths": 0.75}

var halfDeterminers = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"my": true, "your": true, "these": true, "those": true, "all": true}

// IsFraction reports whether w names a fraction: "half", "two-thirds".
func IsFraction(w string) bool {
	_, ok := fractions[w]
	return ok
}

// parseFraction reads "half of", "a third of", "two-thirds of".
func parseFraction(words []string) (Number, bool) {
	i := 0
	if words[0] == "a" || words[0] == "one" {
		i = 1
	}
	if i+1 >= len(words) {
		return Number{}, false
	}
	// "half the shops": half alone may take its noun phrase without "of"
	if words[i+1] != "of" && !(words[i] == "half" && i == 0 && halfDeterminers[words[i+1]]) {
		return Number{}, false
	}
	v, ok := fractions[words[i]]
	if !ok {
		return Number{}, false
	}
	return Number{Min: v, Max: v, Tokens: i + 1, Spelled: true}, true
}

// parseSpelled reads spelled-out numbers: "thirty-three", "a hundred and
// twenty", "two million", "half a dozen", "one and a half million".
func parseSpelled(words []string) (Number, bool) {
	i := 0
	if words[0] == "half" && len(words) >= 3 && words[1] == "a" && words[2] == "dozen" {
		return Number{Min: 6, Max: 6, Tokens: 3, Spelled: true}, true
	}
	var total, group float64
	seen := false
	for i < len(words) {
		w := words[i]
		switch {
		case w == "a" && !seen && i+1 < len(words) && (words[i+1] == "dozen" || isBigScale(words[i+1]) || words[i+1] == "hundred"):
			group, seen = 1, true
		case w == "dozen" && seen:
			group *= 12
		case compound(w) >= 0 && !lastWasNumber(words, i, seen):
			group += compound(w)
			seen = true
		case w == "hundred" && seen:
			if group == 0 {
				group = 1
			}
			group *= 100
		case isBigScale(w) && seen:
			if group == 0 {
				group = 1
			}
			total += group * scales[w]
			group = 0
		case w == "and" && seen && i+1 < len(words) && compound(words[i+1]) >= 0 && IsScaleWord(words[i-1]):
			// "a hundred and twenty"
		case w == "and" && seen && i+3 < len(words) && words[i+1] == "a" && words[i+2] == "half" && isBigScale(words[i+3]):
			total += (group + 0.5) * scales[words[i+3]]
			group = 0
			i += 4
			return Number{Min: total, Max: total, Tokens: i, Spelled: true}, true
		default:
			goto done
		}
		i++
	}
done:
	// a trailing "and" is not part of the number
	for i > 0 && words[i-1] == "and" {
		i--
	}
	if !seen || i == 0 || (i == 1 && words[0] == "a") {
		return Number{}, false
	}
	v := total + group
	return Number{Min: v, Max: v, Tokens: i, Spelled: true}, true
}

func isBigScale(w string) bool {
	return w == "thousand" || w == "million" || w == "billion" || w == "trillion"
}

// IsScaleWord: hundred, thousand, million, billion, trillion.
func IsScaleWord(w string) bool { return w == "hundred" || isBigScale(w) }

// lastWasNumber stops "two three" or "twenty five" being read as one number
// unless the second is a unit after a ten ("twenty five" is 25).
func lastWasNumber(words []string, i int, seen bool) bool {
	if !seen || i == 0 {
		return false
	}
	prev := words[i-1]
	if _, ok := tens[prev]; ok {
		u, isUnit := units[words[i]]
		return !isUnit || u == 0 || u >= 10
	}
	return compound(prev) >= 0
}

// compound is the value of a unit, a ten or a hyphenated ten-unit
// ("thirty-four"), or -1.
func compound(w string) float64 {
	if v, ok := unitsAndTens[w]; ok {
		return v
	}
	if t, u, ok := strings.Cut(w, "-"); ok {
		tv, ok1 := tens[t]
		uv, ok2 := units[u]
		if ok1 && ok2 && uv > 0 && uv < 10 {
			return tv + uv
		}
	}
	return -1
}

// Words lists the words without a hyphen that IsNumberWord accepts, in no
// particular order: a caller can put them in its own lookup table.
func Words() []string {
	var out []string
	for _, m := range []map[string]float64{units, tens, scales, {"dozen": 12}} {
		for w := range m {
			if IsNumberWord(w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// IsNumberWord reports whether w alone can start a spelled-out number.
func IsNumberWord(w string) bool {
	return compound(w) >= 0 || w == "hundred" || isBigScale(w) || w == "dozen"
}
