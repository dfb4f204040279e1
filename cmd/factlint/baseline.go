package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/baseline"
)

func (a *app) baselineCommand() *cobra.Command {
	var output string
	c := &cobra.Command{
		Use:   "baseline [flags] [PATH...]",
		Short: "Record the current findings in a baseline file, so check --baseline reports only new ones",
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := a.loadConfig(c)
			if err != nil {
				return err
			}
			set, ok, err := a.rulesToRun(cfg, nil)
			if !ok || err != nil {
				return err
			}
			_, res, inputErr := a.checkArticles(args, cfg, checkOptions(cfg, set))
			if inputErr != nil || res.Err != nil {
				// a partial baseline would hide nothing for the files that
				// failed and mislead later runs: write none
				a.report(inputErr)
				a.report(res.Err)
				return nil
			}
			b := baseline.From(res.Diagnostics)
			data, err := b.Marshal()
			if err != nil {
				return err
			}
			if err := a.write(output, data); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "factlint: %d findings recorded in %s\n", len(b.Findings), output)
			return nil
		},
	}
	a.addRuleFlags(c)
	c.Flags().StringSlice("exclude", nil, "glob of paths to skip (repeatable)")
	addUnreadableFlag(c)
	c.Flags().StringVarP(&output, "output", "o", ".factlint-baseline.json", "the baseline file to write (atomically)")
	return c
}
