package extract

import (
	"strings"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/numwords"
)

// figureFollows: the object of a figure cue is a figure. A word for one
// ("the toll", "it", "its estimate") counts in the next four tokens, a
// number in the next six and only after "to" or "at" ("revised to 33", "put the
// losses at $640m"): "raised $100,000" and "put 300 staff on leave"
// attribute nothing.
func figureFollows(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := &toks[j]
		if j <= k+4 && (t.in(cAnaphoric) || t.event() != "" || estimateNouns[t.lower]) {
			return true
		}
		if t.kind == tNumber || numwords.IsNumberWord(t.lower) {
			p := j - 1
			if toks[p].in(cCurrencySymbol) || toks[p].in(cCurrencyPrefix) {
				p--
			}
			if p > k && toks[p].is("to", "at") {
				return true
			}
		}
	}
	return false
}

// attribution is a cue with its source in a sentence.
type attribution struct {
	cue         int // token index of the cue
	first, last int // source tokens [first, last)
	source      claim.Source
	dangling    bool // a cue with nothing attributed
	document    bool // a record cited by a verb of evidence ("records show")
	common      bool // a common noun phrase whose head noun, at head, decides the kind
	// anyPhrase: the cue makes whatever phrase follows it a source, one
	// that names no one being someone unnamed ("according to his memoir")
	anyPhrase bool
	head      int
	by        string // the attributionPattern that read it
}

// nextTrigger is the index of the first word at or after k that can start
// an attribution, or len(toks) (see scan.go).
func nextTrigger(toks []token, k int) int {
	for k < len(toks) && toks[k].cls&cAttributionTrigger == 0 && toks[k].lower != "cited" {
		k++
	}
	return k
}

// attributionsIn finds "X said", "said X", "according to X", "X told Y"
// and "as X put it" in a sentence, skipping tokens inside quotes, and
// appends them to out, whose storage serves one sentence after another.
// At every trigger word outside a quote it tries the patterns of
// attributionPatterns (grammar.go) in order; the first that applies
// decides. A sentence without a word of cAttributionTrigger has none (the
// caller knows its classes and does not ask).
// s is where it writes the site the patterns read.
// inQuote says of each token whether it is quoted.
func attributionsIn(s *cueSite, out []attribution, toks []token, inQuote []bool, st *docState) []attribution {
	*s = cueSite{toks: toks, inQuote: inQuote, start: len(out)}
	quoted := s.quoted
	for k := nextTrigger(toks, 0); k < len(toks); k = nextTrigger(toks, k+1) {
		if quoted(k) {
			continue
		}
		s.at(k)
		s.out = out
		a, ok, _ := attributionPatternAt(s)
		if ok {
			a.source = resolve(toks, a, st)
			if a.document {
				// a record speaks for no one it names: "Census Bureau figures show" cites figures
				a.source = claim.Source{Text: joinTokens(toks[a.first:a.last]), Kind: claim.Anonymous}
			}
			if a.source.Kind == "" && a.anyPhrase {
				a.source = claim.Source{Text: phrase(toks, a.first, a.last-a.first), Kind: claim.Anonymous}
			}
			a.source.Role = role(a.source.Title)
			if a.source.Kind != "" {
				out = append(out, a)
			}
		} else if danglingCue(s) {
			out = append(out, attribution{cue: k, first: k, last: k + 1, dangling: true, by: danglingCueName})
		}
	}
	return out
}

// attributionPatternAt tries the patterns of attributionPatterns at the
// cue of s and returns what the first that applies read, and its index
// (-1 for none).
func attributionPatternAt(s *cueSite) (a attribution, ok bool, which int) {
	for i := range attributionPatterns {
		p := &attributionPatterns[i]
		if p.needs != 0 && s.t.cls&p.needs == 0 || p.word != "" && s.t.lower != p.word && s.t.lower != p.word2 {
			continue // the cue is no word the pattern opens with
		}
		if !s.sentenceHolds(i, p) {
			continue // the sentence lacks a word the pattern needs somewhere
		}
		var matched bool
		if a, ok, matched = p.read(s); matched {
			a.by = p.name
			return a, ok, i
		}
	}
	return a, ok, -1
}

// cueSite is a trigger word of an attribution, toks[k], outside a quote,
// for the patterns of attributionPatterns; out holds the attributions of
// the sentence so far, from start.
type cueSite struct {
	toks []token
	k    int
	t    *token
	// inQuote says of each token whether it is quoted: a slice, not a
	// func, so that a pattern called through a function value does not
	// make the func escape to the heap
	inQuote []bool
	out     []attribution
	start   int
	// end is subjectEnd of the cue once a pattern asked (endRead): the
	// patterns tried in turn at one cue read the same subject, and some
	// read it more than once
	end     int
	endRead bool
	// asked and holds are the sentence tests of attributionPatterns asked
	// so far in this sentence and those that held, one bit a pattern
	asked, holds uint64
}

// at moves the site to the cue at k, forgetting the subject of the last.
func (s *cueSite) at(k int) {
	s.k, s.t, s.endRead = k, &s.toks[k], false
}

// subject is the last token of the subject of the cue (subjectEnd).
func (s *cueSite) subject() int {
	if !s.endRead {
		s.end, s.endRead = subjectEnd(s.toks, s.k), true
	}
	return s.end
}

// quoted reports whether the sentence's token i is inside a quote.
func (s *cueSite) quoted(i int) bool { return s.inQuote[i] }

// attributionPattern is one way a statement is attributed: read reports
// whether the pattern applies at the cue (matched; later patterns are then
// not tried) and the attribution it found there, if any (ok).
// needs (a class) and word, word2 (the words) are what the cue must be for
// read to apply, tested before it is called.
type attributionPattern struct {
	name, example string
	needs         wordClass
	word, word2   string
	read          func(s *cueSite) (a attribution, ok, matched bool)
	// sentence, when set, is what the whole sentence must hold for read to
	// match at any of its cues (attribution_fast.go): asked once a
	// sentence, it spares the pattern's reading at every cue of the many
	// sentences that cannot match
	sentence func(toks []token) bool
}

// recordsShow: a record cited by a verb of evidence, "Records show",
// "some recent polls show", "tax returns show". It applies only where it
// finds the record.
func recordsShow(s *cueSite) (attribution, bool, bool) {
	if s.t.in(cEvidenceVerb) && s.k > 0 && s.toks[s.k-1].in(cDocumentNoun) {
		a, ok := documentSource(s.toks, s.k, s.quoted)
		return a, ok, ok
	}
	return attribution{}, false, false
}

// recordSubject: a record that a verb of evidence or of finding cites from
// the start of its clause, with what describes it between ("A poll
// conducted by the college last week showed", "Surveys of voters taken as
// they left found"). The clause runs back to punctuation or the sentence's
// start and opens with a record among its first words, and no verb of
// saying stands in it ("Trump said polls show" is Trump's). It applies only
// where it finds the record, and to "found" only where speech-verb would
// find no subject.
func recordSubject(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !s.t.in(cEvidenceVerb) && !s.t.is("found", "finds") || passiveVoice(toks, k) {
		return attribution{}, false, false // "Police report that two men were found": what was found, by no record
	}
	if !s.t.in(cEvidenceVerb) {
		if _, near := backwardSource(toks, k, s.subject(), s.quoted); near {
			return attribution{}, false, false // "A poll found": speech-verb reads it
		}
	}
	f := k - 1
	for f > 0 && f > k-24 && !s.quoted(f-1) && (toks[f-1].kind != tPunct || toks[f-1].is("-", "/", "'s", "’s", "(", ")")) {
		if toks[f-1].in(cCue) || stanceVerb(&toks[f-1]) {
			return attribution{}, false, false
		}
		f--
	}
	if f < 0 || f >= k-1 || s.quoted(f) || toks[f].in(cPronoun) || !recordOpens(toks, f, k) {
		return attribution{}, false, false
	}
	return attribution{cue: k, first: f, last: k, document: true}, true, true
}

// recordOpens: among the first words from f, before k, a record stands
// ("A Fox News poll", "New polls released Sunday", "An analysis of the
// filings"), after determiners, names and modifiers only.
func recordOpens(toks []token, f, k int) bool {
	for j := f; j < k && j < f+6; j++ {
		t := &toks[j]
		if t.in(cDocumentNoun) {
			return true
		}
		if t.kind != tWord && !t.is("-", "/", "'s", "’s") || !t.in(cDeterminer) && !t.capitalized() && !lowercaseModifier(t) && t.kind != tNumber {
			return false
		}
	}
	return false
}

// inRecord: a record named at the head of a clause, before a comma, says
// what follows: "In a new poll of voters, 40 percent back the plan", "In
// its report, the board found". The record is someone unnamed.
func inRecord(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if s.t.lower != "in" || !clauseStart(toks, k) {
		return attribution{}, false, false
	}
	record := false
	for j := k + 1; j < len(toks) && j < k+18 && !s.quoted(j); j++ {
		t := &toks[j]
		if t.lower == "," {
			if !record || j == k+1 {
				return attribution{}, false, false
			}
			return attribution{cue: k, first: k + 1, last: j, document: true}, true, true
		}
		if t.kind == tPunct && !t.is("-", "/", "'s", "’s", "(", ")") || t.in(cCue) {
			return attribution{}, false, false
		}
		record = record || t.verbIn(vFindingRecord)
	}
	return attribution{}, false, false
}

// speakerLabel: a name and a colon that open a paragraph, a headline or a
// stretch after a spaced dash say who speaks what follows, as transcripts,
// headlines and roundups write it: "MORALES: We will win", "Okafor: Port
// will reopen", "Week in polls - Dana Reyes: “Turnout is up.”". The label
// is a short run of capitalized words (with "of", "the" or a party tag in
// parentheses) that is no heading (nonSpeakerLabels, a weekday, a month),
// and a statement follows: a quotation, or a lower-case word that is no
// function word, and no number near the colon, so a line-up ("Leeds:
// Robinson, Kelly"), a title ("Star Voyage: The Return") or a market's line
// is no label.
func speakerLabel(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	f := labelStart(toks, k)
	if f < 0 || !labelWords(toks, f, k) || !statementAfter(toks, k+1) || bareLabel(toks, f, k) && clauseAfter(toks, k+1) {
		return attribution{}, false, false
	}
	return attribution{cue: k, first: f, last: k}, true, true
}

// bareLabel: the label [f, k) is one capitalized word that names no title,
// body or kind of source and is not written in capitals as a transcript
// writes a speaker: it may be a place or a topic as well as a name.
func bareLabel(toks []token, f, k int) bool {
	t := &toks[f]
	return k-f == 1 && t.text != strings.ToUpper(t.text) && !t.in(cTitle|cOrg|cAnonymous|cKnownAgency|cDocumentNoun)
}

// clauseAfter: what follows the colon at j opens with a subject of its own
// and its verb: capitalized words, maybe with quotation marks, and then a
// lower-case word that is no function word ("Idlib: Turkey ‘neutralises’
// 309 soldiers", "Skyfall: Rogue Agent is out now"): after a bare label the
// words are a headline's or a title's, the label its topic.
func clauseAfter(toks []token, j int) bool {
	if t := tokAt(toks, j); !t.capitalized() || t.in(cFunctionWord) {
		return false
	}
	i := j + 1
	for i < len(toks) && (toks[i].capitalized() || toks[i].is("‘", "’", "'", "“", "”", "\"", "'s", "’s")) {
		i++
	}
	return i < len(toks) && toks[i].kind == tWord && !toks[i].in(cFunctionWord)
}

// labelStart is where the label before the colon at k starts: the
// sentence's start, or just after a dash with spaces on both sides ("Week
// in polls - Dana Reyes:"); -1 when other punctuation stands between, or
// more than six words.
func labelStart(toks []token, k int) int {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := &toks[j]
		if t.kind != tPunct || t.is("(", ")", "'s", "’s") || t.lower == "." && !t.space || t.lower == "-" && !t.space {
			if j == 0 {
				return 0
			}
			continue
		}
		if t.is("-", "—", "–") && t.space && j+1 < k && toks[j+1].space && j > 0 {
			return j + 1
		}
		return -1
	}
	return -1
}

// labelWords: the tokens [f, k) are a speaker's name as a label writes it,
// at most six words: capitalized words, name links ("of", "the", "'s") and
// a parenthetical of capitalized words ("(D-Ore.)"), opening with a
// capitalized word other than "The" and holding no number, weekday, month, heading word,
// verb or single letter.
func labelWords(toks []token, f, k int) bool {
	if k-f < 1 || !toks[f].capitalized() || toks[f].lower == "the" {
		return false // "The Latest:", "The Long Voyage: Escape from Home" title what follows
	}
	words := 0
	for j := f; j < k; j++ {
		t := &toks[j]
		switch {
		case t.kind == tPunct:
		case t.kind != tWord || t.in(cWeekday|cMonth|cCue) || stanceVerb(t) || nonSpeakerLabels[t.lower] || len(t.text) == 1:
			return false // a heading, a headline's verb ("Pike Endorses Vance:") or an interview's "Q:"
		case t.capitalized():
			words++
		case !t.is("of", "the", "and", "de", "al", "van", "von", "bin"):
			return false
		}
	}
	return words >= 1 && words <= 6
}

// statementAfter: what follows a label's colon at j is a statement: a
// quotation mark, or a lower-case word that is no function word, among its
// first six tokens, no number among its first four ("Dow: DOWN 0.4
// percent"), and it does not open with an article and a capitalized word,
// as the subtitle of a book, a film or a show does.
func statementAfter(toks []token, j int) bool {
	if tokAt(toks, j).is("the", "a", "an") && tokAt(toks, j+1).capitalized() {
		return false // a title's subtitle: "Star Voyage: The Return"
	}
	said := false
	for i := j; i < len(toks) && i < j+6; i++ {
		t := &toks[i]
		if t.kind == tNumber && i < j+4 {
			return false // a market's or a tally's line: "Harbour index: UP 0.2 percent"
		}
		said = said || t.is("“", "\"", "‘") || t.kind == tWord && !t.capitalized() && !t.in(cFunctionWord)
	}
	return said || titleCaseStatement(toks, j)
}

// titleCaseStatement: what follows a label's colon at j is a headline's
// statement set in title case, every word capitalized but the short
// function words, with a verb in sight: an auxiliary or a copula ("Ruiz:
// Webb Would Raise Taxes", "Ruiz: Port Deal Has Stalled"), a personal
// pronoun as subject ("Webb: I'm Not Running") or a verb of saying or of
// stance ("Ruiz: Voters Reject Levy"). A line-up or a subtitle has none.
func titleCaseStatement(toks []token, j int) bool {
	verb, commas := false, 0
	for i := j; i < len(toks); i++ {
		t := &toks[i]
		if t.lower == "," {
			commas++
		}
		if t.kind == tNumber || commas > 2 {
			return false // a tally's line, or a list of names ("Ohio: Ana Ruiz, Tom Hale, Will Webb, …")
		}
		if t.kind != tWord {
			continue
		}
		if !t.capitalized() {
			if !t.in(cFunctionWord) {
				return false // a lower-case word: statementAfter's reading, not a title's
			}
			continue
		}
		verb = verb || finiteAuxiliaries[t.lower] || personalSubjects[t.lower] || t.in(cCue) || stanceVerb(t)
	}
	return verb
}

// accordingTo: "according to the ministry". Any phrase after it is a
// source: one that names no one ("according to his memoir", "according to
// three people briefed on the talks") is someone unnamed, but for what
// things go "according to" (notSourcesAfterAccording: "according to plan")
// and a phrase cut short by a quotation ("according to the “…” memo").
func accordingTo(s *cueSite) (attribution, bool, bool) {
	if s.t.lower != "according" || tokAt(s.toks, s.k+1).lower != "to" {
		return attribution{}, false, false
	}
	a, ok := accordingSource(s, s.k+2)
	return a, ok, true
}

// accordingName: a name straight after "according" is the source of
// according-to with "to" dropped in haste ("according Harbour Fire
// Rescue"): the word takes no other object, so a capitalized word that is
// no function word or determiner can only be who it is according to.
func accordingName(s *cueSite) (attribution, bool, bool) {
	next := tokAt(s.toks, s.k+1)
	if s.t.lower != "according" || next.kind != tWord || !next.capitalized() || next.in(cFunctionWord|cDeterminer) {
		return attribution{}, false, false
	}
	a, ok := accordingSource(s, s.k+1)
	return a, ok, true
}

// accordingSource reads the source of "according" from the token at from.
func accordingSource(s *cueSite, from int) (attribution, bool) {
	a, ok := forwardSource(s.toks, s.k, from, s.quoted)
	if ok {
		last := &s.toks[a.last-1]
		a.anyPhrase = last.kind == tWord && !last.in(cFunctionWord|cDeterminer) && !notSourcesAfterAccording[last.lower]
	}
	return a, ok
}

// citing: "…, citing police sources": what is cited is the source when it
// names one (a person, a body, a record). What names none is a reason the
// subject gives ("She cancelled the rally, citing the attack"), and the
// subject, read as participle-cue reads it, is the source.
func citing(s *cueSite) (attribution, bool, bool) {
	if s.t.is("citing", "cited") && s.k > 0 && tokAt(s.toks, s.k-1).lower == "," {
		a, ok := forwardSource(s.toks, s.k, s.k+1, s.quoted)
		if ok && !namesSource(s.toks[a.first:a.last]) {
			a, ok, _ = participleSubject(s)
		}
		return a, ok, true
	}
	return attribution{}, false, false
}

// namesSource: a phrase names a source: a capitalized name, or a noun of
// a person, a body or a record ("police sources", "Reuters", "a court
// filing"), not a thing or an event ("the attack", "rising costs").
func namesSource(words []token) bool {
	for i := range words {
		if t := &words[i]; t.kind == tWord && (t.capitalized() || commonHead(t)) {
			return true
		}
	}
	return false
}

// participleSubject is the subject of the clause that a participle after a
// comma hangs on (participle-cue, and "citing" a reason): the source of
// the sentence's first attribution, or a subject that opens it (a
// capitalized word before a noun modifies it: "Unverified reports
// swirled").
func participleSubject(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if s.start < len(s.out) && s.out[s.start].cue < k && !s.out[s.start].dangling {
		a := s.out[s.start]
		return attribution{cue: k, first: a.first, last: a.last, common: a.common, head: a.head}, true, true
	}
	if f, l, ok := commonSubjectSpan(toks[:k]); ok && l < k-1 {
		return attribution{cue: k, first: f, last: l, common: true, head: l - 1}, true, true
	}
	if f, l, ok := subjectSpan(toks[:k]); ok && l < k-1 && !toks[f].in(cDeterminer) && !commonHead(&toks[l]) {
		return attribution{cue: k, first: f, last: l}, true, true
	}
	if f, l, ok := describedNameSubject(toks, k, s.inQuote); ok {
		return attribution{cue: k, first: f, last: l}, true, true
	}
	return attribution{}, false, false
}

// ambiguousCue: "reports" or "claims" as a verb after a name or a pronoun,
// "Reuters reports that", "she claims her rival lied", not the noun of "the
// reports".
func ambiguousCue(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if s.t.in(cAmbiguousCue) && k > 0 && (toks[k-1].capitalized() && k > 1 || toks[k-1].in(cPronoun)) &&
		(tokAt(toks, k+1).is("that", ",", "on", "in", "to", ".", "”", "\"", "the", "a", "he", "she", "it", "they") || k+1 == len(toks) || clauseAfterCue(toks, k+1)) {
		a, ok := backwardSource(toks, k, s.subject(), s.quoted)
		return a, ok, true
	}
	return attribution{}, false, false
}

// clauseAfterCue: the words at j open a clause reported without "that":
// a possessive and a noun, or a name and its verb ("claims his rival
// lied", "reports Clinton's last briefing was in May", "reports Ruiz
// will resign").
func clauseAfterCue(toks []token, j int) bool {
	t := tokAt(toks, j)
	if t.in(cPossessive) {
		return lowerNoun(tokAt(toks, j+1))
	}
	if !t.capitalized() || t.in(cFunctionWord) {
		return false
	}
	n := tokAt(toks, j+1)
	return n.is("'s", "’s") || n.in(cAuxiliary) || finiteAuxiliaries[n.lower]
}

// passiveBy: a cue or a verb of stance in the passive with its agent,
// "was first reported by the Journal", "a figure cited by officials", "the
// plan was rejected by voters", and a participle that opens its clause,
// "Asked by reporters whether …", "When pressed by the host, …". A few
// words may stand between the participle and "by" ("was first reported
// last week by", "endorsed in Ohio by"), see agentBy.
func passiveBy(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !s.t.in(cCue) && !stanceVerb(s.t) {
		return attribution{}, false, false
	}
	by := agentBy(toks, k, s.quoted)
	if by < 0 || !passiveAgentCue(toks, k, by, s.t.in(cCue)) {
		return attribution{}, false, false
	}
	a, ok := forwardSource(toks, k, by+1, s.quoted)
	return a, ok, true
}

// agentBy is the index of the "by" that brings in the agent of the
// participle at k: right after it, or after at most five words with no
// punctuation, quotation, verb or clause opener between ("reported last
// week by", "endorsed in Ohio by"); -1 when there is none, or when a
// gerund follows it ("concluded by urging" says how, not who).
func agentBy(toks []token, k int, quoted func(int) bool) int {
	for j := k + 1; j < len(toks) && j <= k+6 && !quoted(j); j++ {
		t := &toks[j]
		switch {
		case t.lower == "by":
			if n := tokAt(toks, j+1); gerund(n) && !strings.Contains(n.lower, "-") || adverbInLy(n) && gerund(tokAt(toks, j+2)) {
				return -1 // "by urging", "by abruptly blocking"; "by left-leaning economists" names who
			}
			return j
		case t.kind == tPunct && t.lower != "-" || t.in(cCue) || stanceVerb(t) || t.is("that", "to", "and", "or", "but", "who", "which", "as") || j > k+1 && isVerbForm(t.lower) && !adverbInLy(t):
			return -1
		}
	}
	return -1
}

// passiveAgentCue: the participle at k takes the agent after "by" at by:
// a participle after a form of "be" (passiveVoice), or with "by" right
// after it one that opens its clause ("Asked by reporters") or, for a cue,
// follows a noun ("the figure cited by officials"; "People requested
// selfies by the dozen" is active, and a stance verb after a noun is as
// often so).
func passiveAgentCue(toks []token, k, by int, cue bool) bool {
	if passiveVoice(toks, k) {
		return true
	}
	return by == k+1 && (openingPassive(toks, k) || cue && passiveCue(toks, k))
}

// openingPassive: the participle at k opens its clause, at the sentence's
// start, after punctuation other than a comma or after a subordinator ("Asked by reporters",
// "when pressed by the host"): its agent is who asked or pressed.
func openingPassive(toks []token, k int) bool {
	t := &toks[k]
	if !strings.HasSuffix(t.lower, "ed") && !t.is("told", "shown") {
		return false
	}
	// after a comma it may as well follow an aside ("Ruiz, in a rush,
	// responded by"): the subject before it is the verb's
	return k == 0 || toks[k-1].kind == tPunct && toks[k-1].lower != "," || toks[k-1].is("when", "if", "as", "after", "once", "unless", "until", "while", "though", "although", "before")
}

// anonymityRequest: "who asked not to be named" says why a source is
// unnamed, not what it said: no attribution.
func anonymityRequest(s *cueSite) (attribution, bool, bool) {
	return attribution{}, false, s.t.is("asked", "requested") && anonymityAsked(s.toks, s.k+1)
}

// reportedClause: the subject of a clause that an earlier verb of saying
// reports speaks inside that report, not on its own: in "Sanders said he
// agrees with the ruling" and "Webb told reporters that the mayor opposed
// the plan" the statement is Sanders's and Webb's, and "he agrees" or "the
// mayor opposed" is what they said (a quote in it stays the outer
// speaker's, see outerSpeaker); so is a progressive ("Webb said critics
// were predicting a closure"). No attribution.
func reportedClause(s *cueSite) (attribution, bool, bool) {
	if !finiteStatementCue(s) {
		return attribution{}, false, false
	}
	a, ok := backwardSource(s.toks, s.k, s.subject(), s.quoted)
	a, ok = widerSubject(s.toks, s.k, s.subject(), s.quoted, a, ok)
	return attribution{}, false, ok && reportingCueBefore(s.toks, a.first, s.quoted)
}

// finiteStatementCue: the cue is a verb of saying or of stance with a
// subject of its own, so a form in -ing only as a progressive ("critics
// were predicting"); a participle hangs on another verb's subject. One
// guard for the patterns that read the subject of such a verb.
func finiteStatementCue(s *cueSite) bool {
	return (s.t.in(cCue) || stanceVerb(s.t)) && (!strings.HasSuffix(s.t.lower, "ing") || progressive(s.toks, s.k))
}

// reportingCueBefore: the clause whose subject starts at first is the
// object of a verb of saying: the verb stands just before it ("said he"),
// maybe with a time ("said Wednesday he", "said on Monday that", "said
// that for years critics") or "that" ("said that he"), or with its object
// before "that" ("told reporters that he", "assured the council that the
// port").
func reportingCueBefore(toks []token, first int, quoted func(int) bool) bool {
	j := first - 1
	if n := timeBefore(toks, j); n > 0 && tokAt(toks, j-n).lower == "that" {
		j -= n // "said that for years critics"
	}
	that := tokAt(toks, j).lower == "that"
	if that && adverbInLy(tokAt(toks, j-1)) {
		j-- // "said repeatedly that he plans"
	}
	if that {
		j--
	}
	if n := timeBefore(toks, j); n > 0 {
		j -= n
	} else if tokAt(toks, j).in(cWeekday) {
		j--
	}
	if j < 0 || quoted(j) {
		return false
	}
	if reportingVerb(&toks[j]) {
		return true
	}
	for c := j; that && c >= 0 && c > j-6 && !quoted(c) && (toks[c].kind == tWord || toks[c].is("'s", "’s")); c-- {
		if reportingVerb(&toks[c]) && c < j {
			return true // "told reporters that"
		}
	}
	return false
}

// reportingVerb: a verb of saying that takes a reported clause ("said",
// "told", "argued"), not a record's evidence ("polls show").
func reportingVerb(t *token) bool { return speechCue(t) && !t.in(cFigureCue) }

// figureCueWithoutFigure: "raised questions" is no attribution; "raised
// the toll to 33" is.
func figureCueWithoutFigure(s *cueSite) (attribution, bool, bool) {
	return attribution{}, false, s.t.in(cFigureCue) && !figureFollows(s.toks, s.k)
}

// dispatchResponse: officers who "responded to the scene", "responded to
// a call" or "responded to reports of shots fired" went somewhere; they
// said nothing. A response to a person or a charge ("responded to the
// criticism") is left to the verbs of saying.
func dispatchResponse(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !respondVerbs[s.t.lower] || tokAt(toks, k+1).lower != "to" {
		return attribution{}, false, false
	}
	for m := k + 2; m < len(toks) && m < k+6; m++ {
		if dispatchNouns[toks[m].lower] || dispatchReports[toks[m].lower] && reportsAShooting(toks, m+1) {
			return attribution{}, false, true
		}
		if toks[m].kind != tWord && toks[m].kind != tNumber {
			break
		}
	}
	return attribution{}, false, false
}

// reportsAShooting: the words from k tell what a call or report was of
// ("of gunfire", "about a man shot"): an event or what guns fire.
func reportsAShooting(toks []token, k int) bool {
	if !tokAt(toks, k).is("of", "about") {
		return false
	}
	for j := k + 1; j < len(toks) && j < k+5; j++ {
		if toks[j].event() != "" {
			return true
		}
	}
	return byGunfire(toks, k+1)
}

// coordinatedCue: a second cue of one subject, "The defence ministry
// denied the report and said".
func coordinatedCue(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !(s.t.in(cCue) && tokAt(toks, k-1).is("and", "but") && k > 2) {
		return attribution{}, false, false
	}
	f, l, found := subjectSpan(toks[:k])
	if !found {
		f, l, found = describedNameSubject(toks, k, s.inQuote)
	}
	if !found {
		return attribution{}, false, true
	}
	if n := len(s.out); n > s.start && s.out[n-1].first == f && s.out[n-1].last > l {
		l = s.out[n-1].last // the subject an earlier cue read whole: "The defence ministry denied … and said"
	}
	return attribution{cue: k, first: f, last: l}, true, true
}

// describedNameSubject finds the subject of a sentence that opens, before
// the cue at k, with a full name and the asides that describe it, each
// closed by a comma, before its verb: "Tom Hale, a former party
// chairman, became a delegate and said", "Ana Ruiz, 60, of Dover, signed
// the letter, saying". One capitalized word is not enough: at a
// sentence's start it is as often an adverb or a place ("Outside,").
func describedNameSubject(toks []token, k int, quoted []bool) (first, last int, ok bool) {
	j := 0
	for j < k && j < 2 && toks[j].in(cClauseOpener) && toks[j].lower != "the" {
		j++ // "But Tom Hale, …"
	}
	if j >= k || quoted[j] {
		return 0, 0, false
	}
	e := nameRunEnd(toks, j, k)
	if e-j < 2 || e >= k || toks[e].lower != "," {
		return 0, 0, false
	}
	n := clauseScan{quoted: quoted}.pastAsides(toks, e, k)
	if n == e || n >= k-1 || !predicateWord(&toks[pastTime(toks, n, k)]) {
		return 0, 0, false
	}
	return j, e, true
}

// speechVerb: a verb of saying with its subject before it, "the minister
// said", or after it, "said the minister"; "X issued a statement saying".
func speechVerb(s *cueSite) (attribution, bool, bool) {
	toks, k, t, quoted := s.toks, s.k, s.t, s.quoted
	if !t.in(cCue) {
		return attribution{}, false, false
	}
	a, ok := backwardSource(toks, k, s.subject(), quoted)
	// "said the governor" inverts its subject; "Raised the
	// threshold to 100,000" (a list item) does not, and what follows
	// "told" is whom it was told to ("…, told Fox News that"); a phrase
	// followed by its own verb is the subject of the clause reported
	// ("…, said the chamber will vote")
	if !ok && (k == 0 || tokAt(toks, k-1).kind == tPunct && parentheticalStart(toks, k-1) == 0) && t.lower != "saying" && !t.in(cFigureCue) && !t.is("told", "tells", "tell") {
		a, ok = invertedSource(toks, k, quoted)
		ok = ok && !finiteAuxiliaries[tokAt(toks, a.last).lower]
	}
	if speechCue(t) {
		a, ok = widerSubject(toks, k, s.subject(), quoted, a, ok)
	}
	if !ok && !t.in(cFigureCue) {
		a, ok = ageNounSource(toks, k, quoted)
	}
	if t.lower == "saying" {
		a, ok = issuer(toks, k, quoted, a, ok)
		if ok && progressive(toks, k) && objectRelative(toks, a.first) {
			return attribution{}, false, true // "what voters are saying"
		}
	}
	return a, ok, true
}

// modifiedSubject: a verb of saying whose subject is a common noun phrase
// with a relative clause or a participle phrase after its head, running up
// to the cue: "A White House official who spoke anonymously said",
// "Republican activists clamoring to block the nominee say", "A news
// report published Wednesday said", "A person familiar with the talks
// says". The head's noun phrase is the source. It applies only where the
// readings of speech-verb find no subject or only the object of the
// modifier ("Officials who spoke with the paper said": the paper is spoken
// with, see modifierObject), and not in a clause that a verb of saying
// before it reports (reported-clause's).
func modifiedSubject(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !speechCue(s.t) || passiveVoice(toks, k) {
		return attribution{}, false, false
	}
	a, ok := modifiedHead(toks, k, s.subject(), s.quoted)
	if !ok || reportingCueBefore(toks, a.first, s.quoted) {
		return attribution{}, false, false
	}
	if b, found := backwardSource(toks, k, s.subject(), s.quoted); found && !modifierObject(toks, b) {
		if b, found = widerSubject(toks, k, s.subject(), s.quoted, b, found); found {
			return attribution{}, false, false // speech-verb reads it
		}
	}
	if _, found := clauseSubject(toks, k, s.subject(), s.quoted); found {
		return attribution{}, false, false
	}
	return a, true, true
}

// modifiedHead finds, walking back from the cue over words only (no
// punctuation, no quotation, at most 24 tokens), a head noun of people, a
// body or a record followed by what opens a modifier: "who", "that", a
// participle, or an adjective that takes a complement ("familiar with").
// The source is the head's noun phrase, which must open its clause.
func modifiedHead(toks []token, cue, p int, quoted func(int) bool) (attribution, bool) {
	if p < 1 || toks[p].is("to", "who", "which", "that", "and", "or") || toks[p].in(cDeterminer) {
		// an infinitive ("struggled to explain"), a relative that speaks
		// itself, a second verb of the relative clause ("who once worked
		// for Bush and has advised"), an adjective ("the alleged plan")
		return attribution{}, false
	}
	for j := p; j > 0 && j > p-24; j-- {
		t := &toks[j]
		if quoted(j) || t.kind == tPunct && !t.is("-", "'s", "’s") || t.kind == tWord && t.in(cCue) && j < p && !modifierOpens(&toks[j-1]) {
			return attribution{}, false
		}
		if !modifierOpens(t) {
			continue
		}
		h := j - 1
		if !modifiedHeadNoun(toks, h) {
			if modifierOpens(&toks[h]) {
				continue // "who" of "who watched": the head stands before the relative
			}
			if h = complementedNoun(toks, h); h < 0 {
				continue
			}
		}
		if first, ok := headPhraseStart(toks, h, quoted); ok {
			return attribution{cue: cue, first: first, last: j, common: true, head: h}, true
		}
		return attribution{}, false
	}
	return attribution{}, false
}

// complementedNoun is the head noun before a short prepositional
// complement that ends at e, before a modifier ("Residents in Dover who
// watched", "Friends of the mayor who have seen her"): the modifier
// describes the head, not the complement's noun. -1 when no head of a
// source stands before a preposition of headComplements within four words.
func complementedNoun(toks []token, e int) int {
	for c := e; c > 0 && c > e-4; c-- {
		t := &toks[c]
		if t.kind != tWord || t.in(cCue) || isVerbForm(t.lower) {
			return -1
		}
		if headComplements[t.lower] {
			if c < e && modifiedHeadNoun(toks, c-1) {
				return c - 1
			}
			return -1
		}
	}
	return -1
}

// modifierObject: the source read before a cue is the object of a
// preposition or of a verb, so it stands inside a modifier of the real
// subject ("Officials who spoke with the newspaper said", "A source
// speaking to the station said", "The teacher who wrote to the council
// says"), not at the head of the clause.
func modifierObject(toks []token, a attribution) bool {
	if a.first == 0 || clauseStart(toks, a.first) {
		return false
	}
	b := &toks[a.first-1]
	return b.kind == tWord && !b.capitalized() && (headComplements[b.lower] || b.is("with", "to", "about") || b.in(cCue))
}

// modifiedHeadNoun: the token at h can head a source that a modifier
// describes: a noun of people, of a body or of a record, lower-case or
// opening its clause ("People briefed on the talks"; a capital inside the
// sentence is a name's), or "those" ("those who studied the port").
func modifiedHeadNoun(toks []token, h int) bool {
	t := &toks[h]
	if t.capitalized() && !clauseStart(toks, h) {
		return false
	}
	return t.lower == "those" || commonHead(t) && (t.in(cAnonymous|cOrg|cDocumentNoun) || personNoun(singular(t.lower)))
}

// modifierOpens: the word opens a modifier after a head noun: a relative
// pronoun, a participle in -ing or -ed, or an adjective of modifierAdjectives.
func modifierOpens(t *token) bool {
	if t.kind != tWord || t.capitalized() {
		return false
	}
	return t.is("who", "that", "whose") || modifierAdjectives[t.lower] || len(t.lower) > 4 && (strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed"))
}

// headPhraseStart is the first token of the noun phrase that ends at the
// head h: determiners, numbers, modifiers and capitalized words before it,
// and a noun it completes with "of", "in" or "for" ("Friends of the
// mayor", "officials in the city"), at most eight, back to the start of a
// clause.
func headPhraseStart(toks []token, h int, quoted func(int) bool) (int, bool) {
	f := h
	for f > 0 && f > h-8 && !clauseStart(toks, f) && !quoted(f-1) {
		b := &toks[f-1]
		if !b.in(cDeterminer|cSourceDeterminer|cNumberHead) && b.kind != tNumber && !lowercaseModifier(b) && !(b.capitalized() && b.kind == tWord) && !b.is("-", "'s", "’s", "of", "in", "for") {
			return 0, false
		}
		f--
	}
	return f, clauseStart(toks, f)
}

// purposeInfinitive: a verb of saying in the infinitive that says what
// the subject went somewhere or did something to say: "Clinton took to
// Twitter to say", "the senator went on television to defend the plan",
// "He used the speech to attack his rival". The subject is the main
// verb's, a lower-case verb at most eight words before "to" with no
// punctuation between; a verb of prediction or of plan before "to"
// ("expected to announce", "going to say") attributes nothing yet, and an
// infinitive that opens the sentence has no subject ("To confirm the
// figures, reporters called").
func purposeInfinitive(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if k < 3 || toks[k-1].lower != "to" || !s.t.verbIn(vInfinitiveCue) || s.t.capitalized() {
		return attribution{}, false, false
	}
	if b := &toks[k-2]; b.kind != tWord || !b.capitalized() && !b.is("on", "as") || b.in(cWeekday|cMonth) {
		// "went on to say", "took to Twitter to say", "went so far as to
		// say"; a noun before "to" makes a purpose of something else
		// ("reasons to question", "spoke on condition of anonymity to
		// discuss"), and so does a time ("struggled on Tuesday to explain")
		return attribution{}, false, true
	}
	for v := k - 2; v > 0 && v >= k-9; v-- {
		t := &toks[v]
		if s.quoted(v) || t.kind == tPunct || t.in(cCue) || notYetSaid[t.lower] {
			return attribution{}, false, true
		}
		if t.capitalized() || !mainVerbForm(t) {
			continue
		}
		end := subjectEnd(toks, v)
		a, ok := backwardSource(toks, v, end, s.quoted)
		a, ok = widerSubject(toks, v, end, s.quoted, a, ok)
		if !ok || tokAt(toks, a.last-1).is("'s", "’s") || reportingCueBefore(toks, a.first, s.quoted) {
			return attribution{}, false, true
		}
		a.cue = k
		return a, true, true
	}
	return attribution{}, false, true
}

// mainVerbForm: a lower-case verb in the past or the present that can
// take a purpose ("went", "took", "used", "appeared", "travels").
func mainVerbForm(t *token) bool {
	return t.kind == tWord && (purposeVerbs[t.lower] || len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "eed"))
}

// shareOfPeople: a share of those polled speaks, as poll reports write it:
// "56 percent of voters said", "Six in 10 say", "nine out of 10 say",
// "half said", "a majority of Democrats support", "a third of them, 33
// percent, say". The subject runs back from the cue to the
// clause's start and holds a word of a share; it is someone unnamed.
func shareOfPeople(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !s.t.in(cCue) && !stanceVerb(s.t) || strings.HasSuffix(s.t.lower, "ing") {
		return attribution{}, false, false
	}
	p := s.subject()
	if p > 0 && toks[p].lower == "," && restatedShare(toks, p) >= 0 {
		p-- // "A third of the dockers, 33 percent, say": the figure restates the share
	}
	if p < 0 || toks[p].is("who", "which", "whom", "that") {
		return attribution{}, false, false // "76 percent who said": the relative speaks (speech-verb)
	}
	share, first, restating := false, -1, -1
	if tokAt(toks, p+1).lower == "," {
		restating = restatedShare(toks, p+1)
	}
	limit := p - 8
	if restating >= 0 {
		limit = restating - 8
	}
	for f := p; f >= 0 && f > limit && !s.quoted(f); f-- {
		t := &toks[f]
		if restating >= 0 && (f == restating || f == restating+1) {
			continue // the comma that opens the restated figure, and what follows it
		}
		if t.kind == tPunct && !t.is("%", "-") || t.in(cCue) || stanceVerb(t) || t.is("to", "who", "which", "that", "than", "from", "is", "are", "was", "were") {
			first = f + 1 // "found that 40 percent of residents backed"
			break
		}
		share = share || shareWord(toks, f)
		if clauseStart(toks, f) {
			first = f
			break
		}
	}
	if !share || first < 0 || first > p {
		return attribution{}, false, false
	}
	if restating >= 0 && !shareBetween(toks, first, restating) {
		return attribution{}, false, false // "Voters in Ohio, 33 percent, say": no share to restate
	}
	return attribution{cue: k, first: first, last: p + 1, document: true}, true, true
}

// partitiveSubject: a part of a group speaks for itself, "Most of them
// said", "Many in the crowd say", "None of those three have declared",
// "two Democrats, both of whom opposed the deal": a word of partitiveHeads
// or a number word opens the clause, then "of" or "in" and the group,
// with no punctuation or verb up to the cue; or the word stands alone as
// the subject, the group left to what was said before ("Most said", "Both
// agreed"). The part is someone unnamed.
// It applies only where it finds such a subject.
func partitiveSubject(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !finiteStatementCue(s) || passiveVoice(toks, k) {
		return attribution{}, false, false
	}
	p := s.subject()
	if p >= 0 && partitiveHeads[toks[p].lower] && clauseStart(toks, p) && !s.quoted(p) && !adverbInLy(tokAt(toks, p+1)) {
		// the group said before: "Most said they were worried", "Both
		// said the vote was fair"; "most recently said" grades an adverb"
		return attribution{cue: k, first: p, last: p + 1, common: true, head: p}, true, true
	}
	if p < 1 || !partitiveGroup(&toks[p]) {
		return attribution{}, false, false
	}
	for f := p - 1; f > 0 && f > p-10 && !s.quoted(f); f-- {
		if h := &toks[f-1]; toks[f].is("of", "in") && (partitiveHeads[h.lower] || h.in(cNumberHead)) && clauseStart(toks, f-1) && !s.quoted(f-1) {
			return attribution{cue: k, first: f - 1, last: p + 1, common: true, head: f - 1}, true, true
		}
		if t := &toks[f]; !groupWord(t) || t.is("whom", "them") {
			break
		}
	}
	return attribution{}, false, false
}

// partitiveGroup: the word can end the group a part of which speaks: a
// noun of people or of a body, a name, or a pronoun that stands for people
// ("of them", "of whom", "of you").
func partitiveGroup(t *token) bool {
	return t.kind == tWord && (commonHead(t) || t.capitalized() && !t.in(cFunctionWord) || t.is("them", "whom", "us", "you", "those", "these"))
}

// groupWord: the word can stand inside the noun phrase of such a group
// ("of the local party leaders", "of his GOP senators", "of members of
// his party"): no punctuation but a hyphen or a possessive, no verb, and
// no function word but determiners, possessives, "and", "of" and "in".
func groupWord(t *token) bool {
	switch {
	case t.kind == tNumber || t.is("-", "'s", "’s", "and", "of", "in"):
		return true // "of the members of his party", "of voters in Ohio"
	case t.kind != tWord || t.in(cCue) || stanceVerb(t):
		return false
	case t.in(cFunctionWord):
		return t.in(cDeterminer | cPossessive)
	}
	return !isVerbForm(t.lower) || !t.capitalized() && strings.HasSuffix(t.lower, "ed") && t.in(cSourceAdjective)
}

// restatedShare is the comma that opens a share set off by commas that
// restates the one before it, closed by the comma at c ("a third of the
// dockers, 33 percent,", "just over a quarter, 26 percent,"): at most
// four tokens holding a word of a share; -1 when there is none.
func restatedShare(toks []token, c int) int {
	for o := c - 1; o > 0 && o >= c-5; o-- {
		if toks[o].lower == "," {
			if shareBetween(toks, o+1, c) {
				return o
			}
			return -1
		}
	}
	return -1
}

// shareBetween: a word of a share stands in toks[i:j].
func shareBetween(toks []token, i, j int) bool {
	for ; i < j; i++ {
		if shareWord(toks, i) {
			return true
		}
	}
	return false
}

// shareWord: the word at i names a share of people, one of shareWords,
// or is the "in" of "six in 10" or the "out" of "nine out of 10".
func shareWord(toks []token, i int) bool {
	t := &toks[i]
	if t.lower == "in" {
		return (tokAt(toks, i-1).kind == tNumber || numberWordToken(tokAt(toks, i-1))) && (tokAt(toks, i+1).kind == tNumber || numberWordToken(tokAt(toks, i+1)))
	}
	if t.lower == "out" && tokAt(toks, i+1).lower == "of" {
		// "nine out of 10"
		return (tokAt(toks, i-1).kind == tNumber || numberWordToken(tokAt(toks, i-1))) && (tokAt(toks, i+2).kind == tNumber || numberWordToken(tokAt(toks, i+2)))
	}
	return shareWords[t.lower]
}

// numberWordToken: a number written as a word ("six").
func numberWordToken(t *token) bool { return t.in(cNumberHead) }

// participleClause: a cue in a participle clause after a comma reports
// what the sentence's subject said or holds, "Trump hammered the plan,
// calling it reckless": the source of the sentence's first attribution
// before it, else the sentence's subject. It applies only where it finds
// one ("The senator, speaking on Monday, saying" is left to speech-verb).
func participleClause(s *cueSite) (attribution, bool, bool) {
	if !participleCue(s.t) || tokAt(s.toks, s.k-1).lower != "," {
		return attribution{}, false, false
	}
	return participleSubject(s)
}

// participleCue: the token is one of participleCues. They have no class bit
// of their own (see stanceVerb).
func participleCue(t *token) bool {
	return t.in(cAttributionTrigger) && strings.HasSuffix(t.lower, "ing") && (t.in(cCue) || stanceVerb(t)) && !t.verbIn(vProgressive)
}

// stanceAdjective: an adjective of stance after a form of "be" or a verb
// like it says where the subject stands on what its complement names, as
// a verb of stance does: "the senator is skeptical of the plan", "voters
// were eager to see the debate", "the union remains hopeful that talks
// resume". The complement must follow ("that", "of", "about", "over", or
// "to" and a verb), and degree words may stand before the adjective ("were
// deeply skeptical", "is more hopeful"); "a skeptical voter" and "critical
// to the plan" attribute nothing. The subject is read as a stance verb's,
// from the copula.
func stanceAdjective(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !s.t.verbIn(vStanceAdjective) {
		return attribution{}, false, false
	}
	b := k - 1
	for b > 0 && !copula(toks, b) && (adverbInLy(&toks[b]) || toks[b].in(cSubjectAdverb) || degreeAdverbs[toks[b].lower]) {
		b--
	}
	if b < 1 || s.quoted(b) || !copula(toks, b) || !stanceComplement(toks, k) || toks[b-1].lower == "to" || finiteAuxiliaries[toks[b-1].lower] && !toks[b-1].in(cSubjectAdverb) {
		return attribution{}, false, true // "could remain skeptical", "to seem eager": supposed, not held
	}
	end := subjectEnd(toks, b)
	a, ok := backwardSource(toks, b, end, s.quoted)
	a, ok = widerSubject(toks, b, end, s.quoted, a, ok)
	if !ok || tokAt(toks, a.last-1).is("'s", "’s") || reportingCueBefore(toks, a.first, s.quoted) {
		return attribution{}, false, true // "Trump's"; "said he is confident" is what the speaker said
	}
	a.cue = k
	return a, true, true
}

// copula: the token at b links a subject to an adjective: a form of "be",
// "remain", "seem" or "appear" (copulaVerbs), or "'s", "'re" and "'m"
// after a pronoun ("he's confident").
func copula(toks []token, b int) bool {
	t := &toks[b]
	if t.is("’s", "'s", "’re", "'re", "’m", "'m") {
		return b > 0 && toks[b-1].in(cPronoun) && !toks[b-1].in(cPossessive)
	}
	return copulaVerbs[t.lower]
}

// stanceComplement: what follows the adjective at k says what the stance
// is on: "that", a preposition of stanceComplements ("skeptical of",
// "hopeful about"), or "to" and a verb ("eager to run", not "critical to
// the plan").
func stanceComplement(toks []token, k int) bool {
	return stanceComplements[tokAt(toks, k+1).lower] || infinitiveAfter(toks, k) && !gerund(tokAt(toks, k+2))
}

// stanceVerbCue: a verb of position, wish or belief with its subject
// before it, "the senator opposed the bill", "Trump wants a wall": news
// attributes a stance as it attributes words. A possessive is no subject
// ("Trump's support grew"), and a counted object makes the verb an act, not
// a stance ("reporters called 12 hospitals").
func stanceVerbCue(s *cueSite) (attribution, bool, bool) {
	if !stanceVerb(s.t) {
		return attribution{}, false, false
	}
	if next := tokAt(s.toks, s.k+1); next.kind == tNumber || next.in(cNumberHead) {
		return attribution{}, false, true
	}
	if a, ok := issuer(s.toks, s.k, s.quoted, attribution{}, false); ok {
		return a, true, true // "Dujarric released a statement warning that"
	}
	if strings.HasSuffix(s.t.lower, "ing") && !progressive(s.toks, s.k) {
		// a participle clause whose subject participle-cue did not find, or
		// one that describes a noun ("an ad attacking the senator")
		return attribution{}, false, true
	}
	a, ok := backwardSource(s.toks, s.k, s.subject(), s.quoted)
	a, ok = widerSubject(s.toks, s.k, s.subject(), s.quoted, a, ok)
	if ok && (tokAt(s.toks, a.last-1).is("'s", "’s") || strings.HasSuffix(s.t.lower, "ing") && (objectRelative(s.toks, a.first) || strandedPreposition(s.toks, s.k))) {
		return attribution{}, false, true
	}
	return a, ok, true
}

// objectRelative: the subject at first opens a clause that describes
// what stands before it, the object of its verb: "what voters are
// saying", "the vision that the party is offering", "the deal he is
// pushing". The clause names a thing said or backed, no statement its
// subject makes there. Before a subject of one word the relative may be
// left out ("the candidates they were supporting"); "said that he is
// hoping" reports, and so does a cleft ("that's what the mayor is
// promising").
func objectRelative(toks []token, first int) bool {
	b := tokAt(toks, first-1)
	switch {
	case b.lower == "what":
		c := tokAt(toks, first-2)
		return !beForm(c) && !c.is("’s", "'s")
	case b.is("that", "which"):
		return lowerNoun(tokAt(toks, first-2))
	}
	return lowerNoun(b) && toks[first].in(cPronoun) && !toks[first].in(cPossessive)
}

// strandedPreposition: a preposition after the verb at k has lost its
// object to a relative clause, a verb or the clause's end following it:
// "the version Trump and his allies are talking about is false", "that is
// what the union is pushing for." The clause describes what it is about.
func strandedPreposition(toks []token, k int) bool {
	if !tokAt(toks, k+1).is("about", "for", "of", "on", "with", "to", "at", "in") {
		return false
	}
	next := tokAt(toks, k+2)
	return k+2 >= len(toks) || next.kind == tPunct && !next.is("-", "“", "\"", "‘") || beForm(next) || strandingAuxiliaries[next.lower]
}

// lowerNoun: a lower-case word that can end a noun phrase: no function
// word, adverb, verb of saying or of stance.
func lowerNoun(t *token) bool {
	return t.kind == tWord && !t.capitalized() && !t.in(cFunctionWord|cCue|cSubjectAdverb|cAuxiliary) && !stanceVerb(t) && !adverbInLy(t) && !isVerbForm(t.lower)
}

// progressive: the participle at k follows a form of "be", maybe with an
// adverb ("Marco Rubio is now criticizing"). Any "'s" counts: the
// patterns that ask read the subject before it themselves.
func progressive(toks []token, k int) bool {
	p := k - 1
	for p > 0 && (adverbInLy(&toks[p]) || toks[p].is("now", "still", "also", "not")) {
		p--
	}
	return progressiveBe(toks, k, p)
}

// progressiveBe: the token at p is a form of "be" that makes the word at
// k a progressive: k is in -ing ("they were told" is a passive). The one
// reading of "be + -ing" that progressive and aspectAuxiliary share; what
// may stand between the two is theirs.
func progressiveBe(toks []token, k, p int) bool {
	return strings.HasSuffix(toks[k].lower, "ing") && progressiveAuxiliaries[tokAt(toks, p).lower]
}

// stanceVerb: the token is one of stanceVerbs, communicationVerbs or
// attitudeVerbs. They have no class bit of their own (the 64 of wordClass
// are taken): a stance verb is a trigger of an attribution that is no
// other cue, no plain verb and no light verb.
func stanceVerb(t *token) bool {
	return t.kind == tWord && t.in(cAttributionTrigger) && !t.in(cCue|cFigureCue|cAmbiguousCue|cRefusal|cEvidenceVerb) && !t.is("according", "citing", "in") && !t.verbIn(vPlain|vLightVerb|vStanceAdjective) &&
		!(t.verbIn(vInfinitiveCue) && !stanceVerbs[t.lower] && !communicationVerbs[t.lower] && !attitudeVerbs[t.lower])
}

// plainVerbCue: a verb of communication or attitude in a form that is as
// often a noun or a plain infinitive (plainVerbs) is one where a subject
// stands in sight just before it: a pronoun or a relative ("they want a
// wall", "voters who support Sanders"), a name or a noun of people or of
// a body ("Clinton calls for", "the campaign plans to"), or an auxiliary
// or a negation ("did not mention"). "to support", "the call" and "a plan"
// attribute nothing.
func plainVerbCue(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !s.t.verbIn(vPlain) {
		return attribution{}, false, false
	}
	if s.t.capitalized() || !subjectInSight(toks, k) {
		// a capital is a headline's, whose words are nouns as often ("Fired Back")
		return attribution{}, false, true
	}
	a, ok := backwardSource(toks, k, s.subject(), s.quoted)
	a, ok = widerSubject(toks, k, s.subject(), s.quoted, a, ok)
	if ok && tokAt(toks, a.last-1).is("'s", "’s") {
		return attribution{}, false, true // "Trump's call": a possessive is no subject
	}
	return a, ok, true
}

// subjectInSight: the word before the verb at k, past adverbs, is an
// auxiliary or a negation, or a subject: a personal pronoun or a relative,
// a capitalized word inside the sentence, or a noun of people or of a
// body.
func subjectInSight(toks []token, k int) bool {
	p := k - 1
	for p >= 0 && (adverbInLy(&toks[p]) || toks[p].in(cSubjectAdverb) && !toks[p].capitalized()) {
		if toks[p].verbIn(vAuxiliary) {
			return true
		}
		p--
	}
	if p < 0 {
		return false
	}
	t := &toks[p]
	return t.in(cPronoun) && !t.in(cPossessive|cDeterminer) || t.is("who", "you", "i") ||
		t.capitalized() && p > 0 && t.kind == tWord && !t.in(cFunctionWord|cClauseOpener) || t.in(cAnonymous|cOrg|cTitle) && !t.capitalized()
}

// declinedToComment: "The hospital declined to comment": a statement that
// there is none.
func declinedToComment(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if s.t.in(cRefusal) && tokAt(toks, k+1).lower == "to" && tokAt(toks, k+2).in(cCommentVerb) {
		a, ok := backwardSource(toks, k, s.subject(), s.quoted)
		a, ok = widerSubject(toks, k, s.subject(), s.quoted, a, ok)
		return a, ok, true
	}
	return attribution{}, false, false
}

// lightVerbCue: a light verb and a noun of speech or of stance, with at
// most three words between, say what its subject said or holds: "Trump
// made the allegation", "the senator also took a swipe at", "the ministry
// released a statement", "she made it clear that", "the union made no
// secret of". The subject is read as a speech verb's is.
func lightVerbCue(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !s.t.verbIn(vLightVerb) {
		return attribution{}, false, false
	}
	n := k + 1
	for n < len(toks) && n <= k+3 && !toks[n].verbIn(vSpeechNoun) && (toks[n].in(cDeterminer|cPossessive) || lowercaseModifier(&toks[n]) || toks[n].lower == "no" || n == k+1 && toks[n].lower == "it") {
		n++
	}
	if n >= len(toks) || !toks[n].verbIn(vSpeechNoun) || s.quoted(n) || toks[n].capitalized() && !s.t.capitalized() {
		return attribution{}, false, true // a capital in lower-case text is a name's: "gave the Secret Service"
	}
	if toks[n].lower == "clear" && lowerNoun(tokAt(toks, n+1)) {
		return attribution{}, false, true // "made clear progress": an adjective of the noun after it
	}
	if next := tokAt(toks, n+1); next.lower == "saying" || participleCue(next) {
		return attribution{}, false, false // "released a statement warning that": the participle reads its issuer
	}
	a, ok := backwardSource(toks, k, s.subject(), s.quoted)
	a, ok = widerSubject(toks, k, s.subject(), s.quoted, a, ok)
	if ok && tokAt(toks, a.last-1).is("'s", "’s") {
		return attribution{}, false, true
	}
	return a, ok, true
}

// refusedTo: a refusal is a stance of its subject, "The minister refused
// to give the names", "Trump declined to attend": "declined" reads only
// before "to" and a verb ("sales declined sharply" and "prices declined to
// a record low" are falls).
func refusedTo(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !s.t.in(cRefusal) || strings.HasSuffix(s.t.lower, "ing") || !s.t.is("refused", "refuses") && !infinitiveAfter(toks, k) {
		return attribution{}, false, false
	}
	if tokAt(toks, k+2).lower == "be" {
		return attribution{}, false, true // "who declined to be named" says why a source is unnamed, as anonymity-request
	}
	a, ok := backwardSource(toks, k, s.subject(), s.quoted)
	a, ok = widerSubject(toks, k, s.subject(), s.quoted, a, ok)
	return a, ok, true
}

// infinitiveAfter: "to" and a verb follow the word at k ("declined to
// attend"), not "to" and a noun phrase ("declined to a record low").
func infinitiveAfter(toks []token, k int) bool {
	v := tokAt(toks, k+2)
	return tokAt(toks, k+1).lower == "to" && v.kind == tWord && !v.capitalized() && !v.in(cDeterminer|cNumeric|cFunctionWord|cPossessive)
}

// sourceBeforeCue: a cue that ends its sentence after a source the other
// patterns cannot read: a name or title in apposition between commas
// ("…,” Lyman's uncle, Mara Lyman, said." gives Mara Lyman; "…,” hunt
// master, Captain Ivo Rask, said."), or a determined noun phrase that holds
// a name or a quoted title ("…, the FAO report on the “State of Markets”
// said."). A statement before the comma has lower-case words no source
// has, and stays a dangling cue ("The ships will stay in harbour for now,
// said.").
func sourceBeforeCue(s *cueSite) (attribution, bool, bool) {
	toks, k := s.toks, s.k
	if !s.t.in(cCue) || k < 2 || k+1 < len(toks) && toks[k+1].lower != "." || !toks[k-1].is(",", "”", "\"") {
		return attribution{}, false, false
	}
	if _, ok := backwardSource(toks, k, s.subject(), s.quoted); ok {
		return attribution{}, false, false // speech-verb reads it ("…, the governor, Lina Ortiz, said.")
	}
	if first, ok := appositionBeforeCue(toks, k-1); ok {
		return attribution{cue: k, first: first, last: k - 1}, true, true // the comma is not the source's
	}
	if first, ok := nounPhraseBeforeCue(toks, k-1, s.quoted); ok {
		return attribution{cue: k, first: first, last: k}, true, true // up to the closing mark
	}
	return attribution{}, false, false
}

// appositionBeforeCue: capitalised words between the comma at end and a
// comma or closing mark before them, a name or title set off as the source.
func appositionBeforeCue(toks []token, end int) (first int, ok bool) {
	if toks[end].lower != "," {
		return 0, false
	}
	p := end - 1
	for p >= 0 && toks[p].kind == tWord && toks[p].capitalized() && end-p <= 6 {
		p--
	}
	return p + 1, p < end-1 && p >= 0 && (toks[p].lower == "," || toks[p].is("”", "\""))
}

// nounPhraseBeforeCue: a phrase after a comma that opens with an article
// and holds only capitalised or quoted words and the words of a source
// (articles, "of", titles, bodies, records) up to the closing mark at end.
func nounPhraseBeforeCue(toks []token, end int, quoted func(int) bool) (first int, ok bool) {
	p, capital := end, false
	for p > 0 && end-p < 20 && toks[p-1].lower != "," {
		p--
		t := &toks[p]
		switch {
		case quoted(p) || t.kind == tPunct:
		case t.capitalized():
			capital = true
		case t.is("the", "a", "an", "of", "on", "for", "in", "'s", "’s") || t.in(cTitle|cOrg|cAnonymous|cDocumentNoun):
		default:
			return 0, false
		}
	}
	return p, p > 0 && toks[p-1].lower == "," && capital && toks[p].is("the", "a", "an")
}

// danglingCue: "…, said." attributes the sentence to no one; tried where
// no pattern found a source.
//
// A stray comma after a source that opens the clause ("” cousin Ana
// Ruiz, said.") leaves the source; a legal verb ("arrested, charged") is
// no cue there.
func danglingCue(s *cueSite) bool {
	toks, k, t := s.toks, s.k, s.t
	if !t.in(cCue) || t.is("saying", "charged", "accused") || !tokAt(toks, k-1).is(",", "”", "\"") || k+1 < len(toks) && tokAt(toks, k+1).lower != "." {
		return false
	}
	return !strayComma(toks, k, s.quoted)
}

// strayComma: the comma before a cue follows a source that opens its
// clause, after a quotation or at the sentence's start.
func strayComma(toks []token, k int, quoted func(int) bool) bool {
	if tokAt(toks, k-1).lower != "," {
		return false
	}
	a, ok := backwardSource(toks, k-1, subjectEnd(toks, k-1), quoted)
	if !ok || a.first >= a.last || !anyCapitalized(toks[a.first:a.last]) {
		return false
	}
	p := a.first
	for n := 0; n < 3 && p > 0 && toks[p-1].kind == tWord && !toks[p-1].capitalized(); n++ {
		p-- // a word that describes the source: "cousin Ana Ruiz"
	}
	if toks[p].lower == "of" {
		// the body after a name: "Chief Todd Grooms of the Dunmore Police"
		for n := 0; n < 6 && p > 0 && toks[p-1].kind == tWord && toks[p-1].capitalized(); n++ {
			p--
		}
	}
	before := tokAt(toks, p-1)
	return p == 0 || before.is("”", "\"", ".") || before.lower == "," && tokAt(toks, p-2).is("”", "\"")
}

// anyCapitalized: a phrase holds a capitalized word, as a name does.
func anyCapitalized(words []token) bool {
	for i := range words {
		if words[i].capitalized() {
			return true
		}
	}
	return false
}

// nounPhraseWord says whether a token can be part of a source's noun phrase.
func nounPhraseWord(t *token) bool {
	if t.kind != tWord {
		return false
	}
	if t.in(cWeekday) || t.in(cMonth) || t.in(cCue) || t.in(cPronoun) && !t.capitalized() {
		return false
	}
	if t.capitalized() {
		return !t.in(cClauseOpener)
	}
	return t.in(cTitle | cOrg | cAnonymous | cSourceAdjective | cSourceLink)
}

// backwardSource reads the source standing before a cue: "the governor of
// Hatay, Rahmi Doğan, said", "Security sources told", "he added".
func backwardSource(toks []token, cue, p int, quoted func(int) bool) (attribution, bool) {
	if tokAt(toks, cue-1).is("is", "was", "are", "were", "be", "been") && tokAt(toks, cue+1).lower == "to" {
		return attribution{}, false // "which is said to be selling well": hearsay with no source
	}
	if passiveVoice(toks, cue) {
		return attribution{}, false // "the price was not disclosed": what the subject underwent, not said
	}
	if p < 0 || quoted(p) && !interruptionEnd(toks, p, quoted) {
		return attribution{}, false
	}
	if pr := &toks[p]; pr.in(cPronoun) || pronounOf(pr) != "" || pr.text == "who" || relativeWhich(toks, p, cue) || pr.is("one", "another", "someone", "others", "many", "some") && (p == 0 || toks[p-1].kind == tPunct) {
		return attribution{cue: cue, first: p, last: p + 1}, true
	}
	last := p + 1
	if a, ok := dashAside(toks, cue, p, quoted); ok {
		return a, true
	}
	if interruptionEnd(toks, p, quoted) {
		// apposition: "X, a Republican and ally of the president, said";
		// the appositive may hold a comma of its own ("the governor of
		// Hatay province in south-eastern Turkey, on the border, said"),
		// and a quotation ("Reyes, who wore a shirt reading “Count every
		// vote,” shouted"; "Ms. Ortega, noting that the “figures are grim,”
		// added")
		q, end := p, p
		for seg := 0; seg < maxAppositionSegments; seg++ {
			segEnd := q
			q--
			for q >= 0 && q > p-40 && (quoted(q) && q < p || toks[q].lower != "," && (toks[q].kind != tPunct || toks[q].is("-", "(", ")", "’s", "'s") || pluralPossessive(toks, q) || abbreviationPeriod(toks, q))) {
				q--
			}
			if q < 0 || toks[q].lower != "," {
				return attribution{}, false
			}
			quotes, words := 0, 0
			for k := q + 1; k < segEnd; k++ {
				if quoted(k) {
					quotes++
				} else {
					words++
				}
			}
			if words == 0 && quotes > 0 {
				continue // "Smith, “We will win,” said Jones": the quotation is what was said
			}
			if opensWithVerb(toks, q+1) {
				return attribution{}, false // "X, the lawyer, endorsed the plan Saturday, saying": a predicate, no apposition
			}
			if next := tokAt(toks, q+1); next.is("who", "which", "whose") || quotes > 0 ||
				next.shape&sUpper == 0 && strings.HasSuffix(next.lower, "ing") && !tokAt(toks, q+2).in(cTitle|cRole|cAnonymous) {
				// a relative or participial clause describes the source, it
				// is not part of it ("Mr. Lee, noting that …, added"); a
				// title is ("John Gill, managing director of …")
				end = q
			}
			first := npStart(toks, q-1, quoted)
			if first > 0 && first <= q-1 && toks[first-1].in(cPossessive) && clauseStart(toks, first-1) {
				first-- // "his wife, Ana Lazar, wrote"
			}
			if first <= q-1 && clauseStart(toks, first) {
				return attribution{cue: cue, first: first, last: end}, true
			}
			if q > 0 && first > q-1 {
				described := nameBetween(toks, q+1, p) || tokAt(toks, q+1).is("who", "whose")
				if d, ok := determinedNoun(toks, q-1, quoted, described); ok {
					return attribution{cue: cue, first: d, last: end}, true // "The companies, which …, said"
				}
			}
			if nameBetween(toks, q+1, p) {
				if h, ok := complementedHead(toks, q-1, quoted); ok {
					return attribution{cue: cue, first: h, last: end}, true // "A spokesman for the mayor, Ana Ruiz, said"
				}
			}
		}
		return attribution{}, false
	}
	first := npStart(toks, p, quoted)
	if first > p {
		if d, ok := determinedNoun(toks, p, quoted, false); ok {
			return attribution{cue: cue, first: d, last: last}, true
		}
		return attribution{}, false
	}
	return attribution{cue: cue, first: first, last: last}, true
}

// maxAppositionSegments bounds the stretches between commas that
// backwardSource reads back over to a source before its cue: a name, its
// age, a town and its state and a relative clause each take one ("Tom
// Hale, 29, of Dover, Del., says", "Ana Webb, a welder from Salem, Ore.,
// who chairs the union, said").
const maxAppositionSegments = 4

// complementedHead is the start of a description of a person that a
// phrase with "of" or "for" completes and that ends at p, before a name in
// apposition: "The author of the memoir, Ana Ruiz,", "A spokesman for the
// port, Ana Ruiz,", "One of his aides, Ana Ruiz,". The name vouches for the
// description, so a head noun of a person, a title or a number word before
// the preposition opens the source, where npStart stops at the complement's
// common noun. It reports false when no such head opens a clause.
func complementedHead(toks []token, p int, quoted func(int) bool) (int, bool) {
	c := p
	for c > 1 && c > p-6 && !quoted(c) && !toks[c].is("of", "for") {
		if t := &toks[c]; !lowercaseModifier(t) && !nounPhraseWord(t) && !t.in(cPossessive|cDeterminer) {
			return 0, false
		}
		c--
	}
	h := c - 1
	if c == p || h < 0 || !toks[c].is("of", "for") || quoted(h) || !toks[h].in(cTitle|cAnonymous|cNumberHead) {
		return 0, false
	}
	if first := npStart(toks, h, quoted); first <= h && clauseStart(toks, first) {
		return first, true
	}
	return determinedNoun(toks, h, quoted, true)
}

// relativeWhich: "which" just after a comma, before a verb of saying or
// of stance, stands for the body the comma follows ("The union, which
// opposed the plan, lost", "The union, which, on Friday, opposed"), as
// "who" stands for a person; the source's
// text stays "which" (see relativeSource). A verb of evidence or of
// belief after it ("the channel, which shows the series") is no speech.
func relativeWhich(toks []token, p, cue int) bool {
	return toks[p].text == "which" && (p == cue-1 || tokAt(toks, p+1).lower == ",") && tokAt(toks, p-1).lower == "," && (speechCue(&toks[cue]) || stanceVerb(&toks[cue]))
}

// passiveVoice: the cue is a participle after a form of "be", maybe with
// a negation or adverbs between ("was not disclosed", "has been widely
// mentioned"): its subject is what was said or done, not who said it.
// An agent after "by" is read by passive-by, tried before.
func passiveVoice(toks []token, cue int) bool {
	w := toks[cue].lower
	if !strings.HasSuffix(w, "ed") && !toks[cue].is("told", "shown", "known", "seen", "written", "given", "taken", "said", "thought", "found", "made") {
		return false
	}
	p := cue - 1
	for p > 0 && (adverbInLy(&toks[p]) || toks[p].in(cSubjectAdverb)) && !beForm(&toks[p]) {
		p--
	}
	return beForm(tokAt(toks, p))
}

// beForm: the token is a form of "be" that makes a participle passive.
func beForm(t *token) bool {
	return t.is("is", "are", "was", "were", "be", "been", "being", "isn't", "wasn't", "aren't", "weren't", "isn’t", "wasn’t", "aren’t", "weren’t")
}

// abbreviationPeriod: the period at q ends an abbreviation inside an
// apposition, as a party tag writes a state ("Rep. Ana Ruiz, D-Pa., said"):
// it follows a capitalized word of a few letters with no space and a
// comma follows it, or it stands inside an initialism, a capital joined to
// it on either side ("D-N.J.", whose first period the tokens split off).
func abbreviationPeriod(toks []token, q int) bool {
	if toks[q].lower != "." || toks[q].space || q == 0 || !toks[q-1].capitalized() || len(toks[q-1].text) > 8 {
		return false
	}
	next := tokAt(toks, q+1)
	return next.lower == "," || next.kind == tWord && next.capitalized() && len(next.text) <= 3
}

// opensWithVerb: the stretch at i opens with a finite cue or stance verb,
// so it is a predicate, not a description of a source; a participle opens
// a description ("Mr. Lee, noting that …, added").
func opensWithVerb(toks []token, i int) bool {
	t := tokAt(toks, i)
	return (t.in(cCue) || stanceVerb(t)) && !strings.HasSuffix(t.lower, "ing")
}

// pluralPossessive: the apostrophe at q ends a possessive plural or name
// in s ("Sanders’ campaign manager"), not a quotation.
func pluralPossessive(toks []token, q int) bool {
	return q > 0 && toks[q].is("’", "'") && !toks[q].space && strings.HasSuffix(toks[q-1].lower, "s") && tokAt(toks, q+1).kind == tWord
}

// issuer is whoever issued the statement that "saying" at cue reports: in
// "the ministry issued a statement saying", the ministry, not the
// statement. The record may have a modifier or two ("a press release", "a
// brief written statement") and the verb its particle ("sent out", "put
// out"). a is the source read otherwise.
func issuer(toks []token, cue int, quoted func(int) bool, a attribution, ok bool) (attribution, bool) {
	if cue < 3 || !toks[cue-1].in(cIssuedRecord) {
		return a, ok
	}
	d := cue - 2
	for d > cue-4 && d > 0 && lowercaseModifier(&toks[d]) && !toks[d].in(cDeterminer) {
		d-- // "a press release", "a written statement"
	}
	v := d - 1
	if v > 0 && toks[v].lower == "out" {
		v-- // "sent out a statement"
	}
	if v < 1 || !toks[d].in(cDeterminer) || !toks[v].in(cIssueVerb) {
		return a, ok
	}
	if b, found := backwardSource(toks, v, subjectEnd(toks, v), quoted); found {
		b.cue = cue
		return b, true
	}
	return a, ok
}

// gerund: a lower-case word in -ing ("of creating a rift").
func gerund(t *token) bool {
	return t.kind == tWord && !t.capitalized() && strings.HasSuffix(t.lower, "ing")
}

// passiveCue: the cue at k is a participle whose agent follows "by": after
// a form of "be" ("was reported by"), possibly with an adverb, or right
// after a noun ("the figure cited by officials").
func passiveCue(toks []token, k int) bool {
	w := toks[k].lower
	if !strings.HasSuffix(w, "ed") && !toks[k].is("told", "written", "quoted", "shown", "put") || k == 0 {
		return false
	}
	p := k - 1
	for p > 0 && (toks[p].in(cSubjectAdverb) || adverbInLy(&toks[p])) && !toks[p].in(cAuxiliary) {
		p--
	}
	b := &toks[p]
	return b.is("was", "were", "been", "be", "being", "is", "are") || p == k-1 && b.kind == tWord && !b.in(cFunctionWord|cPronoun|cAuxiliary)
}

// subjectEnd is the last token of the subject of the cue at cue, past a
// time adverbial and adverbs ("Trump on Friday also said").
func subjectEnd(toks []token, cue int) int {
	p := cue - 1
	if n := timeBefore(toks, p); n > 0 && p-n >= 0 && (toks[p-n].kind == tWord && !toks[p-n].is("and", "but", "said")) {
		p -= n
	}
	p = beforeAdverbs(toks, p)
	if a := aspectAuxiliary(toks, cue, p); a != p {
		p = beforeAdverbs(toks, a)
	}
	return p
}

// aspectAuxiliary steps back over the auxiliary at p that makes the cue
// a progressive or a perfect, "they are backing", "she has been urging",
// "he's argued", to the token before it; p itself when there is none. A
// form of "be" counts before a form in -ing only ("they were told" is a
// passive), and "'s" only after a pronoun ("Trump's backing" is a noun)
// and before no participle that is as often a passive ("he's told").
// "has", "had", "is" and "was" are subject adverbs already.
func aspectAuxiliary(toks []token, cue, p int) int {
	if p < 1 {
		return p
	}
	if toks[p].is("’s", "'s") {
		if b := &toks[p-1]; (b.in(cPronoun) && !b.in(cPossessive) || b.is("who", "that")) && (strings.HasSuffix(toks[cue].lower, "ing") || !personObjectCues[toks[cue].lower]) {
			return p - 1
		}
		return p
	}
	if progressiveBe(toks, cue, p) {
		return p - 1
	}
	return p
}

// beforeAdverbs walks left from p, the token before a cue, over what may
// stand between a subject and its verb: adverbs ("also", "especially",
// "reportedly"), auxiliaries ("has said") and a parenthetical between commas
// (", though,", ", for their part,"). It returns the subject's last token.
func beforeAdverbs(toks []token, p int) int {
	for p >= 0 {
		switch t := &toks[p]; {
		case t.in(cSubjectAdverb) && !(t.capitalized() && p > 0) || adverbInLy(t) || p == 0 && openingAdverb(t):
			// a capitalized one inside the sentence is a name or a headline's word ("Will urged")
			p--
			continue
		case t.lower == ",":
			if q := parentheticalStart(toks, p); q > 0 {
				p = q - 1
				continue
			}
			if r := relativeAside(toks, p); r > 0 {
				return r
			}
		}
		return p
	}
	return p
}

// relativeAside is the relative pronoun before an aside between commas
// that ends at the comma at p ("Ruiz, who, like other pilots, remembered",
// "the union, which, on a call Friday, criticized"): the relative is the
// verb's subject. 0 when no relative opens the aside or a verb of saying,
// a quotation mark or other punctuation stands in it.
func relativeAside(toks []token, p int) int {
	for j := p - 1; j > 1 && j > p-16; j-- {
		t := &toks[j]
		if t.lower == "," {
			if j < p-1 && toks[j-1].is("who", "which") && toks[j-2].lower == "," {
				return j - 1
			}
			return 0
		}
		if t.kind == tPunct && !t.is("-", "'s", "’s", ".") || t.in(cCue) {
			return 0
		}
	}
	return 0
}

// adverbInLy: a lower-case adverb in -ly ("privately", "widely"), not one of
// the nouns that end so ("the family said", "a US ally said").
func adverbInLy(t *token) bool {
	return t.kind == tWord && !t.capitalized() && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !t.in(cNounInLy)
}

// openingAdverb: a capitalized word opening a sentence with an adverb's
// suffix ("Originally", "Recently"); names in -ly ("Kelly", "Connolly",
// "Beverly") end otherwise.
func openingAdverb(t *token) bool {
	if t.kind != tWord || len(t.lower) < 7 {
		return false
	}
	for _, suf := range []string{"ally", "ently", "antly", "ously", "ately", "edly", "ively", "fully", "lessly"} {
		if strings.HasSuffix(t.lower, suf) {
			return true
		}
	}
	return false
}

// parentheticalStart is the comma opening ", though," or ", for its part,"
// when the comma at p closes one, else 0.
func parentheticalStart(toks []token, p int) int {
	switch {
	case p >= 2 && toks[p-2].lower == "," && (toks[p-1].in(cParenthetical) || adverbInLy(&toks[p-1])):
		return p - 2
	case p >= 3 && toks[p-3].lower == "," && toks[p-2].lower == "in" && toks[p-1].lower == "turn":
		return p - 3
	case p >= 4 && toks[p-4].lower == "," && toks[p-3].lower == "for" && toks[p-2].in(cPossessive) && toks[p-1].lower == "part":
		return p - 4
	}
	return 0
}

// clauseSubject reads a speech verb's subject when it is a common noun
// phrase the stricter readings leave alone: a head noun of people, of a body
// or of a record, with its modifiers, a prepositional phrase or a second
// coordinated noun phrase, back to the clause's start ("Shop owners in both
// towns say", "the court filing says", "Spokesmen for the mayor and the
// council declined", "Another source familiar with the mayor's thinking
// said": a determiner that can stand alone opens it, an adjective that
// takes a complement links it, a word in -ing after a possessive is a
// noun). Any verb on the way means the phrase is no subject.
func clauseSubject(toks []token, cue, p int, quoted func(int) bool) (attribution, bool) {
	if p < 0 || quoted(p) || toks[p].kind != tWord || passiveVoice(toks, cue) {
		return attribution{}, false
	}
	first := -1
	for j := p; j >= 0 && j > p-16 && !quoted(j); j-- {
		t := &toks[j]
		if t.kind == tPunct && t.lower != "-" || t.in(cCue) || t.in(cPronoun) && !t.in(cPossessive) && !(t.in(cDeterminer) && j < p) ||
			t.in(cStopAfterNumber) && !t.in(cSubjectLink|cDeterminer|cSourceDeterminer) || isVerbForm(t.lower) && !nounModifierForm(toks, j, p) {
			break
		}
		if clauseStart(toks, j) && (!t.in(cSubjectLink) || t.in(cDeterminer)) {
			first = j // the farthest start wins: "X and Y said" is both
		}
	}
	if first < 0 {
		return attribution{}, false
	}
	head := first
	for head < p && !toks[head+1].in(cSubjectLink) || toks[head].in(cDeterminer) && head < p {
		head++
	}
	if !commonHead(&toks[head]) {
		return attribution{}, false
	}
	return attribution{cue: cue, first: first, last: p + 1, common: true, head: head}, true
}

// widerSubject is the cue's subject read as a common noun phrase when
// backwardSource found none, or only the last of coordinated phrases
// ("Spokesmen for the mayor and the council declined").
func widerSubject(toks []token, cue, p int, quoted func(int) bool, a attribution, ok bool) (attribution, bool) {
	if ok && (a.first == 0 || toks[a.first-1].lower != "and") {
		return a, ok
	}
	if b, found := clauseSubject(toks, cue, p, quoted); found && (!ok || b.first < a.first) {
		return b, true
	}
	return a, ok
}

// nounModifierForm: a word in -ing or -ed inside a noun phrase is a modifier
// or a noun ("elected officials", "the court filing"), not a verb, when a
// noun follows it or it heads the phrase after a determiner or modifier.
func nounModifierForm(toks []token, j, p int) bool {
	if j < p {
		return !toks[j+1].in(cStopAfterNumber)
	}
	return j > 0 && (toks[j-1].in(cDeterminer) || toks[j-1].is("'s", "’s") || lowercaseModifier(&toks[j-1]) && !isVerbForm(toks[j-1].lower))
}

// interruptionEnd reports whether the token before a cue closes an
// interrupting phrase: a comma, or a quotation that ends in one ("…
// reading “Count every vote,” shouted").
func interruptionEnd(toks []token, p int, quoted func(int) bool) bool {
	return toks[p].lower == "," || quoted(p) && toks[p].is("”", "\"", "’") && tokAt(toks, p-1).lower == ","
}

// documentSource reads a document cited by a verb of evidence: its noun
// phrase back to the clause's start ("tax returns", "some recent polls").
func documentSource(toks []token, cue int, quoted func(int) bool) (attribution, bool) {
	d := cue - 1
	for d > 0 && d > cue-6 && !quoted(d-1) && !clauseStart(toks, d) && (lowercaseModifier(&toks[d-1]) || toks[d-1].capitalized() ||
		toks[d-1].in(cSourceDeterminer) || toks[d-1].is("'s", "’s", "/", "its", "their")) {
		d--
	}
	if !clauseStart(toks, d) {
		return attribution{}, false
	}
	return attribution{cue: cue, first: d, last: cue, document: true}, true
}

// anonymityAsked: the words at j ask for a source's name to be kept out
// ("not to be named", "not to be identified", "for anonymity").
func anonymityAsked(toks []token, j int) bool {
	return tokAt(toks, j).lower == "not" && tokAt(toks, j+1).lower == "to" && tokAt(toks, j+2).lower == "be" ||
		tokAt(toks, j).lower == "for" && tokAt(toks, j+1).lower == "anonymity"
}

// nameBetween: the tokens from i to j are a name, every one capitalized
// ("Leila Haddad", "Lord Skidelsky").
func nameBetween(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if !toks[k].capitalized() {
			return false
		}
	}
	return i < j
}

// determinedNoun reads a common noun phrase that opens a clause and ends at
// p: a determiner, modifiers, a noun ("the CNN host", "a bartender", "both
// congressmen", "many economists"). It returns the determiner's position.
// When an apposition names or describes the phrase (named), any determiner
// or a number opens it too ("One shopper, Leila Haddad,", "Two residents,
// who asked not to be named,"), where alone it would count or qualify
// people ("Two senior lawmakers").
func determinedNoun(toks []token, p int, quoted func(int) bool, named bool) (int, bool) {
	if !lowercaseModifier(&toks[p]) {
		return 0, false
	}
	for d := p - 1; d >= 0 && d >= p-4 && !quoted(d); d-- {
		if (toks[d].in(cSourceDeterminer) || named && toks[d].in(cDeterminer|cNumberHead)) && clauseStart(toks, d) {
			return d, true
		}
		if !lowercaseModifier(&toks[d]) && !toks[d].capitalized() {
			break
		}
	}
	return 0, false
}

// timeBefore is the length of a time adverbial that ends at p, between a
// subject and its verb, "Trump on Friday said", "the company yesterday
// said", or between a verb of saying and the clause it reports, "said
// that for years critics".
func timeBefore(toks []token, p int) int {
	switch t := tokAt(toks, p); {
	case t.in(cTimeUnit) && t.lower != singular(t.lower) && tokAt(toks, p-1).lower == "for":
		return 2 // "for years", "for decades"
	case t.in(cWeekday) && tokAt(toks, p-1).lower == "on":
		return 2
	case deicticDays[t.lower]:
		return 1
	case t.is("week", "month", "year", "night", "weekend", "morning", "afternoon", "evening") && tokAt(toks, p-1).is("last", "this"):
		return 2
	case t.in(cMonth) && tokAt(toks, p-1).lower == "in":
		return 2 // "Comey in June said"
	}
	return 0
}

// openingParticiple: the sentence opens at k with a participle clause
// ("Surveying the closed mills, Ruiz concludes"), a capitalized word in
// -ing before a lower-case word that is no verb of saying ("Fleming said"
// is a name), or in -ed before a preposition ("Informed of the poll,").
func openingParticiple(toks []token, k int) bool {
	t, next := &toks[k], tokAt(toks, k+1)
	if t.capitalized() && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ed") && next.is("of", "about", "on", "by", "with", "for", "at") {
		return true // "Informed of the poll, Early described it", "Reached by phone, …"
	}
	return t.capitalized() && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") &&
		next.kind == tWord && !next.capitalized() && !next.in(cCue) && !stanceVerb(next)
}

// clauseStart: the sentence starts at k, or punctuation or a conjunction
// stands before it.
func clauseStart(toks []token, k int) bool {
	if k == 0 {
		return true
	}
	p := &toks[k-1]
	return p.kind == tPunct || p.is("and", "but", "while", "as", "when", "after", "because", "though", "although", "meanwhile", "whereas")
}

// monthInName: a month's name after a capitalized word that is no
// function word or weekday ends a name ("Theresa May", "Yin Myint May"),
// not a date ("in May", "Tuesday, May").
func monthInName(toks []token, j int) bool {
	if j < 1 || !toks[j].in(cMonth) || !toks[j].capitalized() {
		return false
	}
	b := &toks[j-1]
	return b.kind == tWord && b.capitalized() && !b.in(cFunctionWord|cWeekday|cMonth|cClauseOpener)
}

// npStart walks left from p over a source noun phrase and returns its first
// token (p+1 when there is none).
func npStart(toks []token, p int, quoted func(int) bool) int {
	j := p
	for j >= 0 && !quoted(j) {
		t := &toks[j]
		switch {
		case t.lower == ")":
			// a party tag ("(D-Ore.)") or an aside that describes the
			// name before it ("(a Democrat so young he is taken for an
			// aide)", "(who has 25 delegates)")
			o := j - 1
			for o >= 0 && o > j-30 && toks[o].lower != "(" && !quoted(o) && !toks[o].is("?", "!", ";", ")") {
				o--
			}
			if o < 0 || toks[o].lower != "(" {
				break
			}
			j = o - 1
			continue
		case t.lower == "of" && j < p:
			// "the governor of the southeastern Turkish province of Hatay"
			d := j - 1
			for d >= 0 && d > j-6 && (nounPhraseWord(&toks[d]) || lowercaseModifier(&toks[d])) && toks[d].lower != "of" {
				d--
			}
			if d >= 0 && toks[d].is("the", "a", "an") && d < j-1 {
				j = d - 1
				continue
			}
			j--
			continue
		case nounPhraseWord(t) || monthInName(toks, j):
			j--
			continue
		case t.lower == "-" && !t.space:
			j--
			continue
		case lowercaseModifier(t) && j < p && nounPhraseWord(&toks[j+1]):
			// "the fire chief", "the regional governor": modifiers up to an article
			d := j
			for d >= 0 && d > j-3 && lowercaseModifier(&toks[d]) {
				d--
			}
			if d >= 0 && toks[d].is("the", "a", "an") {
				j = d - 1
				continue
			}
		case t.kind == tNumber && j < p:
			j--
			continue
		case t.is("a", "an", "the", "two", "three", "several", "some", "many", "one") && j < p:
			j--
		}
		break
	}
	first := j + 1
	for first <= p && toks[first].is("of", "for", "'s", "’s", "-") {
		first++
	}
	// a leading determiner is kept; a trailing connector is not a source
	if first <= p && toks[p].is("of", "for") {
		return p + 1
	}
	return first
}

// dashAside reads a source whose verb follows an aside between dashes
// (or double hyphens), which ends at p: "Kowalski — named by the paper as
// the likely chair — told". The aside says something of the source but is
// not part of it.
func dashAside(toks []token, cue, p int, quoted func(int) bool) (attribution, bool) {
	if !toks[p].space && p > 0 && toks[p].lower == "-" {
		p-- // the second hyphen of "--" follows the first with no space
	}
	end, ok := dashMarkAt(toks, p)
	if !ok || !toks[end].space {
		return attribution{}, false
	}
	q := end - 1
	for q > 0 && q > end-30 && !quoted(q) && !toks[q].is(".", "?", "!", ";") {
		if open, ok := dashMarkAt(toks, q); ok {
			first := npStart(toks, open-1, quoted)
			if q == end-1 || first > open-1 || !clauseStart(toks, first) {
				return attribution{}, false
			}
			return attribution{cue: cue, first: first, last: open}, true
		}
		q--
	}
	return attribution{}, false
}

// dashMarkAt: a dash stands at k, "—" or "–", or the first of two hyphens
// "--"; it returns the mark's first token (k, or k-1 for the second of two
// hyphens).
func dashMarkAt(toks []token, k int) (int, bool) {
	switch t := &toks[k]; {
	case t.is("—", "–"):
		return k, true
	case t.lower == "-" && k+1 < len(toks) && toks[k+1].lower == "-" && !toks[k+1].space:
		return k, true
	case t.lower == "-" && !t.space && k > 0 && toks[k-1].lower == "-":
		return k - 1, true
	}
	return k, false
}

// forwardSource reads the source after "according to", "citing" or an
// inverted cue ("…,” said a spokesman").
func forwardSource(toks []token, cue, j int, quoted func(int) bool) (attribution, bool) {
	k := j
	for k < len(toks) && k < j+12 && !quoted(k) {
		t := &toks[k]
		if t.lower == "," {
			// apposition of a name: "according to the governor of Hatay, Rahmi Doğan."
			m := k + 1
			for m < len(toks) && toks[m].capitalized() {
				m++
			}
			if m > k+1 && (m == len(toks) || toks[m].kind == tPunct) {
				k = m
			}
			break
		}
		if t.kind == tPunct && !t.is("-", "(", ")") || t.lower == "-" && t.space ||
			t.is("that", "which", "who", "from", "in", "on", "at", "after", "during", "when", "while", "as", "and", "to", "with",
				"what", "whether", "how", "why", "if", "is", "are", "was", "were", "has", "have", "had", "will", "would", "over",
				"against", "about") ||
			t.is("of", "for") && gerund(tokAt(toks, k+1)) ||
			k > j && (t.in(cSubjectAdverb) || adverbInLy(t)) {
			break // a clause or a verb follows the source
		}
		k++
	}
	if k == j {
		return attribution{}, false
	}
	return attribution{cue: cue, first: j, last: k}, true
}

// invertedSource reads the noun phrase after a cue in "…,” said a
// spokesman" or "…, added Mr Smith".
func invertedSource(toks []token, cue int, quoted func(int) bool) (attribution, bool) {
	k := cue + 1 + describedName(toks, cue+1, quoted)
	for k < len(toks) && k < cue+10 && !quoted(k) {
		t := &toks[k]
		if nounPhraseWord(t) && !(k > cue+1 && t.lower == "of" && !tokAt(toks, k+1).capitalized() && tokAt(toks, k+1).lower != "the") ||
			(t.is("a", "an", "the") || t.in(cDeterminer) && !t.in(cPossessive)) && k == cue+1 || lowercaseModifier(t) && (k == cue+1 || determinedAfter(toks, cue, k)) || t.lower == "-" && !t.space {
			k++
			continue
		}
		break
	}
	if k == cue+1 && tokAt(toks, k).is("another", "one", "others") && (k+1 == len(toks) || toks[k+1].kind == tPunct) {
		return attribution{cue: cue, first: k, last: k + 1}, true // "…,” said another."
	}
	for k > cue+1 && toks[k-1].is("of", "for", "the", "a", "an", "-") {
		k--
	}
	if k == cue+1 {
		return attribution{}, false
	}
	// "…, said NetBlocks, a group that monitors the internet": the
	// appositive that follows says what the source is
	if tokAt(toks, k).lower == "," && tokAt(toks, k+1).is("a", "an", "the") {
		e := k + 2
		for e < len(toks) && e < k+14 && !quoted(e) && toks[e].kind != tPunct {
			e++
		}
		return attribution{cue: cue, first: cue + 1, last: e}, true
	}
	return attribution{cue: cue, first: cue + 1, last: k}, true
}

// ageNounSource reads a source named by its age alone, as news names a
// person again after introducing them: "…,” said the 46-year-old", "the
// 46-year-old said". The age stands as the head noun after a determiner,
// next to the cue, with the clause ending after an inverted one.
func ageNounSource(toks []token, cue int, quoted func(int) bool) (attribution, bool) {
	if d := cue + 1; tokAt(toks, d).in(cDeterminer) && !quoted(d) {
		if e, ok := ageNounEnd(toks, d+1); ok && (e == len(toks) || toks[e].kind == tPunct) {
			return attribution{cue: cue, first: d, last: e, common: true, head: e - 1}, true
		}
	}
	for d := cue - 2; d >= 0 && d >= cue-4; d-- {
		if toks[d].in(cDeterminer) && !quoted(d) && clauseStart(toks, d) {
			if e, ok := ageNounEnd(toks, d+1); ok && e == cue {
				return attribution{cue: cue, first: d, last: e, common: true, head: e - 1}, true
			}
		}
	}
	return attribution{}, false
}

// ageNounEnd is the end of an age written as a noun at j ("46-year-old"),
// with no noun of its own after it ("the 46-year-old man" is read by its
// noun).
func ageNounEnd(toks []token, j int) (int, bool) {
	if tokAt(toks, j).kind != tNumber {
		return 0, false
	}
	age, ok := ageFigure(toks, j, j+1, 0)
	if !ok || age.last == j+1 || tokAt(toks, age.last).in(cHuman) {
		return 0, false
	}
	return age.last, true
}

// describedName is the number of lower-case words at j, at most three,
// that describe the name after them, as an inverted source writes a
// person's trade before the name ("…,” said retired harbour pilot Ian
// Webb"); 0 when no capitalized word of a name follows them.
func describedName(toks []token, j int, quoted func(int) bool) int {
	n := 0
	for n < 3 && j+n < len(toks) && !quoted(j+n) {
		t := &toks[j+n]
		if t.kind != tWord || t.capitalized() || t.in(cFunctionWord|cCue|cPronoun) || adverbInLy(t) {
			break
		}
		n++
	}
	if n == 0 || j+n >= len(toks) || quoted(j+n) || !toks[j+n].capitalized() || !nounPhraseWord(&toks[j+n]) {
		return 0
	}
	return n
}

// determinedAfter: the words from just after the cue up to k are a
// determiner and lower-case modifiers ("said the local narrator"), so the
// word at k may still belong to the noun phrase.
func determinedAfter(toks []token, cue, k int) bool {
	if !toks[cue+1].in(cDeterminer) || k > cue+4 {
		return false
	}
	for j := cue + 2; j < k; j++ {
		if !lowercaseModifier(&toks[j]) {
			return false
		}
	}
	return true
}

// speechCue is a cue that reports words, not a record's evidence or a
// belief: "the UN, which said" is a source, "the channel, which shows the series"
// is not.
func speechCue(t *token) bool {
	return t.in(cCue) && !t.in(cEvidenceVerb) && !t.is("finds", "found", "read", "reads", "thinks", "think", "believes", "believe", "posts", "posted")
}

// resolve classifies a source and resolves pronouns and bare titles.
func resolve(toks []token, a attribution, st *docState) claim.Source {
	words := toks[a.first:a.last]
	s := claim.Source{Text: phrase(toks, a.first, a.last-a.first)}
	pr := ""
	if len(words) == 1 {
		pr = pronounOf(&words[0])
	}
	if pr != "" {
		if !words[0].in(cPronoun) {
			s.Text = words[0].text[:len(pr)] // "they've": the pronoun, as written, without its auxiliary
		}
		switch pronouns[pr] {
		case claim.Person:
			p := st.antecedent(pr)
			s.Kind, s.Name, s.Title = claim.Person, p.Name, p.Title
			if s.Name == "" {
				s.Kind = claim.Anonymous
			}
		case claim.Organization:
			s.Kind, s.Name = claim.Organization, st.lastOrg.Name
			if s.Name == "" && !speechCue(&toks[a.cue]) {
				return claim.Source{} // "because it felt so universal": no one holds it
			}
			if s.Name == "" {
				// "it said" after a report, a poll or a statement: a record
				// that speaks for no one named
				s.Kind = claim.Anonymous
			}
		default:
			s.Kind = claim.Anonymous
		}
		return s
	}
	if len(words) == 1 && (words[0].text == "who" || words[0].text == "which") {
		return relativeSource(toks, a.first, s, st)
	}
	if body, ok := st.namedLawBody(words); ok {
		s.Name, s.Kind = body.Name, claim.Organization // "police said" after "the Springfield Police Department said"
		return s
	}
	if a.common {
		s.Kind = commonSource(&toks[a.head])
		return s
	}
	s.Name, s.Title, s.Kind = classify(words, st)
	if s.Kind == "" {
		return claim.Source{}
	}
	return s
}

// relativeSource resolves a relative pronoun that stands as a source to
// the name it follows: "the governor of Hatay, Rahmi Doğan, who said" is
// Rahmi Doğan, "the United Nations, which said" the United Nations. The
// text stays "who", as written; an antecedent that is no name ("a nurse,
// who said") leaves an unnamed source.
func relativeSource(toks []token, k int, s claim.Source, st *docState) claim.Source {
	unnamed := claim.Source{} // "the plan, which said": no source
	if toks[k].text == "who" {
		unnamed = s // "a nurse, who said": someone unnamed
		unnamed.Kind = claim.Anonymous
	}
	if k < 2 || toks[k-1].lower != "," {
		return unnamed
	}
	first := npStart(toks, k-2, func(int) bool { return false })
	if first > k-2 {
		return unnamed
	}
	name, title, kind := classify(toks[first:k-1], st)
	switch {
	case name == "":
		return unnamed
	case toks[k].text == "which":
		s.Kind, s.Name = claim.Organization, name // "which" speaks of no person
	case kind == claim.Person || kind == claim.Organization:
		s.Kind, s.Name, s.Title = kind, name, title
	default:
		return unnamed
	}
	return s
}
