package report

import (
	"net/url"
	"strings"

	"github.com/factlint/factlint/checker/safetext"
)

// The escapings of untrusted text, one per kind of place a format prints
// it. File names are the untrusted text every format prints: whoever opens
// a pull request names its drafts. The line formats (text, the github log
// lines, stderr) use safetext.Name; the others escape as their reader
// requires, below. JSON, rdjson and XML are safe by their encoders.

// githubProperty escapes a workflow-command property value (file=, title=)
// as the runner unescapes it (%25, %0D, %0A, %3A, %2C); the other unsafe
// runes, which the runner cannot unescape, are shown as safetext.Name shows
// them.
func githubProperty(s string) string {
	return githubPropertyEscaper.Replace(escapeControls(s))
}

// githubData escapes a workflow command's message (after the second ::).
func githubData(s string) string {
	return githubDataEscaper.Replace(escapeControls(s))
}

var (
	githubPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
	githubDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
)

// escapeControls escapes the unsafe runes of s other than the line breaks,
// which the GitHub escapings encode in their own way.
func escapeControls(s string) string { return safetext.Runes(s, "\r\n") }

// markdownCode is a code span holding s, for a Markdown table cell: inside
// one, links, mentions, emphasis and HTML are not read. Its fence is longer
// than any run of backticks in s, line breaks and other controls are
// escaped by safetext.Name, and | is escaped for the table.
func markdownCode(s string) string {
	s = safetext.Name(s)
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + strings.ReplaceAll(s, "|", `\|`) + fence
}

// markdownText makes text safe inside a Markdown table cell: its
// punctuation is taken literally (no link, image, emphasis, code span or
// HTML), an @mention does not notify anyone (a zero-width space follows
// the @, as Dependabot writes it), and line breaks become <br>.
func markdownText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = markdownEscaper.Replace(Clean(l))
	}
	return strings.Join(lines, "<br>")
}

var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "~", `\~`, "|", `\|`,
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	"@", "@&#8203;",
)

// sarifURI is a file path as the URI reference SARIF's
// artifactLocation.uri holds (RFC 3986): percent-encoded as net/url
// encodes a path (every byte but the unreserved characters and
// $&+,/:;=@), a relative path kept relative, "./" put before a first
// segment holding a colon so that it is not read as a scheme, "/." before
// a leading "//" so that it is not read as an authority, and a Windows
// drive path made a file: URI.
func sarifURI(path string) string {
	if len(path) >= 3 && path[1] == ':' && path[2] == '/' && isLetter(path[0]) {
		return "file:///" + (&url.URL{Path: path}).EscapedPath() // a Windows drive
	}
	if strings.HasPrefix(path, "//") {
		path = "/." + path // "//" would start an authority; "/./" is the same folder
	}
	return (&url.URL{Path: path}).String()
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
