package sheet

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/checker/report"
)

// Markdown writes the sheet as GitHub-flavoured Markdown tables, for
// $GITHUB_STEP_SUMMARY: a table per story, the same rows and cells as the
// page. Texts are escaped as the findings' Markdown table escapes them
// (report.MarkdownText) and places are code spans (report.MarkdownCode),
// so a draft or a file name cannot break a table, add a link or mention
// anyone.
func Markdown(w io.Writer, s *Sheet) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "## factlint fact sheet: %s\n\n", report.Plural(len(s.Stories), "story"))
	b.WriteString("Each cell gives a source's figure or wording, its time (as of) and its place. Marks: **≠ conflict** another source of the story disagrees; **◷ outdated** a later source gives a newer figure.\n")
	for _, st := range s.Stories {
		fmt.Fprintf(b, "\n### Story %s (%s)\n\n", report.MarkdownText(st.ID), report.Plural(len(st.Sources), "source"))
		if len(st.Sections) == 0 {
			b.WriteString("No figure, name, title or quote that rules across articles compare.\n")
			continue
		}
		markdownTable(b, st, s.Registry)
		if st.NamesAlike > 0 {
			fmt.Fprintf(b, "\n%s written alike by every source that writes %s not shown.\n", report.Plural(st.NamesAlike, "name"), map[bool]string{true: "it", false: "them"}[st.NamesAlike == 1])
		}
	}
	return b.Flush()
}

func markdownTable(b *bufio.Writer, st Story, registry bool) {
	head := []string{"Fact"}
	for _, src := range st.Sources {
		when := "undated"
		if src.AsOf != "" {
			when = "as of " + src.AsOf
		}
		h := report.MarkdownCode(src.File) + "<br>" + when
		if src.Title != "" {
			h = report.MarkdownText(src.Title) + "<br>" + h
		}
		head = append(head, h)
	}
	if registry {
		head = append(head, "Confirmed")
	}
	row(b, head)
	rule := make([]string, len(head))
	for i := range rule {
		rule[i] = "---"
	}
	row(b, rule)
	for _, sec := range st.Sections {
		cells := make([]string, len(head))
		cells[0] = "**" + report.MarkdownText(sec.Name) + "**"
		row(b, cells)
		for _, r := range sec.Rows {
			cells := []string{report.MarkdownText(r.Label)}
			for _, c := range r.Cells {
				cells = append(cells, markdownCell(c))
			}
			if registry {
				cells = append(cells, markdownConfirmed(r.Confirmed))
			}
			row(b, cells)
		}
	}
}

func row(b *bufio.Writer, cells []string) {
	b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
}

// markdownCell is a source's facts of a row, one after the other.
func markdownCell(facts []Fact) string {
	if len(facts) == 0 {
		return "—"
	}
	parts := make([]string, len(facts))
	for i, f := range facts {
		var p strings.Builder
		p.WriteString(report.MarkdownText(f.Value))
		for _, m := range f.Marks {
			fmt.Fprintf(&p, " **%s %s**", m.Symbol(), m.Kind)
		}
		if f.AsOf != "" {
			p.WriteString("<br>as of " + f.AsOf)
		}
		p.WriteString("<br>" + report.MarkdownCode(f.Place.String()))
		parts[i] = p.String()
	}
	return strings.Join(parts, "<br><br>")
}

func markdownConfirmed(r *Registered) string {
	if r == nil {
		return "—"
	}
	out := report.MarkdownText(r.Value)
	if r.Source != "" {
		out += " (" + report.MarkdownText(r.Source) + ")"
	}
	return out + "<br>" + report.MarkdownCode(r.Pos)
}
