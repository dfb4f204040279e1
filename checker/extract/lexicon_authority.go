// Word lists that tell who speaks for the investigation of a shooting
// without being named: the force of the place, and the labels that put a
// statement to a body.

package extract

// forceNouns name the force of a sheriff or a police of the place the
// story is about, as "police" does: "deputies said" is the sheriff's
// office, and "detectives said", "officers say" (alone, or after "the")
// are its police, the people of the force who speak for it. "investigators"
// and "officials" stay unnamed sources: a fire marshal's, a federal
// agency's or a coroner's people are investigators too.
var forceNouns = set(`deputies troopers detectives officers`)

// forceModifiers may stand before a force noun without naming another
// body ("sheriff's deputies", "state troopers").
var forceModifiers = set(`the sheriff's sheriff’s state`)

// investigatingPhrases are names of a police body of more than one word,
// none of which is a police word alone: a city's or a state's Department
// of Public Safety runs its police ("a Pittsburgh Public Safety
// spokeswoman"). Written capitalized, as a body's name is.
var investigatingPhrases = []string{"Public Safety"}

// actingAuxiliaries after a force word make it a verb's subject ("Police
// are investigating", "Deputies have not released"). Narrower than
// finiteAuxiliaries (lexicon_reporting.go): a modal of duty or chance
// ("police should", "officers may") is left out, as it reports no act.
var actingAuxiliaries = func() map[string]bool {
	acting := map[string]bool{}
	for w := range finiteAuxiliaries {
		if !dutyModals[w] {
			acting[w] = true
		}
	}
	return acting
}()

// dutyModals are the modals of duty or chance, which report no act.
var dutyModals = set(`should must may might shall`)

// actingStatements after a force word make it a subject that speaks or
// thinks ("Police say", "Police believe").
var actingStatements = set(`say believe`)
