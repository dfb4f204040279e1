package story

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Locations reads from an article's text the spots it places its event at
// that no name claim carries whole: a street block ("in the 2400 block of F
// Street SE" → "2400 block of f") and an intersection ("near Crump Road and
// East Raines Road" → "at crump & raines", "at 35th and Silver Spring" →
// "at 35th & silver spring"). Two reports of one shooting write the spot
// the police gave, often in these words, where the victims are not yet
// named; two events of the same days rarely share it. A street is read by
// its name alone (its kind and direction dropped: "S. Shartel" is
// "Shartel Avenue"), and an intersection's two streets in sorted order, so
// either report's way of writing them gives the same key. An "and" between
// two names is an intersection only when one of them is plainly a street
// (a kind of street, or a numbered one: "Law and New Orleans Streets",
// "61st and Hermitage"), so "the Department of Children and Families" is
// none. The keys come sorted and unique.
func Locations(text []byte) []string {
	var keys []string
	for i := 0; ; {
		at := indexSpaced(text[i:], []byte(" block of "))
		if at < 0 {
			break
		}
		at += i
		if k := blockKey(text, at); k != "" {
			keys = append(keys, k)
		}
		i = at + len(" block of ")
	}
	for _, and := range [][]byte{[]byte(" and "), []byte(" & ")} {
		for i := 0; ; {
			at := indexAnd(text[i:], and)
			if at < 0 {
				break
			}
			at += i
			if k := crossingKey(text, at, at+len(and)); k != "" {
				keys = append(keys, k)
			}
			i = at + len(and)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// isLocationKey reports whether a key is one Locations makes: no name's key
// is, since nameKeys drops "at" at a name's edge and a name never starts
// with a block's number.
func isLocationKey(key string) bool {
	if strings.HasPrefix(key, "at ") {
		return true
	}
	n, rest, ok := strings.Cut(key, " block of ")
	return ok && rest != "" && n != "" && strings.Trim(n, "0123456789") == ""
}

// locationWeight is what a shared block or intersection weighs: a
// person's, enough on its own for reports of the same week and, with a
// name, of the same month. (A street's 2 found 11 fewer pairs of one
// incident on gva and one more of two; 4 lost precision.)
const locationWeight = 3

// maxLocations is the most locations an article's signature takes: more
// are a roundup's, one block for each of a night's shootings across a city,
// and would tie it to the report of each.
const maxLocations = 3

// blockKey reads the block whose " block of " starts at at: the number
// before it and the street's name after it.
func blockKey(text []byte, at int) string {
	if at == 0 || !isDigit(text[at-1]) && text[at-1] != 'h' {
		return "" // most blocks are of flats or of time: no number, no street
	}
	number := lastWord(text[:at])
	digits := strings.TrimRight(number, "thsndr")
	if len(digits) < 2 || len(digits) > 5 || strings.Trim(digits, "0123456789") != "" {
		return ""
	}
	rest := text[at+len(" block of "):]
	rest = bytes.TrimPrefix(rest, []byte("the "))
	name, _ := streetAfter(rest)
	if name == "" {
		return ""
	}
	return digits + " block of " + name
}

// crossingKey reads the intersection whose "and" spans [from, to): a
// street's name after a cue ("at", "near", "of", "on") before it, another
// after it, one of them plainly a street.
func crossingKey(text []byte, from, to int) string {
	// most "and"s join lower-case words: reject them before reading words
	if to >= len(text) || !mayStartName(text[to]) {
		return ""
	}
	if i := bytes.LastIndexByte(text[:from], ' '); i+1 >= from || !mayStartName(text[i+1]) {
		return ""
	}
	words, cue := wordsBefore(text[:from])
	if !crossingCues[cue] || len(words) == 0 {
		return ""
	}
	left, leftStreet := streetName(words)
	right, rightStreet := streetAfter(text[to:])
	if left == "" || right == "" || left == right || !leftStreet && !rightStreet {
		return ""
	}
	if right < left {
		left, right = right, left
	}
	return "at " + left + " & " + right
}

// crossingCues stand before an intersection ("at 35th and Silver Spring",
// "the intersection of Law and New Orleans Streets").
var crossingCues = set(`at near of on`)

// maxStreetWords bounds a street's name as written ("East Martin Luther
// King Jr. Boulevard" is six).
const maxStreetWords = 6

// streetAfter reads the street's name that text starts with: capitalized or
// numbered words, up to a word that is neither or a sentence's end. A plain
// street is one whose words include a kind of street or a number, or that
// a kind in the plural follows ("Wabash avenues").
func streetAfter(text []byte) (name string, plain bool) {
	var words []string
	for len(words) < maxStreetWords {
		w, n, end := nextWord(text)
		if w == "" {
			break
		}
		if !nameWord(w) {
			if streetKinds[strings.ToLower(w)] {
				plain = true
			}
			break
		}
		words = append(words, w)
		text = text[n:]
		if end {
			break
		}
	}
	name, named := streetName(words)
	return name, plain || named
}

// streetName folds a street's words into its name: lower case, its
// directions dropped, up to its kind ("West 59th Street" → "59th"); plain
// says whether a kind or a number showed it is a street.
func streetName(words []string) (name string, plain bool) {
	var kept []string
	for _, w := range words {
		f := strings.ToLower(strings.Trim(w, ".'’"))
		if long, ok := abbreviations[f]; ok && len(kept) > 0 {
			f = long
		}
		switch {
		case f == "":
		case streetKinds[f]:
			return strings.Join(kept, " "), true
		case directionWords[f] && len(kept) == 0:
		default:
			if ordinal(f) {
				plain = true
			}
			kept = append(kept, f)
		}
	}
	for len(kept) > 0 && directionWords[kept[len(kept)-1]] {
		kept = kept[:len(kept)-1] // "F Street SE" is "F Street"
	}
	return strings.Join(kept, " "), plain
}

// streetKinds are the kinds of street a name ends with, singular and plural.
var streetKinds = set(`
	street st streets road rd roads avenue ave av avenues drive dr drives lane ln lanes
	boulevard blvd boulevards way place pl court ct highway hwy parkway pkwy terrace circle cir
`)

// directionWords stand before or after a street's name ("N. Clark Street",
// "F Street SE").
var directionWords = set(`n s e w ne nw se sw north south east west northeast northwest southeast southwest`)

// ordinal reports whether a word is a numbered street's number: "35th",
// "1st", "22nd", "3rd".
func ordinal(w string) bool {
	digits := strings.TrimRight(w, "thsndr")
	return digits != "" && len(digits) < len(w) && strings.Trim(digits, "0123456789") == ""
}

// nameWord reports whether a word as written can be part of a street's
// name: capitalized or starting with a digit.
func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// nextWord reads the word text starts with (after one space), trimmed of
// the punctuation that ends it; n is how far it reaches, end whether a
// comma, a sentence's end or a line's ended it.
func nextWord(text []byte) (w string, n int, end bool) {
	start := 0
	if start < len(text) && text[start] == ' ' {
		start++
	}
	i := start
	for i < len(text) && !wordEnd(text[i]) {
		i++
	}
	w = string(text[start:i])
	if i < len(text) && text[i] != ' ' {
		end = true
	}
	// a period ends the sentence unless it abbreviates a direction or a
	// kind ("S. Shartel", "N. Clark St."); one inside the word
	// ("Boulevard.According") ends it there
	if dot := strings.IndexByte(w, '.'); dot >= 0 {
		head := strings.ToLower(w[:dot])
		switch {
		case dot < len(w)-1:
			w, end = w[:dot], true
		case !directionWords[head] && abbreviations[head] == "":
			end = true
		}
	}
	return w, i, end
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// mayStartName reports whether a word that starts with byte b may be
// capitalized or numbered (nameWord reads a non-ASCII letter in full).
func mayStartName(b byte) bool { return 'A' <= b && b <= 'Z' || isDigit(b) || b >= 0x80 }

func wordEnd(b byte) bool {
	switch b {
	case ' ', '\n', '\r', '\t', ',', ';', ':', '(', ')', '"', '!', '?':
		return true
	}
	return false
}

// lastWord is the word text ends with.
func lastWord(text []byte) string {
	i := bytes.LastIndexAny(text, " \n\t(")
	return string(text[i+1:])
}

// wordsBefore reads, backwards from the end of text, the street's words
// (capitalized or numbered) and the word before them, the cue.
func wordsBefore(text []byte) (words []string, cue string) {
	for len(words) <= maxStreetWords {
		i := bytes.LastIndexByte(text, ' ')
		w := string(text[i+1:])
		if w == "" || strings.ContainsAny(w, "\n\t,;:()\"") {
			return nil, ""
		}
		if !nameWord(w) {
			slices.Reverse(words)
			return words, w
		}
		if strings.HasSuffix(w, ".") && len(words) > 0 {
			f := strings.ToLower(strings.TrimSuffix(w, "."))
			if !directionWords[f] && abbreviations[f] == "" {
				return nil, "" // a sentence ended there
			}
		}
		words = append(words, w)
		if i < 0 {
			return nil, ""
		}
		text = text[:i]
	}
	return nil, ""
}
