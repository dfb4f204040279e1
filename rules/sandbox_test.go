package rules

import (
	"strings"
	"testing"

	"github.com/expr-lang/expr"
)

// Rule expressions read claims and nothing else: whatever a rule file tries
// in order to reach files, the network, the environment or the clock is an
// error at load time, with the rule's position.
func TestExpressionsReachOnlyClaims(t *testing.T) {
	for _, attempt := range []string{
		`getenv("HOME") != ""`,
		`os.Getenv("HOME") != ""`,
		`readFile("/etc/passwd") != ""`,
		`exec("id") != ""`,
		`http.Get("http://example.com") != nil`,
		`$env.Getenv("HOME") != ""`,
		`now().Year() > 2000`,
		`date("2024-01-01").Year() > 2000`,
		`timezone("Europe/Paris") != nil`,
		`claim.Source.Name != ""`, // Go field names are not exposed either
	} {
		src := "- id: r\n  claims: count\n  assert: '" + attempt + "'\n  message: m\n"
		_, err := Load("r.yaml", []byte(src))
		if err == nil {
			t.Errorf("%s: loaded", attempt)
			continue
		}
		if !strings.HasPrefix(err.Error(), "r.yaml:3:") {
			t.Errorf("%s: error without the rule's position: %v", attempt, err)
		}
	}
}

// expr's builtins that remain are pure; a builtin that grows a string or a
// list without bound stops at expr's memory budget.
func TestBuiltinsAreBounded(t *testing.T) {
	p, err := Load("r.yaml", []byte("- id: r\n  claims: count\n  assert: 'len(repeat(\"x\", 100000000)) > 0'\n  message: m\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := expr.Run(p.Rules[0].Assert.Program, &ClaimEnv{}); err == nil || !strings.Contains(err.Error(), "memory budget") {
		t.Fatalf("err = %v", err)
	}
}
