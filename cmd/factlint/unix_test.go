//go:build unix

package main

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestSignalLeavesNoTemporaryFile runs a child that is stopped by a signal
// in the middle of writing a report: the temporary file must be gone, the
// old report untouched, and the child ended by that signal.
func TestSignalLeavesNoTemporaryFile(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "report.json")
			os.WriteFile(p, []byte("old"), 0o644)
			cmd := exec.Command(os.Args[0], "-test.run=^TestSignalChild$")
			cmd.Env = append(os.Environ(), "FACTLINT_SIGNAL_CHILD="+p, "FACTLINT_SIGNAL="+sig.String())
			err := cmd.Run()
			var exit *exec.ExitError
			if !errors.As(err, &exit) {
				t.Fatalf("child: %v", err)
			}
			if ws, ok := exit.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != sig {
				t.Fatalf("child ended with %v, not by %v", exit, sig)
			}
			if data, _ := os.ReadFile(p); string(data) != "old" {
				t.Fatalf("report.json reads %q", data)
			}
			onlyFiles(t, dir, "report.json")
		})
	}
}

// TestSignalChild is the child: it signals itself while the report is half
// written, and waits for the signal to end it.
func TestSignalChild(t *testing.T) {
	p := os.Getenv("FACTLINT_SIGNAL_CHILD")
	if p == "" {
		t.Skip("run by TestSignalLeavesNoTemporaryFile")
	}
	sig := syscall.SIGTERM
	if os.Getenv("FACTLINT_SIGNAL") == syscall.SIGINT.String() {
		sig = syscall.SIGINT
	}
	a := &app{stdout: io.Discard, stderr: io.Discard}
	a.stream(p, func(w io.Writer) error {
		w.Write([]byte("half a report"))
		syscall.Kill(os.Getpid(), sig)
		time.Sleep(time.Minute) // the signal ends the process first; this only bounds a failure
		return nil
	})
	t.Fatal("the signal did not end the process")
}

// TestOutputToAPipeWritesInPlace: a pipe or device (--output /dev/stdout)
// is written, not replaced by a regular file. (A named pipe stands for the
// device: replacing a real one, as root, would break the machine.)
func TestOutputToAPipeWritesInPlace(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip(err)
	}
	got := make(chan string)
	go func() {
		f, err := os.Open(p)
		if err != nil {
			got <- err.Error()
			return
		}
		defer f.Close()
		data, _ := io.ReadAll(f)
		got <- string(data)
	}()
	if err := writeReport(p, "new"); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(p); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe was replaced: %v %v", info.Mode(), err)
	}
	if s := <-got; s != "new" {
		t.Fatalf("the reader got %q", s)
	}
}
