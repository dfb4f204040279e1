package facts

import (
	"os"
	"path/filepath"
	"testing"
)

// Each folder's articles get the registry nearest their folder, the
// articles of a folder without one none, however many of them ask; a set
// remembers what it found, and Again finds a registry written since.
func TestSetFindsTheNearestRegistryOfEachFolder(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"a", "a/sub", "b"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	reg := "figures:\n  - event: killed\n    subject: person\n    value: 3\n"
	write := func(dir string) {
		if err := os.WriteFile(filepath.Join(root, dir, FileName), []byte(reg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a")
	set := NewSet(root, "")
	at := func(s *Set, p string) *Registry {
		t.Helper()
		r, err := s.For(filepath.ToSlash(filepath.Join(root, p)))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for range 3 {
		if r := at(set, "a/x.md"); r == nil || at(set, "a/sub/y.md") != r || at(set, "a/w.md") != r {
			t.Fatalf("the articles of a and a/sub do not share a's registry")
		}
		if at(set, "b/z.md") != nil {
			t.Fatalf("b has a registry, but none was written there")
		}
	}
	write("b")
	if at(set, "b/z.md") != nil {
		t.Fatalf("a set found a registry written after it looked")
	}
	if at(set.Again(), "b/z.md") == nil {
		t.Fatalf("Again does not find the registry written since")
	}
}
