package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/factlint/factlint/checker/diagnostic"
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
	Story       string        `json:"story,omitempty"` // a rule across articles: the story it was raised in
	// "weak" on a finding its rule lowered for want of evidence that both
	// sides count the same thing (the rule's strong)
	Evidence string `json:"evidence,omitempty"`
}

type jsonReport struct {
	Violations []jsonViolation `json:"violations"`
	Stats      Stats           `json:"stats"`
}

// JSON prints the contract of DESIGN.md: {"violations": [...], "stats": {...}}.
// Violations are encoded one at a time, so a report of an archive is never
// held whole in memory; the bytes are those of encoding jsonReport at once
// (TestJSONStreamsTheWholeEncoding).
func JSON(w io.Writer, r *Report) error {
	if len(r.Diagnostics) == 0 {
		return writeJSON(w, jsonReport{Violations: []jsonViolation{}, Stats: r.Stats})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	if _, err := io.WriteString(w, "{\n  \"violations\": [\n"); err != nil {
		return err
	}
	for i, d := range r.Diagnostics {
		buf.Reset()
		buf.WriteString("    ")
		if err := enc.Encode(violationOf(d)); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1) // Encode's newline
		if i < len(r.Diagnostics)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
		if _, err := w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	buf.Reset()
	buf.WriteString("  ],\n  \"stats\": ")
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(r.Stats); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1)
	buf.WriteString("\n}\n")
	_, err := w.Write(buf.Bytes())
	return err
}

func violationOf(d diagnostic.Diagnostic) jsonViolation {
	v := jsonViolation{Rule: d.Rule, Severity: d.Severity.String(), Message: d.Message,
		jsonLocation: jsonLocation{d.Primary.File, d.Primary.Line, d.Primary.Column, d.Primary.EndLine, d.Primary.EndColumn},
		Related:      []jsonRelated{}, Fingerprint: d.Fingerprint(), Story: d.Story}
	if d.Weak {
		v.Evidence = "weak"
	}
	for _, rel := range d.Related {
		v.Related = append(v.Related, jsonRelated{jsonLocation{rel.File, rel.Line, rel.Column, rel.EndLine, rel.EndColumn}, rel.Message})
	}
	return v
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
