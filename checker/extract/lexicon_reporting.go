// Word lists of the verb phrase of an attribution beyond the cue words and
// stance verbs of lexicon_sources.go: more verbs of communication and of
// attitude, the forms of them that need a subject in sight to be verbs,
// and what stands between a subject and its verb (see attribution.go).

package extract

// verbAuxiliaries are the "do" auxiliaries, "can" and the negations that
// stand between a subject and its verb as adverbs do: "the campaign has
// not commented", "the senator did not mention", "I can now say". They
// join subjectAdverbs in the class cSubjectAdverb. The future and the
// hypothetical ("will", "would", "could", "may") are left out: "the army
// will confirm the figure" attributes nothing yet.
var verbAuxiliaries = set(`do does did not can cannot
	can't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't
	can’t don’t doesn’t didn’t isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t`)

// communicationVerbs report that someone said something without saying
// what in a quotation: "the senator mentioned the plan", "Ruiz accuses the
// mayor of lying". They join stanceVerbs: read with a subject before them
// (stance-verb).
var communicationVerbs = set(`mentions discusses accuses criticizes criticises branded
	slams blasts praises lauds portrayed portrays characterized characterised
	characterizes complains chastised chastises lambasts`)

// attitudeVerbs attribute an intention, a wish or a stance: "the governor
// intends to run", "the mayor loves the plan". They join stanceVerbs.
var attitudeVerbs = set(`intends intended aims likes liked loves loved hates hated dislikes
	disliked admires admired trusts trusted distrusts distrusted signaled signalled objected`)

// plainVerbs are forms of verbs of communication and attitude that are as
// often something else: the plain form ("want", "mention", "blame") and
// the third person that is also a plural noun ("calls", "plans"). They are
// verbs only where a subject stands in sight: after a pronoun, a relative,
// a name, a noun of people or a body, an auxiliary or a negation ("voters
// who want a wall", "did not mention", "Clinton calls for"); see
// plain-verb. Those read so more often wrongly than rightly on news text
// ("support", "like", "vote", "plan", "call", "feel") are left out.
var plainVerbs = set(`want intend mention discuss accuse criticize criticise comment blame praise respond apologize
	claim calls plans`)

// findingRecords are the records that speak for what they found when a
// clause opens with them: "In a new poll of voters, 40 percent back the
// plan" (see in-record). A letter or an email is how its writer speaks
// ("In an email, the mayor said"), no source of its own.
var findingRecords = set(`poll polls polling survey surveys study studies report reports analysis data
	statistics audit census`)

// lightVerbs and speechNouns make a verb of saying or of stance of two
// words: "made the allegation", "took a swipe at", "gave a speech",
// "released a statement" (see light-verb).
var (
	lightVerbs  = set(`made makes took takes gave gives released releases issued issues delivered delivers sent`)
	speechNouns = set(`allegation allegations accusation accusations observation observations case argument
		arguments claim claims remark remarks comment comments statement statements speech speeches shot
		shots swipe swipes jab jabs dig digs aim stance position message pledge promise promises vow point
		points apology announcement endorsement endorsements prediction predictions warning warnings appeal
		plea pitch assurances assurance admission concession defense defence rebuttal interview interviews
		testimony address`)
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
