package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/checker/diagnostic"
)

// GitHub prints workflow commands that GitHub Actions turns into
// annotations on the pull request. Data and properties are escaped as the
// workflow-command rules require, so article text cannot issue commands.
//
// GitHub shows at most ten annotations of each type per step; the findings
// past that are printed as plain log lines, and a notice says how many.
func GitHub(w io.Writer, r *Report) error {
	b := bufio.NewWriter(w)
	shown := map[string]int{}
	hidden := 0
	for _, d := range r.Diagnostics {
		cmd := map[diagnostic.Severity]string{diagnostic.Error: "error", diagnostic.Warning: "warning", diagnostic.Info: "notice"}[d.Severity]
		if shown[cmd] >= annotationLimit {
			hidden++
			fmt.Fprintf(b, "%s: %s: %s [%s]\n", d.Primary, d.Severity, Clean(d.Message), d.Rule)
			continue
		}
		shown[cmd]++
		msg := Clean(d.Message)
		for _, rel := range d.Related {
			msg += "\n" + rel.Location.String() + ": " + Clean(rel.Message)
		}
		fmt.Fprintf(b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", cmd,
			escapeProperty(d.Primary.File), d.Primary.Line, d.Primary.Column, d.Primary.EndLine, d.Primary.EndColumn,
			escapeProperty("factlint "+d.Rule), escapeData(msg))
	}
	if hidden > 0 {
		fmt.Fprintf(b, "::notice title=factlint::%d more findings are not shown as annotations (GitHub shows %d of each type per step); they are listed in this log\n", hidden, annotationLimit)
	}
	return b.Flush()
}

// annotationLimit is GitHub's limit of annotations of one type per step.
const annotationLimit = 10

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
