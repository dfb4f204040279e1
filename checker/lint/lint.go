// Package lint runs the pipeline on a set of inputs: read, parse, extract
// and apply the rules one article decides alone (in a pool of workers),
// then the rules across articles over what they select, one story at a
// time. It is what the command line and the language server share.
package lint

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/hashicorp/go-multierror"

	"github.com/factlint/factlint/checker/cache"
	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/engine"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/facts"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/incident"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/checker/suppress"
	"github.com/factlint/factlint/checker/timeline"
	"github.com/factlint/factlint/rules"
)

// Result is what a run found.
type Result struct {
	Articles     []*claim.Article
	Diagnostics  []diagnostic.Diagnostic
	Suppressions map[string][]*suppress.Directive // by file
	Notes        []string                         // how files were read, and those skipped under on_unreadable: skip
	Err          error                            // input and rule errors: the run exits 2
	ClaimCount   int                              // claims extracted (Check keeps only those rules across articles need)
}

// Options configure a check.
type Options struct {
	Rules         []*rules.Rule
	Workers       int  // 0: one per CPU
	RequireReason bool // suppression comments must give a reason
	// Cache, if set, keeps each file's claims and per-article findings
	// between runs; its salt must cover the program and the rules
	Cache *cache.Cache
	// Stories is how articles are grouped for rules across articles;
	// "": story.Infer
	Stories story.Mode
	// Facts finds each story's registry of confirmed facts, which rules
	// across articles see as an article of the story; nil: none
	Facts *facts.Set

	extract func(*document.Document) []*claim.Claim // nil: extract.Extract; tests make it fail
	spill   *spillLimits                            // nil: defaultSpill; tests spill small runs
}

// Claims counts the claims extracted.
func (r *Result) Claims() int { return r.ClaimCount }

// perArticle is work a worker does on an article right after extracting it;
// a factory makes one per worker, so each has its own rule VMs. It leaves
// in the article only the claims rules across articles select: copies
// (engine.Detach), so the worker's Extractor reuses the memory of the
// others for its next file, or, in Check, the claims themselves, which the
// run's done copies before the worker's next file (stories.done).
type perArticle func(a *claim.Article) ([]diagnostic.Diagnostic, error)

// Extract reads and extracts every input with one worker per CPU. Articles
// keep the input order; a file that cannot be read or parsed is reported and
// the others go on.
func Extract(inputs []files.Input, workers int) Result {
	return run(inputs, workers, nil, nil, nil, nil)
}

// workerCount is the number of workers asked for, or one per CPU.
func workerCount(asked int) int {
	if asked <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return asked
}

func run(inputs []files.Input, workers int, extractor func(*document.Document) []*claim.Claim, cache *resultCache, each func() perArticle, done func(i int, o *out)) Result {
	workers = workerCount(workers)
	results := make([]out, len(inputs))
	gc := new(hugeGC)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var after perArticle
			if each != nil {
				after = each()
			}
			extractor, reuse := extractor, func() {}
			signer := new(story.Signer) // like the extractor's, its buffers serve this worker's files
			if extractor == nil {
				x := new(extract.Extractor) // its buffers serve this worker's files
				extractor = x.Extract
				if after != nil {
					reuse = x.Reuse
				}
			}
			for i := range next {
				results[i] = process(inputs[i], extractor, after, cache, gc, signer)
				if done != nil {
					done(i, &results[i])
				}
				reuse()
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	return gather(results)
}

// gather makes the result of a run of the inputs' outcomes, in input order.
func gather(results []out) Result {
	r := Result{Suppressions: map[string][]*suppress.Directive{}}
	var errs *multierror.Error
	ruleFailed := map[string]bool{}
	for _, o := range results {
		if len(o.dirs) > 0 && o.art != nil {
			r.Suppressions[o.art.File] = o.dirs
		}
		r.ClaimCount += o.claims
		r.Diagnostics = append(r.Diagnostics, o.diags...)
		if o.note != "" && o.art != nil {
			r.Notes = append(r.Notes, o.note)
		}
		if o.art != nil && o.err != nil {
			// a rule that failed on an article: reported once per rule
			if m, ok := o.err.(*multierror.Error); ok {
				for _, e := range m.Errors {
					if re, ok := e.(*engine.RuleError); ok && !ruleFailed[re.Rule] {
						ruleFailed[re.Rule] = true
						errs = multierror.Append(errs, re)
					}
				}
			}
			r.Articles = append(r.Articles, o.art)
			continue
		}
		if o.note != "" && o.art == nil {
			r.Notes = append(r.Notes, o.note)
		}
		switch {
		case o.err != nil:
			errs = multierror.Append(errs, o.err)
		case o.art != nil:
			r.Articles = append(r.Articles, o.art)
		}
	}
	r.Err = errs.ErrorOrNil()
	return r
}

// out is what became of one input.
type out struct {
	art    *claim.Article
	dirs   []*suppress.Directive
	err    error
	note   string
	diags  []diagnostic.Diagnostic
	claims int
	sig    story.Signature // what the article's story is recognised by (Check only)
}

// process reads, parses and extracts one input and applies the work after
// extraction, or takes the extraction and that work's result from the
// cache. A panic anywhere in it is a bug in factlint; it is reported
// against the file and the run goes on with the others.
func process(in files.Input, extractor func(*document.Document) []*claim.Claim, after perArticle, c *resultCache, gc *hugeGC, signer *story.Signer) (o out) {
	defer func() {
		if p := recover(); p != nil {
			o = out{err: fmt.Errorf("%s: internal error while checking this file (please report it): %v\n%s", in.Path, p, debug.Stack())}
		}
	}()
	if in.Err != nil {
		return unreadable(in, in.Err)
	}
	data, d, dirs, err := parseOne(in)
	if errors.Is(err, document.ErrNotText) {
		return unreadable(in, err)
	}
	if err != nil {
		return out{err: err}
	}
	defer gc.enter(d)()
	o = out{dirs: dirs, note: d.Note}
	key := c.entryKey(in.Path, data) // data is not needed after this line
	if e, ok := c.get(key); ok {
		o.art, o.diags, o.claims, o.sig = Article(d, e.Claims), e.Diags, e.Count, e.Sig
		noteOthers(o.art.Claims)
		return o
	}
	o.art = Article(d, extractor(d))
	incident.Mark(d, o.art)
	noteOthers(o.art.Claims) // after the marks: a doubted primary's headline (headlineWhole)
	noteBacked(o.art.Claims)
	noteFrames(d.Src, o.art.Claims)
	noteNewsTally(d, o.art.Claims)
	noteSourcedBy(d.Src, d.Blocks, o.art.Claims)
	shareFacets(o.art.Claims)
	o.claims = len(o.art.Claims)
	if after != nil {
		o.sig = signer.Sign(o.art) // before after: it keeps only what rules across articles select
		o.diags, o.err = after(o.art)
	}
	if o.err == nil {
		c.put(key, entry{Claims: o.art.Claims, Diags: o.diags, Count: o.claims, Sig: o.sig})
	}
	return o
}

// unreadable is an input that is not an article: an error that fails the
// run, or, when a walk found it under on_unreadable: skip, a note.
func unreadable(in files.Input, err error) out {
	if in.SkipUnreadable {
		return out{note: fmt.Sprintf("%v: skipped (on_unreadable: skip)", err)}
	}
	return out{err: err}
}

// parseOne reads and parses one input; data is the file as read, before
// suppression comments are blanked out.
func parseOne(in files.Input) (data []byte, d *document.Document, dirs []*suppress.Directive, err error) {
	data = in.Data
	if data == nil {
		if data, err = readFile(in.Path); err != nil {
			return nil, nil, nil, err
		}
	}
	text, err := document.Decode(in.Path, data)
	if err != nil {
		return nil, nil, nil, err
	}
	dirs, text = suppress.Parse(in.Path, text, nil)
	d, err = document.Parse(in.Path, text)
	return data, d, dirs, err
}

// Article is what rules see of a document and its claims.
func Article(d *document.Document, cs []*claim.Claim) *claim.Article {
	asOf, provisional := timeline.Of(d.Meta.Date, d.Head(timeline.TextPrefix)), provisionalNote(d)
	claim.EditAll(cs, func(f *claim.Facets) { f.AsOf, f.Provisional = asOf, provisional })
	return &claim.Article{File: d.Path, Title: d.Meta.Title, Outlet: d.Meta.Outlet, Story: d.Meta.Story,
		Date: d.Meta.Date, URL: d.Meta.URL, Meta: d.Meta.Extra, AsOf: asOf, Claims: cs,
		Locations: story.Locations(d.Src), Dateline: story.Dateline(d.Src), Identified: story.Identified(d.Src)}
}

// Check extracts, evaluates the rules, and applies the articles'
// suppression comments. Rules an article decides alone run in the workers;
// an article then keeps only the claims rules across articles select, and
// those until its story is checked (see stories), so memory grows with what
// the stories in flight need, not with the text or the archive. Result's
// articles come back without their claims.
func Check(inputs []files.Input, o Options) Result {
	local, global := engine.Split(o.Rules)
	global, withoutRegistry := acrossRules(global, inputs, &registries{facts: o.Facts})
	var cache *resultCache
	if o.Cache != nil {
		cache = &resultCache{c: o.Cache, mode: "check"}
		if withoutRegistry {
			cache.mode += registryModeSuffix
		}
	}
	limits := defaultSpill
	if o.spill != nil {
		limits = *o.spill
	}
	stories := newStories(inputs, global, o.Stories, limits)
	stories.reg.facts = o.Facts
	restoreGC := collectLessWhileReading(len(inputs))
	r := run(inputs, o.Workers, o.extract, cache, func() perArticle {
		sel := engine.NewSelector(global)
		runner := engine.NewRunner(local) // the worker's VMs, for article after article
		return func(a *claim.Article) ([]diagnostic.Diagnostic, error) {
			collectIfHuge(a) // incident marking's garbage
			ds, err := runner.Run([]*claim.Article{a})
			collectIfHuge(a) // the rules'
			// not copied here: stories.done copies those kept as structs
			a.Claims = sel.Select(a)
			return ds, err
		}
	}, stories.done)
	restoreGC()
	ds, err := finishStories(stories, workerCount(o.Workers), len(inputs))
	ds = append(r.Diagnostics, ds...)
	known := map[string]bool{}
	for _, rule := range o.Rules {
		known[rule.ID] = true
	}
	r.Diagnostics = suppress.Apply(ds, r.Suppressions, suppress.Options{RequireReason: o.RequireReason, KnownRules: known})
	order := map[string]int{}
	for i, a := range r.Articles {
		order[a.File] = i
	}
	diagnostic.Sort(r.Diagnostics, order)
	if err != nil {
		r.Err = multierror.Append(r.Err, err).ErrorOrNil()
	}
	return r
}
