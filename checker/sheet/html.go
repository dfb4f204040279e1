package sheet

import (
	_ "embed"
	"html/template"
	"io"

	"github.com/factlint/factlint/checker/report"
)

// page is the sheet's template: html/template escapes every text and
// attribute it prints (a draft's words, a file name, a link). The page
// loads nothing: its style is inline, it has no script, font or image.
//
//go:embed sheet.html
var page string

var pageTemplate = template.Must(template.New("sheet").Funcs(template.FuncMap{
	"storyCount":  func(ss []Story) string { return report.Plural(len(ss), "story") },
	"nameCount":   func(n int) string { return report.Plural(n, "name") },
	"sourceCount": func(ss []Source) string { return report.Plural(len(ss), "source") },
	"columns": func(s Story, registry bool) int {
		if registry {
			return len(s.Sources) + 2
		}
		return len(s.Sources) + 1
	},
	"sourceName": func(s Story, i int) string { return s.Sources[i].Name() },
}).Parse(page))

// HTML writes the sheet as one self-contained page.
func HTML(w io.Writer, s *Sheet) error {
	return pageTemplate.Execute(w, s)
}

// Name is how a column is headed: the article's title, else its file.
func (s Source) Name() string {
	if s.Title != "" {
		return s.Title
	}
	return s.File
}
