package lint

import (
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-multierror"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/engine"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/checker/suppress"
	"github.com/factlint/factlint/rules"
)

// Workspace is a set of articles checked again after every edit, as an
// editor's workspace is. It keeps what a check derived from each file (the
// hash of its content, its per-article findings, its story signature and
// the claims rules across articles select) and each story's findings, so a
// check after an edit extracts only the files whose content changed, and
// runs the rules across articles only on the stories whose articles or
// membership changed. Inferred stories are grouped again only when a
// signature changed, and then only as far as the changed signatures reach
// (story.Grouper).
//
// Its files are the open documents (Update) and the files a walk listed
// (Walk); an open document stands for the file of the same path. A check's
// result is the one Check gives for the same files in path order. A
// Workspace is not safe for concurrent use.
type Workspace struct {
	opts          Options
	local, global []*rules.Rule
	known         map[string]bool // rule ids, for suppressions
	cache         *resultCache
	files         map[string]*wsFile
	stories       map[string]*storyRun // by membership (membershipKey)
	version       int                  // of the last file processed
	stats         Stats
	// the last inferred grouping, and the files and signature versions
	// it was made of: an edit that changes no name groups as before
	grouped   []story.Story
	groupedOf []signed
	onExtract func(done, total int) // OnExtract's
	grouper   story.Grouper
	reg       *registries // this check's: registries are read again at each
}

// signed is a file as the grouping saw it.
type signed struct {
	f       *wsFile
	version int // sigVersion
}

// Stats say how much of the workspace the last check did again.
type Stats struct {
	Files          int  // files in the workspace
	Read           int  // files on disk read again (their size or time changed)
	Extracted      int  // files read, parsed and extracted again (their content changed)
	StoriesChecked int  // stories the rules across articles ran on
	StoriesReused  int  // stories whose findings were kept from an earlier check
	Grouped        bool // inferred stories were grouped again (a signature changed)
	GroupedInFull  bool // …every article's pairs scored again, not only the changed ones
}

// wsFile is one file of a workspace and what the last check derived from it.
type wsFile struct {
	in   files.Input // Path, SkipUnreadable and Err; Data is never kept
	open bool        // the text is an open document's, not the file's on disk
	text []byte      // the open document's text
	// walked says a walk listed the file; stamp is its size and time when
	// it was read last (zero: read it at the next check)
	walked bool
	stamp  stamp
	hash   [sha256.Size]byte // of the content the outcome is of
	// version is the outcome's: 0 before the first, a new one whenever
	// the content changes, so a story knows its articles by versions
	version int
	// sigVersion changes only when the signature does: most edits
	// change a figure, not the names a story is recognised by
	sigVersion int
	o          out // the article keeps the claims rules across articles select
	changed    bool
}

// stamp is what a stat says of a file's content without reading it.
type stamp struct {
	size int64
	mod  time.Time
}

// storyRun is what the rules across articles found in one story.
type storyRun struct {
	ds     []diagnostic.Diagnostic
	failed []*engine.RuleError
}

// unit is a story of the current grouping to run rules across articles on.
type unit struct {
	id      string
	members []*wsFile // in path order
}

// NewWorkspace makes an empty workspace checked with o. o.Cache, if set,
// serves files the workspace has not read yet.
func NewWorkspace(o Options) *Workspace {
	w := &Workspace{opts: o, known: map[string]bool{}, files: map[string]*wsFile{}, stories: map[string]*storyRun{}}
	w.local, w.global = engine.Split(o.Rules)
	for _, r := range o.Rules {
		w.known[r.ID] = true
	}
	if o.Cache != nil {
		w.cache = &resultCache{c: o.Cache, mode: "check"}
	}
	if w.opts.Stories == "" {
		w.opts.Stories = story.Infer
	}
	return w
}

// Update sets an open document's text; it stands for the file of the same
// path, if any, until Close.
func (w *Workspace) Update(path string, text []byte) {
	f := w.file(path)
	if !f.open || string(f.text) != string(text) {
		f.text = slices.Clone(text)
		f.changed = true
	}
	f.open = true
}

// Close forgets an open document: the file on disk, if a walk listed it,
// is read at the next check.
func (w *Workspace) Close(path string) {
	f, ok := w.files[path]
	if !ok || !f.open {
		return
	}
	f.open, f.text, f.changed = false, nil, true
	f.stamp = stamp{}
	if !f.walked {
		delete(w.files, path)
	}
}

// Walk sets the files on disk, as a walk listed them (files.Expand): the
// files it no longer lists leave the workspace, unless open. A file is read
// again at the next check only when its size or modification time
// changed, and extracted again only when its content did.
func (w *Workspace) Walk(inputs []files.Input) {
	listed := make(map[string]bool, len(inputs))
	for _, in := range inputs {
		listed[in.Path] = true
		f := w.file(in.Path)
		f.walked = true
		if f.in.SkipUnreadable != in.SkipUnreadable || in.Err != nil || f.in.Err != nil {
			f.changed = true // a changed reading, or a walk's error: cheap to take again
		}
		f.in = files.Input{Path: in.Path, SkipUnreadable: in.SkipUnreadable, Err: in.Err}
		if f.open || in.Err != nil {
			continue
		}
		if fi, err := os.Stat(in.Path); err != nil || (stamp{fi.Size(), fi.ModTime()}) != f.stamp {
			f.changed = true
		}
	}
	for p, f := range w.files {
		if !listed[p] {
			f.walked = false
			if !f.open {
				delete(w.files, p)
			}
		}
	}
}

func (w *Workspace) file(path string) *wsFile {
	f, ok := w.files[path]
	if !ok {
		f = &wsFile{in: files.Input{Path: path}, changed: true}
		w.files[path] = f
	}
	return f
}

// OnExtract has f told, from the workers, each time a check has extracted
// one more of the files it extracts: a language server shows the first
// check's progress by it. nil tells no one.
func (w *Workspace) OnExtract(f func(done, total int)) { w.onExtract = f }

// Stats are the last check's.
func (w *Workspace) Stats() Stats { return w.stats }

// Check checks the workspace and returns the findings of all its files.
func (w *Workspace) Check() Result {
	r, _ := w.CheckContext(context.Background())
	return r
}

// CheckContext is Check, given up between two stories when ctx is done:
// it then returns ctx's error, and what it did is kept for the next check.
func (w *Workspace) CheckContext(ctx context.Context) (Result, error) {
	w.stats = Stats{}
	w.reg = &registries{facts: w.opts.Facts.Again()}
	order := w.ordered()
	w.refresh(order)
	units := w.units(order)
	found, err := w.runStories(ctx, units)
	if err != nil {
		return Result{}, err
	}
	return w.result(order, units, found), nil
}

// ordered is the workspace's files in path order, Check's input order.
func (w *Workspace) ordered() []*wsFile {
	paths := slices.Sorted(func(yield func(string) bool) {
		for p := range w.files {
			if !yield(p) {
				return
			}
		}
	})
	order := make([]*wsFile, len(paths))
	for i, p := range paths {
		order[i] = w.files[p]
	}
	w.stats.Files = len(order)
	return order
}

// refresh reads the files that may have changed and processes, in a pool
// of workers as Check does, those whose content did.
func (w *Workspace) refresh(order []*wsFile) {
	var inputs []files.Input
	var todo []*wsFile
	for _, f := range order {
		if !f.changed {
			continue
		}
		f.changed = false
		in, hash, ok := w.source(f)
		if ok && f.version > 0 && hash == f.hash {
			continue // the same content, read again
		}
		f.hash = hash
		inputs = append(inputs, in)
		todo = append(todo, f)
	}
	w.stats.Extracted = len(inputs)
	if len(inputs) == 0 {
		return
	}
	before := make([]story.Signature, len(todo))
	for i, f := range todo {
		before[i] = f.o.sig
	}
	var done atomic.Int64
	run(inputs, w.opts.Workers, w.opts.extract, w.cache, w.perArticle, func(i int, o *out) {
		todo[i].o = *o
		if w.onExtract != nil {
			w.onExtract(int(done.Add(1)), len(todo))
		}
	})
	for i, f := range todo {
		w.version++
		f.version = w.version
		if f.sigVersion == 0 || !sameSignature(before[i], f.o.sig) {
			f.sigVersion = w.version
		}
	}
}

// source is the input to process for a file, with its content when it
// could be read, and the content's hash. A file that cannot be read (ok
// false) is given to process unread, to fail as it does in Check.
func (w *Workspace) source(f *wsFile) (in files.Input, hash [sha256.Size]byte, ok bool) {
	in = f.in
	if f.open {
		in.Err, in.SkipUnreadable = nil, false
		in.Data = f.text
		return in, contentHash(in, f.text), true
	}
	if in.Err != nil {
		return in, hash, false
	}
	w.stats.Read++
	fi, statErr := os.Stat(in.Path)
	data, err := readFile(in.Path)
	if err != nil {
		return in, hash, false
	}
	if statErr == nil {
		f.stamp = stamp{fi.Size(), fi.ModTime()}
	}
	in.Data = data
	return in, contentHash(in, data), true
}

// contentHash is what an outcome depends on besides the path: the content,
// and whether a file that is no article is only noted.
func contentHash(in files.Input, data []byte) [sha256.Size]byte {
	h := sha256.New()
	if in.SkipUnreadable {
		h.Write([]byte{1})
	} else {
		h.Write([]byte{0})
	}
	h.Write(data)
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

// perArticle is the work after extraction, as in Check: the rules an
// article decides alone, then only the claims rules across articles select
// are kept.
func (w *Workspace) perArticle() perArticle {
	sel := engine.NewSelector(w.global)
	runner := engine.NewRunner(w.local)
	return func(a *claim.Article) ([]diagnostic.Diagnostic, error) {
		ds, err := runner.Run([]*claim.Article{a})
		a.Claims = sel.Keep(a)
		return ds, err
	}
}

// units are the stories rules across articles run on, in the order Check
// reports them: folders, then stories front matter names, then inferred
// stories of two or more articles.
func (w *Workspace) units(order []*wsFile) []unit {
	if len(w.global) == 0 {
		return nil
	}
	var folders, named []unit
	folderAt, nameAt := map[string]int{}, map[string]int{}
	var open []*wsFile
	for _, f := range order {
		a := f.o.art
		switch {
		case a == nil:
		case a.Story != "":
			named = appendTo(named, nameAt, a.Story, a.Story, f)
		case w.opts.Stories == story.Infer:
			open = append(open, f)
		case w.opts.Stories == story.Folder:
			dir := filepath.Dir(f.in.Path)
			folders = appendTo(folders, folderAt, dir, filepath.ToSlash(dir), f)
		}
	}
	slices.SortFunc(named, func(a, b unit) int { return strings.Compare(a.id, b.id) })
	units := append(folders, named...)
	for _, g := range w.infer(open) {
		if len(g.Docs) < 2 && !w.reg.applies(open[g.Docs[0]].o.art.File) {
			continue // as Check: alone, and no registry to hold it against
		}
		u := unit{id: g.ID}
		for _, d := range g.Docs {
			u.members = append(u.members, open[d])
		}
		units = append(units, u)
	}
	return units
}

// infer groups the articles whose story is inferred, as Check does, or
// returns the last grouping when the same files have the same signatures.
func (w *Workspace) infer(open []*wsFile) []story.Story {
	same := len(open) == len(w.groupedOf)
	for i := 0; same && i < len(open); i++ {
		same = open[i] == w.groupedOf[i].f && open[i].sigVersion == w.groupedOf[i].version
	}
	if same {
		return w.grouped
	}
	docs := make([]story.Doc, len(open))
	w.groupedOf = make([]signed, len(open))
	for i, f := range open {
		docs[i] = story.Doc{File: f.o.art.File, Sig: f.o.sig}
		w.groupedOf[i] = signed{f, f.sigVersion}
	}
	w.grouped = w.grouper.Group(docs)
	w.stats.Grouped, w.stats.GroupedInFull = true, w.grouper.Full()
	return w.grouped
}

// sameSignature reports whether two signatures join the same articles.
func sameSignature(a, b story.Signature) bool {
	return a.Day == b.Day && slices.Equal(a.Keys, b.Keys) && slices.Equal(a.Heads, b.Heads) && slices.Equal(a.Officials, b.Officials) && slices.Equal(a.Titled, b.Titled) && slices.Equal(a.Victims, b.Victims)
}

// appendTo adds f to the unit of key, made with id at its first file.
func appendTo(us []unit, at map[string]int, key, id string, f *wsFile) []unit {
	k, ok := at[key]
	if !ok {
		k = len(us)
		at[key] = k
		us = append(us, unit{id: id})
	}
	us[k].members = append(us[k].members, f)
	return us
}

// articles are the unit's articles, in path order.
func (u unit) articles() []*claim.Article {
	arts := make([]*claim.Article, len(u.members))
	for i, f := range u.members {
		arts[i] = f.o.art
	}
	return arts
}

// membershipKey names a story by its articles and their versions: a story
// of the same articles, none of them changed, has the same findings (but
// for its id, set when they are reported).
func membershipKey(u unit) string {
	var b []byte
	for _, f := range u.members {
		b = append(b, f.in.Path...)
		b = append(b, 0)
		b = strconv.AppendInt(b, int64(f.version), 10)
		b = append(b, 0)
	}
	return string(b)
}

// runStories runs the rules across articles on the stories that are not
// known from an earlier check, in a pool of workers, and returns every
// unit's findings. When ctx is done, the stories checked so far are kept
// for the next check and ctx's error is returned.
func (w *Workspace) runStories(ctx context.Context, units []unit) ([]*storyRun, error) {
	found := make([]*storyRun, len(units))
	keys := make([]string, len(units))
	var todo []int
	for k, u := range units {
		keys[k] = membershipKey(u) + w.reg.versions(u.articles(), u.id)
		if run, ok := w.stories[keys[k]]; ok {
			found[k] = run
			w.stats.StoriesReused++
		} else {
			todo = append(todo, k)
		}
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(workerCount(w.opts.Workers), len(todo))) {
		wg.Go(func() {
			for k := range next {
				if ctx.Err() == nil {
					found[k] = w.runStory(units[k])
				}
			}
		})
	}
	for _, k := range todo {
		next <- k
	}
	close(next)
	wg.Wait()
	fresh := make(map[string]*storyRun, len(units))
	for k, run := range found {
		if run != nil {
			fresh[keys[k]] = run
		}
	}
	if err := ctx.Err(); err != nil {
		for key, run := range fresh {
			w.stories[key] = run
		}
		return nil, err
	}
	w.stats.StoriesChecked = len(todo)
	w.stories = fresh // stories no longer formed are let go
	return found, nil
}

// runStory runs the rules across articles on one story, whose articles
// keep their claims for the next check.
func (w *Workspace) runStory(u unit) *storyRun {
	arts := make([]*claim.Article, len(u.members))
	order := make(map[string]int, len(u.members))
	for i, f := range u.members {
		arts[i] = f.o.art
		order[f.o.art.File] = i
	}
	inStoryOrder(arts, order) // as Check: newest first, so an outdated figure is reported where it stands
	ds, failed := checkStory(w.global, w.reg.with(arts, u.id), 1)
	return &storyRun{ds: ds, failed: failed}
}

// result puts together what Check would return: the files' outcomes, the
// stories' findings under their current ids, suppressions applied (to
// copies of the directives, which mark those they use) and the findings
// sorted.
func (w *Workspace) result(order []*wsFile, units []unit, found []*storyRun) Result {
	position := make(map[*wsFile]int, len(order))
	outs := make([]out, len(order))
	for i, f := range order {
		position[f] = i
		o := f.o
		if o.art != nil {
			a := *o.art
			a.Claims = nil // as Check returns its articles
			o.art = &a
		}
		o.dirs = make([]*suppress.Directive, len(f.o.dirs))
		for k, d := range f.o.dirs {
			cp := *d
			o.dirs[k] = &cp
		}
		outs[i] = o
	}
	r := gather(outs)
	ds := r.Diagnostics
	var failed []storyError
	for k, u := range units {
		for _, d := range found[k].ds {
			d.Story = u.id
			ds = append(ds, d)
		}
		for _, re := range found[k].failed {
			failed = append(failed, storyError{at: position[u.members[0]], err: re})
		}
	}
	slices.SortStableFunc(failed, func(a, b storyError) int { return a.at - b.at })
	var errs *multierror.Error
	reported := map[string]bool{}
	for _, f := range failed {
		if !reported[f.err.Rule] {
			reported[f.err.Rule] = true
			errs = multierror.Append(errs, f.err)
		}
	}
	r.Diagnostics = suppress.Apply(ds, r.Suppressions, suppress.Options{RequireReason: w.opts.RequireReason, KnownRules: w.known})
	fileOrder := map[string]int{}
	for i, a := range r.Articles {
		fileOrder[a.File] = i
	}
	diagnostic.Sort(r.Diagnostics, fileOrder)
	errs = multierror.Append(errs, w.reg.err())
	if err := errs.ErrorOrNil(); err != nil {
		r.Err = multierror.Append(r.Err, err).ErrorOrNil()
	}
	return r
}
