package story

import (
	"fmt"
	"testing"
)

// surnames are n distinct one-word names, each a key of its own.
func surnames(n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf("Quillfeather%c%c", 'a'+i/26, 'a'+i%26))
	}
	return out
}

// A signature's keys are copied out of the claims' text in one go, not one
// allocation per key (keycopy.go).
func TestSignCopiesKeysAtOnce(t *testing.T) {
	few, many := names("", surnames(1)...), names("", surnames(41)...)
	if got := Sign(many).Keys; len(got) != 41 || got[0] != "quillfeatheraa" || got[40] != "quillfeatherbo" {
		t.Fatalf("keys %q, want the 41 surnames", got)
	}
	perKey := (testing.AllocsPerRun(20, func() { Sign(many) }) - testing.AllocsPerRun(20, func() { Sign(few) })) / 40
	t.Logf("allocations per key: %.2f", perKey)
	// reading a name costs some two and a half (its words, its keys, the
	// maps' growth); a copy of each key on its own made it three and a half
	if perKey > 3 {
		t.Errorf("Sign allocated %.2f times per key; copying each key on its own costs one more", perKey)
	}
}
