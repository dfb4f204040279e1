// Package lint runs the pipeline on a set of inputs: read, parse, extract
// (in a pool of workers), then evaluate the rules once over all articles.
// It is what the command line and the language server share.
package lint

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/hashicorp/go-multierror"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/engine"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/rules"
)

// Result is what a run found.
type Result struct {
	Articles    []*claim.Article
	Diagnostics []diagnostic.Diagnostic
	Notes       []string // files skipped on purpose (binary files met in a walk)
	Err         error    // input and rule errors: the run exits 2
}

// Claims counts the claims of all articles.
func (r *Result) Claims() int {
	n := 0
	for _, a := range r.Articles {
		n += len(a.Claims)
	}
	return n
}

// Extract reads and extracts every input with one worker per CPU. Articles
// keep the input order; a file that cannot be read or parsed is reported and
// the others go on.
func Extract(inputs []files.Input, workers int) Result {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type out struct {
		art  *claim.Article
		err  error
		note string
	}
	results := make([]out, len(inputs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a, err := extractOne(inputs[i])
				if err != nil && !inputs[i].Named && strings.Contains(err.Error(), "binary file") {
					results[i] = out{note: fmt.Sprintf("%s: skipped: binary file", inputs[i].Path)}
					continue
				}
				results[i] = out{art: a, err: err}
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	var r Result
	var errs *multierror.Error
	for _, o := range results {
		switch {
		case o.note != "":
			r.Notes = append(r.Notes, o.note)
		case o.err != nil:
			errs = multierror.Append(errs, o.err)
		case o.art != nil:
			r.Articles = append(r.Articles, o.art)
		}
	}
	r.Err = errs.ErrorOrNil()
	return r
}

// extractOne turns one file into an article. A panic in parsing or
// extraction is a bug in factlint; it is reported against the file and the
// run goes on with the others.
func extractOne(in files.Input) (a *claim.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("%s: internal error while extracting claims (please report it): %v\n%s", in.Path, p, debug.Stack())
		}
	}()
	data := in.Data
	if data == nil {
		if data, err = os.ReadFile(in.Path); err != nil {
			return nil, fmt.Errorf("%s: %w", in.Path, files.Reason(err))
		}
	}
	d, err := document.Parse(in.Path, data)
	if err != nil {
		return nil, err
	}
	return Article(d, extract.Extract(d)), nil
}

// Article is what rules see of a document and its claims.
func Article(d *document.Document, cs []*claim.Claim) *claim.Article {
	return &claim.Article{File: d.Path, Title: d.Meta.Title, Outlet: d.Meta.Outlet, Story: d.Meta.Story,
		Date: d.Meta.Date, URL: d.Meta.URL, Meta: d.Meta.Extra, Claims: cs}
}

// Check extracts and then evaluates rules over all articles.
func Check(inputs []files.Input, rs []*rules.Rule, workers int) Result {
	r := Extract(inputs, workers)
	ds, err := engine.Run(rs, r.Articles)
	r.Diagnostics = ds
	if err != nil {
		r.Err = multierror.Append(r.Err, err).ErrorOrNil()
	}
	return r
}
