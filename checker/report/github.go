package report

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/factlint/factlint/checker/diagnostic"
)

// GitHub prints workflow commands that GitHub Actions turns into
// annotations on the pull request. Data and properties are escaped as the
// workflow-command rules require, so article text and file names cannot
// issue commands.
//
// GitHub shows at most ten annotations of each type per step; the findings
// past that are printed as plain log lines, and a notice says how many.
// Those lines are printed between ::stop-commands:: and its token, so the
// runner reads no command in them; the token is a hash of the lines it
// encloses, which no line of them can contain, and the output stays the
// same from run to run.
func GitHub(w io.Writer, r *Report) error {
	b := bufio.NewWriter(w)
	shown := map[string]int{}
	var hidden bytes.Buffer
	count := 0
	githubErrors(b, r.Errors)
	shown["error"] = len(r.Errors) // tool errors first: they share the limit
	for _, d := range r.Diagnostics {
		cmd := map[diagnostic.Severity]string{diagnostic.Error: "error", diagnostic.Warning: "warning", diagnostic.Info: "notice"}[d.Severity]
		if shown[cmd] >= annotationLimit {
			count++
			fmt.Fprintf(&hidden, "%s: %s: %s [%s]\n", d.Primary, d.Severity, Clean(d.Message), d.Rule)
			continue
		}
		shown[cmd]++
		msg := Clean(d.Message)
		for _, rel := range d.Related {
			msg += "\n" + rel.Location.String() + ": " + Clean(rel.Message)
		}
		fmt.Fprintf(b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", cmd,
			githubProperty(d.Primary.File), d.Primary.Line, d.Primary.Column, d.Primary.EndLine, d.Primary.EndColumn,
			githubProperty("factlint "+d.Rule), githubData(msg))
	}
	if count > 0 {
		sum := sha256.Sum256(hidden.Bytes())
		token := "factlint-" + hex.EncodeToString(sum[:16])
		fmt.Fprintf(b, "::stop-commands::%s\n", token)
		b.Write(hidden.Bytes())
		fmt.Fprintf(b, "::%s::\n", token)
		fmt.Fprintf(b, "::notice title=factlint::%d more findings are not shown as annotations (GitHub shows %d of each type per step); they are listed in this log\n", count, annotationLimit)
	}
	return b.Flush()
}

// annotationLimit is GitHub's limit of annotations of one type per step.
const annotationLimit = 10

// githubErrors prints the run's tool errors as ::error annotations, at
// their file and line when they have one, so a rule file or an article
// factlint could not read is marked on the pull request, not only in the
// log.
func githubErrors(b io.Writer, errs []error) {
	for _, err := range errs {
		if pos, ok := errorPosition(err); ok {
			fmt.Fprintf(b, "::error file=%s,line=%d,col=%d,title=%s::%s\n", githubProperty(pos.file), pos.line, pos.column,
				githubProperty("factlint error"), githubData(Clean(pos.msg)))
			continue
		}
		fmt.Fprintf(b, "::error title=%s::%s\n", githubProperty("factlint error"), githubData(Clean(err.Error())))
	}
}
