package incident

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/numwords"
)

// groupOf sorts subjects (singular head nouns) into the groups a shooting
// report counts apart. A subject in none of them is a victim; an animal or
// a thing is no group at all.
var groupOf = map[string]string{
	"suspect": Suspects, "gunman": Suspects, "shooter": Suspects, "assailant": Suspects, "attacker": Suspects,
	"perpetrator": Suspects, "robber": Suspects, "intruder": Suspects, "gunmen": Suspects,
	"officer": Officers, "deputy": Officers, "trooper": Officers, "policeman": Officers, "policewoman": Officers,
	"cop": Officers, "agent": Officers, "sergeant": Officers, "police": Officers, "patrolman": Officers, "detective": Officers, "investigator": Officers,
	// animals: a hunt's, a farm's or a zoo's dead are no casualties of people
	"dog": "", "deer": "", "cat": "", "horse": "", "animal": "", "bird": "", "cow": "", "pet": "",
	"fox": "", "hound": "", "puppy": "", "kitten": "", "cattle": "", "calf": "", "sheep": "", "lamb": "",
	"pig": "", "goat": "", "chicken": "", "hen": "", "duck": "", "goose": "", "swan": "", "pigeon": "",
	"badger": "", "bear": "", "wolf": "", "coyote": "", "elk": "", "moose": "", "bison": "", "rabbit": "",
	"hare": "", "squirrel": "", "rat": "", "mouse": "", "bat": "", "snake": "", "alligator": "", "crocodile": "",
	"shark": "", "whale": "", "dolphin": "", "seal": "", "fish": "", "salmon": "", "turtle": "", "bee": "",
	"elephant": "", "rhino": "", "lion": "", "tiger": "", "monkey": "", "ape": "", "gorilla": "", "camel": "",
	"donkey": "", "mule": "", "livestock": "", "poultry": "", "wildlife": "", "mammal": "", "insect": "",
	"round": "", "shot": "", "bullet": "", "time": "", "wound": "", "car": "", "vehicle": "", "home": "", "house": "",
	"scene": "", "incident": "", "shooting": "", "fired": "", "overnight": "", "homicide": "", "murder": "",
	"day": "", "hour": "", "week": "", "year": "", "month": "", "gun": "", "weapon": "", "casing": "",
}

// group is the group a subject counts; "" for things: a subject read from
// a participle or a gerund ("30 shots fired", "three shootings") is none.
func group(subject string) string {
	if g, ok := groupOf[subject]; ok {
		return g
	}
	if strings.HasSuffix(subject, "ing") || strings.HasSuffix(subject, "ed") {
		return ""
	}
	return Victims
}

// descriptors are subjects that describe some of the victims (by sex or
// age) rather than count them all: "two women and three men", "four kids"
// beside "two younger kids". A figure of them is read as a part.
var descriptors = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "child": true, "kid": true, "teen": true,
	"teenager": true, "juvenile": true, "adult": true, "male": true, "female": true, "toddler": true,
	"infant": true, "baby": true, "youth": true, "minor": true, "brother": true, "sister": true,
	"son": true, "daughter": true, "student": true, "resident": true, "relative": true,
}

// The sentence cues of a part of a toll (cues_fast.go: each is the
// expression `(?i)\b(?:…)\b` of its words).
var (
	// a condition, or being taken somewhere, splits the injured
	injuredCondition = newWordCues("critical", "critically", "serious", "seriously", "stable", "life-threatening",
		"non-life", "condition", "minor", "treated", "released", "graze", "grazed", "hospitalised", "hospitalized",
		"hospital", "hospitals", "medical center", "transported", "at the scene", "on the scene", "fatally", "mortally",
		"has died", "have died", "later died", "since died", "succumbed")
	// a figure the text itself revises, where extraction did not see it
	revised = newWordCues("originally", "initially", "at first", "first reported", "earlier reported", "later clarified",
		"clarified", "revised", "updated", "correction")
	// a figure added to an earlier one: "three more people", "four additional
	// officers", "two other people" (besides those told before)
	increment = newWordCues("more", "additional", "another", "further", "other")
	// the second half of a distribution: "one was shot in the leg and the
	// other in the arm" tells each victim apart, not how many there were
	distributed = newWordCues("the other", "the second", "another")
	// where or when a victim died splits the dead; so does "at the …
	// hospital" (atHospital)
	deathPlace = newWordCues("at the scene", "on the scene", "on scene", "later died", "died later", "has since died",
		"died at the hospital", "died at a hospital", "died in the hospital", "died in a hospital", "succumbed")
	// the gunman's own death, counted in one figure and maybe not another
	ownDeath = newWordCues("himself", "herself", "themselves", "suicide", "self-inflicted", "including the gunman",
		"including the shooter", "including the suspect", "including the attacker")
)

// maxSentence is the longest sentence whose figures are read as tolls: a
// "sentence" longer than this is a page's furniture run together (or a
// hostile draft), and reading it once per figure would take the square of
// its length.
const maxSentence = 2000

// reading is what the words of one sentence say about its figures.
type reading struct {
	long                                     bool
	revised, ownDeath, deathPlace, condition bool
	sharedNames                              int // capitalised words it shares with the lead
}

func readSentence(text string, leadNames map[string]bool) *reading {
	if len(text) > maxSentence {
		return &reading{long: true}
	}
	return &reading{
		revised: revised.holds(text), ownDeath: ownDeath.holds(text),
		deathPlace: deathPlace.holds(text) || atHospital(text), condition: injuredCondition.holds(text),
		sharedNames: sharedNames(text, leadNames),
	}
}

// weakness is why c may not be the whole toll of its group in its incident,
// or "" when nothing in its sentence says so.
func weakness(c *claim.Claim, sent sentence, r *reading, subjects map[eventSentence]map[string]bool) string {
	switch {
	case c.By == "shot-less-dead", c.By == "ordinal-death", c.By == "killer-joins-toll":
		// the shot less a toll told elsewhere, the toll a death's rank
		// reaches ("a fourth victim has died", after three found dead), the
		// victims and a killer's death told apart: reckonings of
		// extraction's, no figure the text states to hold another against
		return "derived"
	case r.long:
		return "long"
	case c.Qualifier == claim.Vague:
		return "vague" // "several", "dozens": no number to hold another against
	case c.Value.Max == 0:
		return "none" // "nobody else was hurt": rarely the toll of the lead's victims
	case quoted(c, sent.text):
		return "quote"
	case ageLike(c, sent.text), spelledAge(c, sent.text):
		return "age"
	case numeral(c):
		return "numeral"
	case increment.holds(c.Text) || increment.holds(firstWord(after(c, sent.text))):
		return "increment"
	case r.revised && !subjects[eventSentence{sent, superseded}][""]:
		// extraction saw the revision when it marked the earlier figure
		// superseded; the figure left is the revised one
		return "revised"
	case relativeOthers(c, sent.text):
		return "others"
	case descriptors[c.Subject], listOfKinds(c.Text):
		return "descriptor"
	case !c.Subset && joinedToMore(c, sent.text):
		return "list"
	case identifiedOnes(c, sent.text):
		return "named"
	case ofAGroup(c, sent.text):
		return "group"
	case sent.block != nil && embeddedPost.MatchString(sent.block.Text):
		return "post"
	case c.Event == "killed" && r.ownDeath:
		return "gunman"
	case c.Event == "killed" && r.deathPlace:
		return "place"
	case c.Event != "killed" && r.condition:
		return "condition"
	case len(subjects[eventSentence{sent, c.Event}]) > 1, distributive(c, sent.text), oneThenTheOther(c, sent):
		return "breakdown"
	}
	return ""
}

// quoted reports whether the figure stands inside quotation marks: what a
// witness or relative says is not the report's count.
func quoted(c *claim.Claim, sentence string) bool {
	i := strings.Index(sentence, c.Text)
	if i < 0 {
		return false
	}
	before := sentence[:i]
	if strings.Count(before, "“") > strings.Count(before, "”") {
		return true
	}
	return strings.Count(before, `"`)%2 == 1
}

// ageLike reports whether a bare numeral stands where an age does: "a
// woman, 29, was shot", "three men, ages 54, 33 and 26".
func ageLike(c *claim.Claim, sentence string) bool {
	if c.InHeadline || c.Text == "" || strings.IndexFunc(c.Text, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
		return false
	}
	s := sentence
	for i := strings.Index(s, c.Text); i >= 0; {
		before, after := s[:i], s[i+len(c.Text):]
		lower := strings.ToLower(before)
		if strings.HasSuffix(lower, "ages ") || strings.HasSuffix(lower, "aged ") || strings.HasSuffix(lower, "age ") {
			return true
		}
		if strings.HasSuffix(before, ", ") && (after == "" || strings.ContainsAny(after[:1], ",;.)") || strings.HasPrefix(after, " and ")) {
			return true
		}
		j := strings.Index(after, c.Text)
		if j < 0 {
			break
		}
		i += len(c.Text) + j
	}
	return false
}

// listOfKinds reports whether a count is a list of people by kind ("a man
// and a woman", "two women and a child"): the victims described, often
// those found first, not the toll.
func listOfKinds(text string) bool {
	parts := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ',' })
	var items []string
	for _, p := range parts {
		items = append(items, strings.Split(p, " and ")...)
	}
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		f := strings.Fields(it)
		if len(f) == 0 || !descriptors[singularKind(f[len(f)-1])] {
			return false
		}
	}
	return true
}

// singularKind is the singular of a descriptor noun: "women", "children".
func singularKind(w string) string {
	switch w {
	case "men":
		return "man"
	case "women":
		return "woman"
	case "children":
		return "child"
	}
	return strings.TrimSuffix(w, "s")
}

// ofAGroup reports whether the count is the group a part is taken from:
// "five" in "one of five people hurt has died" counts the hurt, not the
// dead the sentence's verb tells of.
func ofAGroup(c *claim.Claim, sentence string) bool {
	i := strings.Index(sentence, c.Text)
	return i > 0 && partOf.MatchString(sentence[:i])
}

// partOf ends the words before a group that a part is taken from.
var partOf = regexp.MustCompile(`(?i)\b(?:one|two|three|four|five|\d+|some|most|all|both|none|each|either|neither) of (?:the |these |those )?$`)

// embeddedPost ends a block that quotes a social media post, "… —
// Kyle Evans (@KEvansNews) February 28, 2017": the post's figures are of
// the moment it was sent, the report's may be later.
var embeddedPost = regexp.MustCompile(`\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$`)

// oneThenTheOther reports whether "one" opens a distribution that the
// next sentence goes on with: "One person was hurt. The other was not."
func oneThenTheOther(c *claim.Claim, sent sentence) bool {
	return startsWithOne(c.Text) && strings.HasPrefix(strings.ToLower(strings.TrimSpace(sent.next())), "the other ")
}

// startsWithOne: "one", or "one" and a noun ("One officer").
func startsWithOne(text string) bool {
	return strings.EqualFold(text, "one") || len(text) > 4 && strings.EqualFold(text[:4], "one ")
}

// spelledAge reports whether a count in words is an age of a list
// ("three men, two eighteen years old, one nineteen, were shot"): two
// number words side by side that make no number are a count and an age.
func spelledAge(c *claim.Claim, sentence string) bool {
	words := strings.Fields(strings.ToLower(c.Text))
	if len(words) == 1 {
		i := strings.Index(sentence, c.Text)
		if i < 0 {
			return false
		}
		before := strings.Fields(strings.ToLower(sentence[:i]))
		if len(before) == 0 {
			return false
		}
		words = []string{before[len(before)-1], words[0]}
	}
	if len(words) != 2 || !numwords.IsNumberWord(words[0]) || !numwords.IsNumberWord(words[1]) {
		return false
	}
	n, ok := numwords.Parse(words)
	return !ok || n.Tokens < 2
}

// distributive reports whether the figure is the "one" of a distribution,
// "one was shot in the abdomen and the other in the leg", "one officer was
// hit in the foot and the other in the leg": one victim
// told apart from the rest, not a toll of one.
func distributive(c *claim.Claim, sentence string) bool {
	return startsWithOne(c.Text) && distributed.holds(after(c, sentence))
}

// eventSentence is one event in one sentence. Two figures of one event
// for different subjects in a sentence are a breakdown ("one officer and
// two bystanders were wounded"): parts, whose sum is the toll.
type eventSentence struct {
	sentence
	event string
}

// superseded stands for the event in the key that tells whether a sentence
// holds a superseded figure.
const superseded = " superseded"

// subjectsByEvent collects the subjects each sentence counts for each
// casualty event, so a breakdown is found without comparing every pair.
func subjectsByEvent(cs []*claim.Claim, sents []sentence) map[eventSentence]map[string]bool {
	m := map[eventSentence]map[string]bool{}
	for i, c := range cs {
		if c.Kind != claim.Count || !casualtyEvents[c.Event] {
			continue
		}
		if c.Superseded {
			m[eventSentence{sents[i], superseded}] = map[string]bool{"": true}
		}
		k := eventSentence{sents[i], c.Event}
		if m[k] == nil {
			m[k] = map[string]bool{}
		}
		m[k][c.Subject] = true
	}
	return m
}

// numeral reports whether a body figure is a bare numeral with no noun:
// in running text that is an age, a list item or a number of something
// else far more often than a toll ("Avondale: 1 injured", "ages 20 and 25").
// Headlines write tolls so ("2 dead, 4 wounded") and keep them.
func numeral(c *claim.Claim) bool {
	return !c.InHeadline && c.Subject == "" && c.Text != "" &&
		strings.IndexFunc(c.Text, func(r rune) bool { return !unicode.IsDigit(r) && r != ',' }) < 0
}

// totalWords end a count a later "N others" is relative to: "one dead,
// three others hurt" counts four, three of them others.
var totalWords = map[string]bool{"dead": true, "killed": true, "slain": true, "injured": true, "wounded": true,
	"hurt": true, "shot": true, "fatally": true, "died": true, "death": true}

// relativeOthers reports whether "N others" follows a person named without
// a count ("Vikings player, 8 others hurt"; "a toddler and four others"):
// the toll is then N+1 or N, and the text does not say which.
func relativeOthers(c *claim.Claim, sentence string) bool {
	if c.Subject != "other" {
		return false
	}
	i := strings.Index(sentence, c.Text)
	if i <= 0 {
		return false
	}
	before := strings.TrimSpace(sentence[:i])
	before = strings.TrimSuffix(strings.TrimSuffix(before, ","), " and")
	f := strings.Fields(strings.ToLower(before))
	if len(f) == 0 {
		return false
	}
	return !totalWords[strings.Trim(f[len(f)-1], ",;:.")]
}

// after is the text of sentence after the figure's first occurrence.
func after(c *claim.Claim, sentence string) string {
	if i := strings.Index(sentence, c.Text); i >= 0 {
		return sentence[i+len(c.Text):]
	}
	return ""
}

// firstWord is the first word of s: "two more dead" adds to a toll.
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}
