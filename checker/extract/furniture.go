package extract

import (
	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
)

// fromFurniture marks a count or quantity read from page furniture
// (document.Block.Furniture: a playlist entry, a caption, a link to
// another story) with the scope claim.FurnitureScope. A scoped figure is
// never the article's primary one, never compared by the rules of one
// toll and never backs another; consumers that take the first unscoped
// figure skip it too. It reports whether the claim is furniture, so the
// caller lets it neither carry its event to the next sentence nor revise
// the article's figures.
func fromFurniture(c *claim.Claim, b *document.Block) bool {
	if !b.Furniture {
		return false
	}
	c.Edit().Scope = claim.FurnitureScope
	return true
}
