package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/checker/facts"
)

// Each folder's articles get the registry nearest their folder, the
// articles of a folder without one none, however many of them ask.
func TestRegistriesOfFolders(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"a", "a/sub", "b"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	reg := "figures:\n  - event: killed\n    subject: person\n    value: 3\n"
	if err := os.WriteFile(filepath.Join(root, "a", facts.FileName), []byte(reg), 0o644); err != nil {
		t.Fatal(err)
	}
	set := facts.NewSet(root, "")
	r := &registries{set: set}
	for i := 0; i < 3; i++ {
		for _, c := range []struct {
			path string
			want bool
		}{{"a/x.md", true}, {"a/sub/y.md", true}, {"b/z.md", false}, {"a/w.md", true}} {
			got, err := r.For(filepath.ToSlash(filepath.Join(root, c.path)))
			want, wantErr := set.For(filepath.ToSlash(filepath.Join(root, c.path)))
			if (got != nil) != c.want || got != want || (err == nil) != (wantErr == nil) {
				t.Errorf("%s: registry %v (%v), the set's %v (%v)", c.path, got, err, want, wantErr)
			}
		}
	}
}
