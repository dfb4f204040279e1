package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/checker/cache"
	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/facts"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/rules"
)

// A run without a registry keeps no claims for the rules that hold drafts
// against one: a short quotation, which only quote-confirmed compares, is
// not kept until its story is checked (its cache entry lacks it). Once a
// registry is put beside the draft, the next run keeps such claims again,
// does not take the thinner entry from the cache, and finds the name the
// registry spells otherwise.
func TestRunWithoutRegistryKeepsNoClaimsForRegistryRules(t *testing.T) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	c, err := cache.Open(t.TempDir(), rules.Digest(set.Rules))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	draft := []byte("# Visit to Sorrel\n\n\u201cWe will rebuild the harbour,\u201d Ilse Várkonyi said on Monday.\n")
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	path := write("draft.md", draft)
	in := []files.Input{{Path: path, Named: true}}
	opts := Options{Rules: set.Rules, Cache: c, Facts: facts.NewSet(dir, "")}
	if r := Check(in, opts); r.Err != nil || len(r.Diagnostics) != 0 {
		t.Fatalf("without a registry: %v %v", r.Err, r.Diagnostics)
	}
	kept, ok := (&resultCache{c: c, mode: "check" + registryModeSuffix}).get((&resultCache{c: c, mode: "check" + registryModeSuffix}).key(path, draft))
	if !ok {
		t.Fatal("no cache entry for the run without a registry")
	}
	for _, c := range kept.Claims {
		if c.Kind == claim.Quote {
			t.Errorf("a run without a registry kept the quotation %q", c.Text)
		}
	}

	write(facts.FileName, []byte("names:\n  - name: Ilse Varkonyi\n"))
	opts.Facts = facts.NewSet(dir, "")
	r := Check(in, opts)
	if r.Err != nil || len(r.Diagnostics) != 1 || r.Diagnostics[0].Rule != "name-house-spelling" {
		t.Fatalf("with a registry: want the house spelling, got %v %v", r.Err, r.Diagnostics)
	}
}
