package main

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/report"
)

// write sends a report to standard output, or to a file atomically (see
// atomicFile), so a failed run never leaves a truncated report.
func (a *app) write(path string, data []byte) error {
	return a.stream(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// stream is write for a report produced piece by piece, so a large report
// is never held whole in memory.
func (a *app) stream(path string, produce func(io.Writer) error) error {
	if path == "" || path == "-" {
		w := bufio.NewWriter(a.stdout)
		if err := produce(w); err != nil {
			return err
		}
		return w.Flush()
	}
	f, err := createAtomic(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := produce(w); err != nil {
		f.Abort()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// colorable: a terminal, and NO_COLOR unset (https://no-color.org).
func colorable(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" || strings.EqualFold(os.Getenv("TERM"), "dumb") {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func joinFormats() string { return strings.Join(report.Formats(), ", ") }

// dropStaleReport removes the --output file of a run that failed: what is
// there is an earlier run's report (this one wrote none), and a CI step
// that uploads it would publish it as this run's.
func (a *app) dropStaleReport() {
	if a.reportFile == "" || a.reportFile == "-" {
		return
	}
	if err := os.Remove(a.reportFile); err != nil && !errors.Is(err, fs.ErrNotExist) {
		a.errorf("--output %s: cannot remove the report of an earlier run: %v", a.reportFile, files.Reason(err))
	}
}
