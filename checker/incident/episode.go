package incident

import "github.com/factlint/factlint/checker/claim"

// markEpisodes marks the figures of a sentence that tells fewer people
// shot than the article's dead of the same group (weak "parts"): "the
// gunman shot two officers, killing one and wounding one" in a report
// whose toll is three officers killed tells a step of the story, the fate
// of the first two, not a rival toll. The arithmetic alone says so: no
// sentence that shot two can hold the whole of three dead. The dead held
// against it are the exact or lower-bound tolls of the article's own
// incident, read once; a figure that already has a doubt keeps it.
func markEpisodes(cs []*claim.Claim, sents []sentence) {
	dead := map[string]float64{} // the largest toll of each group's dead
	for _, c := range cs {
		if c.Kind == claim.Count && c.Event == "killed" && c.Weak == "" && wholeToll(c) && c.Value.Min > dead[c.Group] {
			dead[c.Group] = c.Value.Min
		}
	}
	if len(dead) == 0 {
		return
	}
	start := 0 // the first claim of the current sentence
	for i := range cs {
		if i+1 < len(cs) && sents[i+1] == sents[i] {
			continue
		}
		markEpisode(cs[start:i+1], dead)
		start = i + 1
	}
}

// markEpisode doubts the casualty figures of one sentence's claims when
// an exact shot count among them is below its group's dead.
func markEpisode(sent []*claim.Claim, dead map[string]float64) {
	episode := false
	for _, c := range sent {
		episode = episode || c.Kind == claim.Count && c.Event == "shot" && c.Qualifier == claim.Exact &&
			wholeToll(c) && c.Value.Max < dead[c.Group]
	}
	if !episode {
		return
	}
	for _, c := range sent {
		if c.Kind == claim.Count && casualtyEvents[c.Event] && c.Group != "" && c.Weak == "" {
			c.Edit().Weak = "parts"
		}
	}
}

// wholeToll: a count that may stand for a whole group of the article's own
// incident: not superseded, scoped, a subset or another incident's.
func wholeToll(c *claim.Claim) bool {
	return c.Group != "" && c.Incident != Other && !c.Superseded && c.Scope == "" && !c.Subset && c.Value.Max > 0
}
