package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/go-multierror"
	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/baseline"
	"github.com/factlint/factlint/checker/cache"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/gitdiff"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/config"
	"github.com/factlint/factlint/rules"
)

func (a *app) checkCommand() *cobra.Command {
	var cacheDir, color string
	var extra []string
	c := &cobra.Command{
		Use:   "check [flags] [PATH...]",
		Short: "Lint articles: files, folders (*.md, *.markdown, *.txt), or - for standard input",
		Long: `Lint articles and report findings.

Exit codes: 0 no finding at or above --fail-on, 1 some finding, 2 a usage,
configuration, rule or input error.`,
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := a.loadConfig(c)
			if err != nil {
				return err
			}
			format, err := report.Lookup(cfg.Format)
			if err != nil {
				return fmt.Errorf("%s: %w", cfg.Where("format"), err)
			}
			// config.Load checked both
			failOn, _ := diagnostic.ParseSeverity(cfg.FailOn)
			minSeverity, _ := diagnostic.ParseSeverity(cfg.MinSeverity)
			useColor, err := a.colorOutput(color)
			if err != nil {
				return err
			}
			extraReports, err := a.parseExtraReports(extra)
			if err != nil {
				return err
			}
			set, ok, err := a.rulesToRun(cfg, func(err error) { a.annotateErrors(cfg.Format, format, err) })
			if !ok || err != nil {
				return err
			}
			opts := checkOptions(cfg, set)
			if cacheDir != "" {
				if opts.Cache, err = openCache(cacheDir, set.Rules); err != nil {
					return err
				}
			}
			inputs, res, inputErr := a.checkArticles(args, cfg, opts)
			if res.Diagnostics, err = a.narrow(res.Diagnostics, cfg.Baseline, cfg.NewFromRev); err != nil {
				return err
			}
			shown, hidden := report.HideBelow(res.Diagnostics, minSeverity)
			rep := &report.Report{Diagnostics: shown, Rules: set.Rules, Version: version(),
				Stats:  report.Stats{Files: len(res.Articles), Claims: res.Claims(), Rules: len(set.Rules)},
				Errors: flatten(inputErr, res.Err), Source: sourceReader(inputs), Color: useColor, Hidden: hidden, MinSeverity: minSeverity, Incomplete: inputErr != nil || res.Err != nil}
			// a run that fails writes no report file, so that an upload
			// step after it cannot publish a partial report as the run's
			// (main removes the one an earlier run left)
			if failed := inputErr != nil || res.Err != nil; !failed || a.reportFile == "" || a.reportFile == "-" {
				if err := a.stream(a.reportFile, func(w io.Writer) error { return format(w, rep) }); err != nil {
					return err
				}
			}
			if failed := inputErr != nil || res.Err != nil; !failed {
				if err := a.writeExtraReports(extraReports, rep); err != nil {
					return err
				}
			}
			for _, d := range res.Diagnostics {
				if d.Severity >= failOn {
					a.code = exitViolations
					break
				}
			}
			a.report(inputErr)
			a.report(res.Err)
			return nil
		},
	}
	a.addRuleFlags(c)
	c.Flags().String("format", "text", "output format: "+joinFormats())
	c.Flags().String("fail-on", "error", "exit 1 when a finding is at or above: error, warning, info or none")
	c.Flags().String("min-severity", "info", "report only findings at or above: error, warning or info (--fail-on still counts every finding)")
	c.Flags().StringVar(&color, "color", "auto", "colour the text format: auto (a terminal, without NO_COLOR), always or never")
	c.Flags().StringSlice("exclude", nil, "glob of paths to skip (repeatable)")
	addStoriesFlag(c)
	addUnreadableFlag(c)
	c.Flags().StringVarP(&a.reportFile, "output", "o", "", "write the report to FILE (atomically) instead of standard output; a run that exits 2 writes none and removes FILE")
	c.Flags().StringArrayVar(&extra, "output-format", nil, "also write the report in FORMAT to FILE, from the same run: FORMAT=FILE, repeatable (sarif=factlint.sarif); a run that exits 2 writes none and removes FILE")
	c.Flags().StringVar(&a.stdinFilename, "stdin-filename", "", "file name to report for text read from standard input (-)")
	c.Flags().String("baseline", "", "hide the findings recorded in this baseline file (see factlint baseline)")
	c.Flags().String("new-from-rev", "", "report only findings on lines changed since this git revision")
	c.Flags().StringVar(&cacheDir, "cache", "", "keep each file's claims in DIR, so a re-run re-reads only changed files (keyed by content, rules and factlint's build)")
	return c
}

// annotateErrors writes, for the formats that carry tool errors (github,
// sarif), a report of a run that failed before it checked anything, on
// standard output only: a report file is never written by a failed run.
func (a *app) annotateErrors(name string, format report.Formatter, err error) {
	if name != "github" && name != "sarif" || (a.reportFile != "" && a.reportFile != "-") {
		return
	}
	rep := &report.Report{Version: version(), Errors: flatten(err), Incomplete: true}
	if werr := a.stream("", func(w io.Writer) error { return format(w, rep) }); werr != nil {
		a.errorf("%v", werr)
	}
}

// flatten lists the errors of multierrors one by one.
func flatten(errs ...error) []error {
	var out []error
	for _, err := range errs {
		var m *multierror.Error
		switch {
		case err == nil:
		case errors.As(err, &m):
			out = append(out, m.Errors...)
		default:
			out = append(out, err)
		}
	}
	return out
}

// sourceReader reads the file a finding is in, for the formats that count
// columns in bytes: standard input from what was read of it, a file again
// from disk (only the files with findings are read, one at a time).
func sourceReader(inputs []files.Input) func(string) ([]byte, bool) {
	stdin := map[string][]byte{}
	for _, in := range inputs {
		if in.Data != nil {
			stdin[in.Path] = in.Data
		}
	}
	return func(file string) ([]byte, bool) {
		if data, ok := stdin[file]; ok {
			return data, true
		}
		data, err := os.ReadFile(filepath.FromSlash(file))
		return data, err == nil
	}
}

// noRule is the error of a run that would check nothing: a gate that loads
// no rule passes every draft.
func noRule(cfg *config.Config, set *rules.Set) error {
	if len(set.Rules) > 0 {
		return nil
	}
	where := "no configuration file"
	if cfg.File != "" {
		where = "configuration " + cfg.File
	}
	builtin := "off"
	if cfg.Builtin {
		builtin = "on"
	}
	files := "none"
	if len(cfg.Rules) > 0 {
		files = strings.Join(cfg.Rules, ", ")
	}
	return fmt.Errorf("no rule to run: built-in packs %s, rule files: %s, %d rules disabled (%s)", builtin, files, len(cfg.Disable), where)
}

// checkArticles checks the articles args name, as check, baseline and
// sheet all do: progress on a terminal, the run's notes on stderr, and a
// run that found no article an error.
func (a *app) checkArticles(args []string, cfg *config.Config, opts lint.Options) ([]files.Input, lint.Result, error) {
	inputs, inputErr := a.inputs(args, cfg.Exclude)
	res := a.withProgress(len(inputs), func() lint.Result { return lint.Check(inputs, opts) })
	for _, n := range res.Notes {
		a.errorf("%s", n)
	}
	if inputErr == nil && res.Err == nil {
		res.Err = noArticle(args, cfg, res)
	}
	return inputs, res, inputErr
}

// noArticle is the error of a run that found no article to check, saying
// where it looked: a path mistyped in a CI job would otherwise pass.
func noArticle(args []string, cfg *config.Config, res lint.Result) error {
	if len(res.Articles) > 0 {
		return nil
	}
	if len(args) == 0 {
		args = []string{"."}
	}
	msg := fmt.Sprintf("no article found in %s (files named *%s", strings.Join(args, " "), strings.Join(files.Extensions, ", *"))
	if len(cfg.Exclude) > 0 {
		msg += ", excluding " + strings.Join(cfg.Exclude, ", ")
	}
	if len(res.Notes) > 0 {
		msg += fmt.Sprintf("; %d skipped", len(res.Notes))
	}
	return errors.New(msg + ")")
}

// narrow applies --baseline and --new-from-rev.
func (a *app) narrow(ds []diagnostic.Diagnostic, baselineFile, rev string) ([]diagnostic.Diagnostic, error) {
	if baselineFile != "" {
		data, err := os.ReadFile(baselineFile)
		if err != nil {
			return nil, fmt.Errorf("--baseline %s: %w", baselineFile, files.Reason(err))
		}
		b, err := baseline.Parse(baselineFile, data)
		if err != nil {
			return nil, err
		}
		ds = b.Filter(ds)
	}
	if rev != "" {
		changes, err := gitdiff.Since(".", rev)
		if err != nil {
			return nil, err
		}
		ds = changes.Filter(ds)
	}
	return ds, nil
}

// openCache opens a result cache whose entries depend on this build of
// factlint and on the rules.
func openCache(dir string, rs []*rules.Rule) (*cache.Cache, error) {
	exe, err := cache.Executable()
	if err != nil {
		return nil, fmt.Errorf("--cache: cannot hash the factlint executable: %w", err)
	}
	return cache.Open(dir, exe, rules.Digest(rs))
}
