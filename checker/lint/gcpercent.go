package lint

import (
	"os"
	"runtime/debug"
)

// The one way the run lowers GOGC for a phase of it (gcphase.go: the stories
// phase; gchuge.go: a huge article in work): never when the user set GOGC,
// never above what it already is, and always put back.

// lowerGCPercent sets GOGC to percent and returns the function that puts
// the previous value back; it does nothing when GOGC is set in the
// environment or is already as low (or off).
func lowerGCPercent(percent int) (restore func()) {
	if _, set := lookupGOGC(); set {
		return func() {}
	}
	was := debug.SetGCPercent(percent)
	if was <= percent { // off (-1), or already as low
		debug.SetGCPercent(was)
		return func() {}
	}
	return func() { debug.SetGCPercent(was) }
}

// lookupGOGC is the environment's GOGC, which the runtime read at start.
func lookupGOGC() (string, bool) { return os.LookupEnv("GOGC") }
