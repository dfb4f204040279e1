package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// addProfileFlags adds hidden flags that write pprof profiles of a run, as
// golangci-lint's --cpu-profile-path does: docs/performance.md is measured
// with them.
func (a *app) addProfileFlags(root *cobra.Command) {
	f := root.PersistentFlags()
	f.StringVar(&a.cpuProfile, "cpu-profile", "", "write a CPU profile to this file")
	f.StringVar(&a.memProfile, "mem-profile", "", "write an allocation profile to this file")
	_ = f.MarkHidden("cpu-profile")
	_ = f.MarkHidden("mem-profile")
}

// startProfiles starts what the profile flags ask for and returns the
// function that finishes them.
func (a *app) startProfiles() (stop func(), err error) {
	stop = func() {}
	if a.cpuProfile != "" {
		f, err := os.Create(a.cpuProfile)
		if err != nil {
			return stop, fmt.Errorf("cpu profile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return stop, fmt.Errorf("cpu profile: %w", err)
		}
		stop = func() { pprof.StopCPUProfile(); f.Close() }
	}
	if a.memProfile != "" {
		runtime.MemProfileRate = 64 * 1024
		cpu := stop
		stop = func() {
			cpu()
			f, err := os.Create(a.memProfile)
			if err != nil {
				a.errorf("memory profile: %v", err)
				return
			}
			defer f.Close()
			runtime.GC() // the profile shows what was allocated up to the last collection
			if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
				a.errorf("memory profile: %v", err)
			}
		}
	}
	return stop, nil
}
