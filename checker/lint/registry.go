package lint

import (
	"github.com/hashicorp/go-multierror"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/rules"
)

// withRegistries puts the registries of confirmed facts that apply to a
// story's articles before them, each as an article of the story (package
// facts): first, so a rule across articles reports the draft of a pair and
// names the registry's entry as its related place. A registry that names
// another story (its `story` key) is left out.
func (s *stories) withRegistries(arts []*claim.Article, id string) []*claim.Article {
	if s.facts == nil || len(arts) == 0 {
		return arts
	}
	var regs []*claim.Article
	seen := map[string]bool{}
	for _, a := range arts {
		reg, err := s.regs.For(a.File)
		if err != nil {
			s.registryError(err)
			continue
		}
		if reg == nil || seen[reg.File] || reg.Story != "" && reg.Story != id && reg.Story != a.Story {
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

// hasRegistry says whether a registry applies to an article (or fails to
// load, which its check then reports): an article alone in its story is
// then still checked, against the registry.
func (s *stories) hasRegistry(file string) bool {
	reg, err := s.regs.For(file)
	return reg != nil || err != nil
}

// registryError records a registry's error once, however many articles
// it applies to.
func (s *stories) registryError(err error) {
	first := err
	if m, ok := err.(*multierror.Error); ok && len(m.Errors) > 0 {
		first = m.Errors[0]
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.errs != nil {
		for _, e := range s.errs.Errors {
			if e.Error() == first.Error() {
				return
			}
		}
	}
	s.errs = multierror.Append(s.errs, err)
	rules.SortErrors(s.errs) // the workers meet registries in any order
}
