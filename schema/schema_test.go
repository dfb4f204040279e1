package schema

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xeipuuv/gojsonschema"
	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/config"
)

func compile(t *testing.T, name string) *gojsonschema.Schema {
	t.Helper()
	s, err := gojsonschema.NewSchema(gojsonschema.NewReferenceLoader("file://" + mustAbs(t, name)))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

func mustAbs(t *testing.T, name string) string {
	p, err := filepath.Abs(name)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(p)
}

// validate reads YAML text and checks it against a schema.
func validate(t *testing.T, s *gojsonschema.Schema, text string) []string {
	t.Helper()
	var doc any
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		t.Fatalf("%v in %q", err, text)
	}
	res, err := s.Validate(gojsonschema.NewGoLoader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	for _, e := range res.Errors() {
		errs = append(errs, e.String())
	}
	return errs
}

// readmeBlocks are the README's YAML code blocks that start with prefix.
func readmeBlocks(t *testing.T, prefix string) []string {
	data, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(data), -1) {
		if strings.HasPrefix(m[1], prefix) {
			out = append(out, m[1])
		}
	}
	if len(out) == 0 {
		t.Fatalf("no README yaml block starts with %q", prefix)
	}
	return out
}

func TestBundledRulePacksValidate(t *testing.T) {
	s := compile(t, "rules.schema.json")
	packs, _ := filepath.Glob(filepath.Join("..", "rules", "builtin", "*.yaml"))
	if len(packs) == 0 {
		t.Fatal("no built-in pack found")
	}
	for _, p := range packs {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range validate(t, s, string(data)) {
			t.Errorf("%s: %s", p, e)
		}
	}
	for _, block := range readmeBlocks(t, "pack: ") {
		for _, e := range validate(t, s, block) {
			t.Errorf("README rule pack: %s", e)
		}
	}
}

func TestInvalidRulePacksDoNot(t *testing.T) {
	s := compile(t, "rules.schema.json")
	const ok = "- id: x\n  claims: count\n  assert: \"true\"\n  message: m\n"
	if errs := validate(t, s, ok); len(errs) > 0 {
		t.Fatalf("a minimal rule: %v", errs)
	}
	for name, text := range map[string]string{
		"unknown key":       ok + "  serverity: error\n",
		"severity":          ok + "  severity: fatal\n",
		"kind":              strings.Replace(ok, "claims: count", "claims: [count, figure]", 1),
		"id":                strings.Replace(ok, "id: x", "id: Death_Toll", 1),
		"pair without key":  ok + "  pairs: within-document\n",
		"pairs":             ok + "  pairs: across\n  key: claim.subject\n",
		"no assert":         "- id: x\n  claims: count\n  message: m\n",
		"paths key":         ok + "  paths: {includes: [a]}\n",
		"pack key":          "pack: p\nrule: []\n",
		"examples not list": ok + "  examples: {bad: text}\n",
	} {
		if len(validate(t, s, text)) == 0 {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestConfigurationExamplesValidate(t *testing.T) {
	s := compile(t, "factlint.schema.json")
	for _, block := range readmeBlocks(t, "rules: ") {
		for _, e := range validate(t, s, block) {
			t.Errorf("README configuration: %s", e)
		}
	}
	for name, text := range map[string]string{
		"unknown key":  "fial_on: error\n",
		"builtin":      "builtin: maybe\n",
		"fail_on":      "fail_on: eror\n",
		"min_severity": "min_severity: none\n",
		"severity":     "severity: {a: fatal}\n",
		"format":       "format: txt\n",
		"exclude":      "exclude: 3\n",
	} {
		if len(validate(t, s, text)) == 0 {
			t.Errorf("%s: accepted", name)
		}
	}
}

// The schemas say what the loaders know: every configuration key, claim
// kind and format, and nothing else.
func TestSchemasMatchTheCode(t *testing.T) {
	var cfg struct {
		Properties map[string]struct {
			Enum []string `json:"enum"`
		} `json:"properties"`
	}
	read(t, "factlint.schema.json", &cfg)
	var keys []string
	for k := range cfg.Properties {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	want := slices.Sorted(slices.Values(config.Keys))
	if !slices.Equal(keys, want) {
		t.Errorf("configuration keys: schema %v, config.Keys %v", keys, want)
	}
	formats := slices.Sorted(slices.Values(cfg.Properties["format"].Enum))
	if !slices.Equal(formats, report.Formats()) {
		t.Errorf("formats: schema %v, report %v", formats, report.Formats())
	}
	var rules struct {
		Definitions map[string]struct {
			Enum []string `json:"enum"`
		} `json:"definitions"`
	}
	read(t, "rules.schema.json", &rules)
	var kinds []string
	for _, k := range claim.Kinds {
		kinds = append(kinds, string(k))
	}
	if !slices.Equal(rules.Definitions["kind"].Enum, kinds) {
		t.Errorf("claim kinds: schema %v, claim.Kinds %v", rules.Definitions["kind"].Enum, kinds)
	}
}

func read(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}
