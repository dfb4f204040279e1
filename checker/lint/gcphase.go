package lint

import "github.com/factlint/factlint/checker/diagnostic"

// Collecting more often while stories are checked. Until every file is
// read, the heap holds little more than each article's signature and the
// spill's budget; grouping the run and then checking its stories, two at
// a time, adds each story's claims read back and its rules' comparisons,
// and the collector, at its default GOGC=100, lets the heap grow to twice
// what was live before it runs: at 100,000 files that phase made the
// run's peak. A lower GOGC while it lasts keeps the peak nearer what is
// live, for a few more collections of a phase that is short next to
// reading and extracting the files. A GOGC the user set is left as it is.

// storiesGCPercent is the GOGC of the stories phase.
const storiesGCPercent = 50

// collectOftenDuringStories lowers GOGC to storiesGCPercent and returns
// the function that puts it back (lowerGCPercent).
func collectOftenDuringStories() (restore func()) { return lowerGCPercent(storiesGCPercent) }

// finishCollectingOften is stories.finish under storiesGCPercent, which it
// puts back however finish ends.
func finishCollectingOften(s *stories, workers int) ([]diagnostic.Diagnostic, error) {
	defer collectOftenDuringStories()()
	return s.finish(workers)
}
