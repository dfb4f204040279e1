package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Markdown prints a summary table for $GITHUB_STEP_SUMMARY or a pull
// request comment. The place is a code span (markdownCode) and the finding
// escaped text (markdownText): a file name or a draft cannot break the
// table, add a link or mention anyone.
func Markdown(w io.Writer, r *Report) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "### factlint: %s in %s\n\n", Plural(len(r.Diagnostics), "finding"), Plural(r.Stats.Files, "file"))
	if len(r.Diagnostics) == 0 {
		b.WriteString("No findings.\n")
		return b.Flush()
	}
	b.WriteString("| | Where | Rule | Finding |\n|---|---|---|---|\n")
	for _, d := range r.Diagnostics {
		icon := map[string]string{"error": "❌", "warning": "⚠️", "info": "ℹ️"}[d.Severity.String()]
		rule := "`" + d.Rule + "`"
		if rr := r.ruleByID(d.Rule); rr != nil && rr.Link != "" {
			rule = "[`" + d.Rule + "`](" + rr.Link + ")"
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", icon, markdownCode(d.Primary.String()), rule, markdownText(withRelated(d)))
	}
	return b.Flush()
}

// Plural writes a count with its noun: "1 finding", "3 findings", "2
// stories" (a consonant's y becomes ies).
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if k := len(word) - 1; k > 0 && word[k] == 'y' && !strings.ContainsRune("aeiou", rune(word[k-1])) {
		return fmt.Sprintf("%d %sies", n, word[:k])
	}
	return fmt.Sprintf("%d %ss", n, word)
}
