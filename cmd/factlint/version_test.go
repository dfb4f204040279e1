package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// semver reads "1.2.3" as comparable numbers.
func semver(t *testing.T, v string) [3]int {
	t.Helper()
	parts := strings.Split(v, ".")
	if len(parts) != 3 {
		t.Fatalf("version %q is not MAJOR.MINOR.PATCH", v)
	}
	var out [3]int
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			t.Fatalf("version %q: %v", v, err)
		}
		out[i] = n
	}
	return out
}

func later(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] > b[i]
		}
	}
	return false
}

// The version factlint prints is the one everything else names: no rule is
// newer than the release, and every version the README, the example
// workflow, pre-commit and the Action pin is the release's.
func TestVersionStringsAgree(t *testing.T) {
	release := strings.TrimSuffix(releaseVersion, "-dev")
	current := semver(t, release)
	packs, _ := filepath.Glob(filepath.Join(repoRoot, "rules", "builtin", "*.yaml"))
	since := regexp.MustCompile(`(?m)^\s*since: *(\S+)`)
	for _, p := range append(packs, filepath.Join(repoRoot, "README.md")) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range since.FindAllStringSubmatch(string(data), -1) {
			if later(semver(t, m[1]), current) {
				t.Errorf("%s: since %s is later than the release %s", filepath.Base(p), m[1], release)
			}
		}
	}
	pinned := regexp.MustCompile("factlint/factlint(?:/cmd/factlint)?@(v[0-9][^\\s\"'`]*)|rev: *(v[0-9]\\S*)|version: *\"?(v[0-9][^\\s\"]*)")
	for _, name := range []string{"README.md", "action.yml", ".pre-commit-hooks.yaml", "docs/examples/drafts-workflow.yml"} {
		data, err := os.ReadFile(filepath.Join(repoRoot, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range pinned.FindAllStringSubmatch(string(data), -1) {
			if v := m[1] + m[2] + m[3]; v != "v"+release {
				t.Errorf("%s pins %s; the release is v%s (%q)", name, v, release, m[0])
			}
		}
	}
	out, _, _ := runIn(t, "version")
	if !strings.HasPrefix(string(out), "factlint "+releaseVersion+" (") {
		t.Errorf("factlint version: %q", out)
	}
}
