package extract

import "github.com/factlint/factlint/checker/numwords"

// wordClass is a set of the word lists a token belongs to, one bit per
// list. Each token is looked up once, when it is made; patterns then test
// bits instead of hashing the word again for every list they consult.
type wordClass uint64

const (
	cEvent wordClass = 1 << iota
	cEventAdjective
	cAnaphoric
	cAuxiliary
	cLeftBridge
	cHuman
	cStopAfterNumber
	cTimeUnit
	cStreet
	cMonth
	cWeekday
	cScopeNoun
	cScopeModifier
	cScopeStart
	cPartOfDay
	cCumulative
	cRevisionEarly
	cRevisionLate
	cNameConnector
	cFunctionWord
	cCue
	cFigureCue
	cAmbiguousCue
	cTitle
	cOrg
	cKnownAgency
	cAnonymous
	cSourceAdjective
	cRole
	cPlace
	cDemonym
	cCurrencySymbol
	cMeasureUnit
	cGun
	// cBody: "body", "bodies", "remains", which count the dead
	cBody
	cRace
	cPronoun
	// cNumeric: the word can open a number phrase ("thirty-three", "dozens",
	// "a") or is a number word joined to a noun ("five-member")
	cNumeric
	// cNumberHead: the word, or its part before a hyphen, is a number word
	// ("nine", "Thirty-three", "Five-member")
	cNumberHead
	// cCountTrigger: a word without which no implicit count can be read
	// (an event word, or the "condition" of "in critical condition")
	cCountTrigger
	// cReportVerb: a verb of learning or reporting that a clause follows
	// ("were informed he had died", "learned she was killed")
	cReportVerb
	// cAttributionTrigger: a word without which no attribution can be read
	// (a cue verb, "according", "citing")
	cAttributionTrigger
	// cEvidenceVerb: a verb that cites a document ("records show")
	cEvidenceVerb
	// cRevisionWord: a word that says a figure was revised ("revised",
	// "initially")
	cRevisionWord
	// cRiseVerb: a toll that "rose to" a new figure
	cRiseVerb
	// cOpensSentence: a mark after which a capital may only open a
	// sentence or a quotation (".", "?", "“", ":")
	cOpensSentence
	// cClauseOpener: a word that, capitalized, opens a clause, not a name
	cClauseOpener
	// cSourceLink: a word inside a source's noun phrase ("of", "bin")
	cSourceLink
	// cCumulativeOpener: the first word of "so far", "to date", "in all"
	cCumulativeOpener
	// Words around a speech verb's subject (see attribution.go): adverbs that
	// may stand before the verb, nouns in -ly that are no adverbs, words of
	// a parenthetical (", though,"), possessives, determiners, the links
	// inside a subject's noun phrase, verbs of refusing and of commenting
	// ("declined to comment")
	cSubjectAdverb
	cNounInLy
	cParenthetical
	cPossessive
	cDeterminer
	cSubjectLink
	cRefusal
	cCommentVerb
	// cIssuedRecord, cIssueVerb: "issued a statement saying"
	cIssuedRecord
	cIssueVerb
	// cCodeWord: a word after which a number is a code ("Flight 370")
	cCodeWord
	// cQualifierEnd: the last word of a qualifier before a figure ("than"
	// of "more than"), without which the figure has none
	cQualifierEnd
	// cCurrencyPrefix: letters before a currency symbol ("US$", "RM")
	cCurrencyPrefix
	// cDocumentNoun: a record a verb of evidence cites ("records show")
	cDocumentNoun
	// cSourceDeterminer: a determiner that opens a common-noun source
	// ("the narrator", "both congressmen")
	cSourceDeterminer
)

// Classes of verbLexicon, a table of its own apart from the lexicon (whose
// 64 bits are taken), asked about only at a trigger word of an attribution
// (lexicon_reporting.go).
const (
	vPlain           wordClass = 1 << iota // one of plainVerbs
	vAuxiliary                             // one of verbAuxiliaries
	vFindingRecord                         // one of findingRecords
	vLightVerb                             // one of lightVerbs
	vSpeechNoun                            // one of speechNouns
	vInfinitiveCue                         // one of infinitiveCues
	vProgressive                           // one of progressiveCues
	vStanceAdjective                       // one of stanceAdjectives
)

// verbLexicon maps a lower-case word to its classes of the verb phrase of
// an attribution and of the records that speak in one.
var verbLexicon = newWordTable(classesOf([]classList{
	{vPlain, plainVerbs}, {vAuxiliary, verbAuxiliaries}, {vFindingRecord, findingRecords},
	{vLightVerb, lightVerbs}, {vSpeechNoun, speechNouns}, {vInfinitiveCue, infinitiveCues},
	{vProgressive, progressiveCues}, {vStanceAdjective, stanceAdjectives},
}))

// Classes of woundLexicon, the words that grade a wound or tell how a
// victim was shot, and the suffixes of an age: a table of its own, asked
// only where a count's event or an age is read (lexicon_events.go,
// lexicon_figures.go).
const (
	wFatalAdverb    wordClass = 1 << iota // one of fatalAdverbs
	wShotManner                           // one of shotManners
	wMildGrade                            // one of mildGrades
	wWoundGrade                           // one of woundGrades
	wAgeSuffix                            // one of ageSuffixes
	wWoundNoun                            // one of woundNouns
	wFatalAdjective                       // one of fatalAdjectives
	wFatalEventNoun                       // one of fatalEventNouns
	wSufferVerb                           // one of sufferVerbs
	wFiringVerb                           // one of firingVerbs
	wDeathState                           // one of deathStates
	wGunfireNoun                          // one of gunfireNouns
	wLifeTakingVerb                       // one of lifeTakingVerbs
	wDyingVerb                            // one of dyingVerbs
)

// woundLexicon maps a lower-case word to its classes of woundLexicon.
var woundLexicon = newWordTable(classesOf([]classList{
	{wFatalAdverb, fatalAdverbs}, {wShotManner, shotManners}, {wMildGrade, mildGrades},
	{wWoundGrade, woundGrades}, {wAgeSuffix, ageSuffixes}, {wWoundNoun, woundNouns},
	{wFatalAdjective, fatalAdjectives}, {wFatalEventNoun, fatalEventNouns}, {wSufferVerb, sufferVerbs},
	{wFiringVerb, firingVerbs}, {wDeathState, deathStates}, {wGunfireNoun, gunfireNouns},
	{wLifeTakingVerb, lifeTakingVerbs}, {wDyingVerb, dyingVerbs},
}))

// classList is one word list of the lexicon and the class its words take.
type classList struct {
	c     wordClass
	words map[string]bool
}

// classesOf maps each word of the lists to the union of its lists' classes.
func classesOf(lists []classList) map[string]wordClass {
	m := map[string]wordClass{}
	for _, l := range lists {
		for w := range l.words {
			m[w] |= l.c
		}
	}
	return m
}

// lexicon maps a lower-case word to its classes.
var lexicon = newWordTable(buildLexicon())

func buildLexicon() map[string]wordClass {
	m := classesOf([]classList{
		{cEventAdjective, eventAdjectives}, {cAnaphoric, anaphoricFigures}, {cAuxiliary, auxiliaries},
		{cLeftBridge, leftBridge}, {cHuman, humanNouns}, {cStopAfterNumber, stopAfterNumber}, {cTimeUnit, timeUnits},
		{cStreet, streetWords}, {cMonth, months}, {cWeekday, weekdays}, {cScopeNoun, scopeNouns},
		{cScopeModifier, scopeModifiers}, {cScopeStart, scopeStarts}, {cPartOfDay, partsOfDay},
		{cCumulative, cumulativeWords}, {cRevisionEarly, revisionEarly}, {cRevisionLate, revisionLate},
		{cNameConnector, nameConnectors}, {cFunctionWord, functionWords}, {cCue, cueWords}, {cFigureCue, figureCues},
		{cAmbiguousCue, ambiguousCues}, {cTitle, titleWords}, {cOrg, orgWords}, {cKnownAgency, knownAgencies},
		{cAnonymous, anonymousNouns}, {cSourceAdjective, sourceAdjectives}, {cRole, roleWords}, {cPlace, places},
		{cDemonym, demonyms}, {cCurrencySymbol, keysOf(currencySymbols)}, {cMeasureUnit, keysOf(measureUnits)}, {cGun, gunNouns}, {cRace, raceWords},
		{cPronoun, keysOf(pronouns)}, {cClauseOpener, clauseOpeners}, {cSourceLink, sourceLinks},
		{cSubjectAdverb, subjectAdverbs}, {cSubjectAdverb, verbAuxiliaries}, {cNounInLy, nounsInLy}, {cParenthetical, parentheticals}, {cPossessive, possessives},
		{cDeterminer, determiners}, {cSubjectLink, subjectLinks}, {cRefusal, refusals}, {cCommentVerb, commentVerbs},
		{cIssuedRecord, issuedRecords}, {cIssueVerb, issueVerbs}, {cCodeWord, codeWords}, {cQualifierEnd, qualifierEnds()}, {cNumeric, numericWords()}, {cNumberHead, numberWords()},
		{cCurrencyPrefix, currencyPrefixes}, {cDocumentNoun, documentNouns}, {cSourceDeterminer, sourceDeterminers},
	})
	for w := range eventWords {
		m[w] |= cEvent | cCountTrigger
	}
	m["condition"] |= cCountTrigger
	m["away"] |= cCountTrigger // "passed away", a death told without an event word
	for w := range strikeVerbs {
		m[w] |= cCountTrigger // "was hit in the leg", "striking a boy in the arm": shot
	}
	m["life"] |= cCountTrigger  // "claimed the life of a boy"
	m["lives"] |= cCountTrigger // "took the lives of three men"
	for _, w := range []string{"body", "bodies", "remains"} {
		m[w] |= cBody | cCountTrigger // "the body of a teenager"
	}
	for w, c := range m {
		if c&(cCue|cFigureCue|cAmbiguousCue|cRefusal) != 0 {
			m[w] |= cAttributionTrigger
		}
	}
	for w := range set(`informed learned learnt told that confirmed announced`) {
		m[w] |= cReportVerb
	}
	for w := range evidenceVerbs {
		m[w] |= cAttributionTrigger | cEvidenceVerb
	}
	for w := range revisionWords {
		m[w] |= cRevisionWord
	}
	for w := range riseVerbs {
		m[w] |= cRiseVerb
	}
	for _, w := range []string{".", "!", "?", "“", "\"", "‘", ":"} {
		m[w] |= cOpensSentence
	}
	for _, w := range []string{"so", "to", "in"} {
		m[w] |= cCumulativeOpener
	}
	for w := range stanceVerbs {
		m[w] |= cAttributionTrigger // no bit of its own: see stanceVerb
	}
	for _, verbs := range []map[string]bool{communicationVerbs, attitudeVerbs, plainVerbs, lightVerbs} {
		for w := range verbs {
			m[w] |= cAttributionTrigger // no bit of its own: see stanceVerb and plainVerb
		}
	}
	for w := range participleCues {
		m[w] |= cAttributionTrigger // no bit of its own: see participleCue
	}
	for w := range infinitiveCues {
		m[w] |= cAttributionTrigger // a cue after "to": see purpose-infinitive
	}
	for w := range progressiveCues {
		m[w] |= cAttributionTrigger // a cue after "be": see stance-verb
	}
	for w := range stanceAdjectives {
		m[w] |= cAttributionTrigger // a cue after "be": see stance-adjective
	}
	m[":"] |= cAttributionTrigger  // a speaker's label: see speakerLabel
	m["in"] |= cAttributionTrigger // a record that speaks: see inRecord
	m["according"] |= cAttributionTrigger
	m["citing"] |= cAttributionTrigger
	return m
}

func keysOf[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// numericWords are the single words that open a number phrase.
func numericWords() map[string]bool {
	m := numberWords()
	for w := range set(`a half two-thirds three-quarters several tens hundreds thousands millions billions dozens scores`) {
		m[w] = true
	}
	return m
}

// qualifierEnds are the last words of qualifiersBefore.
func qualifierEnds() map[string]bool {
	m := map[string]bool{}
	for _, q := range qualifiersBefore {
		m[q.words[len(q.words)-1]] = true
	}
	return m
}

// numberWords are the words numwords spells numbers with.
func numberWords() map[string]bool {
	m := map[string]bool{}
	for _, w := range numwords.Words() {
		m[w] = true
	}
	return m
}

// wordIn reports whether the word w, in lower case, belongs to one of the
// classes: the way to ask about a word that is no token.
func wordIn(w string, c wordClass) bool { return lexicon.class(w, wordHash(w))&c != 0 }

// classOf is a word's classes; hyphenated words not in the lexicon are
// numeric when their first part is a number word ("thirty-three",
// "five-member").
func classOf(lower string, hash uint32, hyphen bool) wordClass {
	c := lexicon.class(lower, hash)
	if hyphen {
		c = hyphenClass(lower, c)
	}
	return c
}

// hyphenClass adds to c, the lexicon's classes of the hyphenated word
// lower, what its first part lends it.
func hyphenClass(lower string, c wordClass) wordClass {
	before := beforeHyphen(lower)
	head := lexicon.class(before, wordHash(before))
	if numwords.IsNumberWord(lower) || head&cNumeric != 0 {
		c |= cNumeric
	}
	return c | head&cNumberHead
}
