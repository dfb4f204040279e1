package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/progress"
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

// colorOutput reads --color: auto colours a report on a terminal when
// NO_COLOR is unset (https://no-color.org), always and never say what
// they say, whatever NO_COLOR holds.
func (a *app) colorOutput(mode string) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		return (a.reportFile == "" || a.reportFile == "-") && colorable(a.stdout), nil
	}
	return false, fmt.Errorf("--color must be auto, always or never, not %q", mode)
}

// withProgress runs a check, showing on standard error, when it is a
// terminal and the check takes more than a second, that it goes on.
func (a *app) withProgress(n int, check func() lint.Result) lint.Result {
	if !terminal(a.stderr) {
		return check()
	}
	t := time.NewTicker(time.Second)
	defer t.Stop()
	line := progress.Start(a.stderr, "factlint: checking "+report.Plural(n, "file"), time.Now(), t.C)
	defer line.Stop()
	return check()
}

// colorable: a terminal, and NO_COLOR unset (https://no-color.org).
func colorable(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" || strings.EqualFold(os.Getenv("TERM"), "dumb") {
		return false
	}
	return terminal(w)
}

// terminal says whether w is a terminal.
func terminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func joinFormats() string { return strings.Join(report.Formats(), ", ") }

// dropStaleReport removes the --output and --output-format files of a run
// that failed: what is there is an earlier run's report (this one wrote
// none), and a CI step that uploads it would publish it as this run's.
func (a *app) dropStaleReport() {
	drop := func(flag, path string) {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			a.errorf("%s %s: cannot remove the report of an earlier run: %v", flag, path, files.Reason(err))
		}
	}
	if a.reportFile != "" && a.reportFile != "-" {
		drop("--output", a.reportFile)
	}
	for _, r := range a.extraReports {
		drop("--output-format", r.path)
	}
}

// extraReport is one --output-format FORMAT=FILE.
type extraReport struct {
	name   string
	format report.Formatter
	path   string
}

// parseExtraReports reads the --output-format values; the files are
// remembered at once, so a run that fails later removes them.
func (a *app) parseExtraReports(values []string) ([]extraReport, error) {
	var out []extraReport
	for _, v := range values {
		name, path, ok := strings.Cut(v, "=")
		if !ok || name == "" || path == "" || path == "-" {
			return nil, fmt.Errorf("--output-format %q: want FORMAT=FILE (sarif=factlint.sarif)", v)
		}
		f, err := report.Lookup(name)
		if err != nil {
			return nil, fmt.Errorf("--output-format %s: %w", v, err)
		}
		out = append(out, extraReport{name: name, format: f, path: path})
	}
	a.extraReports = out
	return out, nil
}

// writeExtraReports writes the report in each extra format, atomically,
// never coloured.
func (a *app) writeExtraReports(extra []extraReport, rep *report.Report) error {
	plain := *rep
	plain.Color = false
	for _, e := range extra {
		if err := a.stream(e.path, func(w io.Writer) error { return e.format(w, &plain) }); err != nil {
			return err
		}
	}
	return nil
}
