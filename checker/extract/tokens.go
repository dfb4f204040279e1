package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/fold"
	"github.com/factlint/factlint/checker/numwords"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tNone tokKind = iota // the zero token, before the first or after the last
	tWord
	tNumber
	tPunct
	tURL
)

// token is a word, number or punctuation mark of a block's text.
type token struct {
	text       string // as written
	lower      string
	cls        wordClass
	start, end int32  // byte offsets in the block text
	hash       uint32 // wordHash(lower), for per-document word sets
	kind       tokKind
	shape      wordShape
	space      bool // white space before it
	capital    bool // a word with an upper-case first letter
}

// wordShape is what the letters of a token are, learnt while the tokenizer
// reads them, so later tests need not read the text again.
type wordShape uint8

const (
	sUpper      wordShape = 1 << iota // not its own lower case
	sLower                            // a lower-case letter somewhere
	sDigit                            // a digit somewhere
	sHyphen                           // a hyphen after the first byte
	sApostrophe                       // a straight or curly apostrophe
)

// shapeOf is the shape of s, whose lower case is lower, read rune by rune:
// the tokenizer's way for text outside ASCII.
func shapeOf(s, lower string) wordShape {
	var sh wordShape
	if s != lower {
		sh |= sUpper
	}
	if strings.IndexByte(lower, '-') > 0 {
		sh |= sHyphen
	}
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			sh |= sLower
		case unicode.IsDigit(r):
			sh |= sDigit
		case r == '\'' || r == '’':
			sh |= sApostrophe
		}
	}
	return sh
}

// is reports whether the token's lower case is one of the words given (a
// test of one word is written t.lower == w). The first two words are
// parameters of their own so that, inlined at a call site with constants,
// they compile to length and byte comparisons without building a list or
// calling the runtime, so a list is best written likeliest word first.
func (t *token) is(w1, w2 string, more ...string) bool {
	if t.lower == w1 || t.lower == w2 {
		return true
	}
	for _, m := range more {
		if t.lower == m {
			return true
		}
	}
	return false
}

// capitalized reports a word with an upper-case first letter.
func (t *token) capitalized() bool { return t.capital }

// upperFirst reports an upper-case first letter.
func upperFirst(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isNumberSuffix: s, right after digits, is a suffix of the number rather
// than part of one word with them ("5G", "3D", "B52" are names). Case is
// ignored but in the symbols whose case is their meaning: "200g" is grams,
// "5G" a network generation.
func isNumberSuffix(s string) bool {
	lower := strings.ToLower(s)
	return numberSuffixes[lower] && !(lowerCaseUnits[lower] && s != lower)
}

// tokenize splits text into tokens. It never fails and covers every
// non-space byte of text with exactly one token.
func tokenize(text string) []token {
	return appendTokens(make([]token, 0, len(text)/5+1), text, nil)
}

// asciiKind sorts the ASCII bytes for the tokenizer's fast path, so the
// common case needs neither rune decoding nor Unicode tables.
type asciiKind uint8

const (
	aPunct asciiKind = iota
	aSpace
	aDigit
	aLetter
)

var asciiKinds = func() (k [utf8.RuneSelf]asciiKind) {
	for c := range k {
		switch r := rune(c); {
		case unicode.IsSpace(r):
			k[c] = aSpace
		case unicode.IsDigit(r):
			k[c] = aDigit
		case unicode.IsLetter(r):
			k[c] = aLetter
		}
	}
	return k
}()

// appendTokens is tokenize into a buffer the caller reuses. The lower case
// of a capitalized word the lexicon does not know is written into lowers,
// one string for many words, when lowers is not nil; a document's tokens
// share one builder, which is never reset while they live.
func appendTokens(toks []token, text string, lowers *strings.Builder) []token {
	space := true
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, the common case, without decoding
			switch asciiKinds[c] {
			case aSpace:
				space = true
				i++
				continue
			case aLetter:
				if (c == 'h' || c == 'w') && isURLStart(text[i:]) {
					toks = append(toks, mk(tURL, text, i, urlEnd(text, i), space))
				} else {
					toks = appendWord(toks, text, i, space, lowers)
				}
			case aDigit:
				toks = appendNumber(toks, text, i, space)
			default:
				toks = append(toks, punctToken(text, i, space))
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				space = true
				i += size
				continue
			case unicode.IsDigit(r):
				toks = appendNumber(toks, text, i, space)
			case unicode.IsLetter(r):
				toks = appendWord(toks, text, i, space, lowers)
			default:
				toks = append(toks, mk(tPunct, text, i, i+size, space))
			}
		}
		space = false
		i = int(toks[len(toks)-1].end)
		if i < len(text) && text[i] == ' ' {
			space, i = true, i+1 // most tokens end at one space: skip it here
		}
	}
	return toks
}

// punctToken is mk's token for the ASCII mark at text[i], made from the
// mark's prepared token instead of hashing and classifying it again.
func punctToken(text string, i int, space bool) token {
	t := asciiMarks[text[i]]
	t.text = text[i : i+1]
	t.lower = t.text
	t.start, t.end, t.space = int32(i), int32(i+1), space
	return t
}

// asciiMarks holds mk's token for each ASCII byte, at offset 0, for
// punctToken to copy.
var asciiMarks = func() (marks [utf8.RuneSelf]token) {
	for c := range marks {
		marks[c] = mk(tPunct, string(rune(c)), 0, 1, false)
	}
	return marks
}()

// urlEnd is the end of the URL at i: the next white space.
func urlEnd(text string, i int) int {
	for j, r := range text[i:] {
		if unicode.IsSpace(r) {
			return i + j
		}
	}
	return len(text)
}

// mk makes the token of text[start:end].
func mk(k tokKind, text string, start, end int, space bool) token {
	s := text[start:end]
	lower := s
	var h uint32
	var shape wordShape
	var cls wordClass
	if fold.IsASCII(s) {
		h, shape = asciiShape(s)
		lower, cls = asciiLowerClass(s, h, shape, nil)
	} else {
		lower = strings.ToLower(s)
		h, shape = wordHash(lower), shapeOf(s, lower)
		cls = classOf(lower, h, shape&sHyphen != 0)
	}
	return token{kind: k, text: s, lower: lower, cls: cls, hash: h, shape: shape,
		start: int32(start), end: int32(end), space: space, capital: k == tWord && upperFirst(s)}
}

// asciiShape is the wordHash of the ASCII string s in lower case, and its
// shape.
func asciiShape(s string) (uint32, wordShape) {
	h, shape := uint32(fnvOffset), wordShape(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		l := asciiLower[c]
		if l == 0 {
			l = c // not a letter or digit: itself
		}
		h, shape = (h^uint32(l))*fnvPrime, shape|asciiShapes[c]
		switch {
		case c == '\'':
			shape |= sApostrophe
		case c == '-' && i > 0:
			shape |= sHyphen
		}
	}
	return h, shape
}

// lowerKnown is the ASCII word s in lower case, whose wordHash is hash,
// and the lexicon's classes of it: the lexicon's string when it knows the
// word, so one probe both interns it and classifies it, else a string
// written into lowers (appendTokens), or made alone when lowers is nil.
func lowerKnown(s string, hash uint32, lowers *strings.Builder) (string, wordClass) {
	var buf [32]byte
	if len(s) > len(buf) {
		lower := strings.ToLower(s)
		return lower, lexicon.class(lower, hash)
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	if w, cls, ok := lexicon.word(b, hash); ok {
		return w, cls
	}
	if lowers == nil {
		return string(b), 0
	}
	start := lowers.Len()
	lowers.Write(b)
	return lowers.String()[start:], 0
}

func isURLStart(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// appendNumber reads digits with thousands separators and a decimal part.
// Letters right after the digits either are a known suffix (a separate
// token) or make the whole a code such as "3D" or "4G".
func appendNumber(toks []token, text string, i int, space bool) []token {
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
		return append(toks, mk(tWord, text, i, k, space))
	}
	toks = append(toks, mk(tNumber, text, i, j, space))
	if k > j {
		toks = append(toks, mk(tWord, text, j, k, false))
	}
	return toks
}

// appendWord reads the word at text[i]. Most words are ASCII letters
// ended by a space or a mark that cannot join them to more: those are read
// here, lower-cased, hashed and shaped in one pass over their bytes; any
// other is read again from its start by readJoinedWord, which appends the
// words it must split or decode itself and leaves an ASCII word to be
// appended here, in the one place an ASCII word's token is made. A period
// cannot join a word of more letters than a title's abbreviation ("Gov.")
// to more: only a single letter opens an initialism ("U.S."), so the last
// word of most sentences stays on the short path.
func appendWord(toks []token, text string, i int, space bool, lowers *strings.Builder) []token {
	j, h, shape := scanAlnum(text, i, fnvOffset, 0)
	if j == i || shape&sDigit != 0 || j < len(text) && (text[j] >= utf8.RuneSelf || text[j] == '-' || text[j] == '\'' || text[j] == '.' && j-i <= longestTitleAbbreviation) {
		var appended bool
		if toks, j, h, shape, appended = readJoinedWord(toks, text, i, space); appended {
			return toks
		}
	}
	s := text[i:j]
	lower, cls := s, wordClass(0)
	if shape&(sUpper|sHyphen) == 0 {
		cls = lexicon.class(s, h) // a plain lower-case word, the most common, without a call
	} else {
		lower, cls = asciiLowerClass(s, h, shape, lowers)
	}
	n := len(toks)
	if n == cap(toks) {
		toks = append(toks, token{})
	}
	// every field set in place: a token literal holds pointers, so Go
	// builds it aside on the stack and copies it
	toks = toks[:n+1]
	t := &toks[n]
	t.text, t.lower, t.cls, t.start, t.end, t.hash = s, lower, cls, int32(i), int32(j), h
	t.kind, t.shape, t.space, t.capital = tWord, shape, space, 'A' <= s[0] && s[0] <= 'Z'
	return toks
}

// readJoinedWord reads letters and digits, joined by inner hyphens and
// apostrophes ("thirty-three", "didn't", "al-Assad") and by the periods of
// initialisms ("U.S.", "p.m."); a possessive "'s" becomes a token of its own.
// It appends the tokens of a word outside ASCII, a possessive or currency
// letters against digits ("RM79"); of any other word it returns the end,
// wordHash and shape for the caller to append.
func readJoinedWord(toks []token, text string, i int, space bool) (_ []token, j int, h uint32, shape wordShape, appended bool) {
	j, h, ascii := i, fnvOffset, true
	for {
		j, h, shape = scanAlnum(text, j, h, shape)
		if j >= len(text) {
			break
		}
		c := text[j]
		if c < utf8.RuneSelf && c != '-' && c != '\'' && c != '.' {
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			ascii = false
			j += size
			continue
		}
		if r != '-' && r != '\'' && r != '’' && r != '.' {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[j+size:])
		if r == '-' && unicode.IsDigit(next) && strings.EqualFold(text[i:j], "minus") {
			break // "minus-130" is a sign and a number
		}
		joins := unicode.IsLetter(next) || (r == '-' && unicode.IsDigit(next))
		if joins && r == '.' && !initialism(text[i:j]) {
			break
		}
		if !joins && (r != '.' || !initialism(text[i:j]) || j-i > 8) {
			break
		}
		// a joiner inside the word, or the final period of "U.S."
		ascii = ascii && c < utf8.RuneSelf
		h, shape = (h^uint32(c))*fnvPrime, shape|joinerShapes[c]
		j += size
		if !joins {
			break
		}
	}
	if shape&sDigit != 0 {
		if l := currencyPrefixEnd(text, i, j); l > i {
			return append(toks, mk(tWord, text, i, l, space)), j, h, shape, true
		}
	}
	if j < len(text) && text[j] == '.' && j-i <= longestTitleAbbreviation && titleAbbreviations[strings.ToLower(text[i:j])] {
		h = (h ^ '.') * fnvPrime
		j++ // "Gov.", "Dr.": the period belongs to the word
	}
	if shape&sApostrophe != 0 {
		if k := possessiveStart(text, i, j); k > i {
			return append(toks, mk(tWord, text, i, k, space), mk(tWord, text, k, j, false)), j, h, shape, true
		}
	}
	if !ascii {
		return append(toks, mk(tWord, text, i, j, space)), j, h, shape, true
	}
	return toks, j, h, shape, false
}

// asciiLowerClass is the lower case and the classes of the ASCII word s,
// whose wordHash is hash and whose shape is shape; lowers is lowerKnown's.
func asciiLowerClass(s string, hash uint32, shape wordShape, lowers *strings.Builder) (string, wordClass) {
	lower, cls := s, wordClass(0)
	if shape&sUpper != 0 {
		lower, cls = lowerKnown(s, hash, lowers)
	} else {
		cls = lexicon.class(s, hash)
	}
	if shape&sHyphen != 0 {
		cls = hyphenClass(lower, cls)
	}
	return lower, cls
}

// scanAlnum reads the ASCII letters and digits from j, folding each into the
// FNV-1a hash h of the word's lower case and into its shape, and returns
// where they end. It is the tokenizer's inner loop, written to stay in
// registers.
func scanAlnum(text string, j int, h uint32, shape wordShape) (int, uint32, wordShape) {
	// uint: j is never negative, and saying so spares a bounds check a byte
	for ; uint(j) < uint(len(text)); j++ {
		c := text[j]
		sh := asciiShapes[c]
		if sh == 0 {
			break
		}
		// c|0x20 is an ASCII letter's lower case and leaves a digit as it
		// is: no second table to load
		shape, h = shape|sh, (h^uint32(c|0x20))*fnvPrime
	}
	return j, h, shape
}

// asciiLower maps an ASCII letter or digit to its lower case and any other
// byte to 0; asciiShapes and joinerShapes give the shape a byte adds to a
// word, as a letter or digit or as a joiner.
var asciiLower, asciiShapes, joinerShapes = func() (lower [256]byte, shapes, joiners [256]wordShape) {
	for c := '0'; c <= '9'; c++ {
		lower[c], shapes[c] = byte(c), sDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		lower[c], shapes[c] = byte(c), sLower
		lower[c-'a'+'A'], shapes[c-'a'+'A'] = byte(c), sUpper
	}
	joiners['-'], joiners['\''], joiners[0xE2] = sHyphen, sApostrophe, sApostrophe // 0xE2 opens '’'
	return
}()

// possessiveStart is where a possessive "'s" ends the word text[i:j], or i.
func possessiveStart(text string, i, j int) int {
	if j-i <= 2 || text[j-1] != 's' && text[j-1] != 'S' {
		return i
	}
	if text[j-2] == '\'' {
		return j - 2
	}
	if j-i > 4 && text[j-4:j-1] == "’" {
		return j - 4
	}
	return i
}

// currencyPrefixEnd is the end of currency letters written against the
// digits at the start of the word text[i:j] ("RM79", "$US55,931,000"), or
// i. It reads no further than the longest prefix.
func currencyPrefixEnd(text string, i, j int) int {
	l := i
	for l < j && l-i <= longestCurrencyPrefix && (text[l] >= 'A' && text[l] <= 'Z' || text[l] >= 'a' && text[l] <= 'z') {
		l++
	}
	if l < j && l > i && text[l] >= '0' && text[l] <= '9' && currencyPrefixes[strings.ToLower(text[i:l])] &&
		(l-i > 1 || i > 0 && text[i-1] == '$') {
		return l
	}
	return i
}

// initialism reports letters separated by periods: "U", "U.S", "p.m".
func initialism(s string) bool {
	letters := 0 // in the current part
	for _, r := range s {
		if r != '.' {
			letters++
		} else if letters != 1 {
			return false
		} else {
			letters = 0
		}
	}
	return letters == 1
}

// in reports whether the token belongs to one of the classes.
func (t *token) in(c wordClass) bool { return t.cls&c != 0 }

// verbIn reports whether the token belongs to one of the verb classes of
// verbLexicon (vPlain, vAuxiliary, vFindingRecord, vLightVerb,
// vSpeechNoun).
func (t *token) verbIn(c wordClass) bool { return verbLexicon.class(t.lower, t.hash)&c != 0 }

// woundIn reports whether the token is in one of the classes of
// woundLexicon (wFatalAdverb, wShotManner, wMildGrade, wWoundGrade,
// wAgeSuffix), the words that grade a wound or date a person, asked where
// a count's event or age is read.
func (t *token) woundIn(c wordClass) bool { return woundLexicon.class(t.lower, t.hash)&c != 0 }

// event is the normalised event a token names, or "".
func (t *token) event() string {
	if t.cls&cEvent == 0 {
		return ""
	}
	return eventWords[t.lower]
}

// anyIn reports whether some token belongs to one of the classes: a cheap
// test before a pass that needs one.
func anyIn(toks []token, c wordClass) bool {
	for i := range toks {
		if toks[i].cls&c != 0 {
			return true
		}
	}
	return false
}

// isVerbForm guesses a finite or participle verb after a noun phrase.
func isVerbForm(w string) bool {
	if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
		return true
	}
	if strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && len(w) > 4 {
		return true
	}
	switch w {
	case "die", "dies", "remain", "remains", "face", "faces", "fled", "left", "went", "came", "took", "gave", "made",
		"got", "saw", "say", "live", "lost", "won", "ran", "fell", "rose", "sent", "held", "met", "need", "needs", "want",
		"wants", "get", "gets", "take", "takes", "make", "makes", "go", "goes", "see", "sees", "come", "comes",
		"hit", "put", "set", "cut", "shot", "hurt", "seen", "known", "taken", "given", "done", "gone", "become", "became",
		// irregular past tenses: "300 workers struck", "40 guards stood by"
		"struck", "stood", "sat", "began", "brought", "bought", "caught", "fought", "found", "kept", "paid", "spent",
		"told", "thought", "sold", "spoke", "wrote", "drove", "flew", "grew", "knew", "threw", "led", "broke", "chose",
		"heard", "sought", "taught", "stole", "drew", "shook", "swore", "fed", "slept", "wept", "sank", "swam", "quit":
		return true
	}
	return false
}

// phrase is the text of the n tokens from j.
func phrase(toks []token, j, n int) string {
	if j >= len(toks) {
		return ""
	}
	return joinTokens(toks[j:min(j+n, len(toks))])
}

// mixedCase: a product name like "iPhone" or "eBay".
func mixedCase(s string) bool {
	r := []rune(s)
	return len(r) > 1 && unicode.IsLower(r[0]) && strings.IndexFunc(s, unicode.IsUpper) > 0
}

// tokAt is the token at i, or the zero token outside toks. It returns a
// pointer because a token is too large to copy at every look.
func tokAt(toks []token, i int) *token {
	if i < 0 || i >= len(toks) {
		return &outside
	}
	return &toks[i]
}

// outside is the zero token tokAt gives for an index outside the tokens; it
// is never written.
var outside token

// isYearLike: four digits, no separator, within the range years take.
func isYearLike(t *token) bool {
	if t.kind != tNumber || len(t.text) != 4 || strings.ContainsAny(t.text, ",.") {
		return false
	}
	v, _ := numwords.Digits(t.text)
	return v >= 1600 && v <= 2100
}

// dayLike: the number can be a day of the month.
func dayLike(t *token) bool {
	v, ok := numwords.Digits(t.text)
	return ok && len(t.text) <= 2 && v >= 1 && v <= 31
}

func startsClause(t *token) bool { return t.kind == tPunct || t.lower == "" }

// lowercaseModifier: a lower-case word that can open a source's noun phrase
// ("shooting victim Devon McNeal").
func lowercaseModifier(t *token) bool {
	return t.kind == tWord && !t.capitalized() && !t.in(cStopAfterNumber) && !t.in(cCue) && !isVerbForm(t.lower) && t.event() == ""
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// joinTokens is the text of tokens with one space where the text has any.
func joinTokens(ts []token) string {
	switch len(ts) {
	case 0:
		return ""
	case 1:
		return ts[0].text
	}
	// joined on the stack, so the string is the only allocation
	var buf [64]byte
	return string(appendJoined(buf[:0], ts, false))
}

// appendJoined appends to b the text of tokens, or their lower case, with
// one space where the text has any.
func appendJoined(b []byte, ts []token, lower bool) []byte {
	for i := range ts {
		t := &ts[i]
		if i > 0 && t.space {
			b = append(b, ' ')
		}
		if lower {
			b = append(b, t.lower...)
		} else {
			b = append(b, t.text...)
		}
	}
	return b
}
