package engine

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/rules"
)

// Split separates the rules one article can decide alone (each claim on its
// own, pairs within the article) from those that compare articles. The
// first run per article as soon as it is extracted; only the claims the
// second select need to be kept for the end of the run.
func Split(rs []*rules.Rule) (local, global []*rules.Rule) {
	for _, r := range rs {
		if r.Pairs == rules.Single || r.Pairs == rules.WithinDocument {
			local = append(local, r)
		} else {
			global = append(global, r)
		}
	}
	return local, global
}

// Selector finds the claims of an article that rules across documents
// select. It has VMs of its own: one selector per worker.
type Selector struct {
	evs []*evaluator
}

// NewSelector prepares a selector for the rules.
func NewSelector(rs []*rules.Rule) *Selector {
	s := &Selector{}
	for _, r := range rs {
		s.evs = append(s.evs, &evaluator{rule: r})
	}
	return s
}

// Keep returns copies of the claims of a that some rule selects, in order
// (Select, then Detach): they keep nothing of the article's text or of
// the memory its extractor reuses.
func (s *Selector) Keep(a *claim.Article) []*claim.Claim {
	return DetachAll(s.Select(a))
}

// Select returns the claims of a that some rule selects, in order, as
// they are: a caller that copies them anyway (into a binary form) need not
// copy them twice. A `where` that fails is not an error here: the rule's
// own run reports it.
//
// Across documents an article is represented by its first claim of a key
// (see pairs), so only that claim is kept for such a rule.
func (s *Selector) Select(a *claim.Article) []*claim.Claim {
	var out []*claim.Claim
	env := &rules.ClaimEnv{Doc: a}
	seen := make([]map[string]bool, len(s.evs))
	for _, ev := range s.evs {
		ev.meterArticle(a)
	}
	for _, c := range a.Claims {
		env.Claim = c
		for i, ev := range s.evs {
			env.Meter = &ev.meter
			if !ev.rule.HasKind(c.Kind) || !ev.appliesTo(a.File) {
				continue
			}
			if ev.rule.Where.Defined() {
				if ev.rule.Where.Guard.Rejects(c) {
					continue // what the where would say, without running it
				}
				v, err := ev.vm.Run(ev.rule.Where.Program, env)
				if ok, _ := v.(bool); err == nil && !ok {
					continue
				}
			}
			if ev.rule.Pairs == rules.AcrossDocuments && ev.rule.Key.Defined() && !c.InHeadline {
				key, err := ev.keyText(env)
				if err == nil {
					if seen[i] == nil {
						seen[i] = map[string]bool{}
					}
					if seen[i][key] {
						continue
					}
					seen[i][key] = true
				}
			}
			out = append(out, c)
			break
		}
	}
	return out
}

// Detach copies a claim and the strings it shares with its article's text,
// so a kept claim keeps neither the whole paragraph nor the block of claims
// the extractor allocated it in.
func Detach(kept *claim.Claim) *claim.Claim {
	return detach(kept, map[*claim.Facets]*claim.Facets{})
}

// DetachAll detaches the claims of cs in place, as Detach does; claims
// that shared facets share the copy of them.
func DetachAll(cs []*claim.Claim) []*claim.Claim {
	copies := map[*claim.Facets]*claim.Facets{}
	for i, c := range cs {
		cs[i] = detach(c, copies)
	}
	return cs
}

// detach is Detach, with the facets already copied for the claims before.
func detach(kept *claim.Claim, copies map[*claim.Facets]*claim.Facets) *claim.Claim {
	c := kept.Copy()
	c.Text = strings.Clone(c.Text)
	if f, ok := copies[kept.Facets]; ok {
		c.Facets = f
		return c
	}
	f := c.Edit()
	f.Modifiers, f.Others = slices.Clone(f.Modifiers), slices.Clone(f.Others)
	for i, m := range f.Modifiers {
		f.Modifiers[i] = strings.Clone(m)
	}
	f.Subject, f.Cue, f.Sentence = strings.Clone(f.Subject), strings.Clone(f.Cue), strings.Clone(f.Sentence)
	for _, s := range []*claim.Source{&f.Source, &f.Speaker} {
		s.Text, s.Name, s.Title = strings.Clone(s.Text), strings.Clone(s.Name), strings.Clone(s.Title)
	}
	copies[kept.Facets] = f
	c.Freeze() // the claims after may share f
	return c
}
