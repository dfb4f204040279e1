// Word lists of events: the words that name one, and the words that may
// stand between an event and its figure.

package extract

import "strings"

// eventWords maps a trigger word to the normalised event (a participle, per
// the contract's vocabulary).
var eventWords = buildEventWords()

func buildEventWords() map[string]string {
	m := map[string]string{}
	for event, words := range map[string]string{
		"killed": `killed kill kills killing dead died die dies dying death deaths fatalities fatality fatally
			martyred martyrdom martyrs slain massacred perished executed murdered murders murder murdering homicides homicide toll deceased
			succumbed`,
		"injured": `injured injuring injures injuries injury wounded wounding wounds wound hurt hospitalized hospitalised
			hospitalizing injuried grazed`,
		"shot":        `shot shooting shoots`,
		"missing":     `missing unaccounted`,
		"displaced":   `displaced uprooted homeless`,
		"arrested":    `arrested arrests arresting detained detaining detentions apprehended`,
		"neutralized": `neutralized neutralised neutralizing neutralising neutralize neutralise neutralises neutralizes`,
		"evacuated":   `evacuated evacuating evacuate`,
		"rescued":     `rescued`,
		"infected":    `infected`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] = event
		}
	}
	return m
}

// EventOf is the event a lower-case word names, as claims name it ("dead"
// and "deaths" killed, "wounded" injured), "" for a word that names none.
func EventOf(w string) string { return eventWords[w] }

// eventAdjectives can stand right after a number or inside its noun phrase
// ("2 dead", "32 wounded Turkish soldiers").
var eventAdjectives = set(`dead killed injured wounded hurt shot missing displaced arrested detained evacuated`)

// anaphoricFigures refer back to a figure already given ("increased the
// number to 22").
var anaphoricFigures = set(`number figure tally count total toll it`)

// auxiliaries may stand between a counted noun phrase and its event verb.
var auxiliaries = set(`were was have has had been being be are is am reportedly also all later now confirmed
	believed feared thought reported said to who that which subsequently already allegedly apparently
	then initially originally eventually since left remain remained remains still both each more others
	of them whom critically seriously severely slightly fatally badly pronounced found declared
	sustained suffered suffering received receiving minor serious non-life-threatening
	life-threatening multiple`)

// severities grade a wound, so "none were seriously hurt" denies the grade,
// not the wound.
var severities = set(`life-threatening serious seriously critical critically major fatal severe severely
	grave gravely`)

// singularAuxiliaries take a subject of one, never a count of several:
// "The striker, 24, was hurt" tells an age, not 24 people.
var singularAuxiliaries = set(`was has is`)

// leftBridge words may stand between a left-side event word and the number
// ("the death toll was revised to 33", "killing at least").
var leftBridge = set(`to at of as the was is has had have been now stood stands rose risen climbed reached
	revised raised increased jumped put up officially confirmed reportedly initially originally first later
	eventually further another an a its their total number rising climbing since`)

// cumulativeWords mark a running total.
var cumulativeWords = set(`total overall altogether cumulative`)

// revisionEarly marks a figure that was later replaced.
var revisionEarly = set(`initially originally first earlier previously preliminary initial`)

// revisionLate marks the figure that replaced it.
var revisionLate = set(`later eventually subsequently revised raised increased updated rose risen climbed
	jumped finally since now`)

// deathNouns name one person's death as a noun: "the death of Ann Lee",
// "the teen's death".
var deathNouns = set(`death killing murder`)

// bodyParts are where a bullet strikes a person: "hit in the leg".
var bodyParts = set(`head face neck chest back leg legs arm arms shoulder shoulders stomach abdomen hip hand hands
	foot feet thigh torso buttocks buttock side knee ankle wrist groin jaw eye cheek elbow`)

// survivalWords tell that a victim lived ("was shot but survived").
var survivalWords = set(`survived survives`)

// subjectPlaces open a phrase of place or age that may end a subject
// before its verb ("a child in the home was hurt").
var subjectPlaces = set(`in inside at`)

// placeEndVerbs are the verbs such a subject's phrase ends on ("a woman in
// the car was wounded", "a child in the home received minor injuries").
var placeEndVerbs = set(`was were is are has have had remains remained received suffered sustained`)

// strikeVerbs tell a bullet or a gun reaching a person ("the bullet struck
// a boy in the leg", "hitting the child in the hand").
var strikeVerbs = set(`struck strikes striking hit hits hitting`)

// gunfireWords tell that guns were fired ("a stray bullet", "shots rang
// out", "the rifle discharged").
var gunfireWords = set(`bullet bullets gunfire gunshot gunshots shots shot round rounds pellets crossfire fired firing
	discharged ricochet`)

// hospitalVerbs bring people to a hospital ("two were taken to hospital",
// "was admitted to a hospital"): some of the injured.
var hospitalVerbs = set(`taken rushed airlifted transported flown transferred admitted went`)

// patientConditions are the grades a hospital gives the condition of one
// it treats ("in critical condition", "in serious but stable condition").
var patientConditions = set(`critical serious stable grave fair good satisfactory guarded`)

// conditionListings report a patient's condition ("was listed in stable
// condition", "was reported in good condition").
var conditionListings = set(`listed reported`)

// carriedVerbs carry people somewhere with a wound ("was airlifted with a
// head wound", "brought in with minor injuries"): the wound names their
// event.
var carriedVerbs = set(`taken rushed airlifted transported flown brought`)

// fatalAdverbs make a shooting a killing ("fatally shot", "mortally
// wounded").
var fatalAdverbs = set(`fatally mortally`)

// shotManners are adverbs between a person and the verb by which they act
// on someone ("a man fatally shot his girlfriend", "accidentally shot",
// "allegedly shot").
var shotManners = set(`fatally accidentally allegedly`)

// mildGrades grade a wound as one a victim survives ("minor",
// "non-life-threatening", "non-fatal"), so the hurt are injured, not dead.
var mildGrades = set(`minor non-life-threatening non-life non superficial non-fatal nonfatal non-critical noncritical`)

// harmEvents are the events of people hurt or killed: a group told with
// one is a group of casualties, that a part told later is of ("one of the
// victims died").
var harmEvents = set(`killed injured shot`)

// causePrepositions join a death to its cause: "died of", "died from",
// "killed in" ("died after" tells when, not of what).
var causePrepositions = set(`of from in`)

// otherCauses are natural causes of death, of one word or of two: a death
// told with one is no casualty of violence ("died of a heart attack while
// hunting", "the funeral of a man who died of natural causes"). A crash,
// a fire or an overdose may be the very event a report counts, and is
// none.
var otherCauses = set(`heart_attack heart_failure natural_causes cancer illness disease stroke`)

// woundNouns name a wound or an injury, which tells its victim's event:
// "who sustained a gunshot wound", "with minor injuries".
var woundNouns = set(`wound wounds injury injuries`)

// fatalAdjectives make an event or a wound a death: "a fatal shooting",
// "a deadly attack", "a mortal wound".
var fatalAdjectives = set(`fatal deadly mortal`)

// fatalEventNouns are the events and wounds a fatal adjective makes a
// killing of someone: "the fatal shooting of a teen", "a deadly crash",
// "the fatal injury of a resident".
var fatalEventNouns = set(`shooting shootings stabbing attack crash accident injury injuries wound wounds`)

// sufferVerbs take a wound as their object, so the wound names the
// subject's event: "who sustained a gunshot wound", "suffered injuries".
var sufferVerbs = set(`sustained suffered received suffering sustaining`)

// firingVerbs before "at" aim at people without saying they were hit:
// "shot at twelve people", "fired at the officers".
var firingVerbs = set(`shot shoots shooting fired firing fires`)

// deathStates tell that someone died, with no agent: "he died", "was
// dead", "succumbed", "perished".
var deathStates = set(`died dies dead deceased perished succumbed`)

// dyingVerbs are the verbs by which a clause goes on to tell that its
// subject died ("a man was shot and his friend died", "one succumbed"):
// deathStates without "dead", which there is more often another's state
// ("found him dead"), and "perished".
var dyingVerbs = set(`died dies succumbed deceased`)

// gunfireNouns are what a victim is struck by when shot: "hit by a bullet",
// "struck by gunfire", "caught in the crossfire".
var gunfireNouns = set(`bullet bullets gunfire shots shot round rounds pellets crossfire`)

// lifeTakingVerbs take a life: "the shooting claimed the life of", "took
// the lives of two".
var lifeTakingVerbs = set(`claimed claim claims claiming took take takes taking`)

// woundGrades are the adjectives that may stand between a number and the
// wounds it counts ("two serious stab wounds", "multiple gunshot wounds").
var woundGrades = set(`fatal serious minor superficial critical severe apparent multiple`)
