package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
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

// validSARIF checks a log against the SARIF 2.1.0 schema.
func validSARIF(t *testing.T, out []byte) {
	t.Helper()
	res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(sarifSchema(t)), gojsonschema.NewBytesLoader(out))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors() {
		t.Errorf("SARIF schema: %s", e)
	}
}

// A message links each related location by its id (SARIF 2.1.0 §3.11.6),
// and every link names an id the result has.
func TestSARIFMessagesLinkRelatedLocations(t *testing.T) {
	out, _, _ := runIn(t, "check", "--format", "sarif", "testdata/seeds")
	var log struct {
		Runs []struct {
			Results []struct {
				Message          struct{ Text string }
				RelatedLocations []struct{ ID int }
			}
		}
	}
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	link := regexp.MustCompile(`\[[^\]]*\]\((\d+)\)`)
	linked := 0
	for _, r := range log.Runs[0].Results {
		ids := map[string]bool{}
		for _, rl := range r.RelatedLocations {
			ids[strconv.Itoa(rl.ID)] = true
		}
		links := link.FindAllStringSubmatch(r.Message.Text, -1)
		if len(links) != len(r.RelatedLocations) {
			t.Errorf("%d links for %d related locations: %s", len(links), len(r.RelatedLocations), r.Message.Text)
		}
		for _, m := range links {
			if !ids[m[1]] {
				t.Errorf("link to id %s, which no related location has: %s", m[1], r.Message.Text)
			}
			linked++
		}
	}
	if linked == 0 {
		t.Fatal("no message links a related location")
	}
}

// Tool errors are invocation notifications, and the run is not successful.
func TestSARIFCarriesToolErrors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bin.md"), []byte("ab\x00cd"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("Twelve people were killed.\n"), 0o644)
	out, _, code := runIn(t, "check", "--format", "sarif", dir)
	if code != 2 {
		t.Fatalf("exit %d", code)
	}
	validSARIF(t, out)
	s := string(out)
	if !strings.Contains(s, `"executionSuccessful": false`) || !strings.Contains(s, `"text": "binary file (NUL byte at offset 2)"`) ||
		!strings.Contains(s, `"startColumn": 3`) {
		t.Fatalf("no notification:\n%s", s)
	}
	out, _, _ = runIn(t, "check", "--format", "sarif", filepath.Join(dir, "a.md"))
	validSARIF(t, out)
	if !strings.Contains(string(out), `"executionSuccessful": true`) {
		t.Fatal("a clean run is not successful")
	}
}
