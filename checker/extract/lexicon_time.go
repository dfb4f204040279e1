// Word lists of time and scope: months, weekdays, the words that open and
// fill a phrase restricting a figure to part of a story.

package extract

// scopeStarts are the words a scope phrase can open with; other tokens are
// passed over with one lookup.
var scopeStarts = set(`since in over during within for this last so earlier later the a an that another one by until of
	throughout`)

var months = set(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.`)

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// scopeNouns are events a partial scope can name: "in the night strike".
var scopeNouns = set(`strike strikes attack attacks bombing bombings raid raids blast blasts shelling assault
	incident incidents clash clashes battle battles offensive operation operations campaign war conflict
	fighting violence airstrike airstrikes explosion explosions crash shooting shootings ambush wave round day
	collapse fire flood floods storm quake earthquake landslide derailment stampede avalanche`)

// scopeModifiers restrict such an event to a part of the story.
var scopeModifiers = set(`night morning evening afternoon overnight first second third earlier previous latest
	separate other another initial subsequent last later same recent new`)

// partsOfDay after a weekday restrict to part of a day: "on Thursday morning".
var partsOfDay = set(`morning evening afternoon night`)

// revisionWords say a figure was revised; riseVerbs, followed by "to", too.
var (
	revisionWords = set(`revised raised increased updated eventually initially originally corrected upgraded`)
	riseVerbs     = set(`rose risen climbed jumped`)
)

// deicticDays name a day by its distance from the writing ("yesterday",
// "today", "tonight"), as a time phrase before or after a verb.
var deicticDays = set(`yesterday today tonight`)
