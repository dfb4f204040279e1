package lint

import (
	"path/filepath"
	"slices"
	"sync"

	"github.com/hashicorp/go-multierror"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/engine"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/rules"
)

// stories runs the rules across articles one story at a time, as soon as a
// story is complete, and then lets go of its claims: memory holds the
// stories in flight, not the archive.
//
// An article's story is its front matter's `story`; without one, it is the
// folder the file is in. A folder is complete when all its files are done;
// stories named in front matter may span folders, so they are checked when
// every file is done.
type stories struct {
	rules []*rules.Rule

	folders []string       // the folder of each input
	first   map[string]int // input position of each folder's first file
	order   map[string]int // input position of each file

	mu      sync.Mutex
	left    map[string]int              // files not yet done, by folder
	waiting map[string][]*claim.Article // done articles of unfinished folders
	named   []*claim.Article            // articles whose front matter names a story
	found   []diagnostic.Diagnostic
	failed  []storyError
}

// storyError is a rule's run-time error in one story, with the position
// of the story's first file, so errors are reported in input order.
type storyError struct {
	at  int
	err *engine.RuleError
}

func newStories(inputs []files.Input, global []*rules.Rule) *stories {
	s := &stories{rules: global, folders: make([]string, len(inputs)), first: map[string]int{}, order: map[string]int{},
		left: map[string]int{}, waiting: map[string][]*claim.Article{}}
	for i, in := range inputs {
		f := filepath.Dir(in.Path)
		s.folders[i] = f
		if _, ok := s.first[f]; !ok {
			s.first[f] = i
		}
		if _, ok := s.order[in.Path]; !ok {
			s.order[in.Path] = i
		}
		s.left[f]++
	}
	return s
}

// done takes the result of input i; it is called by the workers.
func (s *stories) done(i int, o *out) {
	var ready []*claim.Article
	folder := s.folders[i]
	s.mu.Lock()
	switch {
	case o.art != nil && o.art.Story != "":
		s.named = append(s.named, o.art)
	case o.art != nil:
		s.waiting[folder] = append(s.waiting[folder], o.art)
	}
	if s.left[folder]--; s.left[folder] == 0 {
		ready = s.waiting[folder]
		delete(s.waiting, folder)
	}
	s.mu.Unlock()
	if len(ready) > 0 {
		s.check(ready, s.first[folder], 1) // in this worker: other workers go on with theirs
	}
}

// check runs the rules across articles on the articles of one or more
// stories and drops their claims afterwards.
func (s *stories) check(arts []*claim.Article, at, workers int) {
	// the articles of a story are checked in input order, whatever order
	// the workers finished them in
	slices.SortFunc(arts, func(a, b *claim.Article) int { return s.order[a.File] - s.order[b.File] })
	ds, err := engine.RunParallel(s.rules, arts, workers)
	for _, a := range arts {
		a.Claims = nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.found = append(s.found, ds...)
	if m, ok := err.(*multierror.Error); ok {
		for _, e := range m.Errors {
			if re, ok := e.(*engine.RuleError); ok {
				s.failed = append(s.failed, storyError{at: at, err: re})
			}
		}
	}
}

// finish checks the stories named in front matter and returns every
// finding, and each failed rule once.
func (s *stories) finish(workers int) ([]diagnostic.Diagnostic, error) {
	if len(s.named) > 0 {
		s.check(s.named, -1, workers)
	}
	slices.SortStableFunc(s.failed, func(a, b storyError) int { return a.at - b.at })
	var errs *multierror.Error
	reported := map[string]bool{}
	for _, f := range s.failed {
		if !reported[f.err.Rule] {
			reported[f.err.Rule] = true
			errs = multierror.Append(errs, f.err)
		}
	}
	return s.found, errs.ErrorOrNil()
}
