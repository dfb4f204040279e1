package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/lsp"
)

// TestNeovimReceivesDiagnostics runs factlint lsp under a real client:
// headless Neovim opens a copy of a seed article and writes down the
// diagnostics it received, the hover on the finding's figure, and the
// buffer after it applied the quick fix that suppresses the finding. In CI the test installs Neovim from Debian's packages; elsewhere
// it is skipped when Neovim is missing.
func TestNeovimReceivesDiagnostics(t *testing.T) {
	if testing.Short() {
		t.Skip("needs Neovim")
	}
	nvim := ensureNeovim(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "factlint")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	seeds := filepath.Join(dir, "seeds") // a copy: the quick fix edits the buffer, and Neovim may write it
	if err := os.CopyFS(seeds, os.DirFS(filepath.Join(repoRoot, "testdata", "seeds"))); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(seeds, "001_35436d0cb83e5173.txt")
	out := filepath.Join(dir, "diagnostics.txt")
	lua, _ := filepath.Abs(filepath.Join(repoRoot, "testdata", "lsp", "client.lua"))
	cmd := exec.Command(nvim, "--headless", "-u", "NONE", "-i", "NONE",
		"--cmd", "let g:factlint_bin='"+bin+"'", "--cmd", "let g:factlint_root='"+seeds+"'",
		"--cmd", "let g:factlint_file='"+file+"'", "--cmd", "let g:factlint_out='"+out+"'",
		"-c", "luafile "+lua)
	cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_CONFIG_HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// the seed's known conflict: 34 at line 12 against the revised 33 at line 2
	// (Neovim turns the UTF-16 column into a byte column: 304 for
	// character 302, after two curly apostrophes)
	for _, want := range []string{
		"12:304 death-toll-within related=1 death toll 34",
		"hover **factlint: count** “thirty-four Turkish soldiers”",
		"hover - value: 34 (`exact`)",
		"action Suppress death-toll-within on this line",
		"suppressed true",
		"-- " + lsp.ReasonPlaceholder + " -->",
	} {
		if !strings.Contains(string(got), want) {
			t.Fatalf("Neovim received no %q:\n%s", want, got)
		}
	}
}

func ensureNeovim(t *testing.T) string {
	return ensureDebianTool(t, "neovim", "nvim")
}
