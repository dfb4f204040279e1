package main

import (
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lsp"
	"github.com/factlint/factlint/config"
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
			lc, err := a.lspConfig(cfg)
			if err != nil {
				a.report(err)
				return nil
			}
			lc.Load = func(path string) (lsp.Config, error) {
				cfg, err := config.Load(config.Options{Explicit: path, Dir: filepath.Dir(path), Flags: c.Flags()})
				if err != nil {
					return lsp.Config{}, err
				}
				return a.lspConfig(cfg)
			}
			a.code = lsp.NewWith(a.stdin, a.stdout, a.stderr, lc).Run()
			return nil
		},
	}
	a.addRuleFlags(c)
	return c
}

// lspConfig is what the language server checks with under cfg.
func (a *app) lspConfig(cfg *config.Config) (lsp.Config, error) {
	set, err := a.loadRules(cfg)
	if err != nil {
		return lsp.Config{}, err
	}
	opts := checkOptions(cfg, set) // as check: the rules, stories and registries of confirmed facts
	return lsp.Config{Rules: opts.Rules, Stories: opts.Stories, RequireReason: opts.RequireReason, Facts: opts.Facts,
		Exclude: files.Globs{Base: cfg.ExcludeBase, Patterns: cfg.Exclude}}, nil
}
