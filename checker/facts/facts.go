// Package facts is a story's registry of confirmed facts: facts.yaml, a
// file an editor writes by hand beside the drafts (or `facts init`
// proposes) that says what the desk has confirmed — figures with their
// source and time, the house spelling of names, people's titles, canonical
// quotes. It loads and validates the file with every error at its
// file:line:col, finds the registry of an article, answers what it
// confirms, and gives the rules its entries as claims of kind "fact", so a
// draft is held against the registry by the comparisons that hold it
// against another draft.
package facts

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/fold"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/rules"
)

// FileName is the registry's name beside the drafts.
const FileName = "facts.yaml"

// Registry is one registry file, its entries in file order.
type Registry struct {
	File    string
	Story   string // the story it is for; "" for every story of its folder
	Figures []Figure
	Names   []Name
	Titles  []Title
	Quotes  []Quote

	lines  []string // the file's lines, for the byte spans of its entries
	digest string   // of the file's bytes: Digest
}

// Digest names the registry's contents: two registries of one digest hold
// the same facts.
func (r *Registry) Digest() string { return r.digest }

// Figure is a confirmed figure.
type Figure struct {
	Event     string         // a claim's event vocabulary: killed, injured, missing, …
	Subject   string         // singular, as claims have it: soldier, person; "" is person
	Value     claim.Interval // as a claim's value
	Qualifier string         // a claim's qualifier vocabulary
	Text      string         // the value as the registry writes it: "at least 34"
	Source    string         // who confirmed it
	AsOf      string         // timeline form; "" when not given
	Pos       source.Position
	end       int // the value's last column, for a finding's related span
}

// Name is a house spelling.
type Name struct {
	Name string   // the house spelling
	Flag []string // other spellings to flag besides those that fold as Name does
	Pos  source.Position
	end  int
}

// Title is the title a person is given.
type Title struct {
	Name  string
	Title string
	Role  string // the office the title names, as extraction reads a source's role
	Pos   source.Position
	end   int
}

// Quote is a statement in its canonical words.
type Quote struct {
	By   string
	Text string
	Pos  source.Position
	end  int
}

// Figure is the confirmed figure of an event for a subject, compared as
// the rules across articles compare two drafts' figures: the same event
// and subject class (soldier and troop are one class).
func (r *Registry) Figure(event, subject string) (Figure, bool) {
	probe := &claim.Claim{Facets: &claim.Facets{Event: event, Subject: singular(subject)}}
	return r.Match(probe)
}

// Match is the confirmed figure a count speaks of: the same event, and a
// subject compatible with the entry's (claim.Compatible).
func (r *Registry) Match(c *claim.Claim) (Figure, bool) {
	for _, f := range r.Figures {
		if f.Event == normalEvent(c.Event) && claim.Compatible(&claim.Claim{Facets: &claim.Facets{Subject: f.Subject}}, c) {
			return f, true
		}
	}
	return Figure{}, false
}

// Spelling is the entry of a name: one whose house spelling, or a
// variant it flags, folds as name does (case and diacritics aside).
func (r *Registry) Spelling(name string) (Name, bool) {
	f := fold.Fold(name)
	for _, n := range r.Names {
		for _, k := range n.keys() {
			if k == f {
				return n, true
			}
		}
	}
	return Name{}, false
}

// Title is the entry of a person's title: a surname alone meets the full
// name it ends (rules.SamePerson).
func (r *Registry) Title(name string) (Title, bool) {
	for _, t := range r.Titles {
		if rules.SamePerson(t.Name, name) {
			return t, true
		}
	}
	return Title{}, false
}

// keys are the folded forms a name entry is checked against.
func (n Name) keys() []string {
	keys := []string{fold.Fold(n.Name)}
	for _, v := range n.Flag {
		if k := fold.Fold(v); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// singular is a subject as claims write it: "soldiers" is soldier,
// "people" person; a registry may write either.
func singular(s string) string {
	return extract.Singular(strings.ToLower(strings.TrimSpace(s)))
}

// normalEvent is an event as claims name it, whatever word an editor
// writes for it ("dead", "deaths", "death toll": killed; "wounded":
// injured): the extraction's event words, of the last word of a phrase.
func normalEvent(e string) string {
	e = strings.ToLower(strings.TrimSpace(e))
	words := strings.Fields(e)
	if len(words) > 0 {
		if n := extract.EventOf(words[len(words)-1]); n != "" {
			return n
		}
	}
	return e
}
