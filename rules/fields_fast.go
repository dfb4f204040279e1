package rules

import "unicode"

// lastField is the last of strings.Fields(s), or "" when it has none,
// found without making the slice of every field: Surname is asked of
// both names of every pair a rule compares by surname.
func lastField(s string) string {
	start, end, in := -1, -1, false
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			if in {
				end, in = i, false
			}
		case !in:
			start, in = i, true
		}
	}
	if in {
		end = len(s)
	}
	if start < 0 {
		return ""
	}
	return s[start:end]
}
