package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	_ "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif" // ships the official SARIF 2.1.0 schema this test reads
	"github.com/xeipuuv/gojsonschema"
)

// sarifSchema reads the OASIS SARIF 2.1.0 JSON schema from the go-sarif
// module, which embeds it verbatim, so the test needs no network beyond the
// module proxy that `go test` uses anyway.
func sarifSchema(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3").Output()
	if err != nil {
		t.Fatalf("locating go-sarif: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "pkg", "report", "v210", "sarif", "schema.go"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)const schema = `(.*)`").FindSubmatch(src)
	if m == nil {
		t.Fatal("schema constant not found in go-sarif")
	}
	return string(m[1])
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	schema := sarifSchema(t)
	out, _, code := runIn(t, "check", "--format", "sarif", "testdata/seeds")
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(schema), gojsonschema.NewBytesLoader(out))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors() {
		t.Errorf("SARIF schema: %s", e)
	}
	if !strings.Contains(string(out), `"relatedLocations"`) || !strings.Contains(string(out), `"columnKind": "unicodeCodePoints"`) {
		t.Error("SARIF lacks relatedLocations or columnKind")
	}
}

// Fingerprints come from the facts, not the line: inserting paragraphs
// above a finding keeps them, so code scanning does not reopen an alert.
func TestSARIFFingerprintsSurviveALineShift(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	body := "Twelve people were killed, the mayor said.\n\nRescue crews said 14 people were killed.\n"
	fingerprints := func(text string) []string {
		os.WriteFile(path, []byte(text), 0o644)
		out, _, _ := runIn(t, "check", "--format", "sarif", path)
		return regexp.MustCompile(`"factlint/v1": "([0-9a-f]+)"`).FindAllString(string(out), -1)
	}
	before := fingerprints(body)
	after := fingerprints("A new first paragraph.\n\nAnd a second one.\n\n" + body)
	if len(before) == 0 || strings.Join(before, ",") != strings.Join(after, ",") {
		t.Fatalf("fingerprints changed: %v → %v", before, after)
	}
}
