package report

import (
	"fmt"
	"strings"

	"github.com/factlint/factlint/checker/diagnostic"
)

// severities in the order a summary names them.
var severities = []diagnostic.Severity{diagnostic.Error, diagnostic.Warning, diagnostic.Info}

// Summary is the last line of the text report: "21 findings (4 errors,
// 17 warnings) in 5 of 120 files, 3 stories". The stories are those of the
// findings across articles, named only when there is one; the findings
// --min-severity hid are counted after a semicolon, so a run that fails on
// a finding it does not show says why.
func Summary(r *Report) string {
	var b strings.Builder
	if len(r.Diagnostics) == 0 {
		fmt.Fprintf(&b, "no findings in %s", Plural(r.Stats.Files, "file"))
	} else {
		count := map[diagnostic.Severity]int{}
		files, stories := map[string]bool{}, map[string]bool{}
		for _, d := range r.Diagnostics {
			count[d.Severity]++
			files[d.Primary.File] = true
			if d.Story != "" {
				stories[d.Story] = true
			}
		}
		in := Plural(max(r.Stats.Files, len(files)), "file")
		if len(files) < r.Stats.Files {
			in = fmt.Sprintf("%d of %s", len(files), in)
		}
		fmt.Fprintf(&b, "%s (%s) in %s", Plural(len(r.Diagnostics), "finding"), bySeverity(count), in)
		if len(stories) > 0 {
			fmt.Fprintf(&b, ", %s", Plural(len(stories), "story"))
		}
	}
	if hidden := total(r.Hidden); hidden > 0 {
		fmt.Fprintf(&b, "; %s hidden (min severity %s)", bySeverity(r.Hidden), r.MinSeverity)
	}
	if r.Incomplete {
		b.WriteString("; incomplete: see the errors on standard error")
	}
	return b.String()
}

// bySeverity is "4 errors, 17 warnings", leaving out the severities none
// has.
func bySeverity(count map[diagnostic.Severity]int) string {
	var parts []string
	for _, s := range severities {
		if count[s] > 0 {
			parts = append(parts, Plural(count[s], s.String()))
		}
	}
	return strings.Join(parts, ", ")
}

func total(count map[diagnostic.Severity]int) int {
	n := 0
	for _, c := range count {
		n += c
	}
	return n
}

// HideBelow splits findings at a severity: those shown, and the count of
// those hidden, by severity.
func HideBelow(ds []diagnostic.Diagnostic, min diagnostic.Severity) (shown []diagnostic.Diagnostic, hidden map[diagnostic.Severity]int) {
	hidden = map[diagnostic.Severity]int{}
	shown = ds[:0:0]
	for _, d := range ds {
		if d.Severity < min {
			hidden[d.Severity]++
			continue
		}
		shown = append(shown, d)
	}
	return shown, hidden
}
