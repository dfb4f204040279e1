package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/rogpeppe/go-internal/testscript"
)

// repoRoot is the repository's root, found from this package's folder.
var repoRoot, _ = filepath.Abs(filepath.Join("..", ".."))

var update = flag.Bool("update", false, "rewrite golden files and testscript expectations")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"factlint": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line cases of testdata/script: every command,
// format and exit code, with exact output.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join("..", "..", "testdata", "script"),
		UpdateScripts: *update,
		Setup: func(e *testscript.Env) error {
			e.Setenv("NO_COLOR", "1")
			e.Setenv("REPO", repoRoot)
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// repeat COUNT TEXT FILE writes TEXT COUNT times (\n in TEXT is a line break)
			"repeat": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 3 {
					ts.Fatalf("usage: repeat COUNT TEXT FILE")
				}
				n, err := strconv.Atoi(args[0])
				ts.Check(err)
				text := strings.ReplaceAll(args[1], `\n`, "\n")
				ts.Check(os.WriteFile(ts.MkAbs(args[2]), []byte(strings.Repeat(text, n)), 0o644))
			},
			// manyfiles COUNT DIR writes COUNT small articles into DIR, 100 a folder
			"manyfiles": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: manyfiles COUNT DIR")
				}
				n, err := strconv.Atoi(args[0])
				ts.Check(err)
				for i := 0; i < n; i++ {
					dir := ts.MkAbs(filepath.Join(args[1], fmt.Sprintf("d%03d", i/100)))
					ts.Check(os.MkdirAll(dir, 0o755))
					text := fmt.Sprintf("Report %d\n\n%d people were killed in the Brookfield Lane flood, the mayor, Ana Pérez, said.\n", i, 2+i%3)
					ts.Check(os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.md", i)), []byte(text), 0o644))
				}
			},
			// renameq FILE NAME renames FILE to NAME read with Go's escapes
			// (\n, \x1b, \a), so a case can hold file names no txtar header
			// can
			"renameq": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: renameq FILE NAME")
				}
				ts.Check(os.Rename(ts.MkAbs(args[0]), ts.MkAbs(unquote(ts, args[1]))))
			},
			// writeq FILE TEXT writes TEXT read with Go's escapes (\x00,
			// \xff), so a case can hold bytes that would make it binary
			"writeq": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: writeq FILE TEXT")
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(unquote(ts, args[1])), 0o644))
			},
			// lspframes IN OUT frames each line of IN, a JSON-RPC message
			// in which $WORK stands for the work folder, with the
			// Content-Length header the language server reads
			"lspframes": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: lspframes IN OUT")
				}
				var out strings.Builder
				for _, line := range strings.Split(ts.ReadFile(args[0]), "\n") {
					if line = strings.ReplaceAll(strings.TrimSpace(line), "$WORK", ts.Getenv("WORK")); line != "" {
						fmt.Fprintf(&out, "Content-Length: %d\r\n\r\n%s", len(line), line)
					}
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(out.String()), 0o644))
			},
			// nestquote DEPTH FILE writes block quotes nested 1 to DEPTH deep
			"nestquote": func(ts *testscript.TestScript, neg bool, args []string) {
				n, err := strconv.Atoi(args[0])
				ts.Check(err)
				var b strings.Builder
				for i := 1; i <= n; i++ {
					fmt.Fprintf(&b, "%s%s people were killed\n", strings.Repeat("> ", i), []string{"Two", "Three"}[i%2])
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(b.String()), 0o644))
			},
			// utf16 ORDER SRC DST writes the text file SRC as UTF-16 in DST:
			// ORDER is le or be, with a byte-order mark, or le-nobom
			"utf16": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 3 {
					ts.Fatalf("usage: utf16 le|be|le-nobom SRC DST")
				}
				var out []byte
				if args[0] != "le-nobom" {
					out = []byte{0xFF, 0xFE}
				}
				if args[0] == "be" {
					out = []byte{0xFE, 0xFF}
				}
				for _, u := range utf16.Encode([]rune(ts.ReadFile(args[1]))) {
					if args[0] == "be" {
						out = append(out, byte(u>>8), byte(u))
					} else {
						out = append(out, byte(u), byte(u>>8))
					}
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[2]), out, 0o644))
			},
			// readmeblock PREFIX FILE writes the README's first yaml code
			// block that starts with PREFIX to FILE, so a case runs what a
			// reader copies
			"readmeblock": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: readmeblock PREFIX FILE")
				}
				data, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
				ts.Check(err)
				for _, m := range regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(data), -1) {
					if strings.HasPrefix(m[1], args[0]) {
						ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(m[1]), 0o644))
						return
					}
				}
				ts.Fatalf("no yaml block of README.md starts with %q", args[0])
			},
			// nestlist DEPTH FILE writes a Markdown list nested DEPTH deep
			"nestlist": func(ts *testscript.TestScript, neg bool, args []string) {
				n, err := strconv.Atoi(args[0])
				ts.Check(err)
				var b strings.Builder
				for i := 0; i < n; i++ {
					b.WriteString(strings.Repeat("  ", i) + "- two people were killed\n")
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(b.String()), 0o644))
			},
		},
	})
}

// unquote reads s as the body of a Go string literal.
func unquote(ts *testscript.TestScript, s string) string {
	out, err := strconv.Unquote(`"` + strings.ReplaceAll(s, `"`, `\"`) + `"`)
	ts.Check(err)
	return out
}

// runIn runs factlint with the repository root as working folder, so paths
// in the output are the ones a user of the README sees.
func runIn(t *testing.T, args ...string) (stdout, stderr []byte, code int) {
	t.Helper()
	t.Chdir(repoRoot)
	var out, errb bytes.Buffer
	code = run(args, bytes.NewReader(nil), &out, &errb)
	return out.Bytes(), errb.Bytes(), code
}

// golden compares got with a file under testdata/golden, or rewrites it
// with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(repoRoot, "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/factlint -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
		for i := 0; i < len(g) || i < len(w); i++ {
			var gl, wl []byte
			if i < len(g) {
				gl = g[i]
			}
			if i < len(w) {
				wl = w[i]
			}
			if !bytes.Equal(gl, wl) {
				t.Errorf("%s differs at line %d:\n got: %s\nwant: %s\nrun go test ./cmd/factlint -update and review the diff", path, i+1, gl, wl)
				return
			}
		}
	}
}
