package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/ruletest"
	"github.com/factlint/factlint/checker/safetext"
)

func (a *app) testCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "test [flags] [PATH...]",
		Short: "Test rules: fixture articles with <!-- want: id --> and <!-- ok: id --> markers, and every rule's examples",
		Long: `Test rules against expectations.

Fixture articles (Markdown or text) carry markers: <!-- want: rule-id --> says
the rule must report the line, <!-- ok: rule-id --> that it must not. A marker
at the end of a line concerns that line; alone on a line, the next non-blank
line. The files of one folder are checked together, so rules across
documents see them as one story. Every rule's examples are checked too: bad
ones must fire, good ones must not. Exit 1 when an expectation fails.`,
		RunE: func(c *cobra.Command, args []string) error {
			set, ok := a.activeRules(c)
			if !ok {
				return nil
			}
			results, err := ruletest.Run(set.Rules, args)
			if err != nil {
				a.report(err)
				return nil
			}
			passed, failed := 0, 0
			for _, r := range results {
				status := "ok  "
				if !r.Passed() {
					status = "FAIL"
					failed++
				} else {
					passed++
				}
				fmt.Fprintf(a.stdout, "%s %-28s %s, %s\n", status, r.Rule, report.Plural(r.Fixtures, "expectation"), report.Plural(r.Examples, "example"))
				for _, f := range r.Failures {
					// one line a failure, whatever the fixture's name
					fmt.Fprintf(a.stdout, "    %s\n", safetext.Name(f))
				}
			}
			fmt.Fprintf(a.stdout, "rules: %d passed, %d failed\n", passed, failed)
			if failed > 0 {
				a.code = exitViolations
			}
			return nil
		},
	}
	a.addRuleFlags(c)
	return c
}
