package report

import (
	"encoding/json"
	"io"
)

type jsonLocation struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
}

type jsonRelated struct {
	jsonLocation
	Message string `json:"message"`
}

type jsonViolation struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	jsonLocation
	Related     []jsonRelated `json:"related"`
	Fingerprint string        `json:"fingerprint"`
}

type jsonReport struct {
	Violations []jsonViolation `json:"violations"`
	Stats      Stats           `json:"stats"`
}

// JSON prints the contract of DESIGN.md: {"violations": [...], "stats": {...}}.
func JSON(w io.Writer, r *Report) error {
	out := jsonReport{Violations: []jsonViolation{}, Stats: r.Stats}
	for _, d := range r.Diagnostics {
		v := jsonViolation{Rule: d.Rule, Severity: d.Severity.String(), Message: d.Message,
			jsonLocation: jsonLocation{d.Primary.File, d.Primary.Line, d.Primary.Column, d.Primary.EndLine, d.Primary.EndColumn},
			Related:      []jsonRelated{}, Fingerprint: d.Fingerprint()}
		for _, rel := range d.Related {
			v.Related = append(v.Related, jsonRelated{jsonLocation{rel.File, rel.Line, rel.Column, rel.EndLine, rel.EndColumn}, rel.Message})
		}
		out.Violations = append(out.Violations, v)
	}
	return writeJSON(w, out)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
