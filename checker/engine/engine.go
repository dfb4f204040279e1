// Package engine evaluates compiled rules over the claims of a run: each
// claim on its own, pairs of claims within an article, and pairs across the
// articles of one story. Pairs are only formed inside groups of claims with
// equal keys, so the work grows with the size of a group, never with the
// square of the corpus.
package engine

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/expr-lang/expr/vm"
	"github.com/hashicorp/go-multierror"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/rules"
)

// The pair budget bounds a rule's comparisons, so a rule whose key groups
// too much (or a hostile draft) cannot run for hours: at least a million,
// and fifty per selected claim. The work of each evaluation is metered
// besides (rules.Meter): per article, and over a rule's comparisons.
const (
	minPairBudget      = 1_000_000
	pairBudgetPerClaim = 50
)

// RuleError is a rule whose expression failed at run time. It is reported
// once, with the rule file position, and the rule is skipped from then on.
type RuleError struct {
	Rule  string
	Field string
	Pos   source.Position
	Err   error
}

func (e *RuleError) Error() string {
	return fmt.Sprintf("%s: rule %q: %s failed: %v", e.Pos, e.Rule, e.Field, e.Err)
}

// Run evaluates rules over articles. Findings come back sorted; the error
// collects the rules that failed at run time.
func Run(rs []*rules.Rule, arts []*claim.Article) ([]diagnostic.Diagnostic, error) {
	return RunParallel(rs, arts, 1)
}

// RunParallel is Run with up to workers rules evaluated at once, each with
// its own VM (compiled programs are shared and read-only). The result does
// not depend on workers: each rule's findings go to its own slot and are
// joined in rule order before the one sort.
func RunParallel(rs []*rules.Rule, arts []*claim.Article, workers int) ([]diagnostic.Diagnostic, error) {
	evs := make([]*evaluator, len(rs))
	for i, r := range rs {
		evs[i] = &evaluator{rule: r}
	}
	return runEvaluators(evs, arts, workers)
}

// runEvaluators runs each evaluator's rule over arts, up to workers at
// once, and joins their findings in rule order.
func runEvaluators(evs []*evaluator, arts []*claim.Article, workers int) ([]diagnostic.Diagnostic, error) {
	found := make([][]diagnostic.Diagnostic, len(evs))
	eval := func(i int) {
		evs[i].err = nil // a rule that failed on other articles is tried again on these
		found[i] = evs[i].run(arts)
	}
	if workers <= 1 {
		for i := range evs {
			eval(i) // the per-article rules of a run's workers: no goroutines of their own
		}
	} else {
		next := make(chan int)
		var wg sync.WaitGroup
		for range min(workers, len(evs)) {
			wg.Go(func() {
				for i := range next {
					eval(i)
				}
			})
		}
		for i := range evs {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	var out []diagnostic.Diagnostic
	var errs *multierror.Error
	for i, ev := range evs {
		out = append(out, found[i]...)
		if ev.err != nil {
			errs = multierror.Append(errs, ev.err)
		}
	}
	order := map[string]int{}
	for i, a := range arts {
		order[a.File] = i
	}
	diagnostic.Sort(out, order)
	return out, errs.ErrorOrNil()
}

// evaluator runs one rule with a VM of its own.
type evaluator struct {
	rule  *rules.Rule
	vm    vm.VM
	err   *RuleError
	meter rules.Meter // what the expressions may still spend on the article or comparisons at hand
	at    string      // the file being evaluated, for a report of a panic
	idBuf []byte      // identity's scratch
	// scratch a Runner's evaluator reuses from one run to the next
	sel     []selected
	order   []int32
	buckets [][]int
	ranks   []int32
	// the last identities made (identity, strongIdentity), which the
	// next may spell again
	lastID, lastStrong string
}

type selected struct {
	c   *claim.Claim
	art int
	doc *claim.Article
	key string
	id  string // identity(c), for pair rules
}

func (ev *evaluator) run(arts []*claim.Article) (out []diagnostic.Diagnostic) {
	defer func() {
		// a panic in a rule is a bug, in factlint or an expr function; it is
		// reported against the rule and the other rules still run
		if p := recover(); p != nil {
			ev.fail("evaluation", fmt.Errorf("internal error while checking %s (please report it): %v", ev.at, p))
			out = nil
		}
	}()
	sel := ev.sel[:0]
	defer func() {
		clear(sel) // kept for the next run, without the claims of this one
		ev.sel = sel[:0]
	}()
	env := &rules.ClaimEnv{Meter: &ev.meter} // one environment, refilled: the VM does not keep it
	for ai, a := range arts {
		if !ev.appliesTo(a.File) {
			continue
		}
		ev.at = a.File
		ev.meterArticle(a)
		for _, c := range a.Claims {
			if !ev.rule.HasKind(c.Kind) {
				continue
			}
			env.Claim, env.Doc = c, a
			if ev.rule.Where.Defined() && (ev.rule.Where.Guard.Rejects(c) || !ev.boolean("where", ev.rule.Where.Program, env)) {
				continue
			}
			if ev.err != nil {
				return nil
			}
			s := selected{c: c, art: ai, doc: a}
			if ev.rule.Pairs != rules.Single {
				k, ok := ev.keyValue(env)
				if !ok {
					return nil
				}
				s.key = k
			}
			sel = append(sel, s)
		}
	}
	if ev.rule.Pairs == rules.Single {
		return ev.single(sel)
	}
	return ev.pairs(sel)
}

// appliesTo matches the rule's path globs against a file's path, as
// files.Globs matches them everywhere.
func (ev *evaluator) appliesTo(file string) bool {
	return files.Applies(ev.rule.PathBase, ev.rule.Include, ev.rule.Exclude, file)
}

func (ev *evaluator) single(sel []selected) []diagnostic.Diagnostic {
	var out []diagnostic.Diagnostic
	for i, s := range sel {
		if i == 0 || s.doc != sel[i-1].doc {
			ev.meterArticle(s.doc)
		}
		ev.at = s.doc.File
		env := &rules.ClaimEnv{Claim: s.c, Doc: s.doc, Meter: &ev.meter}
		ok := ev.boolean("assert", ev.rule.Assert.Program, env)
		if ev.err != nil {
			return out
		}
		if ok {
			continue
		}
		sev, weak, good := ev.severity(env)
		if !good {
			return out
		}
		if sev > diagnostic.Error {
			continue // a doubt its rule drops (weak_severity: none): no message to render
		}
		msg, err := ev.rule.Message.Render(&ev.vm, env)
		if err != nil {
			ev.fail("message", err)
			return out
		}
		out = append(out, diagnostic.Diagnostic{Rule: ev.rule.ID, Severity: sev, Weak: weak, Message: msg,
			Primary: diagnostic.At(s.c), Facts: facts(s.c)})
	}
	return out
}

// pairs compares the claims of each key group. Of a conflicting pair the
// later claim is reported and the earlier is its related place; a claim is
// reported at most once per other file.
//
// Groups are found by sorting rather than in maps: most runs are one
// article's, with a few claims per key, where maps cost more than the
// comparisons.
func (ev *evaluator) pairs(sel []selected) []diagnostic.Diagnostic {
	limit := max(minPairBudget, pairBudgetPerClaim*len(sel))
	budget := limit
	ev.meter.Reset(rules.OperationBudget(len(sel)), "in the comparisons of this rule")
	storyWide := ev.rule.Pairs == rules.AcrossDocuments || ev.rule.Pairs == rules.AnyPair
	ranks := ev.groupRanks(sel, storyWide)
	group := func(i, j int32) int {
		if ranks != nil {
			return int(ranks[i] - ranks[j])
		}
		a, b := &sel[i], &sel[j]
		if storyWide {
			if c := strings.Compare(a.doc.Story, b.doc.Story); c != 0 {
				return c
			}
		}
		return strings.Compare(a.key, b.key)
	}
	// Within a group, claims keep article order, an article's together, and
	// in an article the body's come before the headline's: a finding names
	// the body's figure rather than the headline's when both conflict, as
	// headlines are short and often rounded. Positions are sorted, not the
	// claims, and the order is total, so no stable sort is needed.
	order := ev.order[:0]
	for i := range sel {
		order = append(order, int32(i))
	}
	ev.order = order
	slices.SortFunc(order, func(i, j int32) int {
		if c := group(i, j); c != 0 {
			return c
		}
		a, b := &sel[i], &sel[j]
		if a.art != b.art {
			return a.art - b.art
		}
		if a.c.InHeadline != b.c.InHeadline {
			if b.c.InHeadline {
				return -1
			}
			return 1
		}
		return int(i - j)
	})
	var out []diagnostic.Diagnostic
	var g []selected
	var inFile, buckets idIndex
	for lo := 0; lo < len(order); {
		hi := lo + 1
		for hi < len(order) && group(order[lo], order[hi]) == 0 {
			hi++
		}
		if hi-lo == 1 {
			// a claim alone in its group has no pair: most keys of an
			// article's rules are, and its identity need not be made
			lo = hi
			continue
		}
		g = ev.representatives(g[:0], sel, order[lo:hi], &inFile)
		var ok bool
		if out, ok = ev.compareGroup(out, g, &buckets, &budget, limit); !ok {
			return out
		}
		lo = hi
	}
	return out
}

// representatives are the claims of a group worth comparing, with their
// identities. Across documents an article is represented by its first
// claim of a key (its primary figure, its first spelling), so the work
// grows with the number of articles, not their claims. Otherwise a claim
// that says the same thing as an earlier one of its article, equal in all
// the assert reads, is compared once: a pasted paragraph, or a hostile
// draft of thousands of copies, costs nothing more.
func (ev *evaluator) representatives(g, sel []selected, members []int32, inFile *idIndex) []selected {
	for _, m := range members {
		s := sel[m]
		newFile := len(g) == 0 || g[len(g)-1].doc.File != s.doc.File
		if ev.rule.Pairs == rules.AcrossDocuments {
			if !newFile {
				continue
			}
			s.id = ev.identity(s.c)
			g = append(g, s)
			continue
		}
		if newFile {
			inFile.reset()
		}
		s.id = ev.identity(s.c)
		// a copy is one only if it is as strong: what the rule's strong
		// reads tells copies apart here, not in the buckets compared
		if _, added := inFile.add(ev.strongIdentity(s.id, s.c)); added {
			g = append(g, s)
		}
	}
	return g
}

// compareGroup runs the assert over the claims of one group and appends
// its findings; false means the rule failed. Claims of one identity are
// one bucket, and the assert runs once per pair of buckets, so a story of
// ten thousand articles that spell a name one way costs nothing. budget is
// what is left of the rule's limit of comparisons.
func (ev *evaluator) compareGroup(out []diagnostic.Diagnostic, g []selected, index *idIndex, budget *int, limit int) ([]diagnostic.Diagnostic, bool) {
	buckets := ev.buckets[:0] // member positions in g, in order
	index.reset()
	for i, s := range g {
		b, added := index.add(s.id)
		if added {
			if len(buckets) < cap(buckets) {
				buckets = buckets[:b+1]
				buckets[b] = buckets[b][:0] // the memory of an earlier group's bucket
			} else {
				buckets = append(buckets, nil)
			}
		}
		buckets[b] = append(buckets[b], i)
	}
	ev.buckets = buckets
	// at is where in out the finding of a claim against a file, or of a
	// pair of statements, stands
	var at map[string]int
	for J := range buckets {
		for I := 0; I <= J; I++ {
			for _, dir := range [][2]int{{J, I}, {I, J}} {
				if I == J && dir[0] != J {
					continue
				}
				later, earlier := buckets[dir[0]], buckets[dir[1]]
				if later[len(later)-1] <= earlier[0] {
					// no member of the first comes after one of the second
					// (a claim alone in its bucket has no pair in it)
					continue
				}
				if *budget--; *budget < 0 {
					ev.fail("pairs", fmt.Errorf("more than %d comparisons; the key %q groups too many different claims: narrow `where` or `key`",
						limit, g[0].key))
					return out, false
				}
				ev.at = g[later[0]].doc.File
				env := &rules.PairEnv{A: g[later[0]].c, B: g[earlier[0]].c, Meter: &ev.meter}
				ok := ev.boolean("assert", ev.rule.Assert.Program, env)
				if ev.err != nil {
					return out, false
				}
				if ok {
					continue
				}
				if at == nil {
					at = map[string]int{}
				}
				for _, ai := range later {
					a := g[ai]
					weakTries := 0
					for _, bi := range earlier {
						if bi >= ai {
							break
						}
						b := g[bi]
						if !ev.pairAllowed(a, b) {
							continue
						}
						// one finding per claim and other file, and one per
						// pair of statements within a file; of a claim's
						// findings against one file, the first with strong
						// evidence, else the first
						tag := fmt.Sprintf("%p\x00%s", a.c, b.c.File)
						same := pairTag(a.c, b.c)
						prev, seen := at[tag]
						if !seen {
							prev, seen = at[same]
						}
						if seen && !out[prev].Weak {
							break
						}
						d, good := ev.pairDiagnostic(&rules.PairEnv{A: a.c, B: b.c, Meter: &ev.meter})
						if !good {
							return out, false
						}
						switch {
						case d.Severity > diagnostic.Error:
							// weak_severity: none; a strong finding may still come
						case !seen:
							at[tag], at[same] = len(out), len(out)
							out = append(out, d)
						case !d.Weak:
							out[prev] = d
							at[tag], at[same] = prev, prev
						}
						// claims of a bucket answer the assert alike but
						// may differ in their evidence: a few more of them
						// are asked for a strong finding
						if weakTries++; !d.Weak || weakTries >= maxWeakTries {
							break
						}
					}
				}
			}
		}
	}
	return out, true
}

// maxWeakTries is how many claims of a bucket are tried for a strong
// finding once its first gave a weak one: a bound, so a bucket of a
// thousand copies costs no more than a few.
const maxWeakTries = 8

// idIndex numbers identities in the order they are added. It is a list
// while short, as most groups are, and a map beyond.
type idIndex struct {
	list []string
	m    map[string]int
}

func (x *idIndex) reset() { x.list, x.m = x.list[:0], nil }

// add returns id's number and whether it is new.
func (x *idIndex) add(id string) (int, bool) {
	if x.m != nil {
		if n, ok := x.m[id]; ok {
			return n, false
		}
	} else if n := slices.Index(x.list, id); n >= 0 {
		return n, false
	}
	x.list = append(x.list, id)
	if x.m == nil && len(x.list) > maxListedIDs {
		x.m = make(map[string]int, 2*len(x.list))
		for n, v := range x.list {
			x.m[v] = n
		}
	} else if x.m != nil {
		x.m[id] = len(x.list) - 1
	}
	return len(x.list) - 1, true
}

// maxListedIDs is where an idIndex turns from a list into a map: a linear
// search of a few strings beats hashing them.
const maxListedIDs = 16

// identity is what a claim says and what the rule's assert reads of it:
// two claims of equal identity give the assert the same answer against any
// third, so they are one bucket.
func (ev *evaluator) identity(c *claim.Claim) string {
	b := appendStatement(ev.idBuf[:0], c)
	for _, f := range ev.rule.Assert.Reads {
		b, _ = claim.AppendField(b, c, f)
	}
	ev.idBuf = b
	return reuse(&ev.lastID, b)
}

// reuse is b as a string: *last when it spells the same, else a new one,
// kept in *last. A group's members come in article order, and the copies
// of a statement in a story's articles, or in one article, often follow
// each other: comparing costs less than allocating.
func reuse(last *string, b []byte) string {
	if string(b) != *last {
		*last = string(b)
	}
	return *last
}

// strongIdentity is a claim's identity with what the rule's strong reads
// of it: claims equal in it are equal in their evidence too.
func (ev *evaluator) strongIdentity(id string, c *claim.Claim) string {
	if len(ev.rule.Strong.Reads) == 0 {
		return id
	}
	b := append(ev.idBuf[:0], id...)
	for _, f := range ev.rule.Strong.Reads {
		b, _ = claim.AppendField(b, c, f)
	}
	ev.idBuf = b
	return reuse(&ev.lastStrong, b)
}

func (ev *evaluator) pairAllowed(a, b selected) bool {
	same := a.art == b.art
	switch ev.rule.Pairs {
	case rules.WithinDocument:
		return same
	case rules.AcrossDocuments:
		return !same && a.doc.Story == b.doc.Story
	}
	return !same || a.c != b.c
}

// pairDiagnostic is the finding of a conflicting pair. A doubt its rule
// drops (weak_severity: none) is returned with only its severity: its
// messages are never shown, so they are not rendered.
func (ev *evaluator) pairDiagnostic(env *rules.PairEnv) (diagnostic.Diagnostic, bool) {
	sev, weak, ok := ev.severity(env)
	if !ok {
		return diagnostic.Diagnostic{}, false
	}
	if sev > diagnostic.Error {
		return diagnostic.Diagnostic{Severity: sev, Weak: weak}, true
	}
	msg, err := ev.rule.Message.Render(&ev.vm, env)
	if err != nil {
		ev.fail("message", err)
		return diagnostic.Diagnostic{}, false
	}
	rel := "conflicting claim: “" + env.B.Text + "”"
	if ev.rule.Related.Source != "" {
		if rel, err = ev.rule.Related.Render(&ev.vm, env); err != nil {
			ev.fail("related_message", err)
			return diagnostic.Diagnostic{}, false
		}
	}
	return diagnostic.Diagnostic{Rule: ev.rule.ID, Severity: sev, Weak: weak, Message: msg,
		Primary: diagnostic.At(env.A),
		Related: []diagnostic.Related{{Location: diagnostic.At(env.B), Message: rel}},
		Facts:   facts(env.A) + "\x00" + env.B.File + "\x00" + facts(env.B)}, true
}

// severity is a finding's severity: the rule's where its `strong`
// evidence holds (or it has none), else its weak severity, never above the
// rule's; above Error ("none") the finding is dropped. weak tells the
// finding was lowered; ok is false when the expression failed (ev.err says
// why).
func (ev *evaluator) severity(env any) (sev diagnostic.Severity, weak, ok bool) {
	if !ev.rule.Strong.Defined() {
		return ev.rule.Severity, false, true
	}
	strong := ev.boolean("strong", ev.rule.Strong.Program, env)
	if ev.err != nil {
		return 0, false, false
	}
	if strong {
		return ev.rule.Severity, false, true
	}
	if ev.rule.WeakSeverity > diagnostic.Error {
		return ev.rule.WeakSeverity, true, true
	}
	return min(ev.rule.WeakSeverity, ev.rule.Severity), true, true
}

// pairTag names an unordered pair of statements with their files.
func pairTag(a, b *claim.Claim) string {
	x, y := a.File+"\x00"+statement(a), b.File+"\x00"+statement(b)
	if x > y {
		x, y = y, x
	}
	return x + "\x01" + y
}

// statement is what a claim says, without its wording or place.
func statement(c *claim.Claim) string { return string(appendStatement(nil, c)) }

func appendStatement(b []byte, c *claim.Claim) []byte {
	b = append(append(b, c.Kind...), '|')
	if c.Kind != claim.Count && c.Kind != claim.Quantity {
		return append(b, c.Text...)
	}
	b = append(append(append(append(b, c.Event...), '|'), c.Unit...), '|')
	b = append(strconv.AppendFloat(b, c.Value.Min, 'g', -1, 64), '|')
	return strconv.AppendFloat(b, c.Value.Max, 'g', -1, 64)
}

// facts identifies a claim by what it says, not where.
func facts(c *claim.Claim) string {
	return string(c.Kind) + "|" + c.Text + "|" + c.Event
}

// meterArticle gives the rule's expressions their budget for one article.
func (ev *evaluator) meterArticle(a *claim.Article) {
	ev.meter.ResetIn(rules.OperationBudget(len(a.Claims)), a.File)
}

func (ev *evaluator) boolean(field string, p *vm.Program, env any) bool {
	out, err := ev.vm.Run(p, env)
	if err != nil {
		ev.fail(field, err)
		return false
	}
	b, _ := out.(bool)
	return b
}

func (ev *evaluator) value(field string, p *vm.Program, env any) (string, bool) {
	out, err := ev.vm.Run(p, env)
	if err != nil {
		ev.fail(field, err)
		return "", false
	}
	return keyString(out), true
}

// keyString is a key's value as the string claims are grouped by.
func keyString(v any) string {
	if s, ok := v.(string); ok {
		return s // most keys; fmt.Sprint would format it through reflection
	}
	return fmt.Sprint(v)
}

func (ev *evaluator) fail(field string, err error) {
	if over := new(rules.OverBudgetError); errors.As(err, &over) {
		err = over // its own words, without the expression quoted
	}
	if ev.err == nil {
		pos := ev.rule.Pos
		switch field {
		case "where":
			pos = ev.rule.Where.Pos
		case "key":
			pos = ev.rule.Key.Pos
		case "assert":
			pos = ev.rule.Assert.Pos
		case "strong":
			pos = ev.rule.Strong.Pos
		case "message":
			pos = ev.rule.Message.Pos
		case "related_message":
			pos = ev.rule.Related.Pos
		}
		ev.err = &RuleError{Rule: ev.rule.ID, Field: field, Pos: pos, Err: err}
	}
}
