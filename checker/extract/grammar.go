// The grammar: every named pattern of the extractor, listed once per kind
// in the order it is tried. A pattern's name is the "by" of the claims it
// makes (see docs/extraction.md, which grammar_test.go checks against these
// lists); its example is a phrase it reads. The patterns themselves, with
// their doc comments, live in the files of their jobs.

package extract

import "slices"

// figureStarts are the rules for a figure starting at a number, tried in
// order (figures.go). "age" has no read of its own: numberPhraseAt, having
// read a number phrase, finds it is an age.
var figureStarts = []figureStart{
	{name: "fraction", example: "1/16 of a pint", read: fractionAt},
	{name: "hyphen-figure", example: "a two-story house", read: hyphenFigureAt},
	{name: "number", example: "at least 33 soldiers", read: numberPhraseAt},
	{name: "age", example: "a 24-year-old man"},
}

// notAFigures are the cases where a number is no figure, tried in order
// before a number phrase is read as one (notfigure.go). The first that
// holds wins.
var notAFigures = []notAFigurePattern{
	{name: "compound-title", example: "Channel Four", words: true, skip: compoundTitleNumber},
	{name: "footnote-marker", example: "the report[3] says", skip: footnoteMarker},
	{name: "long-identifier", example: "post 795655190602981376", skip: longIdentifier},
	{name: "ordinal", example: "the 33rd day", skip: ordinalSuffix},
	{name: "decade", example: "in the 1990s", skip: decade},
	{name: "clock-time", example: "at 9:30", skip: clockTime},
	{name: "score", example: "won 9-2", skip: score},
	{name: "abbreviated-month-day", example: "on Oct. 31", skip: abbreviatedMonthDay},
	{name: "model-number", example: "the iPhone 14", skip: modelNumber},
	{name: "time-of-day", example: "at 9 p.m.", skip: timeOfDay},
	{name: "o-clock", example: "at three o'clock", both: true, skip: oClock},
	{name: "attached-code", example: "a 24/7 helpline", skip: attachedCode},
	{name: "after-colon", example: "item:12", skip: afterColon},
	{name: "title-after-name", example: "Ocean's 12", skip: titleAfterName},
	{name: "day-of-month", example: "on March 3", skip: dayOfMonth},
	{name: "year", example: "in 2019", skip: year},
	{name: "street-number", example: "49 Elm Road", skip: streetNumber},
	{name: "blocks-away", example: "about one block away", both: true, skip: blocksAway},
	{name: "calibre", example: "a 9mm pistol", skip: calibreNumber},
	{name: "phone-number", example: "call (555) 0123", skip: phoneNumber},
	{name: "code-after-word", example: "Flight 370", skip: codeAfterWord},
	{name: "station-brand", example: "told 13 News", skip: stationBrand},
	{name: "parent-of", example: "a father of three", both: true, skip: parentOf},
	{name: "apposed-age", example: "The man, 38, was pronounced dead", both: true, skip: apposedAge},
	{name: "listed-ages", example: "two men, 18 and 20, were shot", skip: listedAges},
	{name: "wounds-or-shots", example: "one gunshot wound", both: true, skip: woundsOrShots},
	{name: "attempted-crimes", example: "charged in five attempted murders", both: true, skip: attemptedCrimes},
}

// implicitCountPatterns are the counts written without a number, tried in
// order at each token outside a figure (implicit.go).
var implicitCountPatterns = []implicitCountPattern{
	{name: "another-one", example: "killed one man and wounded another", starts: anotherOneStarts, read: readAnotherOne},
	{name: "ordinal-death", example: "a third victim has died", starts: ordinalDeathStarts, read: readOrdinalDeath},
	{name: "multiple-killing", example: "charged in the double homicide", starts: multipleKillingStarts, read: readMultipleKilling},
	{name: "killed-object", example: "the bullet struck him in the chest, killing him", starts: killedObjectStarts, read: readKilledObject},
	{name: "described-person", example: "a 24-year-old man was killed", starts: describedPersonStarts, read: readDescribedPerson},
	{name: "possessive-person", example: "Ortiz's wife was wounded", starts: possessivePersonStarts, read: readPossessivePerson},
	{name: "age-as-person", example: "a 17-year-old was killed", starts: ageAsPersonStarts, read: readAgeAsPerson},
	{name: "both-people", example: "Both men were taken to a hospital", starts: bothPeopleStarts, read: readBothPeople},
	{name: "no-one", example: "no one was hurt", starts: noOneStarts, read: readNoOne},
	{name: "no-events", example: "no deaths were reported", starts: noEventsStarts, read: readNoEvents},
	{name: "pronoun-died", example: "where he later died", starts: pronounDiedStarts, read: readPronounDied},
	{name: "pronoun-shot", example: "police say she was shot in the arm", starts: pronounShotStarts, read: readPronounShot},
	{name: "headline-person", example: "Spring Valley man shot, killed in parked car", starts: headlinePersonStarts, read: readHeadlinePerson},
	{name: "bare-person", example: "Police identify teen killed in crash", starts: barePersonStarts, read: readBarePerson},
	{name: "bare-object", example: "Man kills wife in Marlow", starts: bareObjectStarts, read: readBareObject},
	{name: "named-victim", example: "Michael Lorenzo died at the scene", starts: namedVictimStarts, read: readNamedVictim},
	{name: killedHimselfName, example: "the gunman killed himself", starts: killedHimselfStarts, read: readKilledHimself},
	{name: thenHimselfName, example: "Man kills wife, then himself", starts: thenHimselfStarts, read: readThenHimself},
	{name: turnedGunName, example: "before turning the gun on himself", starts: turnedGunStarts, read: readTurnedGun},
	{name: shotHimselfName, example: "Hunter shoots himself while cleaning rifle", starts: shotHimselfStarts, read: readShotHimself},
	{name: "death-of", example: "the death of 15-year-old Ann Lee", starts: deathOfStarts, read: readDeathOf},
	{name: "possessive-death", example: "in Ann Lee's death", starts: possessiveDeathStarts, read: readPossessiveDeath},
	{name: "fatal-shooting", example: "police are investigating a fatal shooting", starts: fatalShootingStarts, read: readFatalShooting},
}

// Tallies reports whether a pattern name (a claim's by) makes counts that
// tally victims: not an implicit count (one victim described or named, a
// gunman's own death, nobody) nor the sum of such singles ("Ana Ruiz and
// Tom Hale were hurt"). Rules on an article's tallies of the dead and
// injured leave the others out: they are no count a source has to stand
// behind.
func Tallies(by string) bool {
	return by != singlesTotalName && !slices.ContainsFunc(implicitCountPatterns, func(p implicitCountPattern) bool { return p.name == by })
}

// Counts that add up or read others, after a sentence's figures and
// implicit counts (counts.go).
const (
	bodiesName         = "bodies"
	groupTotalName     = "group-total"
	singlesTotalName   = "singles-total"
	personAndGroupName = "person-and-group"
	groupAndPersonName = "group-and-person"
	othersWoundedName  = "others-wounded"
	shotSurvivorsName  = "shot-survivors"
	shotLessDeadName   = "shot-less-dead"
	victimsAndSelfName = "victims-and-self"
	killerJoinsName    = "killer-joins-toll"
	killedHimselfName  = "killed-himself"
	thenHimselfName    = "then-himself"
	turnedGunName      = "turned-gun"
	shotHimselfName    = "shot-himself" // an implicit count that shotAsInjured reads apart
)

// derivedCounts are the counts read from other counts, in the order they
// are added.
var derivedCounts = []patternDoc{
	{name: bodiesName, example: "the bodies of two men and a woman"},
	{name: groupTotalName, example: "three women and one man were injured"},
	{name: singlesTotalName, example: "a man and a woman were killed"},
	{name: personAndGroupName, example: "Ana Ruiz and two others were wounded"},
	{name: groupAndPersonName, example: "three men and a woman were killed"},
	{name: othersWoundedName, example: "a woman was killed and four others were shot"},
	{name: shotSurvivorsName, example: "four people were shot, one fatally"},
	{name: victimsAndSelfName, example: "he killed two people and then killed himself"},
	{name: killerJoinsName, example: "Two young girls were killed. … Their father then turned the gun on himself."},
	{name: shotLessDeadName, example: "Four people were shot. … One of the victims died."},
}

// Derived reports whether a pattern name (a claim's by) is a count read
// from other counts (derivedCounts: "three women and one man were
// injured" adds up its parts itself).
func Derived(by string) bool {
	return slices.ContainsFunc(derivedCounts, func(p patternDoc) bool { return p.name == by })
}

// scopeReadings are the phrases that restrict a figure to part of a story,
// tried in order at a word that may open one (scope.go); a figure's scope
// is the first phrase read in its window.
var scopeReadings = []scopeReading{
	{name: "since", example: "since the start of February", groups: gSince, read: sinceScope},
	{name: "over-the-last", example: "in the last 17 days", groups: gOver, read: overTheLast},
	{name: "this-year", example: "so far this year", groups: gThisLast | gSo, read: thisYear},
	{name: "by-year", example: "by 2020", groups: gBy, read: byYear},
	{name: "since-month", example: "until March", groups: gSinceUntil, read: sinceMonth},
	{name: "dateline", example: "August 1982: Eight people killed", groups: anyScopeGroup, read: datelineScope},
	{name: "earlier-this", example: "earlier this month", groups: gEarlierLater, read: earlierThis},
	{name: "modified-event", example: "the night strike", groups: gDeterminer, read: modifiedEvent},
	{name: "weekday-event", example: "the Monday night strike", groups: gDeterminer, read: weekdayEvent},
	{name: "indefinite-event", example: "a strike on Thursday morning", groups: gIndefinite, read: indefiniteEvent},
	{name: "throughout", example: "during the war", groups: gThroughout, read: throughoutThe},
}

// attributionPatterns are the ways a statement is attributed, tried in
// order at each trigger word outside a quote (attribution.go); the first
// that applies decides. Where none finds a source, a cue that ends the
// sentence is a dangling one (danglingCue).
var attributionPatterns = []attributionPattern{
	{name: "records-show", example: "Hospital records show", needs: cEvidenceVerb, read: recordsShow},
	{name: "record-subject", example: "A poll taken by the college last week showed", needs: cAttributionTrigger, read: recordSubject},
	{name: "in-record", example: "In a new poll of voters, 40 percent back the plan", word: "in", word2: "in", read: inRecord},
	{name: "speaker-label", example: "MORALES: We will win", word: ":", word2: ":", read: speakerLabel},
	{name: "according-to", example: "according to the ministry", word: "according", word2: "according", read: accordingTo},
	{name: "according-name", example: "according Westfield Coastguard", word: "according", word2: "according", read: accordingName},
	{name: "citing", example: ", citing police sources", word: "citing", word2: "cited", read: citing},
	{name: "reports-that", example: "Reuters reports that", needs: cAmbiguousCue, read: ambiguousCue},
	{name: "passive-by", example: "the plan was rejected by voters", needs: cAttributionTrigger, read: passiveBy, sentence: holdsBy},
	{name: "anonymity-request", example: "who asked not to be named", word: "asked", word2: "requested", read: anonymityRequest},
	{name: "dispatch-response", example: "Officers responded to the scene", needs: cCue, read: dispatchResponse},
	{name: "figure-cue-without-figure", example: "raised questions", needs: cFigureCue, read: figureCueWithoutFigure},
	{name: "share-of-people", example: "56 percent of voters said", needs: cAttributionTrigger, read: shareOfPeople, sentence: holdsShareWord},
	{name: "partitive-subject", example: "Most of them said", needs: cAttributionTrigger, read: partitiveSubject, sentence: holdsPartitiveOpening},
	{name: "participle-cue", example: "Trump hammered the plan, calling it reckless", needs: cAttributionTrigger, read: participleClause},
	{name: "reported-clause", example: "Sanders said he agrees", needs: cAttributionTrigger, read: reportedClause, sentence: holdsCueBeforeCue},
	{name: "coordinated-cue", example: "The ministry denied the report and said", needs: cCue, read: coordinatedCue},
	{name: "source-before-cue", example: "…,” hunt master, Captain Ivo Rask, said.", needs: cCue, read: sourceBeforeCue},
	{name: "purpose-infinitive", example: "Clinton took to Twitter to say", needs: cAttributionTrigger, read: purposeInfinitive},
	{name: "modified-subject", example: "A news report published Wednesday said", needs: cCue, read: modifiedSubject},
	{name: "speech-verb", example: "the minister said", needs: cCue, read: speechVerb},
	{name: "stance-adjective", example: "the senator is skeptical of the plan", needs: cAttributionTrigger, read: stanceAdjective},
	{name: "stance-verb", example: "the senator opposed the bill", needs: cAttributionTrigger, read: stanceVerbCue},
	{name: "light-verb", example: "the senator also took a swipe at the plan", needs: cAttributionTrigger, read: lightVerbCue},
	{name: "plain-verb", example: "voters who want the wall", needs: cAttributionTrigger, read: plainVerbCue},
	{name: "declined-to-comment", example: "The hospital declined to comment", needs: cRefusal, read: declinedToComment},
	{name: "refused-to", example: "The minister refused to give the names", needs: cRefusal, read: refusedTo},
}

// danglingCueName is the by of a cue that attributes to no one.
const danglingCueName = "dangling-cue"

// Quotes and names (quotes.go, speakers.go, names.go).
const (
	quotationName       = "quotation"
	quotationRunsOnName = "quotation-runs-on"
	nameRunName         = "capitalized-run"
)

// speakerReadings are the ways a quote's speaker is found, tried in order
// for each quote (speakerreadings.go); the first that applies decides,
// even when it finds no one. A quote claim's speaker_by is the name of
// the reading that found its speaker.
var speakerReadings = []speakerReading{
	{name: "relayed-by", example: "“We are ready,” the mayor said, according to the station.", read: hearRelayed},
	{name: "outer-speaker", example: "Webb said he believes “the worst is over.”", read: hearOuter},
	{name: "own-attribution", example: "“We will rebuild,” she said.", read: hearOwnAttribution},
	{name: "attribution-after", example: "“… the worst is over.” Altun said.", read: hearAttributionAfter},
	{name: "name-after-quote", example: "“Why now?” reacted Ortiz.", read: hearNameAfterQuote},
	{name: "described-after-verb", example: "“…,” shouts the printed campaign card.", read: hearDescribedAfterVerb},
	{name: "described-after-quote", example: "“…,” the party's nominee riffed.", read: hearDescribedAfterQuote},
	{name: "runs-on", example: "“We will rebuild the school. ¶ “And the clinic.”", read: hearRunsOn},
	{name: "same-speaker", example: "“…,” Ruiz said and then warned the crowd. “Nobody leaves.”", read: hearSameSpeaker},
	{name: "speaker-before", example: "…, said Omar Haddad, an adviser. “Nobody has a plan.”", read: hearSpeakerBefore},
	{name: "continued-quotation", example: "“…,” Ortiz said. ¶ “And we will rebuild the school.”", read: hearContinued},
	{name: "paragraph-before", example: "She said the vote was rigged. ¶ “Every district …”", read: hearParagraphBefore},
	{name: "byline", example: "Ana Ruiz, The Harbour Gazette ¶ “…”", read: hearByline},
	{name: "label-before-colon", example: "Ines Vidal, Coast Weekly: “…”", read: hearLabel},
	{name: "from-introducer", example: "More from Ruiz: “…”", read: hearFromIntroducer},
	{name: "clause-subject", example: "Here in Dover, Ruiz stepped up her attack, saying “…”", read: hearClauseSubject},
	{name: "sentence-subject", example: "She waved it away as “a distraction.”", read: hearSentenceSubject},
}

// signatureLineName is the speaker_by of a quotation paragraph whose
// speaker a signature line after it names (signs).
const signatureLineName = "signature-line"

// quotesAndNames are the patterns of quotes and names.
var quotesAndNames = []patternDoc{
	{name: quotationName, example: "“We will rebuild,” she said."},
	{name: quotationRunsOnName, example: "a paragraph that opens “a quotation and ends open"},
	{name: nameRunName, example: "the governor of Hatay, Rahmi Doğan"},
}

// patternDoc is what docs/extraction.md shows of a pattern.
type patternDoc struct{ name, example string }

// patternGroup is one list of the grammar as docs/extraction.md shows it:
// a heading, what the list is, and its patterns in order.
type patternGroup struct {
	title, about string
	patterns     []patternDoc
}

// grammarGroups is the whole grammar, list by list, for docs/extraction.md.
func grammarGroups() []patternGroup {
	var g [7]patternGroup
	g[0] = patternGroup{title: "Figure starts", about: "A figure starting at a number: the by of counts and quantities."}
	for _, p := range figureStarts {
		g[0].patterns = append(g[0].patterns, patternDoc{p.name, p.example})
	}
	g[1] = patternGroup{title: "Not a figure", about: "A number that is no count or quantity; the first case that holds wins, and no claim is made."}
	for _, p := range notAFigures {
		g[1].patterns = append(g[1].patterns, patternDoc{p.name, p.example})
	}
	g[2] = patternGroup{title: "Implicit counts", about: "Counts written without a number: the by of those counts."}
	for _, p := range implicitCountPatterns {
		g[2].patterns = append(g[2].patterns, patternDoc{p.name, p.example})
	}
	g[2].patterns = append(g[2].patterns, derivedCounts...)
	g[3] = patternGroup{title: "Scope readings", about: "Phrases that restrict a figure to part of a story (a count's scope; no claim of their own)."}
	for _, p := range scopeReadings {
		g[3].patterns = append(g[3].patterns, patternDoc{p.name, p.example})
	}
	g[4] = patternGroup{title: "Attributions", about: "The ways a statement is attributed: the by of attributions. The first that applies at a cue decides; where none finds a source, a cue that ends the sentence is a dangling one."}
	for _, p := range attributionPatterns {
		g[4].patterns = append(g[4].patterns, patternDoc{p.name, p.example})
	}
	g[4].patterns = append(g[4].patterns, patternDoc{danglingCueName, "…, said."})
	g[5] = patternGroup{title: "Quotes and names", about: "The by of quotes and names.", patterns: quotesAndNames}
	g[6] = patternGroup{title: "Speaker readings", about: "The ways a quote's speaker is found: the speaker_by of quotes. The first that applies to a quote decides, even when it finds no one; a signature line after a quotation paragraph names its speaker last."}
	for _, p := range speakerReadings {
		g[6].patterns = append(g[6].patterns, patternDoc{p.name, p.example})
	}
	g[6].patterns = append(g[6].patterns, patternDoc{signatureLineName, "“…” ¶ — Ana Ruiz, speaking on Monday."})
	return g[:]
}
