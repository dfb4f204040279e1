package lint

import (
	"runtime"
	"testing"

	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/internal/newsdraft"
	"github.com/factlint/factlint/rules"
)

// forcedCollections is the number of garbage collections run() asked for.
func forcedCollections(run func()) uint32 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	run()
	runtime.ReadMemStats(&after)
	return after.NumForcedGC - before.NumForcedGC
}

// A huge article is collected between the phases after its extraction, so
// the garbage of one does not pile up on its claims until the collector's
// own pace runs it; an article below the bound costs no collection.
func TestHugeArticleCollectedBetweenPhases(t *testing.T) {
	if testing.Short() {
		t.Skip("checks a 3 MB draft")
	}
	set, err := rules.LoadSet(rules.SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	check := func(data []byte) (claims int, forced uint32) {
		forced = forcedCollections(func() {
			claims = Check([]files.Input{{Path: "draft.md", Named: true, Data: data}}, Options{Rules: set.Rules, Workers: 1}).ClaimCount
		})
		return claims, forced
	}
	if n, forced := check(newsdraft.Draft(64 << 10)); n >= hugeArticleClaims || forced != 0 {
		t.Errorf("an article of %d claims: %d collections forced, want none", n, forced)
	}
	if n, forced := check(newsdraft.Draft(3 << 20)); n < hugeArticleClaims || forced < 2 {
		t.Errorf("an article of %d claims: %d collections forced, want one before its rules and one after", n, forced)
	}
}
