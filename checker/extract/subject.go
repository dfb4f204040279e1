// Subjects: the noun phrase a clause opens with, read by attributions
// before their cue and by speakers before a quote whose verb factlint
// does not know.

package extract

// determinedSubjectSpan finds a determined common noun phrase that opens a
// sentence and is followed by its verb, a lower-case word, its head one
// that head accepts: "The Christian leader further related", "One
// lawmaker called", "The ad claims".
func determinedSubjectSpan(toks []token, head func(*token) bool) (first, last int, ok bool) {
	k := 0
	for k < len(toks) && toks[k].is("but", "and", "so", "still", "yet", "meanwhile", "then", "also", "now") {
		k++
	}
	if k >= len(toks) || !toks[k].in(cSourceDeterminer) && toks[k].lower != "one" {
		return 0, 0, false
	}
	for e := k + 1; e < len(toks) && e <= k+4; e++ {
		t, next := &toks[e], tokAt(toks, e+1)
		if t.kind != tWord || t.in(cCue) || isVerbForm(t.lower) {
			return 0, 0, false
		}
		if head(t) && next.kind == tWord && !next.capitalized() && !head(next) && !next.in(cSubjectLink) && !next.is("'s", "’s") {
			return k, e + 1, true
		}
	}
	return 0, 0, false
}

// speakerHead: a common noun that can head the phrase of a speaker, a
// source's head or one of speakerNouns.
func speakerHead(t *token) bool {
	return commonHead(t) || t.kind == tWord && speakerNouns[singular(t.lower)]
}
