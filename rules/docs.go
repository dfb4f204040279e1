package rules

import (
	"fmt"
	"strings"
)

// Markdown documents a rule set and the function library: the text of
// docs/rules.md, which a test keeps in step with the packs.
func Markdown(s *Set) string {
	var b strings.Builder
	b.WriteString("# factlint rules\n\n")
	b.WriteString("Generated from the built-in rule packs (`rules/builtin/*.yaml`) by `go test ./rules -update`; do not edit by hand.\n")
	b.WriteString("Run `factlint explain RULE-ID` for the same text in a terminal.\n\n")
	for _, p := range s.Packs {
		fmt.Fprintf(&b, "## Pack `%s`\n\n%s\n\n", p.Name, strings.TrimSpace(p.Description))
		for _, r := range p.Rules {
			writeRule(&b, r)
		}
	}
	b.WriteString("## Functions\n\nEvery expression may call these, and expr's builtins (`any`, `all`, `filter`, `map`, `len`, `lower`, …).\nThey read claims and nothing else: rules have no access to files, the network or the environment.\n\n")
	for _, f := range Functions() {
		fmt.Fprintf(&b, "### `%s`\n\n%s\n\n```\n%s\n```\n\n", f.Name, f.Doc, f.Example)
	}
	return b.String()
}

func writeRule(b *strings.Builder, r *Rule) {
	fmt.Fprintf(b, "### %s\n\n**%s** · severity `%s` · since %s · claims `%s`", r.ID, r.Title, r.Severity, r.Since, strings.Join(r.Kinds, ", "))
	if r.Pairs != Single {
		fmt.Fprintf(b, " · pairs `%s`", r.Pairs)
	}
	fmt.Fprintf(b, "\n\n%s\n\n```yaml\n", strings.TrimSpace(r.Description))
	for _, e := range []struct{ name, src string }{{"where", r.Where.Source}, {"key", r.Key.Source}, {"assert", r.Assert.Source}, {"message", r.Message.Source}} {
		if e.src != "" {
			fmt.Fprintf(b, "%s: %s\n", e.name, strings.TrimSpace(e.src))
		}
	}
	b.WriteString("```\n\n")
	for _, ex := range r.Examples.Bad {
		fmt.Fprintf(b, "Flags:\n\n> %s\n\n", quoteExample(ex.Text))
	}
	for _, ex := range r.Examples.Good {
		fmt.Fprintf(b, "Passes:\n\n> %s\n\n", quoteExample(ex.Text))
	}
}

func quoteExample(s string) string {
	s = strings.ReplaceAll(s, "\n===\n", "\n>\n> *(next article)*\n>\n> ")
	return strings.ReplaceAll(s, "\n", "\n> ")
}
