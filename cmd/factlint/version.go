package main

import (
	"fmt"
	"regexp"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// releaseVersion is the version this source will be released as: "-dev"
// until the release is tagged, when it is set with -ldflags "-X
// main.releaseVersion=…". The rule packs' `since` fields, the README,
// pre-commit and the Action name it (TestVersionStringsAgree).
var releaseVersion = "0.2.0-dev"

// pseudoVersion matches the versions the go command makes up for an
// untagged commit (v0.0.0-20261201203000-0123456789ab): they say nothing
// of the release, so releaseVersion is printed instead, with the commit.
var pseudoVersion = regexp.MustCompile(`\d{14}-[0-9a-f]{12}(\+dirty)?$`)

func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" && !pseudoVersion.MatchString(info.Main.Version) {
		return info.Main.Version
	}
	return releaseVersion
}

// commit is the VCS revision the binary was built from, if go build
// recorded one.
func commit() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && dirty {
		rev += "+dirty"
	}
	return rev
}

func (a *app) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print factlint's version",
		Args:  cobra.NoArgs,
		Run: func(*cobra.Command, []string) {
			build := fmt.Sprintf("%s %s/%s", runtime.Version(), runtime.GOOS, runtime.GOARCH)
			if c := commit(); c != "" {
				build = "commit " + c + ", " + build
			}
			fmt.Fprintf(a.stdout, "factlint %s (%s)\n", version(), build)
		},
	}
}
