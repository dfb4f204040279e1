package files

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGlobsMatchLikeDoublestar(t *testing.T) {
	for _, c := range []struct {
		pattern, path string
		want          bool
	}{
		{"**/003_*", "003_flood.md", true},
		{"**/003_*", "news/2024/003_flood.md", true},
		{"**/003_*", "news/004_flood.md", false},
		{"drafts/**", "drafts/a/b.md", true},
		{"drafts/**", "news/drafts/b.md", false},
		{"**/drafts/**", "news/drafts/b.md", true},
		{"drafts/*.md", "drafts/a/b.md", false},
		{"drafts/", "drafts/a/b.md", true},
		{"./drafts/*.md", "drafts/a.md", true},
		{"/drafts/*.md", "drafts/a.md", true},
		{"*.{txt,markdown}", "a/b/c.txt", true},
		{"archive", "news/archive/a.md", true},
		{"archive", "news/archived/a.md", false},
		{"[ab].md", "x/a.md", true},
	} {
		if got := (Globs{Patterns: []string{c.pattern}}).Match(c.path); got != c.want {
			t.Errorf("%q against %q: got %v", c.pattern, c.path, got)
		}
	}
}

func TestGlobsAreRelativeToTheirBase(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "news", "drafts"), 0o755)
	t.Chdir(filepath.Join(root, "news"))
	g := Globs{Base: root, Patterns: []string{"news/drafts/**"}}
	for p, want := range map[string]bool{
		"drafts/a.md": true, "./drafts/a.md": true, filepath.Join(root, "news", "drafts", "a.md"): true,
		"a.md": false, "../other/news/drafts/a.md": false,
	} {
		if got := g.Match(p); got != want {
			t.Errorf("Match(%q) = %v", p, got)
		}
	}
	// above the base, only name patterns can match
	up := Globs{Base: filepath.Join(root, "news", "drafts"), Patterns: []string{"*.md", "x/**"}}
	if !up.Match("../a.md") || up.Match("../x/a.txt") {
		t.Error("a path above the base")
	}
}

func TestCheckGlobRefusesBrokenPatterns(t *testing.T) {
	for _, p := range []string{"[", "news/[a", "{a,b", `a\`, ""} {
		if CheckGlob(p) == nil {
			t.Errorf("%q accepted", p)
		}
	}
	for _, p := range []string{"**/003_*", "news/", "[ab].md", "{a,b}/*.md"} {
		if err := CheckGlob(p); err != nil {
			t.Errorf("%q: %v", p, err)
		}
	}
	if err := CheckGlob("["); !strings.Contains(err.Error(), `invalid glob "["`) {
		t.Error(err)
	}
}

func TestApplies(t *testing.T) {
	if !Applies("", nil, nil, "a.md") || Applies("", []string{"news/**"}, nil, "a.md") ||
		!Applies("", []string{"news/**"}, nil, "news/a.md") || Applies("", []string{"news/**"}, []string{"**/003_*"}, "news/003_a.md") {
		t.Error("include and exclude")
	}
}
