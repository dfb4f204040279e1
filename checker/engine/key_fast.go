package engine

import "github.com/factlint/factlint/rules"

// The key of a claim without the expression machine where the key is one
// text field (rules.Expr.Text): a rule across articles keys every claim
// it selects, most often by a field as it is (`key: claim.folded`).

// key is the rule's key of env's claim as the machine gives it.
func (ev *evaluator) key(env *rules.ClaimEnv) (any, error) {
	if s, ok := ev.rule.Key.Text(env.Claim); ok {
		return s, nil
	}
	return ev.vm.Run(ev.rule.Key.Program, env)
}

// keyValue is the rule's key of env's claim as value gives it.
func (ev *evaluator) keyValue(env *rules.ClaimEnv) (string, bool) {
	if s, ok := ev.rule.Key.Text(env.Claim); ok {
		return s, true
	}
	return ev.value("key", ev.rule.Key.Program, env)
}
