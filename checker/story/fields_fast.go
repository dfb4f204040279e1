package story

import "strings"

// fieldsInto appends the fields of s, as strings.Fields splits it, to buf:
// a name's few words go into an array on the caller's stack, where
// strings.Fields allocated a slice for every name an article writes.
func fieldsInto(buf []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		buf = append(buf, w)
	}
	return buf
}
