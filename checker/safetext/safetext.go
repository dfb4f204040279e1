// Package safetext renders untrusted text, above all the names of the files
// a pull request adds, so that it cannot act on what displays it: a
// terminal (escape sequences, bidirectional overrides), a log read line by
// line (a line break that starts a forged finding) or a CI runner that
// scans its log for workflow commands (`::error::` at the start of a line,
// `##[error]` anywhere in it).
//
// The escaping is Go's, applied to the unsafe runes only, so an ordinary
// name prints unchanged:
//
//   - \a \b \f \n \r \t \v for those controls, \xNN for the other bytes
//     below 0x20, for DEL and for bytes that are not UTF-8;
//   - \uNNNN for the C1 controls, the line and paragraph separators
//     U+2028 and U+2029, and the bidirectional controls (U+061C, U+200E,
//     U+200F, U+202A–U+202E, U+2066–U+2069);
//   - \x5b for the bracket of `##[`, and \x3a for the first colon of `::`
//     at the start of the text, after any white space.
//
// A backslash is not escaped (Windows paths stay readable), so the display
// is not meant to be read back: the JSON, SARIF and XML formats carry the
// exact name.
package safetext

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name is a file name made safe to print on one line of a terminal or a
// CI log: every unsafe rune is escaped, line breaks and tabs included.
func Name(s string) string {
	if safe(s, "") {
		return s
	}
	return inert(Runes(s, ""))
}

// Lines is Name for a multi-line message: its line breaks stay, each of its
// lines is made safe as Name makes a name.
func Lines(s string) string {
	if safe(s, "\n") {
		return s
	}
	lines := strings.Split(Runes(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = inert(l)
	}
	return strings.Join(lines, "\n")
}

// safe reports that s needs no escaping, the common case, without
// allocating.
func safe(s string, keep string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	lineStart := true
	for i, r := range s {
		switch {
		case unsafeRune(r) && !strings.ContainsRune(keep, r):
			return false
		case r == '#' && strings.HasPrefix(s[i:], "##["):
			return false
		case r == ':' && lineStart && strings.HasPrefix(s[i:], "::"):
			return false
		}
		if r == '\n' {
			lineStart = true
		} else if !unicode.IsSpace(r) {
			lineStart = false
		}
	}
	return true
}

// unsafeRune is a rune that moves the cursor, changes the terminal's state
// or reorders the text around it.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x2028, r == 0x2029:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// shortEscape is Go's one-letter escape of a control, or "".
func shortEscape(r rune) string {
	switch r {
	case '\a':
		return `\a`
	case '\b':
		return `\b`
	case '\f':
		return `\f`
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case '\t':
		return `\t`
	case '\v':
		return `\v`
	}
	return ""
}

// Runes escapes the unsafe runes of s but those in keep, for a format that
// encodes them its own way (a workflow command's %0A); it leaves `##[` and
// `::` alone.
func Runes(s string, keep string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case !unsafeRune(r), strings.ContainsRune(keep, r):
			b.WriteString(s[i : i+size])
		case shortEscape(r) != "":
			b.WriteString(shortEscape(r))
		case r < utf8.RuneSelf:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += size
	}
	return b.String()
}

// inert breaks the two forms of workflow command a runner reads in a line
// that holds no control character any more.
func inert(s string) string {
	s = strings.ReplaceAll(s, "##[", `##\x5b`)
	trimmed := strings.TrimLeftFunc(s, unicode.IsSpace)
	if strings.HasPrefix(trimmed, "::") {
		at := len(s) - len(trimmed)
		s = s[:at] + `\x3a` + s[at+1:]
	}
	return s
}
