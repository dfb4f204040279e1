package timeline

// indexLabelInitial is strings.IndexAny(s, labelInitials) in one loop: "u"
// and "p" are common letters, so nextLabel asked again every few bytes,
// and each IndexAny made its set of bytes anew. Setting the case bit of a
// byte makes "u" of "u" and "U" only, and "p" of "p" and "P" only.
func indexLabelInitial(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c == 'u' || c == 'p' {
			return i
		}
	}
	return -1
}
