package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// ensureDebianTool finds the first of a tool's names on PATH; in CI
// (CI=true) it installs the Debian package first when none is there (with
// sudo -n when not root), and elsewhere skips the test: the tests that
// drive a real editor or browser need one, and the repository installs it.
func ensureDebianTool(t *testing.T, pkg string, names ...string) string {
	t.Helper()
	find := func() string {
		for _, name := range names {
			if p, err := exec.LookPath(name); err == nil {
				return p
			}
		}
		return ""
	}
	if p := find(); p != "" {
		return p
	}
	if os.Getenv("CI") != "true" {
		t.Skipf("%s is not installed (apt-get install %s; CI=true installs it from Debian's packages)", names[0], pkg)
	}
	var sudo []string
	if os.Geteuid() != 0 {
		sudo = []string{"sudo", "-n"}
	}
	for _, args := range [][]string{{"apt-get", "update", "-qq"}, {"apt-get", "install", "-y", "-qq", pkg}} {
		args = append(sudo, args...)
		c := exec.Command(args[0], args[1:]...)
		c.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	p := find()
	if p == "" {
		t.Fatalf("apt-get installed %s, but %s is not on PATH", pkg, names[0])
	}
	return p
}
