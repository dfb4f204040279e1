package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/factlint/factlint/checker/diagnostic"
)

const (
	bold   = "\x1b[1m"
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	blue   = "\x1b[34m"
	faint  = "\x1b[2m"
	reset  = "\x1b[0m"
)

// Text prints one finding a line, `file:line:col: severity: message
// [rule-id]`, the form editors and terminals link, with each related place
// indented below it.
func Text(w io.Writer, r *Report) error {
	b := bufio.NewWriter(w)
	paint := func(code, s string) string {
		if !r.Color {
			return s
		}
		return code + s + reset
	}
	for _, d := range r.Diagnostics {
		sev := d.Severity.String()
		color := map[diagnostic.Severity]string{diagnostic.Error: red, diagnostic.Warning: yellow, diagnostic.Info: blue}[d.Severity]
		fmt.Fprintf(b, "%s: %s: %s %s\n", paint(bold, d.Primary.String()), paint(color, sev), Clean(d.Message), paint(faint, "["+d.Rule+"]"))
		for _, rel := range d.Related {
			fmt.Fprintf(b, "    %s: %s\n", rel.Location, Clean(rel.Message))
		}
		if d.Story != "" {
			fmt.Fprintf(b, "    %s\n", paint(faint, "story: "+Clean(d.Story)))
		}
	}
	fmt.Fprintln(b, paint(bold, Summary(r)))
	return b.Flush()
}

// Clean removes control characters and terminal escape sequences from text
// that may come from an article, so a draft cannot drive the terminal that
// shows findings about it, and breaks the `##[` a CI runner reads as a
// workflow command anywhere in a line, as safetext does.
func Clean(s string) string {
	return strings.ReplaceAll(stripControls(s), "##[", `##\x5b`)
}

func stripControls(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0x1b { // ESC: skip a CSI or OSC sequence
			i++
			if i < len(s) && (s[i] == '[' || s[i] == ']') {
				osc := s[i] == ']'
				for i++; i < len(s); i++ {
					if !osc && s[i] >= 0x40 && s[i] <= 0x7e || osc && (s[i] == 0x07) {
						break
					}
				}
			}
			continue
		}
		if c < 0x20 || c == 0x7f {
			if c == '\t' || c == '\n' || c == '\r' {
				b.WriteByte(' ')
			}
			continue
		}
		b.WriteByte(c)
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, b.String())
}
