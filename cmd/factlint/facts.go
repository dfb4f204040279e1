package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/facts"
	"github.com/factlint/factlint/checker/lint"
)

func (a *app) factsCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "facts",
		Short: "Work with a story's registry of confirmed facts (facts.yaml)",
		Long: `A story's registry of confirmed facts (facts.yaml beside its drafts, or the
file the configuration's "facts" key names) says what the desk has confirmed:
figures, the house spelling of names, people's titles, canonical quotes.
check holds every draft against it. See "Registry of confirmed facts" in the
README for its format.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error { return c.Help() },
	}
	c.AddCommand(a.factsInitCommand())
	return c
}

func (a *app) factsInitCommand() *cobra.Command {
	var output string
	c := &cobra.Command{
		Use:   "init [flags] [PATH...]",
		Short: "Propose a registry of confirmed facts from a story's articles",
		Long: `Propose a registry from the articles of one story: the figures they agree on
(of dated articles, the latest), with the latest as_of; the spelling of each
name most used; each person's title most used. Every entry has a comment
naming the articles it came from, and figures the articles disagree on are
left out with a comment saying so. Check it, then save it as facts.yaml
beside the drafts: check then holds them against it.`,
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := a.loadConfig(c)
			if err != nil {
				return err
			}
			inputs, inputErr := a.inputs(args, cfg.Exclude)
			res := lint.Extract(inputs, 0)
			for _, n := range res.Notes {
				a.errorf("%s", n)
			}
			if err := errors.Join(inputErr, res.Err); err != nil {
				a.report(inputErr)
				a.report(res.Err)
				return nil // a registry from some of the articles would look like one from all
			}
			return a.write(output, facts.Propose(res.Articles))
		},
	}
	c.Flags().StringSlice("exclude", nil, "glob of paths to skip (repeatable)")
	c.Flags().StringVarP(&output, "output", "o", "", "write to FILE (atomically) instead of standard output")
	c.Flags().StringVar(&a.stdinFilename, "stdin-filename", "", "file name to report for text read from standard input (-)")
	return c
}
