package incident

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/claim"
)

// joinedToMore reports whether a count is one item of a list of the
// victims that names more of them after it: "killed two officers --
// Ann Lee and Ben Cole -- and Deputy Carl Dunn" tells three dead, of
// which the two are the officers of one force. The count is a part of
// the toll, however its group is read. Only a name or title after the
// "and" makes one more victim: "two officers and wounded three" goes on
// with a verb.
func joinedToMore(c *claim.Claim, sentence string) bool {
	rest := skipApposition(after(c, sentence))
	rest, ok := strings.CutPrefix(rest, " and ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// skipApposition drops the names set off by dashes after a count ("two
// officers -- Ann Lee and Ben Cole --"), so the words after them are read
// as what follows the count.
func skipApposition(s string) string {
	for _, dash := range [...]string{"--", "—", "–"} {
		inner, ok := strings.CutPrefix(s, " "+dash+" ")
		if !ok {
			continue
		}
		if _, rest, closed := strings.Cut(inner, " "+dash); closed {
			return rest
		}
	}
	return s
}

// identifiedOnes reports whether a count stands as the people a report
// names: "the identities of three victims killed ... have been released",
// "the names of two of the dead". It counts those identified so far, which
// a report gives before the toll is known, not the toll itself.
func identifiedOnes(c *claim.Claim, sentence string) bool {
	i := strings.Index(sentence, c.Text)
	if i <= 0 {
		return false
	}
	f := strings.Fields(sentence[max(0, i-40):i])
	if n := len(f); n >= 2 && f[n-1] == "the" {
		f = f[:n-1]
	}
	n := len(f)
	return n >= 2 && f[n-1] == "of" && identifyingNouns[strings.ToLower(f[n-2])]
}

// identifyingNouns name who the people of a report are.
var identifyingNouns = map[string]bool{"identities": true, "identity": true, "names": true}
