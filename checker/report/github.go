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
func GitHub(w io.Writer, r *Report) error {
	b := bufio.NewWriter(w)
	for _, d := range r.Diagnostics {
		cmd := map[diagnostic.Severity]string{diagnostic.Error: "error", diagnostic.Warning: "warning", diagnostic.Info: "notice"}[d.Severity]
		msg := Clean(d.Message)
		for _, rel := range d.Related {
			msg += "\n" + rel.Location.String() + ": " + Clean(rel.Message)
		}
		fmt.Fprintf(b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", cmd,
			escapeProperty(d.Primary.File), d.Primary.Line, d.Primary.Column, d.Primary.EndLine, d.Primary.EndColumn,
			escapeProperty("factlint "+d.Rule), escapeData(msg))
	}
	return b.Flush()
}

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
