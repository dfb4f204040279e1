package lint

import (
	"strings"
	"sync"

	"github.com/hashicorp/go-multierror"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/facts"
	"github.com/factlint/factlint/rules"
)

// registries puts the registries of confirmed facts beside the stories
// they apply to, for a run (stories) and for the editor's workspace, and
// collects their load errors, each once. The zero value applies none.
type registries struct {
	facts *facts.Set // nil: none

	mu   sync.Mutex
	errs *multierror.Error
}

// with puts the registries that apply to a story's articles before them,
// each as an article of the story (package facts): first, so a rule across
// articles reports the draft of a pair and names the registry's entry as its
// related place. A registry that names another story (its `story` key) is
// left out.
func (r *registries) with(arts []*claim.Article, id string) []*claim.Article {
	if r.facts == nil || len(arts) == 0 {
		return arts
	}
	var regs []*claim.Article
	seen := map[string]bool{}
	for _, a := range arts {
		reg := r.of(a, id)
		if reg == nil || seen[reg.File] {
			continue
		}
		seen[reg.File] = true
		regs = append(regs, reg.Article(a.Story))
	}
	if len(regs) == 0 {
		return arts
	}
	return append(regs, arts...)
}

// of is the registry that applies to an article of story id, nil if none
// (or if it failed to load, which is recorded).
func (r *registries) of(a *claim.Article, id string) *facts.Registry {
	reg, err := r.facts.For(a.File)
	if err != nil {
		r.failed(err)
		return nil
	}
	if reg == nil || reg.Story != "" && reg.Story != id && reg.Story != a.Story {
		return nil
	}
	return reg
}

// applies says whether a registry applies to an article (or fails to
// load, which its check then reports): an article alone in its story is
// then still checked, against the registry.
func (r *registries) applies(file string) bool {
	reg, err := r.facts.For(file)
	return reg != nil || err != nil
}

// versions names the registries of a story's articles and their contents,
// so that a story checked before is checked again when its registry changes.
func (r *registries) versions(arts []*claim.Article, id string) string {
	var b strings.Builder
	for _, a := range arts {
		if reg := r.of(a, id); reg != nil {
			b.WriteString(reg.File)
			b.WriteByte(0)
			b.WriteString(reg.Digest())
			b.WriteByte(0)
		}
	}
	return b.String()
}

// failed records a registry's error once, however many articles it
// applies to.
func (r *registries) failed(err error) {
	first := err
	if m, ok := err.(*multierror.Error); ok && len(m.Errors) > 0 {
		first = m.Errors[0]
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.errs != nil {
		for _, e := range r.errs.Errors {
			if e.Error() == first.Error() {
				return
			}
		}
	}
	r.errs = multierror.Append(r.errs, err)
	rules.SortErrors(r.errs) // the workers meet registries in any order
}

// err is the registries' errors recorded so far, nil if none.
func (r *registries) err() *multierror.Error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.errs
}
