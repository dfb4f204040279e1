package rules

import "testing"

// The digest changes with what a rule decides, not with where it is read.
func TestDigest(t *testing.T) {
	load := func(src string) []*Rule {
		p, err := Load("r.yaml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return p.Rules
	}
	base := "- id: r\n  claims: count\n  assert: claim.value.min > 1\n  message: m\n"
	d := string(Digest(load(base)))
	if string(Digest(load("\n"+base))) != d {
		t.Error("moving a rule down a line changed the digest")
	}
	for _, changed := range []string{
		"- id: r\n  claims: count\n  assert: claim.value.min > 2\n  message: m\n",
		"- id: r\n  claims: count\n  assert: claim.value.min > 1\n  message: n\n",
		"- id: s\n  claims: count\n  assert: claim.value.min > 1\n  message: m\n",
		"- id: r\n  claims: count\n  severity: warning\n  assert: claim.value.min > 1\n  message: m\n",
	} {
		if string(Digest(load(changed))) == d {
			t.Errorf("same digest for %q", changed)
		}
	}
}
