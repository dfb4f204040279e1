package main

import (
	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/facts"
	"github.com/factlint/factlint/checker/sheet"
)

// confirmedOf is the registry the sheet shows in its Confirmed column: the
// one configuration names, or the facts.yaml of the first article that has
// one (a run is usually one story's folder). nil when none applies.
func confirmedOf(set *facts.Set, arts []*claim.Article) (sheet.Confirmed, error) {
	for _, a := range arts {
		reg, err := set.For(a.File)
		if err != nil {
			return nil, err
		}
		if reg != nil {
			return registryColumn{reg}, nil
		}
	}
	return nil, nil
}

// registryColumn answers the sheet's questions from a registry.
type registryColumn struct{ r *facts.Registry }

func (c registryColumn) Figure(event, subject string) (value, source, pos string, ok bool) {
	f, ok := c.r.Figure(event, subject)
	return f.Text, f.Source, f.Pos.String(), ok
}

func (c registryColumn) Spelling(name string) (spelling, pos string, ok bool) {
	n, ok := c.r.Spelling(name)
	return n.Name, n.Pos.String(), ok
}

func (c registryColumn) Title(name string) (title, pos string, ok bool) {
	t, ok := c.r.Title(name)
	return t.Title, t.Pos.String(), ok
}
