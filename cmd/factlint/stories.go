package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/checker/story"
)

func (a *app) storiesCommand() *cobra.Command {
	var output string
	var signatures bool
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
