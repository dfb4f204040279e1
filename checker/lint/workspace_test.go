package lint

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/facts"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/rules"
)

// Texts of two events: a flood on Brookfield Lane the mayor Ana Pérez spoke
// of, and a fire in Oakvale the chief Tom Reyes spoke of.
func flood(n string) string {
	return n + " people were killed on Brookfield Lane, the mayor, Ana Pérez, said.\n"
}

func fire(n string) string {
	return "The fire in Oakvale killed " + n + " people, the chief, Tom Reyes, said.\n"
}

// editor is a workspace under test next to what Check gives for the same
// files: the files on disk in dir, and the documents open in an editor.
type editor struct {
	t     *testing.T
	dir   string
	open  map[string]string
	ws    *Workspace
	opts  Options
	count *extractions
}

// extractions counts the files extracted, by base name.
type extractions struct {
	mu sync.Mutex
	n  map[string]int
}

func (x *extractions) extract(d *document.Document) []*claim.Claim {
	x.mu.Lock()
	x.n[filepath.Base(d.Path)]++
	x.mu.Unlock()
	return extract.Extract(d)
}

// take returns the counts since the last take.
func (x *extractions) take() map[string]int {
	x.mu.Lock()
	defer x.mu.Unlock()
	n := x.n
	x.n = map[string]int{}
	return n
}

func newEditor(t *testing.T, mode story.Mode, disk map[string]string) *editor {
	t.Helper()
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	e := &editor{t: t, dir: t.TempDir(), open: map[string]string{}, count: &extractions{n: map[string]int{}}}
	e.opts = Options{Rules: set.Rules, Workers: 2, Stories: mode, RequireReason: true, extract: e.count.extract}
	e.ws = NewWorkspace(e.opts)
	for name, text := range disk {
		e.write(name, text)
	}
	return e
}

func (e *editor) path(name string) string { return filepath.Join(e.dir, name) }

func (e *editor) write(name, text string) {
	e.t.Helper()
	p := e.path(name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		e.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		e.t.Fatal(err)
	}
}

func (e *editor) edit(name, text string) {
	e.open[e.path(name)] = text
	e.ws.Update(e.path(name), []byte(text))
}

func (e *editor) close(name string) {
	delete(e.open, e.path(name))
	e.ws.Close(e.path(name))
}

// walked is the files on disk, as the language server lists them.
func (e *editor) walked() []files.Input {
	e.t.Helper()
	in, err := files.Expand([]string{e.dir}, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return in
}

// check checks the workspace and Check the same files (the open
// documents' texts for their files), in path order, and compares them.
func (e *editor) check(step string) Result {
	e.t.Helper()
	e.ws.Walk(e.walked())
	got := e.ws.Check()
	var in []files.Input
	for p, text := range e.open {
		in = append(in, files.Input{Path: p, Named: true, Data: []byte(text)})
	}
	for _, i := range e.walked() {
		if _, open := e.open[i.Path]; !open {
			in = append(in, i)
		}
	}
	slices.SortFunc(in, func(a, b files.Input) int { return strings.Compare(a.Path, b.Path) })
	o := e.opts
	o.extract = extract.Extract // not counted
	o.Facts = o.Facts.Again()   // registries as on disk now, as the workspace reads them
	want := Check(in, o)
	if len(want.Diagnostics) == 0 {
		e.t.Fatalf("%s: the fixture finds nothing", step)
	}
	if !reflect.DeepEqual(got.Diagnostics, want.Diagnostics) {
		e.t.Fatalf("%s: the workspace finds\n%s\nCheck finds\n%s", step, e.show(got), e.show(want))
	}
	if fmt.Sprint(got.Err) != fmt.Sprint(want.Err) || !reflect.DeepEqual(got.Articles, want.Articles) ||
		got.ClaimCount != want.ClaimCount || !reflect.DeepEqual(got.Notes, want.Notes) {
		e.t.Fatalf("%s: the workspace gives err %v, %d articles, %d claims, notes %v; Check %v, %d, %d, %v", step,
			got.Err, len(got.Articles), got.ClaimCount, got.Notes, want.Err, len(want.Articles), want.ClaimCount, want.Notes)
	}
	return got
}

func (e *editor) show(r Result) string {
	var b strings.Builder
	for _, d := range r.Diagnostics {
		rel := ""
		if len(d.Related) > 0 {
			rel = " vs " + filepath.Base(d.Related[0].File)
		}
		fmt.Fprintf(&b, "  %s %s%s (%s): %s\n", filepath.Base(d.Primary.File), d.Rule, rel, d.Story, d.Message)
	}
	return b.String()
}

// across lists the findings of rules across articles as "a vs b (story)".
func across(r Result) []string {
	var out []string
	for _, d := range r.Diagnostics {
		if d.Story != "" {
			out = append(out, fmt.Sprintf("%s vs %s (%s)", filepath.Base(d.Primary.File), filepath.Base(d.Related[0].File), d.Story))
		}
	}
	return out
}

// After each edit of a sequence (opening, editing, moving an article from
// one story to another, files written, removed and closed, suppressions),
// the workspace's findings are Check's for the same files, in every
// stories mode; it extracts only the files whose content changed.
func TestWorkspaceFindsWhatCheckFindsAfterEdits(t *testing.T) {
	for _, mode := range []story.Mode{story.Infer, story.Folder, story.FrontMatter} {
		t.Run(string(mode), func(t *testing.T) {
			e := newEditor(t, mode, map[string]string{
				"a.md":       flood("Fourteen"),
				"b.md":       flood("Nine"),
				"c.md":       fire("three"),
				"d.md":       fire("five"),
				"named/x.md": "---\nstory: quake\n---\n" + flood("Forty"),
				"named/y.md": "---\nstory: quake\n---\nTwelve people were killed, the minister, Omar Haddad, said.\n",
			})
			e.check("first check")
			if n := len(e.count.take()); n != 6 {
				t.Fatalf("the first check extracted %d files, want 6", n)
			}
			e.check("nothing changed")
			if n := e.count.take(); len(n) != 0 {
				t.Fatalf("a check with nothing changed extracted %v", n)
			}
			e.edit("a.md", flood("Eleven"))
			e.check("a.md edited")
			if n := e.count.take(); len(n) != 1 || n["a.md"] != 1 {
				t.Fatalf("an edit of a.md extracted %v", n)
			}
			e.edit("a.md", fire("eight")) // from the flood's story to the fire's
			got := e.check("a.md moved to the fire")
			if n := e.count.take(); len(n) != 1 || n["a.md"] != 1 {
				t.Fatalf("an edit of a.md extracted %v", n)
			}
			if mode == story.Infer && !slices.Contains(across(got), "c.md vs a.md (tom-reyes)") {
				t.Fatalf("a.md is not compared with the fire's articles: %v", across(got))
			}
			e.edit("b.md", flood("Nine")+"<!-- factlint-disable-next-line death-toll-within -->\nIt said 10 people were killed on Brookfield Lane.\n")
			e.check("a suppression without a reason")
			e.write("e.md", fire("six")+"Officials said 7 people were killed in Oakvale.\n")
			e.check("a file written")
			if n := e.count.take(); len(n) != 2 || n["e.md"] != 1 || n["b.md"] != 1 {
				t.Fatalf("extracted %v, want b.md and e.md", n)
			}
			e.close("b.md")
			e.check("b.md closed")
			if err := os.Remove(e.path("d.md")); err != nil {
				t.Fatal(err)
			}
			e.check("d.md removed")
			e.edit("untitled:1", flood("Seven"))
			e.check("an untitled buffer")
			e.write("named/y.md", "---\nstory: fire\n---\n"+fire("sixty"))
			e.check("y.md names another story")
			// a suppression of a finding across articles, used, then unused
			// after an edit of the other article: directives are marked
			// used anew at every check
			// dated articles: the older is reported, whichever came first
			e.write("h.md", "---\ndate: 2026-03-02\n---\n"+flood("Twenty-two"))
			e.write("g.md", "---\ndate: 2026-03-03\n---\n"+flood("Twenty"))
			e.check("dated articles")
			for _, f := range []string{"g.md", "h.md"} {
				if err := os.Remove(e.path(f)); err != nil {
					t.Fatal(err)
				}
			}
			e.write("f.md", "<!-- factlint-disable-next-line death-toll-across -- a count of its own -->\n"+flood("Thirty"))
			e.check("f.md suppresses its conflict with b.md")
			e.edit("b.md", flood("Thirty"))
			e.edit("untitled:1", flood("Thirty"))
			got = e.check("b.md agrees with f.md")
			if mode == story.Infer && !strings.Contains(e.show(got), "unused-suppression") {
				t.Fatalf("the suppression f.md no longer needs is not reported:\n%s", e.show(got))
			}
		})
	}
}

// Only the stories an edit changes are checked again: an edit in the
// fire's story leaves the flood's findings as they were. An edit of the
// fire's toll changes its signature (story.tollKey), so the fire's story is
// grouped again, and only it.
func TestWorkspaceChecksOnlyTheStoriesAnEditChanges(t *testing.T) {
	e := newEditor(t, story.Infer, map[string]string{
		"a.md": flood("Fourteen"), "b.md": flood("Nine"), "c.md": fire("three"), "d.md": fire("five"),
	})
	e.check("first check")
	if s := e.ws.Stats(); s.StoriesChecked != 2 || s.StoriesReused != 0 {
		t.Fatalf("first check: %+v, want 2 stories checked", s)
	}
	e.edit("c.md", fire("four"))
	e.check("c.md edited")
	if s := e.ws.Stats(); s.StoriesChecked != 1 || s.StoriesReused != 1 || s.Extracted != 1 || s.GroupedInFull {
		t.Fatalf("after an edit of a figure in one story: %+v, want 1 extracted, 1 story checked and 1 reused, no grouping in full", s)
	}
	e.edit("c.md", fire("four")+"Smoke was seen from the harbour.\n")
	e.check("c.md adds a sentence")
	if s := e.ws.Stats(); s.StoriesChecked != 1 || s.StoriesReused != 1 || s.Extracted != 1 || s.Grouped {
		t.Fatalf("after an edit that leaves the signature: %+v, want 1 extracted, 1 story checked and 1 reused, no grouping again", s)
	}
	e.edit("c.md", fire("four")+"Smoke was seen from the harbour.\n") // the same text again
	e.check("c.md unchanged")
	if s := e.ws.Stats(); s.StoriesChecked != 0 || s.Extracted != 0 {
		t.Fatalf("after an edit that changes nothing: %+v", s)
	}
	e.edit("c.md", fire("four")+"Smoke was seen from the harbour.\nRescue crews from Lakeford helped, the chief, Tom Reyes, said.\n")
	e.check("c.md names a place")
	if s := e.ws.Stats(); !s.Grouped {
		t.Fatalf("after an edit that adds a name: %+v, want a grouping again", s)
	}
}

// An edit that changes a name groups only the stories the name touches
// (story.Grouper), and finds what Check finds, whether the name is known
// or new; an article added groups every article again.
func TestWorkspaceRegroupsOnlyWhatANameChanges(t *testing.T) {
	e := newEditor(t, story.Infer, map[string]string{
		"a.md": flood("Fourteen"), "b.md": flood("Nine"), "c.md": fire("three"), "d.md": fire("five"),
		"e.md": "A bridge in Lakeford closed for a week, the engineer, Ida Moss, said.\n",
	})
	e.check("first check")
	bridge := "A bridge in Lakeford closed for a week, the engineer, Ida Moss, said."
	e.edit("e.md", bridge+" Crews from Oakvale came to help.\n")
	e.check("e.md names a known place")
	if s := e.ws.Stats(); !s.Grouped || s.GroupedInFull {
		t.Fatalf("after an edit that adds a known name: %+v, want a grouping, not in full", s)
	}
	e.edit("e.md", bridge+" Crews from Westbury came to help.\n")
	e.check("e.md names a new place")
	if s := e.ws.Stats(); !s.Grouped || s.GroupedInFull {
		t.Fatalf("after an edit that adds a new name: %+v, want a grouping, not in full", s)
	}
	e.write("f.md", "Westbury's library reopened, the librarian, Noor Haddad, said.\n")
	e.check("f.md added")
	if s := e.ws.Stats(); !s.GroupedInFull {
		t.Fatalf("after an article is added: %+v, want a grouping in full", s)
	}
}

// A file on disk is read again only when a stat says its size or time
// changed, and extracted again only when its content did.
func TestWorkspaceReadsOnlyFilesWhoseStatChanged(t *testing.T) {
	e := newEditor(t, story.Infer, map[string]string{"a.md": flood("Fourteen"), "b.md": flood("Nine")})
	e.check("first check")
	e.count.take()
	then := time.Now().Add(-time.Hour)
	if err := os.Chtimes(e.path("a.md"), then, then); err != nil {
		t.Fatal(err)
	}
	e.check("a.md touched")
	if s, n := e.ws.Stats(), e.count.take(); s.Read != 1 || len(n) != 0 {
		t.Fatalf("a.md touched: read %d, extracted %v; want a.md read and not extracted", s.Read, n)
	}
	e.check("nothing changed")
	if s := e.ws.Stats(); s.Read != 0 {
		t.Fatalf("nothing changed: read %d files", s.Read)
	}
	// the same size and time: not read, so not seen (as make and go build)
	e.write("a.md", flood("Fifteen "))
	if err := os.Chtimes(e.path("a.md"), then, then); err != nil {
		t.Fatal(err)
	}
	e.ws.Walk(e.walked())
	e.ws.Check()
	if s := e.ws.Stats(); s.Read != 0 || s.Extracted != 0 {
		t.Fatalf("same size and time: %+v", s)
	}
}

// A check given up (a newer edit came) returns the context's error; the
// next check finds what Check finds, whatever the first did before it gave
// up.
func TestWorkspaceCheckGivenUpLeavesTheNextRight(t *testing.T) {
	e := newEditor(t, story.Infer, map[string]string{"a.md": flood("Fourteen"), "b.md": flood("Nine"), "c.md": fire("three"), "d.md": fire("five")})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	e.ws.Walk(e.walked())
	if _, err := e.ws.CheckContext(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled check returned %v", err)
	}
	e.edit("c.md", fire("four"))
	e.check("after a check given up")
}

// The workspace holds drafts against their folder's registry of confirmed
// facts as Check does, an article alone in its story too, and reads the
// registry again when it changes on disk.
func TestWorkspaceHoldsDraftsAgainstTheirRegistry(t *testing.T) {
	e := newEditor(t, story.Infer, map[string]string{
		"a.md":       flood("Fourteen"),
		"b.md":       flood("Nine"),
		"c.md":       fire("three"),
		"facts.yaml": "figures:\n  - event: killed\n    value: 12\n",
	})
	e.opts.Facts = facts.NewSet(e.dir, "")
	e.ws = NewWorkspace(e.opts)
	confirmed := func(r Result) []string {
		var on []string
		for _, d := range r.Diagnostics {
			if d.Rule == "figure-confirmed" {
				on = append(on, filepath.Base(d.Primary.File))
			}
		}
		return on
	}
	got := e.check("a registry of 12 killed")
	if on := confirmed(got); !slices.Equal(on, []string{"a.md", "b.md", "c.md"}) {
		t.Fatalf("the registry's 12 is held against %v, want a.md, b.md and c.md (c.md alone in its story)", on)
	}
	e.write("facts.yaml", "figures:\n  - event: killed\n    value: 14\n")
	got = e.check("the registry says 14")
	if on := confirmed(got); !slices.Equal(on, []string{"b.md", "c.md"}) {
		t.Fatalf("after the registry changed to 14, it is held against %v, want b.md and c.md", on)
	}
	e.write("facts.yaml", "figures: [\n")
	got = e.check("a broken registry")
	if got.Err == nil || !strings.Contains(got.Err.Error(), "facts.yaml:") {
		t.Fatalf("a broken registry gives err %v, want its position", got.Err)
	}
}
