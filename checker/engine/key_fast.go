package engine

import "github.com/factlint/factlint/rules"

// The key of a claim without the expression machine where the key is one
// text field (rules.Expr.Text): a rule across articles keys every claim
// it selects, most often by a field as it is (`key: claim.folded`).

// keyText is keyString of the rule's key of env's claim as the machine
// gives it: the field's text itself where the key is one, not boxed in an
// interface to be taken out again.
func (ev *evaluator) keyText(env *rules.ClaimEnv) (string, error) {
	if s, ok := ev.rule.Key.Text(env.Claim); ok {
		return s, nil
	}
	v, err := ev.vm.Run(ev.rule.Key.Program, env)
	if err != nil {
		return "", err
	}
	return keyString(v), nil
}

// keyValue is the rule's key of env's claim as value gives it.
func (ev *evaluator) keyValue(env *rules.ClaimEnv) (string, bool) {
	if s, ok := ev.rule.Key.Text(env.Claim); ok {
		return s, true
	}
	return ev.value("key", ev.rule.Key.Program, env)
}
