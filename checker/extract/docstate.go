// docState: what earlier sentences of a document established.

package extract

import "github.com/factlint/factlint/checker/claim"

// docState carries what earlier sentences established: whom "he" or "it"
// refers to.
type docState struct {
	lastOrg   claim.Source
	lastEvent string
	persons   []claim.Source // named people seen, for "he" and "the governor"
}
