package story

import "strings"

// Copying a signature's keys in one allocation. A signature outlives the
// file it was made from (a run holds every article's signature until it
// groups them), so its keys must not point into text the extractor reuses;
// copying each key on its own was one allocation per key, a few dozen per
// article and a measurable share of Sign. The keys of one signature live
// and die together, so one backing string for all of them keeps nothing
// alive longer than before.

// copyKeys returns an exact-length copy of keys whose strings share one
// freshly allocated backing string, in the same order.
func copyKeys(keys []string) []string {
	if len(keys) == 0 {
		return nil
	}
	n := 0
	for _, k := range keys {
		n += len(k)
	}
	var b strings.Builder
	b.Grow(n)
	for _, k := range keys {
		b.WriteString(k)
	}
	all := b.String()
	out := make([]string, len(keys))
	at := 0
	for i, k := range keys {
		out[i] = all[at : at+len(k)]
		at += len(k)
	}
	return out
}
