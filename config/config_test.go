package config

import (
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
	if _, err := Load(Options{Explicit: filepath.Join(dir, "c.json"), Dir: dir}); err == nil || !strings.Contains(err.Error(), `c.json: unknown configuration key "formt"`) {
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
