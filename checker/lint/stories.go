package lint

import (
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/hashicorp/go-multierror"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/engine"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/rules"
)

// stories runs the rules across articles one story at a time and then lets
// go of the story's claims.
//
// An article's story is its front matter's `story`; without one it depends
// on the mode (package story). In folder mode a folder is a story, checked
// as soon as all its files are done, so memory holds the folders in flight,
// not the archive. Inferred stories may join any two articles of the run,
// so the articles wait (with only the claims rules across articles select)
// until every file is done; stories named in front matter may span
// folders, and are checked then too.
type stories struct {
	rules []*rules.Rule
	mode  story.Mode

	folders []string       // the folder of each input
	first   map[string]int // input position of each folder's first file
	order   map[string]int // input position of each file

	mu      sync.Mutex
	left    map[string]int              // files not yet done, by folder
	waiting map[string][]*claim.Article // done articles of unfinished folders
	named   []*claim.Article            // articles whose front matter names a story
	open    []inferred                  // articles whose story is inferred
	table   *story.Table                // every signature key once; open articles keep their ids
	spill   *spill                      // where waiting articles keep their claims; nil: as structs
	limits  spillLimits
	found   []diagnostic.Diagnostic
	failed  []storyError
	errs    *multierror.Error // the spill's input and output errors, and the registries'
	reg     registries        // the registries of confirmed facts
}

// spillLimits say when waiting articles keep their claims in binary form
// (spill): in a run of more than Run inputs, every article after the first
// InMemory, and of their binary forms Budget bytes stay in memory, the
// rest in a file, Chunk bytes at a time (0: spillChunkSize). Claims kept
// as structs take ten to fifteen kilobytes an article (and the collector's
// time grows with them: 10,000 articles held in memory took 350 MB and a
// fifth more CPU than spilling), their binary form about three; a desk's
// run of drafts never encodes its claims, and an archive's memory stops
// growing past the budget.
type spillLimits struct{ Run, InMemory, Budget, Chunk int }

var defaultSpill = spillLimits{Run: 2048, InMemory: 0, Budget: 4 << 20}

// inferred is an article waiting for its story to be inferred.
type inferred struct {
	at      int // input position
	art     *claim.Article
	sig     story.Compact
	spilled spilled // where its claims are, when n > 0 (else in art)
}

// storyError is a rule's run-time error in one story, with the position
// of the story's first file, so errors are reported in input order.
type storyError struct {
	at  int
	err *engine.RuleError
}

func newStories(inputs []files.Input, global []*rules.Rule, mode story.Mode, limits spillLimits) *stories {
	if mode == "" {
		mode = story.Infer
	}
	s := &stories{rules: global, mode: mode, folders: make([]string, len(inputs)), first: map[string]int{}, order: map[string]int{},
		left: map[string]int{}, waiting: map[string][]*claim.Article{}, table: story.NewTable(), limits: limits}
	if mode == story.Infer && len(inputs) > limits.Run && len(global) > 0 {
		s.spill = newSpill(limits.Budget, limits.Chunk)
	}
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
	if len(s.rules) == 0 {
		if o.art != nil {
			o.art.Claims = nil
		}
		return
	}
	var ready []*claim.Article
	var alone *claim.Article
	folder := s.folders[i]
	var put spilled
	if o.art != nil && o.art.Story == "" && s.mode == story.Infer && s.spill != nil && i >= s.limits.InMemory {
		at, err := s.spill.put(o.art.Claims)
		if err == nil {
			put, o.art.Claims = at, nil
		} else {
			s.mu.Lock()
			s.errs = multierror.Append(s.errs, err)
			s.mu.Unlock()
		}
	}
	if o.art != nil && o.art.Claims != nil {
		// the claims are the extractor's (Check selects without copying,
		// as the spill copies them into their binary form): those kept as
		// structs are copied before the worker's next file reuses them
		o.art.Claims = detached(o.art.Claims)
	}
	s.mu.Lock()
	switch {
	case o.art == nil:
	case o.art.Story != "":
		s.named = append(s.named, o.art)
	case s.mode == story.Infer:
		s.open = append(s.open, inferred{at: i, art: o.art, sig: s.table.Compact(o.sig), spilled: put})
		o.sig = story.Signature{}
	case s.mode == story.Folder:
		s.waiting[folder] = append(s.waiting[folder], o.art)
	case s.reg.applies(o.art.File):
		alone = o.art // a story of its own, held against its registry
	default: // a story of its own: nothing to compare it with
		o.art.Claims = nil
	}
	if s.left[folder]--; s.left[folder] == 0 {
		ready = s.waiting[folder]
		delete(s.waiting, folder)
	}
	s.mu.Unlock()
	if alone != nil {
		s.check([]*claim.Article{alone}, i, 1, alone.File)
	}
	if len(ready) > 0 {
		s.check(ready, s.first[folder], 1, filepath.ToSlash(folder)) // in this worker: other workers go on with theirs
	}
}

// detached copies claims with engine.DetachAll, in place.
func detached(cs []*claim.Claim) []*claim.Claim { return engine.DetachAll(cs) }

// check runs the rules across articles on the articles of one story and
// drops their claims afterwards.
func (s *stories) check(arts []*claim.Article, at, workers int, id string) {
	ds, failed := s.run(arts, at, workers, id, nil)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.found = append(s.found, ds...)
	s.failed = append(s.failed, failed...)
}

// run checks one story and returns its findings and failed rules; with a
// runner, in it (workers is then 1).
func (s *stories) run(arts []*claim.Article, at, workers int, id string, runner *engine.Runner) ([]diagnostic.Diagnostic, []storyError) {
	inStoryOrder(arts, s.order)
	arts = s.reg.with(arts, id)
	var ds []diagnostic.Diagnostic
	var errs []*engine.RuleError
	if runner != nil {
		ds, errs = failedRules(runner.Run(arts))
	} else {
		ds, errs = checkStory(s.rules, arts, workers)
	}
	for _, a := range arts {
		a.Claims = nil
	}
	for k := range ds {
		ds[k].Story = id
	}
	var failed []storyError
	for _, re := range errs {
		failed = append(failed, storyError{at: at, err: re})
	}
	return ds, failed
}

// checkStory runs the rules across articles on the articles of one story,
// put in story order, and returns the findings and the rules that failed:
// what a run (stories.run) and the editor's workspace (runStory) both do.
func checkStory(global []*rules.Rule, arts []*claim.Article, workers int) ([]diagnostic.Diagnostic, []*engine.RuleError) {
	return failedRules(engine.RunParallel(global, arts, workers))
}

// failedRules is a run's findings and the rules that failed in it.
func failedRules(ds []diagnostic.Diagnostic, err error) ([]diagnostic.Diagnostic, []*engine.RuleError) {
	var failed []*engine.RuleError
	if m, ok := err.(*multierror.Error); ok {
		for _, e := range m.Errors {
			if re, ok := e.(*engine.RuleError); ok {
				failed = append(failed, re)
			}
		}
	}
	return ds, failed
}

// inStoryOrder sorts the articles of a story newest first by their as_of
// time, the undated last, and in input order where times do not differ,
// whatever order the workers finished them in. Rules across articles report
// the later article of a pair, which is then the older in time: an
// outdated figure is reported where it stands.
func inStoryOrder(arts []*claim.Article, order map[string]int) {
	slices.SortFunc(arts, func(a, b *claim.Article) int {
		if a.AsOf != b.AsOf {
			switch {
			case a.AsOf == "":
				return 1
			case b.AsOf == "":
				return -1
			}
			return strings.Compare(b.AsOf, a.AsOf)
		}
		return order[a.File] - order[b.File]
	})
}

// finish checks the stories that wait for the whole run (named in front
// matter, inferred) and returns every finding, and each failed rule once.
func (s *stories) finish(workers int) ([]diagnostic.Diagnostic, error) {
	s.checkNamed(workers)
	s.checkInferred(workers)
	slices.SortStableFunc(s.failed, func(a, b storyError) int { return a.at - b.at })
	errs := multierror.Append(s.errs, s.reg.err())
	reported := map[string]bool{}
	for _, f := range s.failed {
		if !reported[f.err.Rule] {
			reported[f.err.Rule] = true
			errs = multierror.Append(errs, f.err)
		}
	}
	return s.found, errs.ErrorOrNil()
}

// checkNamed checks the stories front matter names, one after the other.
func (s *stories) checkNamed(workers int) {
	byName := map[string][]*claim.Article{}
	var names []string
	for _, a := range s.named {
		if _, ok := byName[a.Story]; !ok {
			names = append(names, a.Story)
		}
		byName[a.Story] = append(byName[a.Story], a)
	}
	slices.Sort(names)
	for _, n := range names {
		arts := byName[n]
		at := len(s.order)
		for _, a := range arts {
			at = min(at, s.order[a.File])
		}
		s.check(arts, at, workers, n)
	}
	s.named = nil
}

// dropSignatures lets go of the signatures and their table once the run
// is grouped: nothing reads them after, and at 100,000 files they are a
// tenth of the heap the stories' claims are read back into.
func (s *stories) dropSignatures() {
	s.table = nil
	for k := range s.open {
		s.open[k].sig = story.Compact{}
	}
}

// checkInferred groups the articles that wait for inference into stories
// and checks the stories of two or more articles in a pool of workers; the
// findings keep the stories' order, whatever order they finish in.
func (s *stories) checkInferred(workers int) {
	if len(s.open) == 0 {
		return
	}
	slices.SortFunc(s.open, func(a, b inferred) int { return a.at - b.at })
	if s.spill != nil {
		if err := s.spill.done(); err != nil {
			s.errs = multierror.Append(s.errs, err)
		}
	}
	docs := make([]story.Doc, len(s.open))
	sigs := make([]story.Compact, len(s.open))
	for k, o := range s.open {
		docs[k] = story.Doc{File: o.art.File}
		sigs[k] = o.sig
	}
	groups := s.table.Group(docs, sigs, story.Infer)
	s.dropSignatures()
	type result struct {
		ds     []diagnostic.Diagnostic
		failed []storyError
	}
	results := make([]result, len(groups))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < max(1, workers); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runner := engine.NewRunner(s.rules) // one per worker: its VMs serve story after story
			for g := range next {
				arts := make([]*claim.Article, len(groups[g].Docs))
				for k, d := range groups[g].Docs {
					arts[k] = s.open[d].art
					if at := s.open[d].spilled; at.n > 0 {
						cs, err := s.spill.get(at)
						if err != nil {
							s.mu.Lock()
							s.errs = multierror.Append(s.errs, err)
							s.mu.Unlock()
						}
						arts[k].Claims = cs
					}
				}
				results[g].ds, results[g].failed = s.run(arts, s.open[groups[g].Docs[0]].at, 1, groups[g].ID, runner)
			}
		}()
	}
	for g := range groups {
		if len(groups[g].Docs) > 1 || s.reg.applies(s.open[groups[g].Docs[0]].art.File) {
			next <- g
		} else {
			s.open[groups[g].Docs[0]].art.Claims = nil
		}
	}
	close(next)
	wg.Wait()
	for _, r := range results {
		s.found = append(s.found, r.ds...)
		s.failed = append(s.failed, r.failed...)
	}
	s.open = nil
	if s.spill != nil {
		s.spill.close()
	}
}
