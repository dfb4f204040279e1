// Word lists of people: the nouns that count them, and their singulars.

package extract

import (
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// humanNouns can be counted implicitly: "a man was killed" is one killed.
var humanNouns = set(`man woman person boy girl child teen teenager baby infant toddler student soldier officer
	policeman policewoman deputy trooper detective investigator victim civilian resident worker driver passenger pedestrian bystander
	customer employee guard journalist reporter gunman shooter suspect attacker assailant motorist cyclist
	father mother son daughter brother sister husband wife friend neighbor neighbour relative youth adult
	juvenile individual inmate prisoner patient nurse doctor teacher pupil firefighter marine sailor pilot
	fighter militant rebel serviceman servicewoman grandfather grandmother grandson granddaughter uncle aunt
	nephew niece cousin stepfather stepmother stepson stepdaughter boyfriend girlfriend fiance fiancee
	clerk cashier bartender bouncer owner homeowner shopkeeper storekeeper tenant roommate landlord manager
	patron hostage witness preteen grandchild classmate coworker co-worker acquaintance stranger bailiff constable jailer
	kid`)

// wholeNouns count people of no kind, a group its parts may break down
// by kind ("six people, three men and three women").
var wholeNouns = set(`person victim individual`)

// assailantNouns name the one who attacks, whose death is none of the
// victims' ("Officer shot, suspect killed").
var assailantNouns = set(`gunman shooter suspect attacker assailant`)

// remainderWords make a count the rest of a group told in part before it.
var remainderWords = set(`other others more additional another further`)

// PersonNoun reports whether a claim's subject (a singular noun, as claims
// hold it) counts people: rules on tallies of the dead leave out "public
// bodies" axed and "jobs" lost.
func PersonNoun(w string) bool { return personNoun(w) || tallyNouns[w] }

// AssailantNoun reports whether a lower-case singular noun names the one
// who attacks ("gunman", "suspect"), not a victim.
func AssailantNoun(w string) bool { return assailantNouns[w] }

// Singular is a lower-case plural noun as claims write their subjects
// ("soldiers" soldier, "people" person, "gunmen" gunman).
func Singular(w string) string { return singular(w) }

// tallyNouns count people by what befell them: "5,300 deaths".
var tallyNouns = set(`death fatality casualty`)

// personNoun: a singular noun that counts people.
func personNoun(w string) bool {
	return w != "" && (humanNouns[w] || claim.SubjectClass(w) == "person")
}

// irregular plurals.
var irregularSingular = map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "police": "police", "personnel": "personnel", "troops": "troop",
	"lives": "life", "wives": "wife", "knives": "knife", "staff": "staff", "sheep": "sheep", "fish": "fish",
	"series": "series", "species": "species", "news": "news", "aircraft": "aircraft", "data": "data",
	"crisis": "crisis", "analysis": "analysis", "bus": "bus", "gas": "gas",
}

// singular reduces a plural noun to its singular.
func singular(s string) string {
	if v, ok := irregularSingular[s]; ok {
		return v
	}
	switch {
	case len(s) <= 3 || strings.HasSuffix(s, "ss") || strings.HasSuffix(s, "us") || strings.HasSuffix(s, "is"):
		return s
	case strings.HasSuffix(s, "men") && !singularInMen[s]:
		return s[:len(s)-3] + "man" // gunmen, policemen, congresswomen
	case strings.HasSuffix(s, "ies"):
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "ches"), strings.HasSuffix(s, "shes"), strings.HasSuffix(s, "xes"), strings.HasSuffix(s, "sses"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "s"):
		return s[:len(s)-1]
	}
	return s
}

// singularInMen are singular nouns that end like "gunmen".
var singularInMen = set(`specimen abdomen regimen acumen hymen semen stamen omen amen yemen`)

// killersVictimNouns count people a killer who then took his own life
// killed, and never count him: his children, his partner, the officers
// and guards he shot. A toll of "two daughters" or "two bailiffs" leaves
// him out, where "two people" or "two men" may count him.
var killersVictimNouns = set(`daughter son child kid baby infant toddler girl grandchild granddaughter grandson
	stepdaughter stepson wife ex-wife girlfriend ex-girlfriend fiancee bailiff deputy officer trooper marine serviceman`)

// bareObjectHeads take a person without an article in headlinese: "Police
// identify teen killed in crash", "Vigil for boy slain on Elm Street",
// "Family bids farewell to toddler killed by gunfire".
var bareObjectHeads = set(`identify identifies identified id names name mourn mourns remember remembers honor honors
	for to`)

// clauseJoiners join a killing to the clause before it, so the person
// counted there is not the one who killed himself: "shot his friend, then
// killed himself" ("and" may join two verbs of one subject: "a boy who
// shot and killed himself").
var clauseJoiners = set(`then before after`)

// objectPronouns stand for one person acted on: "killing him".
var objectPronouns = set(`him her`)

// killingParticiples, and shootingParticiples after a fatal adverb, open
// the clause that tells whom a shot killed: "killing him", "fatally
// shooting her".
var killingParticiples = set(`killing`)
var shootingParticiples = set(`shooting`)

// nearMisses before a verb of killing tell that it did not kill: "nearly
// killing him".
var nearMisses = set(`nearly almost`)

// unrealModals before "have" and a verb of killing tell a death that did
// not happen or is not known: "could have killed her".
var unrealModals = set(`could would might may should`)

// relativePronouns open a clause about the noun before them.
var relativePronouns = set(`who whom whose that which`)

// activeLeads are auxiliaries (cAuxiliary) that may stand right before the
// active verb of a killer's act: a relative pronoun or an adverb of when or
// how ("a student who killed four classmates and himself", "then killed
// himself").
var activeLeads = set(`who that which then later also subsequently allegedly apparently reportedly eventually`)

// killingVerbs are the active forms of a verb of killing whose object a
// figure may be ("killed three people", "killing two guards").
var killingVerbs = set(`killed killing kills murdered murdering`)

// passiveAuxiliaries before a verb make it passive: "were killed".
var passiveAuxiliaries = set(`was were is are be been being`)

// incidentNouns name an event that kills, whose dead may count its killer:
// "a shooting that killed two", "the murder-suicide killed three".
var incidentNouns = set(`shooting shootings attack attacks rampage spree gunfire fire blast explosion crash incident violence murder-suicide standoff`)
