// Command factlint checks article drafts for factual inconsistencies: death
// tolls that disagree, figures without a named source, names spelled two
// ways. This package is cobra commands and viper wiring only; the work is
// done in checker/ and rules/.
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes: the contract a CI gate relies on.
const (
	exitOK         = 0 // no finding at or above --fail-on
	exitViolations = 1 // some finding at or above --fail-on
	exitError      = 2 // usage, configuration, rule or input error
)

// run executes one command line and returns its exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if a.stopProfiles != nil {
		a.stopProfiles()
	}
	if err != nil {
		a.errorf("%v", err)
		if a.code < exitError {
			a.code = exitError
		}
	}
	if a.code == exitError {
		a.dropStaleReport()
	}
	return a.code
}
