package lint

import (
	"runtime/debug"

	"github.com/factlint/factlint/checker/diagnostic"
)

// Collecting less in a small run. While a run reads and extracts its
// files, what stays live is little more than each article's story
// signature and the spill's budget; nearly all that is allocated (a
// document, its tokens, its claims, the rules' values) is garbage as soon
// as its file is done, and likewise each story's claims once it is
// checked. At 10,000 files that live heap is 15 to 25 MB, and the
// collector, at GOGC=100 while reading and storiesGCPercent after, ran
// every few megabytes: some ninety collections. The collections lower
// GOGC for (gcphase.go) are those of a large run, whose live heap grows
// with its files until the end of reading makes its peak at 100,000; a
// small run's peak is far below that, so it reads at readGCPercent and
// checks its stories at the default. A GOGC the user set is left as it
// is, and a huge article still lowers it while in work (gchuge.go).

// readGCPercent is the GOGC while a small run's files are read.
const readGCPercent = 200

// smallRunFiles is the most inputs a small run has: its heap at
// readGCPercent stays under what the default gave 100,000 files.
const smallRunFiles = 20_000

// smallRun says whether a run of n inputs is small.
func smallRun(n int) bool { return n <= smallRunFiles }

// collectLessWhileReading raises GOGC to readGCPercent for a small run of
// n inputs when GOGC is the default, and returns the function that puts
// it back.
func collectLessWhileReading(n int) (restore func()) {
	if _, set := lookupGOGC(); set || !smallRun(n) {
		return func() {}
	}
	was := debug.SetGCPercent(readGCPercent)
	if was < 0 || was >= readGCPercent { // off, or already higher
		debug.SetGCPercent(was)
		return func() {}
	}
	return func() { debug.SetGCPercent(was) }
}

// finishStories checks the stories that wait for the whole run of n
// inputs (stories.finish): a large run's under storiesGCPercent.
func finishStories(s *stories, workers, n int) ([]diagnostic.Diagnostic, error) {
	if smallRun(n) {
		return s.finish(workers)
	}
	return finishCollectingOften(s, workers)
}
