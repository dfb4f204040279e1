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
	for p, want := range map[string]bool{"drafts/old/a.md": false, "old/a.md": true, "./old/a.md": true, "a.draft.md": true,
		"news/b.draft.md": true, "news/a.md": false, "old": true} {
		if got := Excluded(p, []string{"old/**", "*.draft.md"}); got != want {
			t.Errorf("Excluded(%q) = %v", p, got)
		}
	}
}

// paths lists inputs as "path" or "path!" for one listed with an error.
func paths(in []Input) string {
	var out []string
	for _, i := range in {
		if i.Err != nil {
			out = append(out, i.Path+"!")
		} else {
			out = append(out, i.Path)
		}
	}
	return strings.Join(out, " ")
}

func TestWalkReadsLinkedArticlesAndReportsWhatItCannotRead(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "far.md"), []byte("x"), 0o644)
	os.MkdirAll(filepath.Join(dir, "news", "archive"), 0o755)
	os.WriteFile(filepath.Join(dir, "news", "archive", "flood.md"), []byte("x"), 0o644)
	os.MkdirAll(filepath.Join(dir, "news", ".shared"), 0o755)
	os.WriteFile(filepath.Join(dir, "news", ".shared", "wire.md"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "news", "a.md"), []byte("x"), 0o644)
	links := map[string]string{
		"news/latest.md":  ".shared/wire.md",                // inside, not walked: read under its name
		"news/flood.md":   "archive/flood.md",               // the walk reads the file itself: listed once
		"news/same.md":    "a.md",                           // likewise
		"news/far.md":     filepath.Join(outside, "far.md"), // outside the folder walked
		"news/gone.md":    "nowhere.md",                     // broken
		"news/x.md":       "y.md",                           // a loop of links
		"news/y.md":       "x.md",                           //
		"news/elsewhere":  outside,                          // a folder outside
		"news/up":         ".",                              // a folder inside (the root itself)
		"news/parent":     "..",                             // a folder outside
		"news/notes.json": filepath.Join(outside, "far.md"), // not an article's name: not listed
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	t.Chdir(dir)
	in, err := Expand([]string{"news"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "news/a.md news/archive/flood.md news/elsewhere! news/far.md! news/gone.md! news/latest.md news/parent! news/x.md! news/y.md!"
	if got := paths(in); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	for _, i := range in {
		if i.Err != nil && !strings.HasPrefix(i.Err.Error(), i.Path+": ") {
			t.Errorf("%s: the error does not start with the path: %v", i.Path, i.Err)
		}
	}
}

func TestWalkFollowsAFolderNamedByALink(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "real"), 0o755)
	os.WriteFile(filepath.Join(dir, "real", "a.md"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "real", "b.md"), []byte("x"), 0o644)
	if err := os.Symlink("real", filepath.Join(dir, "drafts")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	os.Symlink("a.md", filepath.Join(dir, "real", "c.md"))
	t.Chdir(dir)
	in, err := Expand([]string{"drafts"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := paths(in); got != "drafts/a.md drafts/b.md" {
		t.Fatalf("got %s", got)
	}
}

func TestWalkReportsANamedPipe(t *testing.T) {
	dir := t.TempDir()
	if err := mkfifo(filepath.Join(dir, "pipe.md")); err != nil {
		t.Skip("no named pipes here:", err)
	}
	t.Chdir(dir)
	in, err := Expand([]string{"."}, nil)
	if err != nil || paths(in) != "pipe.md!" || !strings.Contains(in[0].Err.Error(), "not a regular file") {
		t.Fatalf("in=%s err=%v", paths(in), err)
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
