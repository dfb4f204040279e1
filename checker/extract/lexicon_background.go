// Word lists that tell a toll recalled as background from a toll that is
// the article's news: the nouns that name an event a toll can be told of
// in a relative clause ("the blasts which killed 250"), and the relative
// words that open such a clause.

package extract

// eventNouns name an event with a toll of its own, a disaster, an attack or
// an accident: what "which killed" or "that injured" says a past toll of.
var eventNouns = set(`attack attacks blast blasts bomb bombs bombing bombings explosion explosions
	fire fires blaze blazes crash crashes collision derailment accident accidents disaster disasters
	catastrophe earthquake earthquakes quake quakes tsunami tsunamis storm storms hurricane hurricanes
	typhoon typhoons cyclone cyclones flood floods flooding eruption landslide landslides avalanche
	war wars conflict massacre riot riots clashes violence epidemic outbreak famine shooting shootings
	rampage stampede collapse sinking wave waves`)

// EventNoun reports whether a lower-case word names an event with a toll
// of its own ("blasts", "fire", "disaster").
func EventNoun(w string) bool { return eventNouns[w] }

// relativeWords open a relative clause on the noun before them.
var relativeWords = set(`which that`)

// RelativeWord reports whether a lower-case word opens a relative clause
// ("which", "that").
func RelativeWord(w string) bool { return relativeWords[w] }

// casualtyNewsWords tell that a headline or lead reports casualties beside
// the words of casualty events (EventOf): the shooting and its weapon, and
// what makes an event deadly.
var casualtyNewsWords = set(`shootings gunfire gunman gunmen gunshot gunshots bullet bullets stabbed stabbing
	stabbings deadly fatal slaying slayings`)

// CasualtyNewsWord reports whether a lower-case word tells that a headline
// or lead reports casualties ("gunfire", "deadly"), beside the words that
// name a casualty event.
func CasualtyNewsWord(w string) bool { return casualtyNewsWords[w] }

// OpenFire reports whether a lower-case word before "fire" makes it
// gunfire ("opened fire").
func OpenFire(w string) bool { return w == "open" || w == "opened" || w == "opens" || w == "opening" }

// courtWords name a court's proceedings on a crime: news of a case, whose
// toll is the record of the day the crime was news. "hearing" is left out
// (neighbours report hearing shots), and so is "charged", which a report
// of an arrest on the day of a shooting says.
var courtWords = set(`plead pleads pleaded pleading plea sentenced sentencing sentence convicted conviction
	acquitted acquittal indicted indictment arraigned arraignment jury jurors verdict trial testimony
	testified testify testifies dismissed`)

// CourtWord reports whether a lower-case word names a court's proceedings
// ("pleaded", "sentencing", "jury").
func CourtWord(w string) bool { return courtWords[w] }

// withdrawnWords say that charges named before them were withdrawn
// ("charges against him were dropped").
var withdrawnWords = set(`dropped dropping withdrawn`)

// chargeWords are the charges a court may see withdrawn ("charges ...
// were dropped").
var chargeWords = set(`charges`)

// ChargeWord reports whether a lower-case word names charges, which a
// withdrawn word after it says were dropped.
func ChargeWord(w string) bool { return chargeWords[w] }

// WithdrawnWord reports whether a lower-case word, after "charges", says
// they were withdrawn.
func WithdrawnWord(w string) bool { return withdrawnWords[w] }

// provisionalPhrases are how a report says its account is not final: the
// first hours of a story, whose tolls later reports overtake. Lower case.
// "breaking news" is left out: pages offer "breaking news alerts".
var provisionalPhrases = []string{"developing story", "check back for updates", "check back later",
	"will be updated", "as more information becomes available", "as more details become available",
	"refresh this page", "refresh this link"}

// ProvisionalNote is the phrase of text by which a report says its account
// is not final ("This is a developing story"), lower case, or "".
func ProvisionalNote(text string) string { return provisionalNotes.firstIn(text) }

// provisionalNotes finds provisionalPhrases in a text (phrases_fast.go).
var provisionalNotes = newFoldedPhrases(provisionalPhrases)
