package story

import "slices"

// Table numbers the keys of a run: a run that holds every article's
// signature until it groups them (a check of a folder of drafts) holds
// each key's text once, and four bytes per key and article.
type Table struct {
	id   map[string]int32
	keys []string // by id
}

// Compact is a signature as ids of a Table's keys, in the order of the
// keys' text.
type Compact struct {
	Keys, Heads, Officials, Titled, Victims []int32
	Day                                     int
}

// NewTable makes an empty table.
func NewTable() *Table { return &Table{id: map[string]int32{}} }

// Compact numbers the keys of sig, adding those the table lacks.
func (t *Table) Compact(sig Signature) Compact {
	return Compact{Keys: t.ids(sig.Keys), Heads: t.ids(sig.Heads), Officials: t.ids(sig.Officials), Titled: t.ids(sig.Titled), Victims: t.ids(sig.Victims), Day: sig.Day}
}

func (t *Table) ids(keys []string) []int32 {
	if len(keys) == 0 {
		return nil
	}
	out := make([]int32, len(keys))
	for n, k := range keys {
		id, ok := t.id[k]
		if !ok {
			id = int32(len(t.keys))
			t.id[k] = id
			t.keys = append(t.keys, k)
		}
		out[n] = id
	}
	return out
}

// Signature is c with its keys' text.
func (t *Table) Signature(c Compact) Signature {
	sig := Signature{Day: c.Day}
	for _, id := range c.Keys {
		sig.Keys = append(sig.Keys, t.keys[id])
	}
	for _, id := range c.Heads {
		sig.Heads = append(sig.Heads, t.keys[id])
	}
	for _, id := range c.Officials {
		sig.Officials = append(sig.Officials, t.keys[id])
	}
	for _, id := range c.Titled {
		sig.Titled = append(sig.Titled, t.keys[id])
	}
	for _, id := range c.Victims {
		sig.Victims = append(sig.Victims, t.keys[id])
	}
	return sig
}

// Group is Group for docs whose signatures are sigs (their Sig is not read).
func (t *Table) Group(docs []Doc, sigs []Compact, mode Mode) []Story {
	return group(docs, &signed{t, sigs}, mode, false)
}

// signed is the signatures of a grouping's docs.
type signed struct {
	*Table
	sigs []Compact // by doc
}

// sign numbers the signatures of docs in a new table.
func sign(docs []Doc) *signed {
	s := &signed{NewTable(), make([]Compact, len(docs))}
	for i, d := range docs {
		s.sigs[i] = s.Compact(d.Sig)
	}
	return s
}

func sameCompact(a, b Compact) bool { return a.Day == b.Day && slices.Equal(a.Keys, b.Keys) }
