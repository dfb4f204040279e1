package incident

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/factlint/factlint/checker/claim"
)

// groupOf sorts subjects (singular head nouns) into the groups a shooting
// report counts apart. A subject in none of them is a victim; an animal or
// a thing is no group at all.
var groupOf = map[string]string{
	"suspect": Suspects, "gunman": Suspects, "shooter": Suspects, "assailant": Suspects, "attacker": Suspects,
	"perpetrator": Suspects, "robber": Suspects, "intruder": Suspects, "gunmen": Suspects,
	"officer": Officers, "deputy": Officers, "trooper": Officers, "policeman": Officers, "policewoman": Officers,
	"cop": Officers, "agent": Officers, "sergeant": Officers, "police": Officers, "patrolman": Officers,
	"dog": "", "deer": "", "cat": "", "horse": "", "animal": "", "bird": "", "cow": "", "pet": "",
	"round": "", "shot": "", "bullet": "", "time": "", "wound": "", "car": "", "vehicle": "", "home": "", "house": "",
}

func group(subject string) string {
	if g, ok := groupOf[subject]; ok {
		return g
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

// The sentence cues of a part of a toll.
var (
	// a condition, or being taken somewhere, splits the injured
	injuredCondition = regexp.MustCompile(`(?i)\b(critical|serious|stable|life-threatening|non-life|condition|minor|treated and released|grazed?|hospitali[sz]ed|hospital|at the scene|on the scene)\b`)
	// where or when a victim died splits the dead
	deathPlace = regexp.MustCompile(`(?i)\b(at the scene|on the scene|on scene|at (?:the|a|an) [a-z ]*hospital|later died|died later|has since died|died (?:at|in) (?:the|a) hospital|succumbed)\b`)
	// the gunman's own death, counted in one figure and maybe not another
	ownDeath = regexp.MustCompile(`(?i)\b(himself|herself|themselves|suicide|self-inflicted|including the (?:gunman|shooter|suspect|attacker))\b`)
)

// weakness is why c may not be the whole toll of its group in its incident,
// or "" when nothing in its sentence says so.
func weakness(c *claim.Claim, sent sentence, subjects map[eventSentence]map[string]bool) string {
	switch {
	case c.Value.Max == 0:
		return "none" // "nobody else was hurt": rarely the toll of the lead's victims
	case quoted(c, sent.text):
		return "quote"
	case ageLike(c, sent.text):
		return "age"
	case descriptors[c.Subject]:
		return "descriptor"
	case c.Event == "killed" && ownDeath.MatchString(sent.text):
		return "gunman"
	case c.Event == "killed" && deathPlace.MatchString(sent.text):
		return "place"
	case c.Event != "killed" && injuredCondition.MatchString(sent.text):
		return "condition"
	case len(subjects[eventSentence{sent, c.Event}]) > 1:
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

// eventSentence is one event in one sentence. Two figures of one event
// for different subjects in a sentence are a breakdown ("one officer and
// two bystanders were wounded"): parts, whose sum is the toll.
type eventSentence struct {
	sentence
	event string
}

// subjectsByEvent collects the subjects each sentence counts for each
// casualty event, so a breakdown is found without comparing every pair.
func subjectsByEvent(cs []*claim.Claim, sents []sentence) map[eventSentence]map[string]bool {
	m := map[eventSentence]map[string]bool{}
	for i, c := range cs {
		if c.Kind != claim.Count || !casualtyEvents[c.Event] {
			continue
		}
		k := eventSentence{sents[i], c.Event}
		if m[k] == nil {
			m[k] = map[string]bool{}
		}
		m[k][c.Subject] = true
	}
	return m
}
