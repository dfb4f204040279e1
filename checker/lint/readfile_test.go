package lint

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// Reading a file allocates its bytes and its path as the system reads it,
// and nothing else: no os.File, whose registration with the runtime's
// poller was a system call a file.
func TestReadFileAllocatesOnlyItsBytes(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("reads through os.File")
	}
	path := filepath.Join(t.TempDir(), "a.md")
	text := []byte("Two ferries collided off the cape on Sunday, the coastguard said.\n")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		t.Fatal(err)
	}
	var data []byte
	allocs := testing.AllocsPerRun(20, func() {
		var err error
		if data, err = readFile(path); err != nil {
			t.Fatal(err)
		}
	})
	if string(data) != string(text) {
		t.Fatalf("read %q, want %q", data, text)
	}
	if allocs > 2 {
		t.Errorf("reading a file took %.0f allocations, want 2 (its path, its bytes)", allocs)
	}
}

// What cannot be read is refused with the reason os gives, after the path.
func TestReadFileRefusesWhatIsNoFile(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		filepath.Join(dir, "missing.md"): "missing.md: no such file or directory",
		dir:                              ": is a directory",
	}
	if runtime.GOOS != "windows" {
		fifo := filepath.Join(dir, "pipe.md")
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Fatal(err)
		}
		cases[fifo] = "pipe.md: not read: a named pipe, not a regular file"
	}
	for path, want := range cases {
		_, err := readFile(path)
		if err == nil || !strings.HasPrefix(err.Error(), path) || !strings.Contains(err.Error(), want) {
			t.Errorf("readFile(%s) = %v, want an error with %q", path, err, want)
		}
	}
}
