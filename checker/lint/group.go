package lint

import (
	"slices"
	"sync"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/story"
)

// Grouping is how a run's articles form stories.
type Grouping struct {
	Stories []story.Story // Docs index Docs
	Docs    []story.Doc   // the articles as the grouping saw them, in input order
	Result                // the run's articles (without their claims), notes and errors
}

// Stories reads and extracts every input, signs each article and groups the
// articles into stories as Check does; an article's claims are dropped as
// soon as it is signed.
func Stories(inputs []files.Input, workers int, mode story.Mode) Grouping {
	var mu sync.Mutex
	type signedAt struct {
		at  int
		art *claim.Article
		sig story.Signature
	}
	var signed []signedAt
	r := run(inputs, workers, nil, nil, func() perArticle {
		return func(*claim.Article) ([]diagnostic.Diagnostic, error) { return nil, nil }
	}, func(i int, o *out) {
		if o.art == nil {
			return
		}
		o.art.Claims = nil
		mu.Lock()
		signed = append(signed, signedAt{at: i, art: o.art, sig: o.sig})
		mu.Unlock()
	})
	slices.SortFunc(signed, func(a, b signedAt) int { return a.at - b.at })
	docs := make([]story.Doc, len(signed))
	for k, s := range signed {
		docs[k] = story.Doc{File: s.art.File, Named: s.art.Story, Sig: s.sig}
	}
	return Grouping{Stories: story.Explain(docs, mode), Docs: docs, Result: r}
}
