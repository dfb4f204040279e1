package gitdiff

import (
	"testing"

	"github.com/factlint/factlint/checker/diagnostic"
)

func TestParse(t *testing.T) {
	c := Parse([]byte("diff --git a/a.md b/a.md\n--- a/a.md\n+++ b/a.md\n@@ -3 +3,2 @@\n-x\n+y\n+z\n@@ -9,2 +10,0 @@\n-gone\n-gone\n--- a/old.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"))
	if len(c["a.md"]) != 2 || c["a.md"][0] != [2]int{3, 4} || c["a.md"][1] != [2]int{10, 11} || len(c["old.md"]) != 0 {
		t.Fatalf("got %v", c)
	}
	in := []diagnostic.Diagnostic{
		{Rule: "a", Primary: diagnostic.Location{File: "a.md", Line: 4, EndLine: 4}},
		{Rule: "b", Primary: diagnostic.Location{File: "a.md", Line: 7, EndLine: 7}},
		{Rule: "c", Primary: diagnostic.Location{File: "b.md", Line: 1, EndLine: 1}, Related: []diagnostic.Related{{Location: diagnostic.Location{File: "a.md", Line: 3, EndLine: 3}}}},
	}
	out := c.Filter(in)
	if len(out) != 2 || out[0].Rule != "a" || out[1].Rule != "c" {
		t.Fatalf("got %+v", out)
	}
}
