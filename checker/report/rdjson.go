package report

import (
	"io"

	"github.com/factlint/factlint/checker/diagnostic"
)

type rdPosition struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type rdRange struct {
	Start rdPosition `json:"start"`
	End   rdPosition `json:"end"`
}

type rdLocation struct {
	Path  string  `json:"path"`
	Range rdRange `json:"range"`
}

type rdCode struct {
	Value string `json:"value"`
	URL   string `json:"url,omitempty"`
}

type rdRelated struct {
	Message  string     `json:"message"`
	Location rdLocation `json:"location"`
}

type rdDiagnostic struct {
	Message          string      `json:"message"`
	Location         rdLocation  `json:"location"`
	Severity         string      `json:"severity"`
	Code             rdCode      `json:"code"`
	RelatedLocations []rdRelated `json:"related_locations,omitempty"`
}

type rdSource struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

type rdResult struct {
	Source      rdSource       `json:"source"`
	Diagnostics []rdDiagnostic `json:"diagnostics"`
}

func rdLoc(l diagnostic.Location) rdLocation {
	return rdLocation{Path: l.File, Range: rdRange{rdPosition{l.Line, l.Column}, rdPosition{l.EndLine, l.EndColumn}}}
}

// RDJSON prints reviewdog's Diagnostic Format (rdjson), related places
// included.
func RDJSON(w io.Writer, r *Report) error {
	out := rdResult{Source: rdSource{Name: "factlint", URL: projectURL}, Diagnostics: []rdDiagnostic{}}
	for _, d := range r.Diagnostics {
		rd := rdDiagnostic{Message: d.Message, Location: rdLoc(d.Primary),
			Severity: map[diagnostic.Severity]string{diagnostic.Error: "ERROR", diagnostic.Warning: "WARNING", diagnostic.Info: "INFO"}[d.Severity],
			Code:     rdCode{Value: d.Rule}}
		if rule := r.ruleByID(d.Rule); rule != nil {
			rd.Code.URL = rule.Link
		}
		for _, rel := range d.Related {
			rd.RelatedLocations = append(rd.RelatedLocations, rdRelated{Message: rel.Message, Location: rdLoc(rel.Location)})
		}
		out.Diagnostics = append(out.Diagnostics, rd)
	}
	return writeJSON(w, out)
}
