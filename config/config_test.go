package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

func write(t *testing.T, path, data string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDiscoveryStopsAtTheRepositoryRoot(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, ".factlint.yaml"), "fail_on: warning\n")
	write(t, filepath.Join(root, "repo", ".git", "HEAD"), "")
	write(t, filepath.Join(root, "repo", "news", "a.md"), "")
	if got := Discover(filepath.Join(root, "repo", "news")); got != "" {
		t.Fatalf("found %q above the repository root", got)
	}
	write(t, filepath.Join(root, "repo", ".factlint.toml"), "fail_on = \"info\"\n")
	if got := Discover(filepath.Join(root, "repo", "news")); !strings.HasSuffix(got, filepath.Join("repo", ".factlint.toml")) {
		t.Fatalf("got %q", got)
	}
}

func TestLoadMergesFileEnvironmentAndFlags(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, ".factlint.yaml"), "rules: [house.yaml]\ndisable: [a]\nseverity: {b: warning}\nfail_on: warning\nexclude: [old/**]\n")
	t.Setenv("FACTLINT_FORMAT", "json")
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	fs.String("fail-on", "error", "")
	fs.Parse([]string{"--fail-on", "info"})
	c, err := Load(Options{Dir: dir, Explicit: filepath.Join(dir, ".factlint.yaml"), Flags: fs})
	if err != nil {
		t.Fatal(err)
	}
	if c.Format != "json" || c.FailOn != "info" || c.Severity["b"] != "warning" || c.Disable[0] != "a" || c.Exclude[0] != "old/**" {
		t.Fatalf("got %+v", c)
	}
	if c.Rules[0] != filepath.Join(dir, "house.yaml") {
		t.Fatalf("rules not relative to the config file: %v", c.Rules)
	}
}

func TestUnknownKeyNamesKeyAndFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, ".factlint.yaml")
	write(t, p, "fail_on: error\nfial_on: warning\n")
	_, err := Load(Options{Explicit: p, Dir: dir})
	if err == nil || !strings.Contains(err.Error(), p+":2:1: unknown configuration key \"fial_on\"") {
		t.Fatalf("err = %v", err)
	}
	write(t, filepath.Join(dir, "c.json"), `{"formt": "json"}`)
	if _, err := Load(Options{Explicit: filepath.Join(dir, "c.json"), Dir: dir}); err == nil || !strings.Contains(err.Error(), `c.json:1:2: unknown configuration key "formt"`) {
		t.Fatalf("json: err = %v", err)
	}
}

func TestMalformedConfigIsAnError(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, ".factlint.yaml")
	write(t, p, "rules: [a\n")
	if _, err := Load(Options{Explicit: p, Dir: dir}); err == nil || !strings.Contains(err.Error(), p) {
		t.Fatalf("err = %v", err)
	}
}

// load reads one configuration file written with the given name and text.
func load(t *testing.T, name, text string) error {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, name)
	write(t, p, text)
	_, err := Load(Options{Explicit: p, Dir: dir})
	if err != nil {
		return errors.New(strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""))
	}
	return nil
}

func TestValuesOfTheWrongTypeAreErrorsAtTheirPlace(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{".factlint.yaml", "builtin: maybe\n", `.factlint.yaml:1:10: "builtin" must be true or false, not the string "maybe"`},
		{".factlint.yaml", "fail_on: error\nformat: {a: b}\n", `.factlint.yaml:2:9: "format" must be a string, not a mapping`},
		{".factlint.yaml", "exclude: 3\n", `.factlint.yaml:1:10: "exclude" must be a list of strings, not the number 3`},
		{".factlint.yaml", "exclude:\n  - old/**\n  - [a]\n", `.factlint.yaml:3:5: "exclude" must be a list of strings: item 2 is a list`},
		{".factlint.yaml", "severity: [a]\n", `.factlint.yaml:1:11: "severity" must be a mapping of strings to strings, not a list`},
		{".factlint.yaml", "require_suppression_reason: \"yes\"\n", `.factlint.yaml:1:29: "require_suppression_reason" must be true or false, not the string "yes"`},
		{".factlint.json", "{\n  \"builtin\": \"no\"\n}\n", `.factlint.json:2:14: "builtin" must be true or false, not the string "no"`},
		{".factlint.toml", "fail_on = \"error\"\nbuiltin = 1\n", `.factlint.toml:2:11: "builtin" must be true or false, not the number 1`},
		{".factlint.yaml", "on_unreadable: ignore\n", `.factlint.yaml:1:16: "on_unreadable" must be error or skip, not "ignore"`},
	} {
		if err := load(t, c.name, c.text); err == nil || err.Error() != c.want {
			t.Errorf("%s %q:\n got %v\nwant %s", c.name, c.text, err, c.want)
		}
	}
}

func TestSyntaxErrorsCarryTheirPosition(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{".factlint.yaml", "fail_on: error\nrules: a: b\n", `.factlint.yaml:2:1: mapping values are not allowed in this context`},
		{".factlint.json", "{\n  \"fail_on\": \"error\",\n  \"rules\" [\"a\"]\n}\n", `.factlint.json:3:11: invalid character '[' after object key`},
		{".factlint.json", "{\"rules\": [\"a\"", `.factlint.json:1:15: unexpected end of JSON input`},
		{".factlint.toml", "fail_on = \"error\"\nrules = [\"a\"\n", `.factlint.toml:3:1: toml: expected character ] but the document ended here`},
	} {
		if err := load(t, c.name, c.text); err == nil || err.Error() != c.want {
			t.Errorf("%s %q:\n got %v\nwant %s", c.name, c.text, err, c.want)
		}
	}
}

func TestEnvironmentValuesOfTheWrongTypeNameTheVariable(t *testing.T) {
	dir := t.TempDir()
	for env, want := range map[string]string{
		"FACTLINT_BUILTIN":       `FACTLINT_BUILTIN=yes: "builtin" must be true or false`,
		"FACTLINT_SEVERITY":      `FACTLINT_SEVERITY=yes: "severity" must be a mapping of strings to strings, written as JSON: {"rule-id": "warning"}`,
		"FACTLINT_ON_UNREADABLE": `FACTLINT_ON_UNREADABLE=yes: "on_unreadable" must be error or skip, not "yes"`,
	} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "yes")
			if _, err := Load(Options{Dir: dir}); err == nil || err.Error() != want {
				t.Fatalf("got %v\nwant %s", err, want)
			}
		})
	}
	t.Setenv("FACTLINT_BUILTIN", "false")
	t.Setenv("FACTLINT_SEVERITY", `{"a": "warning"}`)
	c, err := Load(Options{Dir: dir})
	if err != nil || c.Builtin || c.Severity["a"] != "warning" || c.OnUnreadable != UnreadableError {
		t.Fatalf("c=%+v err=%v", c, err)
	}
}
