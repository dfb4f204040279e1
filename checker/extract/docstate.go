// docState: what earlier sentences of a document established.

package extract

import "github.com/factlint/factlint/checker/claim"

// docState carries what earlier sentences established: whom "he" or "it"
// refers to.
type docState struct {
	lastOrg   claim.Source
	lawBody   claim.Source // the police or sheriff's body named last, whom a later "police said" means
	lastEvent string
	persons   []claim.Source // named people seen, for "he" and "the governor"
	// bodyBlocks counts the blocks of the article's own text read so far
	// (no headline, no furniture): the first is its lead
	bodyBlocks int
}
