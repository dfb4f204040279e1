package main

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeReport writes text to path as check --output does.
func writeReport(path, text string) error {
	a := &app{stdout: io.Discard, stderr: io.Discard}
	return a.write(path, []byte(text))
}

func mode(t *testing.T, path string) fs.FileMode {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Mode().Perm()
}

// onlyFiles fails if dir holds anything but names (a temporary file left).
func onlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Fatalf("%s holds %v, want %v", dir, got, names)
	}
}

func TestOutputKeepsTheModeOfTheFileItReplaces(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.json")
	os.WriteFile(p, []byte("old"), 0o644)
	if err := os.Chmod(p, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := writeReport(p, "new"); err != nil {
		t.Fatal(err)
	}
	if m := mode(t, p); m != 0o640 {
		t.Fatalf("mode %v, want 0640", m)
	}
	onlyFiles(t, dir, "report.json")
}

func TestANewOutputFileGetsTheUmasksMode(t *testing.T) {
	dir := t.TempDir()
	probe := filepath.Join(dir, "probe")
	f, err := os.OpenFile(probe, os.O_CREATE|os.O_WRONLY, 0o666)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	want := mode(t, probe) // 0666 less the umask
	os.Remove(probe)
	p := filepath.Join(dir, "report.json")
	if err := writeReport(p, "new"); err != nil {
		t.Fatal(err)
	}
	if m := mode(t, p); m != want {
		t.Fatalf("mode %v, want %v", m, want)
	}
}

func TestOutputWritesThroughASymbolicLink(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "reports"), 0o755)
	target := filepath.Join(dir, "reports", "latest.json")
	os.WriteFile(target, []byte("old"), 0o644)
	link := filepath.Join(dir, "report.json")
	if err := os.Symlink(filepath.Join("reports", "latest.json"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	dangling := filepath.Join(dir, "next.json")
	os.Symlink(filepath.Join("reports", "next.json"), dangling)
	for _, p := range []string{link, dangling} {
		if err := writeReport(p, "new"); err != nil {
			t.Fatal(err)
		}
		if info, err := os.Lstat(p); err != nil || info.Mode()&fs.ModeSymlink == 0 {
			t.Fatalf("%s is no longer a link: %v %v", p, info.Mode(), err)
		}
		if data, _ := os.ReadFile(p); string(data) != "new" {
			t.Fatalf("%s reads %q", p, data)
		}
	}
	onlyFiles(t, filepath.Join(dir, "reports"), "latest.json", "next.json")
}

func TestOutputErrorsNameTheFileNotTheTemporaryOne(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "missing", "report.json")
	err := writeReport(p, "new")
	if err == nil || !strings.HasPrefix(err.Error(), p+": ") || strings.Contains(err.Error(), ".factlint-") {
		t.Fatalf("err = %v", err)
	}
	if err := writeReport(dir, "new"); err == nil || err.Error() != dir+": is a folder" {
		t.Fatalf("err = %v", err)
	}
	onlyFiles(t, dir)
}

func TestAFailedReportLeavesTheOldFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.json")
	os.WriteFile(p, []byte("old"), 0o644)
	a := &app{stdout: io.Discard, stderr: io.Discard}
	err := a.stream(p, func(w io.Writer) error {
		w.Write(bytes.Repeat([]byte("x"), 10000))
		return io.ErrUnexpectedEOF
	})
	if err != io.ErrUnexpectedEOF {
		t.Fatalf("err = %v", err)
	}
	if data, _ := os.ReadFile(p); string(data) != "old" {
		t.Fatalf("report.json reads %q", data)
	}
	onlyFiles(t, dir, "report.json")
}
