package story

import (
	"slices"
	"testing"
)

// A name an article writes again and again gives its keys once: its keys
// are read from its first mention only, so an article that names its
// victim forty times costs what one that names her once does, and the
// signature is the same.
func TestNameWrittenAgainIsReadOnce(t *testing.T) {
	once := names("2026-02-27", "Police Chief Tim O’Sullivan", "Westview Street", "Brandon Dominique Wren")
	var again []string
	for range 40 {
		again = append(again, "Police Chief Tim O’Sullivan", "Westview Street", "Brandon Dominique Wren")
	}
	many := names("2026-02-27", again...)
	a, b := Sign(once), Sign(many)
	if !slices.Equal(a.Keys, b.Keys) || !slices.Equal(a.Heads, b.Heads) || a.Day != b.Day {
		t.Fatalf("a name written again changed the signature: %+v, want %+v", b, a)
	}
	allocsOnce := testing.AllocsPerRun(20, func() { Sign(once) })
	allocsMany := testing.AllocsPerRun(20, func() { Sign(many) })
	// the claims' slice and a map growing with 120 claims may cost a few
	// more; reading each mention's keys cost over 300
	if allocsMany > allocsOnce+20 {
		t.Errorf("Sign of 120 mentions of 3 names allocated %.0f times, of 3 mentions %.0f: a name written again is read again", allocsMany, allocsOnce)
	}
}

func BenchmarkSignRepeatedNames(b *testing.B) {
	var ns []string
	for range 20 {
		ns = append(ns, "Police Chief Tim O’Sullivan", "Westview Street", "Brandon Dominique Wren", "Greenwood County Coroner")
	}
	a := names("2026-02-27", ns...)
	b.ReportAllocs()
	for b.Loop() {
		Sign(a)
	}
}
