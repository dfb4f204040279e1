package main

import (
	"bytes"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/report"
)

func (a *app) claimsCommand() *cobra.Command {
	var output string
	c := &cobra.Command{
		Use:   "claims [flags] [PATH...]",
		Short: "Print the claims extracted from articles",
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := a.loadConfig(c)
			if err != nil {
				return err
			}
			format, _ := c.Flags().GetString("format")
			inputs, inputErr := a.inputs(args, cfg.Exclude)
			res := lint.Extract(inputs, 0)
			for _, n := range res.Notes {
				a.errorf("%s", n)
			}
			var buf bytes.Buffer
			switch format {
			case "json":
				err = report.ClaimsJSON(&buf, res.Articles)
			case "text":
				err = report.ClaimsText(&buf, res.Articles)
			default:
				return fmt.Errorf("unknown format %q for claims (want text or json)", format)
			}
			if err != nil {
				return err
			}
			if err := a.write(output, buf.Bytes()); err != nil {
				return err
			}
			a.report(inputErr)
			a.report(res.Err)
			return nil
		},
	}
	c.Flags().String("format", "text", "output format: text or json")
	c.Flags().StringSlice("exclude", nil, "glob of paths to skip (repeatable)")
	addUnreadableFlag(c)
	c.Flags().StringVarP(&output, "output", "o", "", "write to FILE (atomically) instead of standard output")
	c.Flags().StringVar(&a.stdinFilename, "stdin-filename", "", "file name to report for text read from standard input (-)")
	return c
}
