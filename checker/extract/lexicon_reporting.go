// Word lists of the verb phrase of an attribution beyond the cue words and
// stance verbs of lexicon_sources.go: more verbs of communication and of
// attitude, the forms of them that need a subject in sight to be verbs,
// and what stands between a subject and its verb (see attribution.go).

package extract

import "strings"

// verbAuxiliaries are the "do" auxiliaries, "can" and the negations that
// stand between a subject and its verb as adverbs do (unlike
// finiteAuxiliaries, which open a verb phrase after a noun phrase): "the campaign has
// not commented", "the senator did not mention", "I can now say". They
// join subjectAdverbs in the class cSubjectAdverb. The future and the
// hypothetical ("will", "would", "could", "may") are left out: "the army
// will confirm the figure" attributes nothing yet.
var verbAuxiliaries = set(`do does did not can cannot
	can't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't
	can’t don’t doesn’t didn’t isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t`)

// communicationVerbs report that someone said something without saying
// what in a quotation: "the senator mentioned the plan", "Ruiz accuses the
// mayor of lying", "the mayor decried the rota", "the judge ordered a
// recount", "the union vows to fight". They join stanceVerbs: read with a
// subject before them (stance-verb), so "vows" and "hints" as nouns ("hints
// of a strike") attribute nothing.
var communicationVerbs = set(`mentions discusses accuses criticizes criticises branded
	slams blasts praises lauds portrayed portrays characterized characterised
	characterizes complains chastised chastises lambasts
	decried decries vows hints implied implies speculated speculates reminded reminds
	referenced cites invoked invokes lashed sparred distanced reaffirmed reaffirms dismisses
	advocated ordered unveiled unveils likened listed nominated congratulated apologized apologizes`)

// attitudeVerbs attribute an intention, a wish or a stance: "the governor
// intends to run", "the mayor loves the plan". They join stanceVerbs.
var attitudeVerbs = set(`intends intended aims likes liked loves loved hates hated dislikes
	disliked admires admired trusts trusted distrusts distrusted signaled signalled objected
	realized imagined envisioned remembers understood considers deemed`)

// plainVerbs are forms of verbs of communication and attitude that are as
// often something else: the plain form ("want", "mention", "blame") and
// the third person that is also a plural noun ("calls", "plans"). They are
// verbs only where a subject stands in sight: after a pronoun, a relative,
// a name, a noun of people or a body, an auxiliary or a negation ("voters
// who want a wall", "did not mention", "Clinton calls for"); see
// plain-verb. Those read so more often wrongly than rightly on news text
// ("support", "like", "vote", "plan", "call", "feel") are left out.
var plainVerbs = set(`want intend mention discuss accuse criticize criticise comment blame praise respond apologize
	claim calls plans talks promises worry worries`)

// findingRecords are the records that speak for what they found when a
// clause opens with them: "In a new poll of voters, 40 percent back the
// plan" (see in-record). A letter or an email is how its writer speaks
// ("In an email, the mayor said"), no source of its own.
var findingRecords = set(`poll polls polling survey surveys study studies report reports analysis data
	statistics audit census`)

// lightVerbs and speechNouns make a verb of saying or of stance of two
// words: "made the allegation", "took a swipe at", "gave a speech",
// "released a statement", "made it clear", "made no secret of", "made no
// mention of" (see light-verb).
var (
	lightVerbs  = set(`made makes took takes gave gives released releases issued issues delivered delivers sent`)
	speechNouns = set(`allegation allegations accusation accusations observation observations case argument
		arguments claim claims remark remarks comment comments statement statements speech speeches shot
		shots swipe swipes jab jabs dig digs aim stance position message pledge promise promises vow point
		points apology announcement endorsement endorsements prediction predictions warning warnings appeal
		plea pitch assurances assurance admission concession defense defence rebuttal interview interviews
		testimony address clear secret mention`)
)

// modifierAdjectives take a complement after a head noun and, with it,
// describe a source: "a person familiar with the talks", "officials close
// to the campaign" (see modified-subject).
var modifierAdjectives = set(`familiar close knowledgeable privy`)

// infinitiveCues are verbs of saying and of stance in the plain form, read
// after "to" where a main verb gives them their subject: "took to Twitter
// to say", "went on television to defend" (see purpose-infinitive).
var infinitiveCues = set(`say tell defend attack criticize criticise announce endorse discuss explain declare
	address question argue urge warn deny praise blame accuse insist reiterate acknowledge denounce
	condemn slam blast mock thank congratulate promote tout rally complain apologize express voice
	push tout lament`)

// purposeVerbs are the irregular forms of verbs that take a purpose
// infinitive before a verb of saying: "took to Twitter to say", "went on
// air to defend" (see purpose-infinitive); forms in -ed are read by their
// ending.
var purposeVerbs = set(`went goes go took takes came comes sat stood spoke uses use held holds met ran`)

// notYetSaid are the words before "to" that make an infinitive a
// prediction, a plan or a wish, not a statement made: "expected to
// announce", "going to say", "plans to endorse" (see purpose-infinitive).
var notYetSaid = set(`expected going likely set scheduled poised slated due planned plans plan planning hopes
	hoped hoping wants wanted want tried trying tries needs needed need refused refuses declined declines
	able unable ready willing reluctant afraid asked urged forced allowed invited encouraged pressed
	called told chance time way reason opportunity decided decides agreed agrees promised vowed threatened
	seems seemed appears appeared supposed meant ought used`)

// progressiveAuxiliaries are the forms of "be" that make a participle in
// -ing a progressive ("they are backing the bill", "she has been urging"):
// its subject stands before them. "'s" counts only after a pronoun ("he's
// hoping"); after a name it is as often a possessive ("Trump's backing").
var progressiveAuxiliaries = set(`is are was were am be been ’s 's ’re 're ’m 'm`)

// progressiveCues are the forms in -ing of the verbs of saying, of stance
// and of attitude that participleCues and cueWords do not list, derived
// from their past forms ("backed": "backing", "agreed": "agreeing",
// "worried": "worrying"). They attribute only in the progressive ("the
// union is backing the plan", see stance-verb): after a comma or a noun
// they describe more often than they report ("an ad backing the senator").
// A figure cue's form ("raising") and notStatementsInProgressive are left out.
var progressiveCues = func() map[string]bool {
	m := map[string]bool{}
	for _, verbs := range []map[string]bool{cueWords, stanceVerbs, communicationVerbs, attitudeVerbs} {
		for w := range verbs {
			if g := ingForm(w); g != "" && !figureCues[w] && !notStatementsInProgressive[w] && !participleCues[g] && !cueWords[g] && !refusals[g] {
				m[g] = true
			}
		}
	}
	return m
}()

// notStatementsInProgressive are the past forms of cue and stance verbs
// whose progressive reports an act, not words or a stance: "he continued"
// ends a quotation, "the campaign is continuing its tour" does not;
// "charging admission", "cracking down", "the firm is advising the
// buyer", "a newcomer is challenging the senator", "the party is
// considering an appeal" (a decision still weighed).
var notStatementsInProgressive = set(`continued charged cracked laughed learned advised challenged considered`)

// personObjectCues are the cues whose passive takes as subject the person
// spoken to or of: after "'s" they are a passive ("he's told", "she's
// asked about it", "he's found"), not a perfect as "he's said" is.
var personObjectCues = set(`told asked found quoted informed advised called urged warned accused charged
	criticized criticised praised blamed named dubbed labeled labelled thanked pressed encouraged
	expected known seen shown thought considered`)

// ingForm is the form in -ing of a regular past form ("urged": "urging",
// "planned": "planning", "agreed": "agreeing", "worried": "worrying"), or
// "" for a word that is no past in -ed.
func ingForm(past string) string {
	switch {
	case len(past) < 5 || !strings.HasSuffix(past, "ed"):
		return ""
	case strings.HasSuffix(past, "eed"):
		return past[:len(past)-1] + "ing"
	case strings.HasSuffix(past, "ied"):
		return past[:len(past)-3] + "ying"
	}
	return past[:len(past)-2] + "ing"
}

// stanceAdjectives say, after a form of "be" or a verb like it, where
// their subject stands on what follows them: "the senator is skeptical of
// the plan", "voters were eager to see", "the union remains hopeful that"
// (see stance-adjective). Those as often of mood or chance as of a stance
// on something ("happy", "proud", "sure", "ready", "willing", "likely",
// "afraid") are left out.
var stanceAdjectives = set(`confident eager skeptical sceptical wary hopeful reluctant convinced supportive
	keen unhappy adamant critical vocal outspoken pleased dismissive divided`)

// copulaVerbs link a subject to an adjective of stance (see copula): the
// finite forms, and "been" after "has". A plain "be" follows a modal or
// "to" ("may be skeptical", "seems to be eager"), and so does "remain"
// there (see stance-adjective): a stance supposed, not held. A plain
// "seem" or "appear" follows a causative as often ("made him appear
// supportive").
var copulaVerbs = set(`is are was were am been remain remains remained seems seemed appears appeared`)

// stanceComplements are the words after an adjective of stance that open
// what it is a stance on: "skeptical of", "hopeful that", "divided over".
var stanceComplements = set(`that of about over on with toward towards`)

// degreeAdverbs grade an adjective of stance: "is more hopeful", "were
// so eager" (adverbs in -ly are read by their ending).
var degreeAdverbs = set(`very so too more most less least quite rather particularly far much`)

// partitiveHeads are the words that pick a part of a group before "of"
// or "in" and, so, speak for that part: "most of them said", "many in the
// crowd said", "none of the three has declared", "both of whom opposed"
// (see partitive-subject). Number words count too.
var partitiveHeads = set(`most many some none all both each several few one any either neither
	dozens hundreds thousands millions majority majorities minority plenty`)

// shareWords name a share of people in a poll's report: "56 percent of
// voters", "half said", "a majority of Democrats" (see share-of-people;
// "six in 10" is read by its numbers).
var shareWords = set(`percent % half majority majorities plurality third thirds two-thirds quarter three-quarters`)

// finiteAuxiliaries open a finite verb phrase: after a noun phrase that
// follows a verb of saying they make it the subject of the clause
// reported ("…, said the council will vote"), not an inverted source.
// Every modal counts, as any of them makes the phrase a subject; compare
// actingAuxiliaries (lexicon_authority.go), which leaves out the modals
// of duty and chance, and verbAuxiliaries, which stand inside a verb
// phrase rather than open one.
var finiteAuxiliaries = set(`will would can could should must may might shall is are was were has have had
	does did do`)

// strandingAuxiliaries, after a preposition that follows a verb in -ing,
// open the verb phrase of the clause that the preposition's lost object
// heads ("the plan they are talking about has stalled", "… about will
// fail"): the preposition is stranded (strandedPreposition). The forms of
// "be" are beForm's; other auxiliaries are left out, as after "about" a
// "do" or a modal opens a question as often as a clause.
var strandingAuxiliaries = set(`has have had will would`)

// respondVerbs are the forms of "respond", a verb of saying ("she
// responded that ...") and of going where one is called.
var respondVerbs = set(`respond responds responded responding`)

// dispatchNouns are where or to what officers are sent: "responded to the
// scene", "to a 911 call", "to the home", "to a shooting".
var dispatchNouns = set(`scene scenes area home house residence apartment address location
	shooting shootings incident disturbance alarm emergency 911`)

// dispatchReports are what officers are sent on when they tell of a
// shooting ("reports of gunfire", "a call about shots fired"); "calls for
// her resignation" and "reports of the leak" are what a speaker answers.
var dispatchReports = set(`call calls report reports`)
