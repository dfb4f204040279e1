package story

import (
	"strings"
	"unicode/utf8"
)

// A person's name is spelled two ways more often than news would like: a
// first report's "Malijah Grant" is "Malijha Grant" a week later, "Devontee"
// is "Devonte", "Jamayha" is "Jamyha". A person's name also gives a variant
// key, variantMark, the first name's consonants (its first letter kept, h
// and the vowels and y dropped, a doubled letter once) and the surname as
// written: "malijah grant" and "malijha grant" both give "≈mlj grant". Two
// articles that write one spelling share the name itself, and the variant
// then weighs nothing (keyTable.pair); written two ways it weighs
// variantWeight, a street's, less than the name: two people of one surname
// may have names that close. A first name shorter than minVariant gives
// none: "Jon", "Joan" and "Juan" are three people.
const (
	variantMark   = "≈"
	variantWeight = 2
	minVariant    = 5
)

// variantKey is the variant key of a person's name of two words (a
// person's key, "malijah grant"), "" for any other key and for a short
// first name.
func variantKey(key string) string { return shapedVariant(key, -1) }

// shapedVariant is variantKey for a key whose weight is shape (weight),
// negative when not yet known: weight is the costly part, and a grouping
// knows it of every key.
func shapedVariant(key string, shape float64) string {
	first, last, ok := strings.Cut(key, " ")
	if !ok || strings.IndexByte(last, ' ') >= 0 || utf8.RuneCountInString(first) < minVariant {
		return ""
	}
	if shape < 0 {
		shape = weight(key)
	}
	if shape != personWeight {
		return ""
	}
	var b strings.Builder
	b.Grow(len(variantMark) + len(key)) // the most it writes: one allocation
	b.WriteString(variantMark)
	var prev rune
	for n, r := range first {
		if n > 0 && (strings.ContainsRune("aeiouyh", r) || r == prev) {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	b.WriteByte(' ')
	b.WriteString(last)
	return b.String()
}

func isVariantKey(key string) bool { return strings.HasPrefix(key, variantMark) }
