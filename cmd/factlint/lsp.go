package main

import (
	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lsp"
)

func (a *app) lspCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "lsp",
		Short: "Speak the Language Server Protocol on standard input and output (for editors)",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			cfg, err := a.loadConfig(c)
			if err != nil {
				a.report(err)
				return nil
			}
			set, err := a.loadRules(cfg)
			if err != nil {
				a.report(err)
				return nil
			}
			a.code = lsp.NewWith(a.stdin, a.stdout, a.stderr, lsp.Config{Rules: set.Rules, Stories: cfg.Stories,
				Exclude: files.Globs{Base: cfg.ExcludeBase, Patterns: cfg.Exclude}}).Run()
			return nil
		},
	}
	a.addRuleFlags(c)
	return c
}
