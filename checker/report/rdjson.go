package report

import (
	"io"

	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/source"
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

// byteColumns turns the columns of a finding, counted in Unicode
// characters, into the UTF-8 byte columns reviewdog's format counts
// ("column: ... in UTF-8 bytes"), reading each file once in a row of its
// findings (findings come sorted by file).
type byteColumns struct {
	read  func(string) ([]byte, bool)
	file  string
	lines *source.Lines // nil: the file could not be read
}

func (b *byteColumns) loc(l diagnostic.Location) rdLocation {
	return rdLocation{Path: l.File, Range: rdRange{b.position(l.File, l.Line, l.Column), b.position(l.File, l.EndLine, l.EndColumn)}}
}

// position is line and column with the column in bytes, or in characters
// when the file cannot be read (an unsaved buffer).
func (b *byteColumns) position(file string, line, col int) rdPosition {
	if b.read != nil && file != b.file {
		b.file, b.lines = file, nil
		if data, ok := b.read(file); ok {
			b.lines = source.NewLines(data)
		}
	}
	if b.lines == nil || line < 1 || line > b.lines.Count() {
		return rdPosition{line, col}
	}
	// the bytes before the column, a BOM's included (it has bytes, no
	// column)
	return rdPosition{line, b.lines.OffsetOf(line, col) - b.lines.LineStart(line) + 1}
}

// RDJSON prints reviewdog's Diagnostic Format (rdjson), related places
// included, columns in UTF-8 bytes.
func RDJSON(w io.Writer, r *Report) error {
	out := rdResult{Source: rdSource{Name: "factlint", URL: projectURL}, Diagnostics: []rdDiagnostic{}}
	cols := &byteColumns{read: r.Source}
	rdLoc := cols.loc
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
