package main

import (
	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/lsp"
)

func (a *app) lspCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "lsp",
		Short: "Speak the Language Server Protocol on standard input and output (for editors)",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			set, ok := a.activeRules(c)
			if !ok {
				return nil
			}
			a.code = lsp.New(a.stdin, a.stdout, set.Rules, a.stderr).Run()
			return nil
		},
	}
	a.addRuleFlags(c)
	return c
}
