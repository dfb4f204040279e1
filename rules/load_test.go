package rules

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadBuiltinPacks(t *testing.T) {
	set, err := LoadSet(SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"death-toll-within", "death-toll-across", "injured-count-within", "injured-count-across", "casualty-named-source", "name-spelling-across"} {
		r := set.Lookup(id)
		if r == nil {
			t.Fatalf("built-in rule %s missing", id)
		}
		if r.Title == "" || r.Description == "" || r.Link == "" || r.Since == "" {
			t.Errorf("%s lacks title, description, link or since", id)
		}
	}
}

// loadErr loads a rule file and returns its error text.
func loadErr(t *testing.T, src string) string {
	t.Helper()
	_, err := Load("r.yaml", []byte(src))
	if err == nil {
		t.Fatalf("no error for:\n%s", src)
	}
	return err.Error()
}

func TestErrorsPointIntoTheRuleFile(t *testing.T) {
	for name, tc := range map[string]struct{ src, want string }{
		"misspelt field in plain scalar": {"- id: a\n  claims: count\n  where: claim.evnt == \"x\"\n  assert: \"true\"\n  message: m\n",
			`r.yaml:3:16: rule "a": where: type claim.Claim has no field evnt`},
		"misspelt field in quoted scalar": {"- id: a\n  claims: count\n  where: 'claim.evnt == \"x\"'\n  assert: \"true\"\n  message: m\n",
			`r.yaml:3:17: rule "a": where:`},
		"misspelt field in block scalar": {"- id: a\n  claims: count\n  assert: \"true\"\n  message: m\n  where: |\n    claim.kind == \"count\" &&\n      claim.evnt == \"x\"\n",
			`r.yaml:7:13: rule "a": where:`},
		"non-boolean assert": {"- id: a\n  claims: count\n  assert: claim.value\n  message: m\n",
			`r.yaml:3:11: rule "a": assert: expected bool, but got claim.Interval`},
		"pair rule uses claim": {"- id: a\n  claims: count\n  pairs: any\n  key: claim.event\n  assert: claim.event == \"x\"\n  message: m\n",
			`r.yaml:5:11: rule "a": assert: unknown name claim`},
		"bad placeholder": {"- id: a\n  claims: count\n  assert: \"true\"\n  message: \"see {claim.nope}\"\n",
			`r.yaml:4:24: rule "a": message: type claim.Claim has no field nope`},
		"unknown key": {"- id: a\n  claims: count\n  asert: x\n  assert: \"true\"\n  message: m\n",
			`r.yaml:3:3: unknown key "asert" in rule`},
		"pair rule without key": {"- id: a\n  claims: count\n  pairs: any\n  assert: \"true\"\n  message: m\n",
			`a pair rule needs a key`},
		"bad id":          {"- id: A_b\n  claims: count\n  assert: \"true\"\n  message: m\n", `r.yaml:1:7: rule id "A_b" must be`},
		"unknown kind":    {"- id: a\n  claims: counts\n  assert: \"true\"\n  message: m\n", `r.yaml:2:11: unknown claim kind "counts"`},
		"malformed YAML":  {"- id: a\n  claims: [count\n", `r.yaml:`},
		"alias bomb":      {"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nrules: []\n", `r.yaml:1:1: unknown key "a"`},
		"huge expression": {"- id: a\n  claims: count\n  assert: " + strings.Repeat("true && ", 2100) + "true\n  message: m\n", `rule "a": assert:`},
	} {
		t.Run(name, func(t *testing.T) {
			if got := loadErr(t, tc.src); !strings.Contains(got, tc.want) {
				t.Errorf("error:\n%s\nwant it to contain:\n%s", got, tc.want)
			}
		})
	}
}

func TestErrorsAreCollectedAndSorted(t *testing.T) {
	got := loadErr(t, "- id: b\n  claims: count\n  assert: 1\n  message: m\n- id: a\n  claims: nope\n  assert: \"true\"\n  message: m\n")
	lines := strings.Split(got, "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "r.yaml:3:") || !strings.HasPrefix(lines[1], "r.yaml:6:") {
		t.Fatalf("errors not collected in order:\n%s", got)
	}
}

func TestPackMappingAndExtends(t *testing.T) {
	files := map[string]string{
		"a.yaml": "pack: mine\nextends: [casualties, b.yaml]\nrules:\n  - id: mine-1\n    claims: count\n    assert: \"true\"\n    message: m\n",
		"b.yaml": "- id: theirs-1\n  claims: name\n  assert: \"true\"\n  message: m\n",
	}
	set, err := LoadSet(SetOptions{Files: []string{"a.yaml"}, Read: func(p string) ([]byte, error) { return []byte(files[p]), nil }})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"mine-1", "theirs-1", "death-toll-within"} {
		if set.Lookup(id) == nil {
			t.Errorf("%s not loaded", id)
		}
	}
	if set.Lookup("mine-1").Pack != "mine" {
		t.Errorf("pack name = %q", set.Lookup("mine-1").Pack)
	}
}

func TestExtendsLoopIsAnErrorNamingTheCycle(t *testing.T) {
	files := map[string]string{
		"a.yaml":       "pack: a\nextends: [packs/b.yaml]\nrules: []\n",
		"packs/b.yaml": "pack: b\nextends:\n  - casualties\n  - c.yaml\nrules: []\n",
		"packs/c.yaml": "pack: c\nextends: ../a.yaml\nrules: []\n",
		"self.yaml":    "pack: self\nextends: [./self.yaml]\nrules: []\n",
	}
	read := func(p string) ([]byte, error) { return []byte(files[filepath.ToSlash(filepath.Clean(p))]), nil }
	for start, want := range map[string]string{
		"./a.yaml":  "packs/c.yaml:2:10: extends loop: a.yaml → packs/b.yaml → packs/c.yaml → a.yaml",
		"self.yaml": "self.yaml:2:11: extends loop: self.yaml → self.yaml",
	} {
		_, err := LoadSet(SetOptions{Files: []string{start}, Read: read})
		if err == nil || filepath.ToSlash(err.Error()) != want {
			t.Errorf("%s:\n got %v\nwant %s", start, err, want)
		}
	}
	// a pack extended twice, not in a loop, is loaded once
	files["d.yaml"] = "pack: d\nextends: [packs/b.yaml, e.yaml]\nrules: []\n"
	files["e.yaml"] = "pack: e\nextends: [packs/b.yaml]\nrules: []\n"
	files["packs/c.yaml"] = "pack: c\nrules: []\n"
	if _, err := LoadSet(SetOptions{Files: []string{"d.yaml"}, Read: read}); err != nil {
		t.Errorf("diamond: %v", err)
	}
}

func TestDuplicateIDsAndOverrides(t *testing.T) {
	read := func(string) ([]byte, error) {
		return []byte("- id: death-toll-within\n  claims: count\n  assert: \"true\"\n  message: m\n"), nil
	}
	if _, err := LoadSet(SetOptions{Builtin: true, Files: []string{"x.yaml"}, Read: read}); err == nil || !strings.Contains(err.Error(), `rule id "death-toll-within" already defined at builtin/casualties.yaml`) {
		t.Errorf("duplicate id: %v", err)
	}
	set, err := LoadSet(SetOptions{Builtin: true, Disable: []string{"name-spelling-within"}, Severity: map[string]string{"death-toll-across": "warning"}})
	if err != nil {
		t.Fatal(err)
	}
	if set.Lookup("name-spelling-within") != nil || set.Lookup("death-toll-across").Severity != Warning {
		t.Error("disable or severity override not applied")
	}
	if _, err := LoadSet(SetOptions{Builtin: true, Disable: []string{"no-such-rule"}}); err == nil {
		t.Error("disabling an unknown rule id is silently accepted")
	}
}

func TestFigure(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{{33, "33"}, {3.6e6, "3.6 million"}, {1709, "1709"}, {25000, "25,000"}, {2.5e9, "2.5 billion"}} {
		if got := FormatNumber(tc.v); got != tc.want {
			t.Errorf("FormatNumber(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte("- id: a\n  claims: count\n  where: claim.event == \"killed\"\n  assert: \"true\"\n  message: \"{claim.text}\"\n"))
	f.Add([]byte("pack: p\nextends: [x]\nrules:\n  - id: b\n    claims: [name]\n    pairs: any\n    key: claim.folded\n    assert: a.text == b.text\n    message: m\n"))
	f.Add([]byte("a: &a [x, x]\nb: [*a, *a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Load("f.yaml", data)
		if err == nil && p == nil {
			t.Fatal("no pack and no error")
		}
	})
}
