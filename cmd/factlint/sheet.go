package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/sheet"
)

func (a *app) sheetCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "sheet [flags] [PATH...]",
		Short: "Write the fact sheet of each story: its sources side by side, figure by figure, name by name",
		Long: `Write a fact sheet: for every story of the run (as factlint stories groups
them), a table of its sources (the articles) against the facts rules across
articles compare (death toll, injured, missing, other figures, names as
spelled, titles, quotes), each cell with its as_of time and its place, and
marked where check finds a conflict or an outdated figure.

--format html (the default) writes one self-contained page (no script,
font or image loaded from anywhere); --format markdown the same tables for
$GITHUB_STEP_SUMMARY.

Exit codes: 0 the sheet is written, 2 a usage, configuration, rule or input
error (as check), and then no file is written.`,
		RunE: a.runSheet,
	}
	a.addRuleFlags(c)
	c.Flags().String("format", "html", "output format: html or markdown")
	c.Flags().StringSlice("exclude", nil, "glob of paths to skip (repeatable)")
	addStoriesFlag(c)
	addUnreadableFlag(c)
	c.Flags().StringVarP(&a.reportFile, "output", "o", "", "write the sheet to FILE (atomically) instead of standard output; links to the articles are relative to FILE's folder; a run that exits 2 writes none and removes FILE")
	c.Flags().StringVar(&a.stdinFilename, "stdin-filename", "", "file name to report for text read from standard input (-)")
	return c
}

func (a *app) runSheet(c *cobra.Command, args []string) error {
	cfg, err := a.loadConfig(c)
	if err != nil {
		return err
	}
	format, _ := c.Flags().GetString("format")
	render := map[string]func(io.Writer, *sheet.Sheet) error{"html": sheet.HTML, "markdown": sheet.Markdown}[format]
	if render == nil {
		return fmt.Errorf("unknown format %q for sheet (want html or markdown)", format)
	}
	set, ok, err := a.rulesToRun(cfg, nil)
	if !ok || err != nil {
		return err
	}
	// the marks are check's findings for the same inputs and rules; the
	// cells need every claim, which a check does not keep, so the
	// articles are read a second time
	opts := checkOptions(cfg, set)
	inputs, res, inputErr := a.checkArticles(args, cfg, opts)
	if inputErr != nil || res.Err != nil {
		a.report(inputErr)
		a.report(res.Err)
		return nil
	}
	ext := lint.Extract(inputs, 0)
	if ext.Err != nil {
		a.report(ext.Err)
		return nil
	}
	registry, err := confirmedOf(opts.Facts, ext.Articles)
	if err != nil {
		a.report(err)
		return nil
	}
	base := "."
	if a.reportFile != "" && a.reportFile != "-" {
		base = filepath.Dir(a.reportFile)
	}
	s, err := sheet.Build(sheet.Input{Articles: ext.Articles, Stories: sheet.Stories(ext.Articles, cfg.Stories),
		Diagnostics: res.Diagnostics, Rules: set.Rules, LinkBase: base, Stdin: stdinNames(inputs),
		Registry: registry})
	if err != nil {
		return err
	}
	return a.stream(a.reportFile, func(w io.Writer) error { return render(w, s) })
}

// stdinNames are the inputs read from standard input: no file to link to.
func stdinNames(inputs []files.Input) map[string]bool {
	out := map[string]bool{}
	for _, in := range inputs {
		if in.Data != nil {
			out[in.Path] = true
		}
	}
	return out
}
