// Package gitdiff finds the lines a change touched since a git revision, so
// a check on a pull request can report only findings on changed lines.
package gitdiff

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/diagnostic"
)

// Changes are the changed line ranges of each file, new side.
type Changes map[string][][2]int

// Since runs `git diff --relative -U0 REV` in dir and reads the changed
// lines. A revision git does not know (as in a shallow clone) is an error
// that says how to fetch it.
func Since(dir, rev string) (Changes, error) {
	if out, err := git(dir, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil || len(bytes.TrimSpace(out)) == 0 {
		fetch := "git fetch --deepen=50"
		if branch, ok := strings.CutPrefix(rev, "origin/"); ok {
			fetch = "git fetch origin " + branch
		}
		return nil, fmt.Errorf("--new-from-rev %s: git does not know this revision; in a shallow clone fetch it first "+
			"(%s, or actions/checkout with fetch-depth: 0)", rev, fetch)
	}
	out, err := git(dir, "diff", "--relative", "--no-color", "--no-ext-diff", "-U0", rev, "--")
	if err != nil {
		return nil, fmt.Errorf("--new-from-rev %s: git diff: %v", rev, err)
	}
	return Parse(out), nil
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil && stderr.Len() > 0 {
		return out, fmt.Errorf("%s", strings.TrimSpace(stderr.String()))
	}
	return out, err
}

var hunkRE = regexp.MustCompile(`^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@`)

// Parse reads unified diff output with zero context.
func Parse(diff []byte) Changes {
	c := Changes{}
	file := ""
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			file = strings.TrimPrefix(strings.TrimPrefix(line, "+++ "), "b/")
			if file == "/dev/null" {
				file = ""
			}
		case strings.HasPrefix(line, "@@") && file != "":
			m := hunkRE.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			start, _ := strconv.Atoi(m[1])
			n := 1
			if m[2] != "" {
				n, _ = strconv.Atoi(m[2])
			}
			if n == 0 {
				// a pure deletion: the line after it changed its neighbourhood
				c[file] = append(c[file], [2]int{start, start + 1})
				continue
			}
			c[file] = append(c[file], [2]int{start, start + n - 1})
		}
	}
	return c
}

// Touches reports whether a location lies on a changed line.
func (c Changes) Touches(l diagnostic.Location) bool {
	for _, r := range c[strings.TrimPrefix(l.File, "./")] {
		if l.Line <= r[1] && l.EndLine >= r[0] || l.Line >= r[0] && l.Line <= r[1] {
			return true
		}
	}
	return false
}

// Filter keeps the findings whose primary or related place is changed.
func (c Changes) Filter(ds []diagnostic.Diagnostic) []diagnostic.Diagnostic {
	var out []diagnostic.Diagnostic
	for _, d := range ds {
		keep := c.Touches(d.Primary)
		for _, r := range d.Related {
			keep = keep || c.Touches(r.Location)
		}
		if keep {
			out = append(out, d)
		}
	}
	return out
}
