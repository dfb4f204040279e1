// Command largedraft writes a synthetic news draft of about N megabytes
// (internal/newsdraft) to standard output, for scripts/memory.sh.
//
// Usage: go run ./scripts/largedraft MB > draft.md
package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/factlint/factlint/internal/newsdraft"
)

func main() {
	mb, err := 0, error(nil)
	if len(os.Args) == 2 {
		mb, err = strconv.Atoi(os.Args[1])
	}
	if len(os.Args) != 2 || err != nil || mb <= 0 {
		fmt.Fprintln(os.Stderr, "usage: largedraft MB")
		os.Exit(2)
	}
	if _, err := os.Stdout.Write(newsdraft.Draft(mb << 20)); err != nil {
		fmt.Fprintln(os.Stderr, "largedraft:", err)
		os.Exit(2)
	}
}
