package claim

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"slices"
)

// Sharing facets. A huge article has hundreds of thousands of claims, and
// each used to carry some thirty strings of its own (616 bytes a claim,
// twelve times the text of a dense draft): its file, story and date, the
// words of the grammar's vocabulary (kind, event, qualifier, unit, the
// pattern's name), its source and speaker. Few claims tell those apart:
// a 10 MB draft of 212,000 claims has a few thousand different Facets.
// So claims keep their own fields (where they stand, their words, figure
// and flags) and point to Facets that an Interner makes one for all the
// claims of an article that have the same.
//
// A claim is made with Facets of its own, which the extraction writes in
// place; Interner.Share then replaces them with the shared copy. A change
// after that goes through Edit, which copies shared Facets before it
// writes: nothing writes a shared copy.

// New returns a claim with facets f, its own.
func New(f Facets) *Claim { return &Claim{Facets: &f, own: true} }

// Edit returns the claim's facets for writing: its own, copied first
// from those it shares (and made when it has none).
func (c *Claim) Edit() *Facets {
	if !c.own {
		f := Facets{}
		if c.Facets != nil {
			f = *c.Facets
		}
		c.Facets, c.own = &f, true
	}
	return c.Facets
}

// Use gives c the facets f to write as its own: memory of the caller's,
// which it may reuse once Interner.Keep has shared them.
func (c *Claim) Use(f *Facets) { c.Facets, c.own = f, true }

// Copy returns a copy of the claim that shares its facets, as claims
// shared by an Interner do: an edit of either copies them first.
func (c *Claim) Copy() *Claim {
	c.Freeze()
	d := *c
	if d.Facets == nil {
		d.Facets = &Facets{}
	}
	return &d
}

// Freeze marks the claim's facets as shared, so that an edit copies them
// first: for facets other claims are about to be given.
func (c *Claim) Freeze() { c.own = false }

// ShareFrom is the number of claims from which an article's claims share
// their facets (the codec, checker/extract, incident and lint): below, the
// time interning takes is more than the memory it saves is worth.
const ShareFrom = 4_000

// Interner makes the claims it is given share one copy of equal Facets.
// The zero value is ready; one serves the claims of one article (or a
// run's, when its claims live as long as the run). Facets are found by
// their hash: a map keyed by the Facets themselves, 500 bytes a slot, cost
// a normal article more than its claims.
type Interner struct {
	seed maphash.Seed
	seen map[uint64]*Facets
}

// Share makes each claim of cs that has facets of its own share them with
// the claims before it that have the same; a claim with none gets the
// empty ones. Claims that share already are left as they are.
func (in *Interner) Share(cs []*Claim) { in.share(cs, false) }

// Keep is Share for claims that Use the caller's memory: the facets it
// keeps are copies, so the caller may write that memory again once Keep
// returns. Extraction makes a claim's facets in scratch memory, and keeps
// one copy of those of a block's claims that differ.
func (in *Interner) Keep(cs []*Claim) { in.share(cs, true) }

func (in *Interner) share(cs []*Claim, copies bool) {
	if in.seen == nil {
		in.seed, in.seen = maphash.MakeSeed(), map[uint64]*Facets{}
	}
	for _, c := range cs {
		if !c.own && c.Facets != nil {
			continue
		}
		if c.Facets == nil {
			c.Facets = &Facets{}
		}
		h := in.hash(c.Facets)
		f, ok := in.seen[h]
		switch {
		case ok && equalFacets(f, c.Facets):
			c.Facets = f
		case copies:
			f := *c.Facets
			c.Facets = &f
		}
		if !ok {
			in.seen[h] = c.Facets
		} // else two facets of one hash: the later keeps its own
		c.own = false
	}
}

// EditAll applies edit to the facets of every claim of cs: an edit that
// depends on the facets alone, such as the article's date, which every
// claim of it gets. Shared facets are copied once for all the claims that
// share them, and the copies are shared in turn.
func EditAll(cs []*Claim, edit func(*Facets)) {
	var copies map[*Facets]*Facets // made for the first shared facets
	for _, c := range cs {
		if c.own {
			edit(c.Facets)
			continue
		}
		if copies == nil {
			copies = map[*Facets]*Facets{}
		}
		f, ok := copies[c.Facets]
		if !ok {
			f = &Facets{}
			if c.Facets != nil {
				*f = *c.Facets
			}
			edit(f)
			copies[c.Facets] = f
		}
		c.Facets = f
	}
}

// hash is the hash of every field of f. It reads the string fields in the
// binary form's list (stringFields), which the codec's round-trip test
// holds to the type, so a field added to Facets is hashed too.
func (in *Interner) hash(f *Facets) uint64 {
	var h maphash.Hash
	h.SetSeed(in.seed)
	var none string
	for _, s := range stringFields(&none, f) {
		h.WriteString(*s)
		h.WriteByte(0) // no string's bytes run into the next
	}
	for _, m := range f.Modifiers {
		h.WriteString(m)
		h.WriteByte(0)
	}
	h.WriteByte(byte(len(f.Others)))
	for _, v := range f.Others {
		var b [16]byte
		binary.LittleEndian.PutUint64(b[:8], math.Float64bits(v.Min))
		binary.LittleEndian.PutUint64(b[8:], math.Float64bits(v.Max))
		h.Write(b[:])
	}
	return h.Sum64()
}

// equalFacets reports whether a and b agree in every field.
func equalFacets(a, b *Facets) bool {
	var none string
	sa, sb := stringFields(&none, a), stringFields(&none, b)
	for k := range sa {
		if *sa[k] != *sb[k] {
			return false
		}
	}
	return slices.Equal(a.Modifiers, b.Modifiers) && slices.EqualFunc(a.Others, b.Others, sameInterval)
}

// sameInterval compares bit for bit: two intervals that print alike.
func sameInterval(a, b Interval) bool {
	return math.Float64bits(a.Min) == math.Float64bits(b.Min) && math.Float64bits(a.Max) == math.Float64bits(b.Max)
}
