package report

// MarkdownCode is a code span holding s, safe in a Markdown table cell
// (see markdownCode): for other tables than the findings', the fact sheet's.
func MarkdownCode(s string) string { return markdownCode(s) }

// MarkdownText is s made safe in a Markdown table cell (see markdownText).
func MarkdownText(s string) string { return markdownText(s) }
