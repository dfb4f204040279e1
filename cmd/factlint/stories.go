package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/story"
)

func (a *app) storiesCommand() *cobra.Command {
	var output string
	var signatures bool
	var pair []string
	c := &cobra.Command{
		Use:   "stories [flags] [PATH...]",
		Short: "Print how the articles group into stories, and the evidence that tied each article to its story",
		Long: `Print the stories of a run: the sets of articles that rules across articles compare
with each other. An article's front matter "story" decides; otherwise, with
stories: infer (the default), two articles are one story when the names they
both write (people, places, bodies) are rare enough and weigh enough, within
a window of their front matter dates. Each article is listed with the
evidence that tied it to its story.`,
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := a.loadConfig(c)
			if err != nil {
				return err
			}
			format, _ := c.Flags().GetString("format")
			if format != "text" && format != "json" {
				return fmt.Errorf("unknown format %q for stories (want text or json)", format)
			}
			inputs, inputErr := a.inputs(args, cfg.Exclude)
			g := lint.Stories(inputs, 0, cfg.Stories)
			for _, n := range g.Notes {
				a.errorf("%s", n)
			}
			var buf bytes.Buffer
			switch {
			case len(pair) > 0:
				if format != "text" {
					return fmt.Errorf("--pair prints text only, not %s", format)
				}
				err = pairText(&buf, g.Docs, cfg.Stories, pair)
			case format == "json":
				err = storiesJSON(&buf, g.Stories)
			case signatures:
				err = signaturesText(&buf, g.Docs)
			default:
				err = storiesText(&buf, g.Stories)
			}
			if err != nil {
				return err
			}
			if err := a.write(output, buf.Bytes()); err != nil {
				return err
			}
			a.report(inputErr)
			a.report(g.Err)
			return nil
		},
	}
	c.Flags().String("format", "text", "output format: text or json")
	c.Flags().BoolVar(&signatures, "signatures", false, "print each article's signature instead (its date and the keys it can be joined by), to see why two articles are or are not one story")
	c.Flags().StringSliceVar(&pair, "pair", nil, "A,B: print why the articles A and B of the run are, or are not, one story: the names they share, what each weighs, and the bar their dates set")
	c.Flags().StringSlice("exclude", nil, "glob of paths to skip (repeatable)")
	addStoriesFlag(c)
	c.Flags().StringVarP(&output, "output", "o", "", "write to FILE (atomically) instead of standard output")
	c.Flags().StringVar(&a.stdinFilename, "stdin-filename", "", "file name to report for text read from standard input (-)")
	return c
}

// addStoriesFlag adds --stories, which overrides the configuration's key.
func addStoriesFlag(c *cobra.Command) {
	c.Flags().String("stories", string(story.Infer), "how articles without a front matter story are grouped: infer, folder or front-matter")
}

type storyJSON struct {
	ID       string   `json:"id"`
	Files    []string `json:"files"`
	Evidence []string `json:"evidence"`
}

// storiesJSON prints {"stories":[{"id","files","evidence"}]} (DESIGN.md).
func storiesJSON(w io.Writer, ss []story.Story) error {
	out := struct {
		Stories []storyJSON `json:"stories"`
	}{Stories: []storyJSON{}}
	for _, s := range ss {
		ev := s.Evidence
		if ev == nil {
			ev = []string{}
		}
		out.Stories = append(out.Stories, storyJSON{ID: s.ID, Files: s.Files, Evidence: ev})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// storiesText prints a story a paragraph: its id and size, then each file
// with what tied it to the story; a closing line counts them.
func storiesText(w io.Writer, ss []story.Story) error {
	articles, joined := 0, 0
	for _, s := range ss {
		articles += len(s.Files)
		if len(s.Files) > 1 {
			joined++
		}
		fmt.Fprintf(w, "story %s (%s)\n", report.Clean(s.ID), report.Plural(len(s.Files), "article"))
		for k, f := range s.Files {
			why := s.Why[k]
			if why == "" {
				why = "alone: shares no rare enough name with another article"
			}
			fmt.Fprintf(w, "    %s: %s\n", report.Clean(f), report.Clean(why))
		}
	}
	_, err := fmt.Fprintf(w, "%s in %s (%d of two or more)\n", report.Plural(articles, "article"), report.Plural(len(ss), "story"), joined)
	return err
}

// signaturesText prints an article a line: its file, its date and its
// keys, tab-separated, the keys joined by " | ".
func signaturesText(w io.Writer, docs []story.Doc) error {
	for _, d := range docs {
		date := "-"
		if d.Sig.Day != 0 {
			date = story.DayString(d.Sig.Day)
		}
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\n", report.Clean(d.File), date, report.Clean(strings.Join(d.Sig.Keys, " | "))); err != nil {
			return err
		}
	}
	return nil
}

// pairText prints why two articles of the run are, or are not, one story
// (story.WeighPair): their dates and the bar of that window, each name
// they share with its weight, and the verdict.
func pairText(w io.Writer, docs []story.Doc, mode story.Mode, files []string) error {
	if len(files) != 2 {
		return fmt.Errorf("--pair takes two files, A,B (got %d)", len(files))
	}
	at := [2]int{-1, -1}
	for n, f := range files {
		for i, d := range docs {
			if filepath.Clean(d.File) == filepath.Clean(f) {
				at[n] = i
				break
			}
		}
		if at[n] < 0 {
			return fmt.Errorf("--pair: %s is not among the articles of this run", f)
		}
	}
	p := story.WeighPair(docs, mode, at[0], at[1])
	date := func(d int) string {
		if d == 0 {
			return "undated"
		}
		return story.DayString(d)
	}
	fmt.Fprintf(w, "%s (%s) and %s (%s): %s, a tie needs %.1f\n", report.Clean(p.A), date(p.DayA), report.Clean(p.B), date(p.DayB), p.Window, p.Need)
	if p.Copy {
		fmt.Fprintf(w, "    the two carry the same names and date: copies of one report\n")
	}
	for _, k := range p.Shared {
		fmt.Fprintf(w, "    %q weighs %.2f (in %s)\n", k.Key, k.Weight, report.Plural(k.Articles, "article"))
	}
	if !p.Copy && len(p.Shared) == 0 {
		fmt.Fprintf(w, "    they share no name\n")
	}
	verdict := "no tie"
	switch {
	case p.Copy:
		verdict = "a tie"
	case p.Direct:
		verdict = "a tie"
	case p.Weak:
		verdict = "a weak tie: it joins them only beside another tie"
	}
	if !p.Copy {
		fmt.Fprintf(w, "    shared weight %.2f of %.1f: %s\n", p.Score, p.Need, verdict)
	}
	one := "two stories"
	switch {
	case p.Story && !p.Direct:
		one = "one story, through the other articles that tie them"
	case p.Story:
		one = "one story"
	case p.Direct:
		one = "two stories: the grouping keeps an article out of a story it ties to only one article of"
	}
	_, err := fmt.Fprintf(w, "    the run puts them in %s\n", one)
	return err
}
