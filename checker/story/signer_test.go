package story

import (
	"reflect"
	"testing"
)

// A Signer reused article after article signs each as Sign does, also
// after an article bigger than what it keeps, and hands out signatures
// that share no buffer.
func TestSignerReusedSignsAsSign(t *testing.T) {
	arts := []string{"Police Chief Tim O’Sullivan", "Westview Street", "Brandon Dominique Wren"}
	seq := [][]string{arts, surnames(41), nil, surnames(maxKept + 5), arts, {"Greenwood County Coroner"}}
	var s Signer
	var got []Signature
	for _, ns := range seq {
		got = append(got, s.Sign(names("2026-02-27", ns...)))
	}
	for i, ns := range seq {
		if want := Sign(names("2026-02-27", ns...)); !reflect.DeepEqual(got[i], want) {
			t.Errorf("article %d: reused signer gave %+v, want %+v", i, got[i], want)
		}
	}
	got[0].Keys[0], got[0].Heads[0] = "changed", "changed"
	if again := s.Sign(names("2026-02-27", arts...)); again.Keys[0] == "changed" || again.Heads[0] == "changed" || got[4].Keys[0] == "changed" {
		t.Error("signatures of one signer share a buffer")
	}
}

// A reused Signer makes its sets and lists once, not for every article.
func TestSignerAllocatesLess(t *testing.T) {
	a := names("2026-02-27", surnames(41)...)
	var s Signer
	s.Sign(a)
	fresh := testing.AllocsPerRun(20, func() { Sign(a) })
	reused := testing.AllocsPerRun(20, func() { s.Sign(a) })
	t.Logf("allocations: fresh %.0f, reused %.0f", fresh, reused)
	if reused > fresh-5 {
		t.Errorf("a reused signer allocated %.0f times, a fresh one %.0f: its buffers are made again", reused, fresh)
	}
}
