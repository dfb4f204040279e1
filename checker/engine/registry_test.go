package engine

import (
	"slices"
	"testing"

	"github.com/factlint/factlint/rules"
)

func TestNeedsRegistryReadsTheAssert(t *testing.T) {
	for _, c := range []struct {
		assert string
		want   bool
	}{
		{`b.kind != "fact" || a.value.min == b.value.min`, true},
		{`a.kind == "fact" || b.kind != "fact" || a.text == b.text`, true},
		{`"fact" != b.kind or a.text == b.text`, true},
		{`a.kind != "fact" || a.text == b.text`, false}, // a draft's a meets a draft's b
		{`b.kind != "fact" && a.text == b.text`, false},
		{`b.kind != "name" || a.text == b.text`, false},
		{`a.text == b.text`, false},
	} {
		src := "- id: r\n  claims: [name, fact]\n  pairs: across-documents\n  key: claim.folded\n  assert: '" + c.assert + "'\n  message: m\n"
		if got := NeedsRegistry(mustRules(t, src)[0]); got != c.want {
			t.Errorf("NeedsRegistry(%s) = %v, want %v", c.assert, got, c.want)
		}
	}
}

// The built-in rules that need a registry are the facts pack's, and only
// they.
func TestBuiltinRegistryRules(t *testing.T) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	var need []string
	for _, r := range set.Rules {
		if NeedsRegistry(r) {
			need = append(need, r.ID)
		}
	}
	slices.Sort(need)
	want := []string{"figure-confirmed", "name-house-spelling", "quote-confirmed", "title-confirmed"}
	if !slices.Equal(need, want) {
		t.Errorf("rules that need a registry: %v, want %v", need, want)
	}
	kept := WithoutRegistryRules(set.Rules)
	if len(kept) != len(set.Rules)-len(want) {
		t.Errorf("WithoutRegistryRules kept %d of %d rules", len(kept), len(set.Rules))
	}
}
