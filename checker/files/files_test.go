package files

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/go-multierror"
)

func TestExpandWalksFoldersInOrder(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.md", "a.txt", "sub/c.markdown", "skip.go", ".hidden/d.md", "old/e.md"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	os.Symlink(dir, filepath.Join(dir, "sub", "loop")) // a link loop is not followed
	t.Chdir(dir)
	in, err := Expand([]string{".", "b.md"}, []string{"old/**"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, i := range in {
		got = append(got, i.Path)
	}
	if strings.Join(got, " ") != "a.txt b.md sub/c.markdown" {
		t.Fatalf("got %v", got)
	}
}

func TestMissingPathIsAnErrorAndTheRestGoesOn(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("x"), 0o644)
	t.Chdir(dir)
	in, err := Expand([]string{"missing.md", "a.md"}, nil)
	if err == nil || !strings.Contains(err.Error(), "missing.md: no such file or directory") || len(in) != 1 {
		t.Fatalf("in=%v err=%v", in, err)
	}
}

func TestExcluded(t *testing.T) {
	for p, want := range map[string]bool{"drafts/old/a.md": true, "old/a.md": true, "a.draft.md": true, "news/a.md": false} {
		if got := Excluded(p, []string{"old/**", "*.draft.md"}); got != want {
			t.Errorf("Excluded(%q) = %v", p, got)
		}
	}
}

// The path in an error is escaped: it may be a hostile file name that a
// shell's glob put on the command line.
func TestErrorsEscapeThePath(t *testing.T) {
	t.Chdir(t.TempDir())
	_, err := Expand([]string{"gone\n::error::x\x1b[2J.md"}, nil)
	if err == nil || err.(*multierror.Error).Errors[0].Error() != `gone\n::error::x\x1b[2J.md: no such file or directory` {
		t.Fatalf("err=%v", err)
	}
}
