package document

import "strings"

// asciiPrefixFold is strings.EqualFold(prefix, label+sep) where prefix,
// label and sep are all ASCII (decided), whose folding is byte by byte,
// so the two parts of prefix can be compared on their own; elsewhere a
// rune may fold to one of another length (the Kelvin sign to k) and the
// caller compares the whole.
func asciiPrefixFold(prefix, label, sep string) (ok, decided bool) {
	if !isASCII(prefix) || !isASCII(label) || !isASCII(sep) {
		return false, false
	}
	return strings.EqualFold(prefix[:len(label)], label) && strings.EqualFold(prefix[len(label):], sep), true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
