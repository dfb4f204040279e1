package rules

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/rules.md")

// docs/rules.md is generated from the packs; a stale copy fails the test.
func TestRulesDocIsCurrent(t *testing.T) {
	set, err := LoadSet(SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "docs", "rules.md")
	got := Markdown(set)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil || string(want) != got {
		t.Fatalf("docs/rules.md is stale: run go test ./rules -update (err=%v)", err)
	}
}
