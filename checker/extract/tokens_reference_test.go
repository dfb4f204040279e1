package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// refAppendTokens is the tokenizer as first written, before it was made
// fast: the reference the fast one must agree with.
func refAppendTokens(toks []token, text string) []token {
	space := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		case refIsURLStart(text[i:]):
			j := i + strings.IndexFunc(text[i:]+" ", unicode.IsSpace)
			toks = append(toks, refMk(tURL, text, i, j, space))
		case unicode.IsDigit(r):
			toks = refAppendNumber(toks, text, i, space)
		case unicode.IsLetter(r):
			toks = refAppendWord(toks, text, i, space)
		default:
			toks = append(toks, refMk(tPunct, text, i, i+size, space))
		}
		space = false
		i = int(toks[len(toks)-1].end)
	}
	return toks
}

func refMk(k tokKind, text string, start, end int, space bool) token {
	s := text[start:end]
	t := token{kind: k, text: s, lower: strings.ToLower(s), start: int32(start), end: int32(end), space: space}
	t.hash = wordHash(t.lower)
	t.capital = k == tWord && unicode.IsUpper([]rune(s)[0])
	t.cls = classOf(t.lower, wordHash(t.lower), strings.IndexByte(t.lower, '-') > 0)
	if t.text != t.lower {
		t.shape |= sUpper
	}
	if strings.IndexFunc(s, unicode.IsLower) >= 0 {
		t.shape |= sLower
	}
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		t.shape |= sDigit
	}
	if strings.IndexByte(t.lower, '-') > 0 {
		t.shape |= sHyphen
	}
	if strings.ContainsAny(s, "'’") {
		t.shape |= sApostrophe
	}
	return t
}

func refIsURLStart(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// refAppendNumber reads digits with thousands separators and a decimal part.
// Letters right after the digits either are a known suffix (a separate
// token) or make the whole a code such as "3D" or "4G".
func refAppendNumber(toks []token, text string, i int, space bool) []token {
	j := i
	for j < len(text) {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	k := j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		k += size
	}
	if k > j && !isNumberSuffix(text[j:k]) {
		return append(toks, refMk(tWord, text, i, k, space))
	}
	toks = append(toks, refMk(tNumber, text, i, j, space))
	if k > j {
		toks = append(toks, refMk(tWord, text, j, k, false))
	}
	return toks
}

// refAppendWord reads letters and digits, joined by inner hyphens and
// apostrophes ("thirty-three", "didn't", "al-Assad") and by the periods of
// initialisms ("U.S.", "p.m."); a possessive "'s" becomes a token of its own.
func refAppendWord(toks []token, text string, i int, space bool) []token {
	// currency letters against the digits: "RM79", "US55,931,000"
	l := i
	for l < len(text) && (text[l] >= 'A' && text[l] <= 'Z' || text[l] >= 'a' && text[l] <= 'z') {
		l++
	}
	if l < len(text) && l > i && text[l] >= '0' && text[l] <= '9' && currencyPrefixes[strings.ToLower(text[i:l])] &&
		(l-i > 1 || i > 0 && text[i-1] == '$') {
		return append(toks, refMk(tWord, text, i, l, space))
	}
	j := i
	for j < len(text) {
		if c := text[j]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			j++ // ASCII letters and digits, the common case, without decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '.' {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if r == '-' && unicode.IsDigit(next) && strings.EqualFold(text[i:j], "minus") {
				break // "minus-130" is a sign and a number
			}
			if unicode.IsLetter(next) || (r == '-' && unicode.IsDigit(next)) {
				if r == '.' && !refInitialism(text[i:j]) {
					break
				}
				j += size
				continue
			}
			if r == '.' && refInitialism(text[i:j]) && j-i <= 8 {
				j += size // the final period of "U.S."
			}
		}
		break
	}
	if j < len(text) && text[j] == '.' && titleAbbreviations[strings.ToLower(text[i:j])] {
		j++ // "Gov.", "Dr.": the period belongs to the word
	}
	if w := text[i:j]; len(w) > 2 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') {
		for _, poss := range []string{"'s", "’s", "'S", "’S"} {
			if strings.HasSuffix(w, poss) && len(w) > len(poss) {
				k := j - len(poss)
				return append(toks, refMk(tWord, text, i, k, space), refMk(tWord, text, k, j, false))
			}
		}
	}
	return append(toks, refMk(tWord, text, i, j, space))
}

func refInitialism(s string) bool {
	n := 0
	for _, part := range strings.Split(s, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		n++
	}
	return n >= 1
}
