package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// action is the part of action.yml these tests read.
type action struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Steps []struct {
			ID  string            `yaml:"id"`
			Run string            `yaml:"run"`
			Env map[string]string `yaml:"env"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

func readAction(t *testing.T) action {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	return a
}

// step is the script of the action's step with the id, "" when none.
func (a action) step(id string) string {
	for _, s := range a.Runs.Steps {
		if s.ID == id {
			return s.Run
		}
	}
	return ""
}

// runnerFolder is a folder for a step to run in as the runner runs it, with
// factlint built into its bin; the test is skipped without bash.
func runnerFolder(t *testing.T) (dir, bin string) {
	t.Helper()
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	dir = t.TempDir()
	bin = filepath.Join(dir, "bin")
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "factlint"), ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return dir, bin
}

// The check step runs factlint once, writing the log, the SARIF report and
// the job summary from that one run, and keeps its exit code. It is run
// here as the runner runs it, with the runner's files in a folder.
func TestActionChecksOnceAndWritesEveryReport(t *testing.T) {
	a := readAction(t)
	for _, in := range []string{"version", "args", "only-new-issues", "working-directory"} {
		if _, ok := a.Inputs[in]; !ok {
			t.Errorf("action.yml has no input %q", in)
		}
	}
	script := a.step("check")
	if n := strings.Count(script, `"$BIN/factlint" check`); n != 1 {
		t.Fatalf("the check step runs factlint check %d times", n)
	}
	dir, bin := runnerFolder(t)
	work := filepath.Join(dir, "repo")
	os.MkdirAll(filepath.Join(work, "drafts"), 0o755)
	os.WriteFile(filepath.Join(work, "drafts", "a.md"), []byte("Twelve people were killed in the flood.\n\nRescuers said 14 people were killed in the flood.\n"), 0o644)
	out, summary := filepath.Join(dir, "output"), filepath.Join(dir, "summary")
	cmd := exec.Command("bash", "-e", "-c", script)
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "BIN="+bin, "PATHS=drafts", "CONFIG=", "FAIL_ON=error", "FORMAT=github",
		"ARGS=--min-severity error", "REV=", "SARIF=factlint.sarif", "SUMMARY=true",
		"RUNNER_TEMP="+dir, "GITHUB_OUTPUT="+out, "GITHUB_STEP_SUMMARY="+summary)
	log, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v\n%s", err, log)
	}
	if !strings.Contains(string(log), "::error file=drafts/a.md,line=3,") {
		t.Errorf("no annotation in the log:\n%s", log)
	}
	if s, _ := os.ReadFile(summary); !strings.Contains(string(s), "### factlint: 1 finding in 1 file") {
		t.Errorf("job summary: %q", s)
	}
	if o, _ := os.ReadFile(out); !strings.Contains(string(o), "sarif-file="+filepath.Join(work, "factlint.sarif")) {
		t.Errorf("outputs: %q", o)
	}
	if _, err := os.Stat(filepath.Join(work, "factlint.sarif")); err != nil {
		t.Error(err)
	}
}

// actionlint checks the workflows, the example and the action they use,
// where it is installed (go install github.com/rhysd/actionlint/cmd/actionlint@latest).
func TestActionlint(t *testing.T) {
	bin, err := exec.LookPath("actionlint")
	if err != nil {
		t.Skip("actionlint is not on PATH")
	}
	workflows, _ := filepath.Glob(filepath.Join(repoRoot, ".github", "workflows", "*.yml"))
	examples, _ := filepath.Glob(filepath.Join(repoRoot, "docs", "examples", "*.yml"))
	cmd := exec.Command(bin, append(workflows, examples...)...)
	cmd.Dir = repoRoot
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("actionlint: %v\n%s", err, out)
	}
}

// The action's scripts pass shellcheck, where it is installed (actionlint
// runs it on workflows, not on an action's own steps).
func TestActionScriptsPassShellcheck(t *testing.T) {
	bin, err := exec.LookPath("shellcheck")
	if err != nil {
		t.Skip("shellcheck is not on PATH")
	}
	for i, s := range readAction(t).Runs.Steps {
		if s.Run == "" {
			continue
		}
		cmd := exec.Command(bin, "--shell=bash", "-")
		cmd.Stdin = strings.NewReader(s.Run)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("step %d (%s): %v\n%s", i+1, s.ID, err, out)
		}
	}
}

// With sheet: true, the sheet step appends the Markdown fact sheet to the
// job summary, after a check that failed as well; a sheet that cannot be
// written says so there and fails the step.
func TestActionWritesTheSheetToTheSummary(t *testing.T) {
	a := readAction(t)
	if in, ok := a.Inputs["sheet"]; !ok || in.Default != "false" {
		t.Fatalf("action.yml's sheet input: %+v, %v", in, ok)
	}
	script := a.step("sheet")
	if script == "" {
		t.Fatal("action.yml has no step with id sheet")
	}
	dir, bin := runnerFolder(t)
	work := filepath.Join(dir, "repo")
	os.MkdirAll(filepath.Join(work, "drafts"), 0o755)
	os.WriteFile(filepath.Join(work, "drafts", "a.md"), []byte("---\nstory: flood\n---\nTwelve people were killed in the flood, the mayor, Ana Pérez, said.\n"), 0o644)
	os.WriteFile(filepath.Join(work, "drafts", "b.md"), []byte("---\nstory: flood\n---\nFourteen people were killed in the flood, the mayor, Ana Perez, said.\n"), 0o644)
	summary := filepath.Join(dir, "summary")
	os.WriteFile(summary, []byte("### factlint: 3 findings in 2 files\n"), 0o644)
	step := func(paths string) ([]byte, error) {
		cmd := exec.Command("bash", "-e", "-c", script)
		cmd.Dir = work
		cmd.Env = append(os.Environ(), "BIN="+bin, "PATHS="+paths, "CONFIG=", "RUNNER_TEMP="+dir, "GITHUB_STEP_SUMMARY="+summary)
		return cmd.CombinedOutput()
	}
	if log, err := step("drafts"); err != nil {
		t.Fatalf("sheet step: %v\n%s", err, log)
	}
	s, _ := os.ReadFile(summary)
	for _, want := range []string{"### factlint: 3 findings", "## factlint fact sheet: 1 story", "| person | 12 **≠ conflict**<br>`drafts/a.md:4:1` | 14 **≠ conflict**<br>`drafts/b.md:4:1` |"} {
		if !strings.Contains(string(s), want) {
			t.Errorf("job summary lacks %q:\n%s", want, s)
		}
	}
	log, err := step("missing")
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Fatalf("a sheet of nothing: %v\n%s", err, log)
	}
	if s, _ := os.ReadFile(summary); !strings.Contains(string(s), "### factlint could not write the fact sheet (exit 2)") {
		t.Errorf("job summary: %s", s)
	}
}
