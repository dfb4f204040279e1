package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/source"
)

// hostile is article text that tries to act on what reads factlint's output.
const hostile = "33 killed\n::error::pwned %0A ::add-mask::x \x1b[31mred\x1b]0;title\x07 \x00"

func report() *Report {
	loc := diagnostic.Location{File: "a,b:c.md", Line: 2, Column: 3, EndLine: 2, EndColumn: 9}
	return &Report{Diagnostics: []diagnostic.Diagnostic{{Rule: "r", Severity: diagnostic.Error, Message: hostile, Primary: loc,
		Related: []diagnostic.Related{{Location: loc, Message: hostile}}}}}
}

func TestGitHubOutputCannotIssueCommands(t *testing.T) {
	var b bytes.Buffer
	if err := GitHub(&b, report()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, "::error file=a%2Cb%3Ac.md,line=2,col=3,") {
		t.Fatalf("got %q", out)
	}
	if !strings.Contains(out, "pwned %250A ::add-mask") || strings.ContainsAny(out, "\x1b\x00\x07") {
		t.Fatalf("article text not escaped: %q", out)
	}
}

func TestTextStripsTerminalControls(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, report()); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(b.String(), "\x1b\x07\x00") || strings.Count(b.String(), "\n") != 3 {
		t.Fatalf("got %q", b.String())
	}
}

func TestJSONFormatsAreWellFormedForAnyText(t *testing.T) {
	for _, name := range []string{"json", "sarif", "rdjson"} {
		f, _ := Lookup(name)
		var b bytes.Buffer
		if err := f(&b, report()); err != nil {
			t.Fatal(err)
		}
		if !json.Valid(b.Bytes()) {
			t.Errorf("%s: invalid JSON", name)
		}
	}
}

func TestColourOnlyWhenAsked(t *testing.T) {
	r := report()
	var plain, colored bytes.Buffer
	Text(&plain, r)
	r.Color = true
	Text(&colored, r)
	if strings.Contains(plain.String(), "\x1b[") || !strings.Contains(colored.String(), "\x1b[31merror") {
		t.Fatalf("plain %q\ncolored %q", plain.String(), colored.String())
	}
}

func TestXMLFormatsAreWellFormedForAnyText(t *testing.T) {
	for _, name := range []string{"checkstyle", "junit"} {
		f, _ := Lookup(name)
		var b bytes.Buffer
		if err := f(&b, report()); err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(&b)
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v\n%s", name, err, b.String())
			}
		}
	}
}

func TestGitHubAnnotationLimit(t *testing.T) {
	r := report()
	for len(r.Diagnostics) < 13 {
		r.Diagnostics = append(r.Diagnostics, r.Diagnostics[0])
	}
	var b bytes.Buffer
	GitHub(&b, r)
	if n := strings.Count(b.String(), "::error "); n != 10 {
		t.Fatalf("%d annotations, want 10", n)
	}
	if !strings.Contains(b.String(), "::notice title=factlint::3 more findings") {
		t.Fatalf("no notice of the hidden findings:\n%s", b.String())
	}
}

func TestMarkdownTableCellsAreSafe(t *testing.T) {
	var b bytes.Buffer
	Markdown(&b, report())
	if strings.Count(b.String(), "\n") != 5 || strings.Contains(b.String(), "\x1b") {
		t.Fatalf("got %q", b.String())
	}
}

// JSON writes violation by violation the bytes that encoding the whole
// report at once gives: with none, one and several violations, related
// locations or none, and text that JSON escapes.
func TestJSONStreamsTheWholeEncoding(t *testing.T) {
	one := report()
	several := report()
	d := several.Diagnostics[0]
	d.Rule, d.Message, d.Related = "other", `<b>&"quoted"</b> Doğan`, nil
	several.Diagnostics = append(several.Diagnostics, d, several.Diagnostics[0])
	for name, r := range map[string]*Report{"none": {Stats: Stats{Files: 1}}, "one": one, "several": several} {
		whole := jsonReport{Violations: []jsonViolation{}, Stats: r.Stats}
		for _, d := range r.Diagnostics {
			whole.Violations = append(whole.Violations, violationOf(d))
		}
		var want, got strings.Builder
		if err := writeJSON(&want, whole); err != nil {
			t.Fatal(err)
		}
		if err := JSON(&got, r); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: streamed JSON differs\n got %s\nwant %s", name, got.String(), want.String())
		}
	}
}

func TestRDJSONColumnsAreUTF8Bytes(t *testing.T) {
	src := []byte(source.BOM + "Pérez: 33\nLiège ’x’ 34\n")
	at := func(line, col, endCol int) diagnostic.Location {
		return diagnostic.Location{File: "a.md", Line: line, Column: col, EndLine: line, EndColumn: endCol}
	}
	r := &Report{Diagnostics: []diagnostic.Diagnostic{{Rule: "r", Severity: diagnostic.Error, Primary: at(2, 11, 13),
		Related: []diagnostic.Related{{Location: at(1, 8, 10)}}}},
		Source: func(string) ([]byte, bool) { return src, true }}
	var b bytes.Buffer
	if err := RDJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var out rdResult
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	d := out.Diagnostics[0]
	// line 2: "Liège ’x’ " is 10 characters and 15 bytes
	if got := d.Location.Range; got.Start.Column != 16 || got.End.Column != 18 {
		t.Errorf("primary: %+v", got)
	}
	// line 1: the BOM's 3 bytes, then "Pérez: " (7 characters, 8 bytes)
	if got := d.RelatedLocations[0].Location.Range; got.Start.Column != 12 || got.End.Column != 14 {
		t.Errorf("related: %+v", got)
	}
	// a file that cannot be read keeps its character columns
	r.Source = func(string) ([]byte, bool) { return nil, false }
	b.Reset()
	RDJSON(&b, r)
	json.Unmarshal(b.Bytes(), &out)
	if got := out.Diagnostics[0].Location.Range; got.Start.Column != 11 {
		t.Errorf("unreadable: %+v", got)
	}
}
