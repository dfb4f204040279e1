package lint

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/cache"
	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/rules"
)

// The number of workers changes nothing in the result.
func TestDeterministicAcrossWorkerCounts(t *testing.T) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	in, err := files.Expand([]string{filepath.Join("..", "..", "testdata", "seeds"), filepath.Join("..", "..", "testdata", "rules")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	one := Check(in, Options{Rules: set.Rules, Workers: 1})
	for _, w := range []int{2, 8} {
		many := Check(in, Options{Rules: set.Rules, Workers: w})
		if !reflect.DeepEqual(one.Diagnostics, many.Diagnostics) {
			t.Fatalf("%d workers give other findings than one", w)
		}
		if got, want := claimsOf(Extract(in, w)), claimsOf(Extract(in, 1)); len(want) == 0 || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%d workers give other claims than one", w)
		}
	}
}

func claimsOf(r Result) []string {
	var out []string
	for _, a := range r.Articles {
		for _, c := range a.Claims {
			out = append(out, fmt.Sprintf("%s:%d:%d %s %q", c.File, c.Line, c.Column, c.Kind, c.Text))
		}
	}
	return out
}

// A file that cannot be read is reported; the others are still checked.
func TestUnreadableFileDoesNotStopTheRun(t *testing.T) {
	res := Extract([]files.Input{{Path: "does-not-exist.md", Named: true}, {Path: "x.md", Named: true, Data: []byte("Two people died.")}}, 2)
	if res.Err == nil || len(res.Articles) != 1 {
		t.Fatalf("err=%v articles=%d", res.Err, len(res.Articles))
	}
}

// A panic while one document is processed is reported against that file;
// the other files' findings are still there and the run has an error
// (exit 2).
func TestPanicInOneDocumentIsIsolated(t *testing.T) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	toll := []byte("Two people were killed, police said.\n\nThree people were killed, police said.\n")
	in := []files.Input{{Path: "a.md", Named: true, Data: toll}, {Path: "boom.md", Named: true, Data: toll}, {Path: "c.md", Named: true, Data: toll}}
	failing := func(d *document.Document) []*claim.Claim {
		if d.Path == "boom.md" {
			var m map[string]int
			m["x"]++ // a bug: assignment to a nil map
		}
		return extract.Extract(d)
	}
	for _, workers := range []int{1, 2} {
		res := Check(in, Options{Rules: set.Rules, Workers: workers, extract: failing})
		if res.Err == nil || !strings.Contains(res.Err.Error(), "boom.md: internal error while checking this file") {
			t.Fatalf("err = %v", res.Err)
		}
		files := map[string]bool{}
		for _, d := range res.Diagnostics {
			files[d.Primary.File] = true
		}
		if !files["a.md"] || !files["c.md"] || files["boom.md"] {
			t.Fatalf("findings by file: %v", files)
		}
	}
}

// With a cache, an unchanged file is not extracted again, and the result
// is the same; a changed file is.
func TestCacheSkipsUnchangedFiles(t *testing.T) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	c, err := cache.Open(t.TempDir(), rules.Digest(set.Rules))
	if err != nil {
		t.Fatal(err)
	}
	in := []files.Input{
		{Path: "a.md", Named: true, Data: []byte("Two people were killed, police said.\n\nThree people were killed, police said.\n")},
		{Path: "b.md", Named: true, Data: []byte("Four people were killed, the mayor, Ana Pérez, said.\n")},
	}
	first := Check(in, Options{Rules: set.Rules, Cache: c})
	extracted := map[string]int{}
	counting := func(d *document.Document) []*claim.Claim {
		extracted[d.Path]++
		return extract.Extract(d)
	}
	again := Check(in, Options{Rules: set.Rules, Cache: c, extract: counting, Workers: 1})
	if len(extracted) != 0 {
		t.Fatalf("extracted again: %v", extracted)
	}
	if !reflect.DeepEqual(first.Diagnostics, again.Diagnostics) || first.ClaimCount != again.ClaimCount || len(first.Diagnostics) == 0 {
		t.Fatalf("cached run differs:\n%+v\n%+v", first.Diagnostics, again.Diagnostics)
	}
	in[1].Data = []byte("Five people were killed, the mayor, Ana Pérez, said.\n")
	Check(in, Options{Rules: set.Rules, Cache: c, extract: counting, Workers: 1})
	if extracted["b.md"] != 1 || extracted["a.md"] != 0 {
		t.Fatalf("extracted: %v", extracted)
	}
}

// In folder mode, an article without a `story` in its front matter is in
// its folder's story: articles of one folder are compared, of two folders
// not, unless their front matter names the same story. Findings do not
// depend on the number of workers, and a story's claims are let go once it
// is checked.
func TestFolderModeStoriesAreFoldersUnlessNamed(t *testing.T) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	toll := func(story string, n int) []byte {
		fm := ""
		if story != "" {
			fm = "---\nstory: " + story + "\n---\n"
		}
		return []byte(fmt.Sprintf("%s%d people were killed in the flood, the mayor, Ana Pérez, said.\n", fm, n))
	}
	in := []files.Input{
		{Path: "flood/a.md", Named: true, Data: toll("", 14)},
		{Path: "flood/b.md", Named: true, Data: toll("", 9)}, // same folder: conflicts with a.md
		{Path: "fire/c.md", Named: true, Data: toll("", 3)},  // another folder: compared with nothing
		{Path: "wire/d.md", Named: true, Data: toll("quake", 40)},
		{Path: "desk/e.md", Named: true, Data: toll("quake", 12)}, // named story across folders: conflicts with d.md
		{Path: "flood/f.md", Named: true, Data: toll("quake", 30)},
	}
	pairs := func(res Result) []string {
		var out []string
		for _, d := range res.Diagnostics {
			if d.Rule == "death-toll-across" {
				out = append(out, d.Primary.File+" vs "+d.Related[0].File)
			}
		}
		return out
	}
	want := "[flood/b.md vs flood/a.md desk/e.md vs wire/d.md flood/f.md vs desk/e.md flood/f.md vs wire/d.md]"
	for _, w := range []int{1, 2, 4} {
		res := Check(in, Options{Rules: set.Rules, Workers: w, Stories: story.Folder})
		if got := fmt.Sprint(pairs(res)); got != want {
			t.Errorf("%d workers: conflicts %s, want %s", w, got, want)
		}
		for _, a := range res.Articles {
			if a.Claims != nil {
				t.Errorf("%s still holds its claims after its story was checked", a.File)
			}
		}
	}
}

// Inferred stories: two articles that name the same person and street are
// compared wherever they stand; one that shares only words every report
// writes ("police", "Tuesday") is compared with neither, though it is in
// the same folder. Front matter still decides where given. The findings
// carry their story and do not depend on the number of workers.
func TestInferredStoriesCompareOnlyArticlesOfOneEvent(t *testing.T) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	text := func(fm, s string) []byte {
		if fm != "" {
			fm = "---\nstory: " + fm + "\n---\n"
		}
		return []byte(fm + s + "\n")
	}
	in := []files.Input{
		{Path: "drafts/a.md", Named: true, Data: text("", "Police said on Tuesday that 14 people were killed on Brookfield Lane, the mayor, Ana Pérez, said.")},
		{Path: "drafts/b.md", Named: true, Data: text("", "Police said on Tuesday that 3 people were killed in a fire in Oakvale, the chief, Tom Reyes, said.")},
		{Path: "wire/c.md", Named: true, Data: text("", "Nine people were killed on Brookfield Lane on Tuesday, the mayor, Ana Perez, told reporters.")},
		{Path: "drafts/d.md", Named: true, Data: text("quake", "Forty people were killed, the governor, Lina Ortiz, said.")},
		{Path: "drafts/e.md", Named: true, Data: text("quake", "Twelve people were killed, the minister, Omar Haddad, said.")},
	}
	want := "[wire/c.md vs drafts/a.md (ana-perez) drafts/e.md vs drafts/d.md (quake)]"
	for _, w := range []int{1, 2, 4} {
		res := Check(in, Options{Rules: set.Rules, Workers: w})
		var got []string
		for _, d := range res.Diagnostics {
			if d.Rule == "death-toll-across" {
				got = append(got, fmt.Sprintf("%s vs %s (%s)", d.Primary.File, d.Related[0].File, d.Story))
			}
		}
		if fmt.Sprint(got) != want {
			t.Errorf("%d workers: conflicts %s, want %s", w, got, want)
		}
		for _, a := range res.Articles {
			if a.Claims != nil {
				t.Errorf("%s still holds its claims after its story was checked", a.File)
			}
		}
	}
}

// seedsWithBuiltinRules is the built-in rules and the seeds' files.
func seedsWithBuiltinRules(t *testing.T) (*rules.Set, []files.Input) {
	t.Helper()
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	in, err := files.Expand([]string{filepath.Join("..", "..", "testdata", "seeds")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return set, in
}

// A worker's Extractor reuses the memory of an article's claims for the
// next file: what rules across articles find in the claims they kept is
// what a fresh allocation for every file gives (it is not, if a kept claim
// is not copied out first).
func TestReusedClaimsLeaveKeptClaimsAlone(t *testing.T) {
	set, in := seedsWithBuiltinRules(t)
	reused := Check(in, Options{Rules: set.Rules, Workers: 1})
	fresh := Check(in, Options{Rules: set.Rules, Workers: 1, extract: extract.Extract})
	if len(fresh.Diagnostics) == 0 || !reflect.DeepEqual(reused.Diagnostics, fresh.Diagnostics) {
		t.Fatalf("findings with reused claims:\n%v\nwith fresh ones:\n%v", reused.Diagnostics, fresh.Diagnostics)
	}
}

// The same when some articles wait for their story in binary form and the
// others as structs: Check selects claims without copying them, and each
// way of waiting must copy them before the extractor reuses their memory.
func TestReusedClaimsLeaveSpilledClaimsAlone(t *testing.T) {
	set, in := seedsWithBuiltinRules(t)
	limits := &spillLimits{Run: 0, InMemory: 2, Budget: 0, Chunk: 64}
	reused := Check(in, Options{Rules: set.Rules, Workers: 1, spill: limits})
	fresh := Check(in, Options{Rules: set.Rules, Workers: 1, spill: limits, extract: extract.Extract})
	if len(fresh.Diagnostics) == 0 || !reflect.DeepEqual(reused.Diagnostics, fresh.Diagnostics) {
		t.Fatalf("findings with reused claims:\n%v\nwith fresh ones:\n%v", reused.Diagnostics, fresh.Diagnostics)
	}
}

// A Markdown article saved with CR or mixed line endings has the claims and
// findings of its LF twin, at the same lines and columns: no heading
// swallows the article, no headline finding is raised that the LF file
// does not raise.
func TestLineEndingsDoNotChangeClaimsOrFindings(t *testing.T) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	lf := "# Storm kills four\n\nFour people were killed in the storm,\nthe Coast Guard said.\n\n" +
		"- Five people were injured, the mayor said.\n\nThe police said three people were killed.\n"
	twins := map[string]string{
		"cr":    strings.ReplaceAll(lf, "\n", "\r"),
		"mixed": strings.NewReplacer("\n\n", "\r\r\n", "d,\n", "d,\r").Replace(lf),
	}
	run := func(src string) (claims, findings []string) {
		res := Check([]files.Input{{Path: "a.md", Named: true, Data: []byte(src)}}, Options{Rules: set.Rules, Workers: 1})
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		for _, d := range res.Diagnostics {
			findings = append(findings, fmt.Sprintf("%s %s %s", d.Primary, d.Rule, d.Message))
		}
		return claimsOf(res), findings
	}
	wantClaims, wantFindings := run(lf)
	if len(wantFindings) == 0 {
		t.Fatal("the LF twin raises no finding")
	}
	for name, src := range twins {
		claims, findings := run(src)
		if fmt.Sprint(claims) != fmt.Sprint(wantClaims) {
			t.Errorf("%s claims:\n got %q\nwant %q", name, claims, wantClaims)
		}
		if fmt.Sprint(findings) != fmt.Sprint(wantFindings) {
			t.Errorf("%s findings:\n got %q\nwant %q", name, findings, wantFindings)
		}
	}
}

// Past its first articles, a large run's waiting articles keep their
// claims in binary form, in memory up to a budget and on disk past it: the
// findings are those of the claims kept as structs, pair by pair, whatever
// the budget and the size of a chunk (smaller than one article's form:
// every article a chunk of its own).
func TestSpilledClaimsGiveTheSameFindings(t *testing.T) {
	for _, limits := range []spillLimits{
		{Run: 100, InMemory: 50},                              // all on disk
		{Run: 100, InMemory: 50, Budget: 1 << 30},             // all in memory
		{Run: 100, InMemory: 0, Budget: 8 << 10, Chunk: 4096}, // some of each, many chunks
		{Run: 100, InMemory: 50, Budget: 1 << 10, Chunk: 16},
	} {
		t.Run(fmt.Sprintf("%+v", limits), func(t *testing.T) { spilledFindings(t, limits) })
	}
}

func spilledFindings(t *testing.T, limits spillLimits) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	var in []files.Input
	pairs := 150 // 300 articles: 250 spill
	for p := range pairs {
		tag := fmt.Sprintf("%c%c%c", 'a'+p%26, 'a'+p/26%26, 'a'+p/676%26) // a name of letters for each pair
		who := fmt.Sprintf("Person%s Surname%s", tag, tag)
		for k, n := range []int{14, 9} {
			text := fmt.Sprintf("%d people were killed on Riverbend%s Road, the mayor, %s, said.\n", n, tag, who)
			in = append(in, files.Input{Path: fmt.Sprintf("d%03d/%d.md", p, k), Named: true, Data: []byte(text)})
		}
	}
	res := Check(in, Options{Rules: set.Rules, Workers: 2, spill: &limits})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	found := map[string]bool{}
	for _, d := range res.Diagnostics {
		if d.Rule == "death-toll-across" {
			if filepath.Dir(d.Primary.File) != filepath.Dir(d.Related[0].File) {
				t.Fatalf("%s compared with %s", d.Primary.File, d.Related[0].File)
			}
			found[filepath.Dir(d.Primary.File)] = true
		}
	}
	if len(found) != pairs {
		t.Fatalf("%d of %d pairs found in conflict", len(found), pairs)
	}
}
