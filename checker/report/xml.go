package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/factlint/factlint/checker/diagnostic"
)

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleReport struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

// Checkstyle prints the Checkstyle XML that CI servers and reviewdog read.
// encoding/xml escapes everything, so any article text stays well-formed.
func Checkstyle(w io.Writer, r *Report) error {
	out := checkstyleReport{Version: "4.3"}
	index := map[string]int{}
	for _, d := range r.Diagnostics {
		i, ok := index[d.Primary.File]
		if !ok {
			i = len(out.Files)
			index[d.Primary.File] = i
			out.Files = append(out.Files, checkstyleFile{Name: d.Primary.File})
		}
		out.Files[i].Errors = append(out.Files[i].Errors, checkstyleError{Line: d.Primary.Line, Column: d.Primary.Column,
			Severity: map[diagnostic.Severity]string{diagnostic.Error: "error", diagnostic.Warning: "warning", diagnostic.Info: "info"}[d.Severity],
			Message:  withRelated(d), Source: "factlint." + d.Rule})
	}
	return writeXML(w, out)
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitReport struct {
	XMLName xml.Name     `xml:"testsuites"`
	Suites  []junitSuite `xml:"testsuite"`
}

// JUnit prints one test suite per rule with a failed test case per finding,
// the form test-report viewers show.
func JUnit(w io.Writer, r *Report) error {
	byRule := map[string]*junitSuite{}
	for _, d := range r.Diagnostics {
		s := byRule[d.Rule]
		if s == nil {
			s = &junitSuite{Name: "factlint " + d.Rule}
			byRule[d.Rule] = s
		}
		s.Tests++
		s.Failures++
		s.Cases = append(s.Cases, junitCase{Name: d.Primary.String(), Classname: d.Primary.File,
			Failure: &junitFailure{Message: d.Message, Type: d.Severity.String(), Text: withRelated(d)}})
	}
	ids := slices.Sorted(maps.Keys(byRule))
	out := junitReport{Suites: []junitSuite{}}
	for _, id := range ids {
		out.Suites = append(out.Suites, *byRule[id])
	}
	if len(out.Suites) == 0 {
		out.Suites = append(out.Suites, junitSuite{Name: "factlint"})
	}
	return writeXML(w, out)
}

func withRelated(d diagnostic.Diagnostic) string {
	s := d.Message
	for _, rel := range d.Related {
		s += fmt.Sprintf("\n%s: %s", rel.Location, rel.Message)
	}
	return s
}

func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
