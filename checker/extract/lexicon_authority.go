// Word lists that tell who speaks for the investigation of a shooting
// without being named: the force of the place, and the labels that put a
// statement to a body.

package extract

// forceNouns name the whole force of a sheriff or a state police, as
// "police" names a police department's: "deputies said" is the sheriff's
// office of the place the story is about. "officers", "detectives" and
// "investigators" name some of a force's people, as "officials" do, and stay
// unnamed sources.
var forceNouns = set(`deputies troopers`)

// forceModifiers may stand before a force noun without naming another
// body ("sheriff's deputies", "state troopers").
var forceModifiers = set(`the sheriff's sheriff’s state`)
