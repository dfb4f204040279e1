package fold

import "strings"

// Sparing marks.Replace the texts it would copy unchanged. A rule compares
// the Spelling of two claims' texts for every pair it weighs, and a
// strings.Replacer of many patterns copies its text twice even where no
// pattern is found; most texts hold no mark of marks, and every mark of it
// is a hyphen or a rune whose UTF-8 form opens with 0xe2 (’ ‘ ‐ ‑ ‒ –) or
// 0xca (ʼ).

// mayHoldMark reports whether s holds a byte that opens one of marks'
// patterns; without one, marks.Replace(s) is s.
func mayHoldMark(s string) bool {
	return strings.IndexByte(s, '-') >= 0 || strings.IndexByte(s, 0xe2) >= 0 || strings.IndexByte(s, 0xca) >= 0
}
