package rules

import (
	"crypto/sha256"
	"fmt"
)

// Digest hashes what rules decide: ids, severities, claim kinds, pairing,
// expressions, messages and path globs. A cache of results keyed by it is
// invalidated by any change to a rule or to the configuration that
// disables or re-grades one.
func Digest(rs []*Rule) []byte {
	h := sha256.New()
	for _, r := range rs {
		fmt.Fprintf(h, "%q %q %q %q %q %q %q %q %q %q %q\x00", r.ID, r.Severity, r.Kinds, r.Pairs, r.Where.Source, r.Key.Source,
			r.Assert.Source, r.Message.Source, r.Related.Source, r.Include, r.Exclude)
	}
	return h.Sum(nil)
}
