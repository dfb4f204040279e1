// Package story groups the articles of a run into stories: the sets of
// articles that report the same event, so rules across articles compare
// only what is comparable. An article's front matter `story` decides where
// it is given; otherwise the story is inferred from what the articles
// report (their signatures: names of people, places and bodies, and dates),
// or, as a desk may choose, taken to be the article's folder.
//
// Inference is near-linear in the number of articles: only articles that
// share a rare key are ever compared (blocking), a pair is joined only when
// the keys it shares weigh enough, and the joined pairs make the stories
// (union-find). Every step is sorted, so the grouping does not depend on
// the order workers finished in.
package story

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Mode is how a run's stories are formed.
type Mode string

const (
	Infer       Mode = "infer"        // front matter where given, else inferred from the articles
	Folder      Mode = "folder"       // front matter where given, else the article's folder
	FrontMatter Mode = "front-matter" // front matter only; an article without one is a story alone
)

// Modes lists the modes, for configuration errors.
var Modes = []Mode{Infer, Folder, FrontMatter}

// ParseMode reads a configuration value.
func ParseMode(s string) (Mode, error) {
	for _, m := range Modes {
		if string(m) == s {
			return m, nil
		}
	}
	return "", fmt.Errorf("unknown stories mode %q (want infer, folder or front-matter)", s)
}

// Doc is one article as the grouping sees it.
type Doc struct {
	File  string // as given on the command line
	Named string // the front matter's story, "" if none
	Sig   Signature
}

// Story is a set of articles to compare with each other.
type Story struct {
	ID    string
	Files []string // in input order
	// Docs are the positions of Files in the input.
	Docs []int
	// Why says, per file of a story of two or more, what tied it to the
	// story: a front matter key, the folder, or the keys it shares with
	// another article of it.
	Why []string
	// Evidence is Why as "file: why" lines.
	Evidence []string
}

// Group forms the stories of docs (in input order). Every doc is in exactly
// one story; stories come in the order of their first doc. Its stories
// carry no evidence (Explain's do): a check does not print it.
func Group(docs []Doc, mode Mode) []Story { return group(docs, sign(docs), mode, false) }

// Explain is Group with the evidence that tied each article to its story.
func Explain(docs []Doc, mode Mode) []Story { return group(docs, sign(docs), mode, true) }

// group forms the stories of docs, whose signatures s holds.
func group(docs []Doc, s *signed, mode Mode, explain bool) []Story {
	label := make([]string, len(docs)) // a doc's story label, "" to infer
	for i, d := range docs {
		switch {
		case d.Named != "":
			label[i] = "story:" + d.Named
		case mode == Folder:
			label[i] = "folder:" + filepath.Dir(d.File)
		case mode == FrontMatter:
			label[i] = fmt.Sprintf("alone:%d", i)
		}
	}
	uf := newUnionFind(len(docs))
	why := make([]string, len(docs))
	first := map[string]int{}
	count := map[string]int{}
	for _, l := range label {
		count[l]++
	}
	var open []int // docs whose story is inferred
	for i, l := range label {
		switch {
		case l == "":
			open = append(open, i)
		case count[l] > 1:
			if f, ok := first[l]; ok {
				uf.union(f, i)
			} else {
				first[l] = i
			}
			if explain {
				why[i] = labelEvidence(l)
			}
		}
	}
	return join(docs, s, label, uf, why, infer(s, open), explain, storyID)
}

// namer names a story (storyID, or a Grouper's memory of it).
type namer func(docs []Doc, s *signed, st Story, label []string) string

// join makes the stories of the docs the union-find holds together and the
// edges inferred tie.
func join(docs []Doc, s *signed, label []string, uf *unionFind, why []string, edges []edge, explain bool, name namer) []Story {
	// each article's evidence is the strongest pair it is in
	best := make([]int, len(docs))
	for i := range best {
		best[i] = -1
	}
	var weak []edge                // the ties that corroborate an article alone (cluster)
	ties := make([]int, len(docs)) // a doc's pairs that clear the bar
	for k, e := range edges {
		uf.union(e.a, e.b)
		if e.weak {
			weak = append(weak, e)
			continue
		}
		ties[e.a]++
		ties[e.b]++
		for _, i := range []int{e.a, e.b} {
			if best[i] < 0 || e.score > edges[best[i]].score {
				best[i] = k
			}
		}
	}
	if !explain {
		return collect(docs, s, uf, why, label, name)
	}
	for i, k := range best {
		if k >= 0 {
			why[i] = edges[k].describe(docs, s, i)
		}
	}
	second := map[int]edge{} // a doc → its heaviest weak tie
	for _, e := range weak {
		// the article it corroborates has the fewer pairs that clear the
		// bar (most often one); on a tie, both say it
		for _, i := range []int{e.a, e.b} {
			if w, ok := second[i]; ties[i] <= ties[e.a+e.b-i] && (!ok || e.score > w.score) {
				second[i] = e
			}
		}
	}
	for i, e := range second {
		why[i] += "; and, a second tie (half its bar or more), " + e.describe(docs, s, i)
	}
	return collect(docs, s, uf, why, label, name)
}

func labelEvidence(l string) string {
	kind, v, _ := strings.Cut(l, ":")
	switch kind {
	case "story":
		return fmt.Sprintf("front matter story %q", v)
	case "folder":
		return fmt.Sprintf("same folder %s", v)
	}
	return ""
}

// collect turns the union-find's sets into stories, in input order, with
// their ids.
func collect(docs []Doc, sigs *signed, uf *unionFind, why, label []string, name namer) []Story {
	index := map[int]int{} // root → story
	var out []Story
	for i := range docs {
		r := uf.find(i)
		k, ok := index[r]
		if !ok {
			k = len(out)
			index[r] = k
			out = append(out, Story{})
		}
		s := &out[k]
		s.Files = append(s.Files, docs[i].File)
		s.Docs = append(s.Docs, i)
		s.Why = append(s.Why, why[i])
		if why[i] != "" {
			s.Evidence = append(s.Evidence, fmt.Sprintf("%s: %s", docs[i].File, why[i]))
		}
	}
	used := map[string]int{}
	for k := range out {
		id := name(docs, sigs, out[k], label)
		if n := used[id]; n > 0 {
			used[id]++
			id = fmt.Sprintf("%s-%d", id, n+1)
		} else {
			used[id] = 1
		}
		out[k].ID = id
	}
	return out
}

// storyID names a story by what it is known by: its front matter key, or
// the key most of its articles share, or its first file.
func storyID(docs []Doc, sigs *signed, s Story, label []string) string {
	first := s.Docs[0]
	if docs[first].Named != "" {
		return docs[first].Named
	}
	if len(s.Docs) > 1 && strings.HasPrefix(label[first], "folder:") {
		return filepath.ToSlash(filepath.Dir(docs[first].File)) // as Check names a folder's story
	}
	if len(s.Docs) > 1 {
		count := map[int32]int{}
		for _, i := range s.Docs {
			for _, k := range sigs.sigs[i].Keys {
				count[k]++
			}
		}
		best, bestScore := "", 0.0
		for id, n := range count {
			if n < 2 {
				continue
			}
			k := sigs.keys[id]
			if isVariantKey(k) {
				continue // no one's spelling: the names say who
			}
			score := float64(n) * weight(k)
			if score > bestScore || score == bestScore && k < best {
				best, bestScore = k, score
			}
		}
		if best != "" {
			return slug(best)
		}
	}
	base := filepath.Base(docs[first].File)
	return slug(strings.TrimSuffix(base, filepath.Ext(base)))
}

// slug makes an id of words: lower case letters and digits joined by
// hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f && r != '’' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "story"
	}
	return b.String()
}

// SharedKeys returns the keys two signatures share, sorted.
func SharedKeys(a, b Signature) []string {
	var out []string
	for i, j := 0, 0; i < len(a.Keys) && j < len(b.Keys); {
		switch {
		case a.Keys[i] < b.Keys[j]:
			i++
		case a.Keys[i] > b.Keys[j]:
			j++
		default:
			out = append(out, a.Keys[i])
			i++
			j++
		}
	}
	return out
}
