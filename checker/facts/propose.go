package facts

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/fold"
	"github.com/factlint/factlint/checker/timeline"
	"github.com/factlint/factlint/rules"
)

// Propose drafts a registry from a story's articles, for an editor to
// check and save as facts.yaml: the figures the articles agree on (each
// article's primary figure of an event, as the -across rules read it; of
// dated articles, those of the latest time), with the latest as_of; the
// spelling of each name most used; each person's title most used. Every
// entry has a comment naming the articles it came from; figures the
// articles disagree on are left out, with a comment saying so. The output
// depends only on the articles and their order.
func Propose(arts []*claim.Article) []byte {
	var figs, names, titles []*yaml.Node
	var disagree []string
	for _, g := range figureGroups(arts) {
		if n, note := proposeFigure(g); n != nil {
			figs = append(figs, n)
		} else {
			disagree = append(disagree, note)
		}
	}
	names = proposeNames(arts)
	titles = proposeTitles(arts)
	doc := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, list []*yaml.Node, comment string) {
		if len(list) == 0 && comment == "" {
			return
		}
		k := &yaml.Node{Kind: yaml.ScalarNode, Value: key, HeadComment: comment}
		v := &yaml.Node{Kind: yaml.SequenceNode, Content: list}
		if len(list) == 0 {
			v.Style = yaml.FlowStyle // "[]": an entry to write by hand
		}
		doc.Content = append(doc.Content, k, v)
	}
	add("figures", figs, strings.Join(disagree, "\n"))
	add("names", names, "")
	add("titles", titles, "")
	head := "Proposed by factlint facts init: check every entry before saving this as facts.yaml."
	if len(doc.Content) == 0 {
		head += "\nThe articles give no figure, name or title to confirm."
		add("figures", nil, " ")
	}
	// the head comment goes on the first key: yaml.v3 keeps it there
	first := doc.Content[0]
	first.HeadComment = strings.TrimSpace(head + "\n\n" + first.HeadComment)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	_ = enc.Encode(doc) // a tree of strings always encodes
	_ = enc.Close()
	return b.Bytes()
}

// figureClaim is one article's figure of an event.
type figureClaim struct {
	c   *claim.Claim
	art *claim.Article
}

// figureGroups are the articles' primary figures by event and subject
// class, in the order first met.
func figureGroups(arts []*claim.Article) [][]figureClaim {
	var keys []string
	by := map[string][]figureClaim{}
	for _, a := range arts {
		seen := map[string]bool{}
		for _, c := range a.Claims {
			if !ownFigure(c) {
				continue
			}
			k := c.Event + " " + claim.SubjectClass(c.Subject)
			if seen[k] {
				continue
			}
			seen[k] = true
			if _, ok := by[k]; !ok {
				keys = append(keys, k)
			}
			by[k] = append(by[k], figureClaim{c, a})
		}
	}
	out := make([][]figureClaim, len(keys))
	for i, k := range keys {
		out[i] = by[k]
	}
	return out
}

// ownFigure is a count the -across rules compare: an article's primary
// figure of an event, no vague or partial one, of its main incident.
func ownFigure(c *claim.Claim) bool {
	return c.Kind == claim.Count && c.Event != "" && rules.OwnFigure(c)
}

// proposeFigure is the entry of a group's figure: of its latest articles
// (all, when none is dated), the narrowest figure if all agree with it;
// nil and a note when they do not.
func proposeFigure(g []figureClaim) (*yaml.Node, string) {
	latest := ""
	for _, f := range g {
		if timeline.Order(f.c.AsOf, latest) > 0 || latest == "" {
			latest = f.c.AsOf
		}
	}
	var cur []figureClaim
	for _, f := range g {
		if timeline.Order(f.c.AsOf, latest) == 0 {
			cur = append(cur, f)
		}
	}
	best := cur[0]
	for _, f := range cur[1:] {
		if width(f.c.Value) < width(best.c.Value) {
			best = f
		}
	}
	for _, f := range cur {
		if !f.c.Value.Overlaps(best.c.Value) || !claim.Compatible(f.c, best.c) {
			return nil, fmt.Sprintf("no agreement on %s %s: %s", best.c.Event, subjectName(claim.SubjectClass(best.c.Subject)), figureList(cur))
		}
	}
	// every article that agrees is named, and the earlier figures the
	// latest supersede
	var from, earlier []string
	for _, f := range g {
		at := fmt.Sprintf("%s:%d", f.art.File, f.c.Line)
		if f.c.Value.Overlaps(best.c.Value) {
			from = append(from, at)
		} else {
			earlier = append(earlier, fmt.Sprintf("%s in %s (%s)", rules.Figure(f.c), at, timeline.Show(f.c.AsOf)))
		}
	}
	comment := "from " + strings.Join(from, ", ")
	if len(earlier) > 0 {
		comment += "\nearlier: " + strings.Join(earlier, ", ")
	}
	m := &yaml.Node{Kind: yaml.MappingNode, HeadComment: comment}
	pair(m, "event", best.c.Event)
	if best.c.Subject != "" {
		pair(m, "subject", best.c.Subject)
	}
	pair(m, "value", rules.Figure(best.c))
	if src := sourceOf(best.c); src != "" {
		pair(m, "source", src)
	}
	if latest != "" {
		pair(m, "as_of", latest)
	}
	return m, ""
}

func width(in claim.Interval) float64 { return in.Max - in.Min }

func figureList(g []figureClaim) string {
	var out []string
	for _, f := range g {
		out = append(out, fmt.Sprintf("%s (%s:%d)", rules.Figure(f.c), f.art.File, f.c.Line))
	}
	return strings.Join(out, ", ")
}

func sourceOf(c *claim.Claim) string {
	if c.Source.Name != "" {
		return c.Source.Name
	}
	return c.Source.Text
}

// proposeNames gives each name written more than once, or in more than
// one way, the spelling most used (the first met of equals).
func proposeNames(arts []*claim.Article) []*yaml.Node {
	type spelling struct {
		text  string
		count int
		files []string
	}
	var keys []string
	by := map[string][]*spelling{}
	for _, a := range arts {
		for _, c := range a.Claims {
			if c.Kind != claim.Name || c.Folded == "" {
				continue
			}
			if _, ok := by[c.Folded]; !ok {
				keys = append(keys, c.Folded)
			}
			var s *spelling
			for _, x := range by[c.Folded] {
				if fold.Spelling(x.text) == fold.Spelling(c.Text) {
					s = x
				}
			}
			if s == nil {
				s = &spelling{text: c.Text}
				by[c.Folded] = append(by[c.Folded], s)
			}
			s.count++
			if !slices.Contains(s.files, a.File) {
				s.files = append(s.files, a.File)
			}
		}
	}
	var out []*yaml.Node
	for _, k := range keys {
		ss := by[k]
		total := 0
		for _, s := range ss {
			total += s.count
		}
		if total < 2 {
			continue
		}
		best := ss[0]
		for _, s := range ss[1:] {
			if s.count > best.count {
				best = s
			}
		}
		note := fmt.Sprintf("%d of %d mentions, in %s", best.count, total, strings.Join(best.files, ", "))
		for _, s := range ss {
			if s != best {
				note += fmt.Sprintf("; also “%s” in %s", s.text, strings.Join(s.files, ", "))
			}
		}
		m := &yaml.Node{Kind: yaml.MappingNode, HeadComment: note}
		pair(m, "name", best.text)
		out = append(out, m)
	}
	return out
}

// proposeTitles gives each named person with an office the title most
// given them.
func proposeTitles(arts []*claim.Article) []*yaml.Node {
	type title struct {
		name, title string
		count       int
		files       []string
	}
	var people []*title // one per person and title, people in the order met
	for _, a := range arts {
		for _, c := range a.Claims {
			s := c.Source
			if c.Kind != claim.Attribution || s.Kind != claim.Person || s.Name == "" || s.Role == "" || len(strings.Fields(s.Name)) < 2 {
				continue
			}
			var t *title
			for _, x := range people {
				if rules.SamePerson(x.name, s.Name) && strings.EqualFold(x.title, s.Title) {
					t = x
				}
			}
			if t == nil {
				t = &title{name: s.Name, title: s.Title}
				people = append(people, t)
			}
			t.count++
			if !slices.Contains(t.files, a.File) {
				t.files = append(t.files, a.File)
			}
		}
	}
	var out []*yaml.Node
	done := map[*title]bool{}
	for _, p := range people {
		if done[p] {
			continue
		}
		best := p
		var others []string
		for _, q := range people {
			if rules.SamePerson(q.name, p.name) {
				done[q] = true
				if q.count > best.count {
					best = q
				}
			}
		}
		for _, q := range people {
			if q != best && rules.SamePerson(q.name, p.name) {
				others = append(others, fmt.Sprintf("; also “%s” in %s", q.title, strings.Join(q.files, ", ")))
			}
		}
		m := &yaml.Node{Kind: yaml.MappingNode, HeadComment: fmt.Sprintf("in %s%s", strings.Join(best.files, ", "), strings.Join(others, ""))}
		pair(m, "name", best.name)
		pair(m, "title", best.title)
		out = append(out, m)
	}
	return out
}

func scalar(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }

func pair(m *yaml.Node, k, v string) { m.Content = append(m.Content, scalar(k), scalar(v)) }
