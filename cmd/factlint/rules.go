package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/suggest"
	"github.com/factlint/factlint/rules"
)

func (a *app) rulesCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "rules",
		Short: "List the active rules",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			set, ok := a.activeRules(c)
			if !ok {
				return nil
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSEVERITY\tPACK\tTITLE")
			for _, r := range set.Rules {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Pack, r.Title)
			}
			return tw.Flush()
		},
	}
	a.addRuleFlags(c)
	return c
}

func (a *app) explainCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "explain RULE-ID",
		Short: "Show a rule: title, rationale, expressions, examples and link",
		Args:  cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			set, ok := a.activeRules(c)
			if !ok {
				return nil
			}
			r := set.Lookup(args[0])
			if r == nil {
				var ids []string
				for _, r := range set.Rules {
					ids = append(ids, r.ID)
				}
				return fmt.Errorf("no rule %q%s (see 'factlint rules')", args[0], suggest.DidYouMean(args[0], ids))
			}
			explain(a.stdout, r)
			return nil
		},
	}
	a.addRuleFlags(c)
	return c
}

func (a *app) activeRules(c *cobra.Command) (*rules.Set, bool) {
	cfg, err := a.loadConfig(c)
	if err != nil {
		a.report(err)
		return nil, false
	}
	set, err := a.loadRules(cfg)
	if err != nil {
		a.report(err)
		return nil, false
	}
	return set, true
}

func explain(w io.Writer, r *rules.Rule) {
	fmt.Fprintf(w, "%s: %s\n\n", r.ID, r.Title)
	fmt.Fprintf(w, "severity: %s    pack: %s    since: %s\ndefined at: %s\n", r.Severity, r.Pack, r.Since, r.Pos)
	if r.Description != "" {
		fmt.Fprintf(w, "\n%s\n", wrap(r.Description, 78))
	}
	fmt.Fprintf(w, "\nclaims: %s\n", kinds(r))
	if r.Pairs != rules.Single {
		fmt.Fprintf(w, "pairs:  %s\n", r.Pairs)
	}
	for _, e := range []struct{ name, src string }{{"where", r.Where.Source}, {"key", r.Key.Source}, {"assert", r.Assert.Source}, {"message", r.Message.Source}} {
		if e.src != "" {
			fmt.Fprintf(w, "%-7s %s\n", e.name+":", strings.TrimSpace(e.src))
		}
	}
	for _, ex := range r.Examples.Bad {
		fmt.Fprintf(w, "\nflags:\n  %s\n", ex.Text)
	}
	for _, ex := range r.Examples.Good {
		fmt.Fprintf(w, "\npasses:\n  %s\n", ex.Text)
	}
	if r.Link != "" {
		fmt.Fprintf(w, "\nmore: %s\n", r.Link)
	}
}

func kinds(r *rules.Rule) string {
	var ks []string
	for _, k := range r.Kinds {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, ", ")
}

func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		if n > 0 && n+1+len(w) > width {
			b.WriteByte('\n')
			n = 0
		} else if n > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}
