// Word lists of the verb phrase of an attribution: what stands between a
// subject and its verb of saying or of stance (see beforeAdverbs in
// attribution.go).

package extract

// verbAuxiliaries are the "do" auxiliaries, "can" and the negations that
// stand between a subject and its verb as adverbs do: "the campaign has
// not commented", "the senator did not mention", "I can now say". They
// join subjectAdverbs in the class cSubjectAdverb. The future and the
// hypothetical ("will", "would", "could", "may") are left out: "the army
// will confirm the figure" attributes nothing yet.
var verbAuxiliaries = set(`do does did not can cannot
	can't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't
	can’t don’t doesn’t didn’t isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t`)
