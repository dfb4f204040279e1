package lint

import (
	"github.com/factlint/factlint/checker/engine"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/rules"
)

// Rules across articles that hold drafts against a registry of confirmed
// facts find nothing in a run without one (engine.NeedsRegistry), but they
// select every name, quote and title of every article, which the run then
// keeps (spilled) until the stories are grouped and compares there. A run
// for none of whose inputs a registry applies, or fails to load, leaves
// them out: the same findings, without that work.

// registryModeSuffix tells the cache entries of such a run from the
// others: they keep fewer claims, which a run with a registry would miss.
const registryModeSuffix = "/without-registry"

// acrossRules are the rules across articles a run over inputs applies,
// and whether those that need a registry were left out.
func acrossRules(global []*rules.Rule, inputs []files.Input, reg *registries) ([]*rules.Rule, bool) {
	if reg.anyApplies(inputs) {
		return global, false
	}
	kept := engine.WithoutRegistryRules(global)
	return kept, len(kept) < len(global)
}

// anyApplies reports whether a registry applies to one of the inputs (or
// fails to load for it). The registries are found once per folder and kept
// (facts.Set), so asking ahead costs the run nothing later; a load error is
// reported as ever, by the check of the story it applies to.
func (r *registries) anyApplies(inputs []files.Input) bool {
	if r.facts == nil {
		return false
	}
	for _, in := range inputs {
		if r.applies(in.Path) {
			return true
		}
	}
	return false
}
