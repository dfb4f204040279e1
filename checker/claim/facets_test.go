package claim

import "testing"

// Claims share facets only while they agree: an edit of one copies its
// facets first, and the others keep theirs.
func TestEditCopiesSharedFacets(t *testing.T) {
	a, b, c := New(Facets{Event: "killed"}), New(Facets{Event: "killed"}), New(Facets{Event: "injured"})
	var in Interner
	in.Share([]*Claim{a, b, c})
	if a.Facets != b.Facets || a.Facets == c.Facets {
		t.Fatal("equal facets are not shared, or different ones are")
	}
	a.Edit().Event = "died"
	if a.Event != "died" || b.Event != "killed" {
		t.Errorf("after an edit of a: a %q, b %q", a.Event, b.Event)
	}
	if f := a.Facets; a.Edit() != f {
		t.Error("a second edit copied facets the claim has to itself")
	}
}

// Keep copies what it keeps, so the memory the claims used may serve the
// next ones.
func TestKeepCopiesOutOfScratch(t *testing.T) {
	scratch := make([]Facets, 2)
	a, b := &Claim{}, &Claim{}
	a.Use(&scratch[0])
	b.Use(&scratch[1])
	a.Edit().Unit, b.Edit().Unit = "USD", "USD"
	var in Interner
	in.Keep([]*Claim{a, b})
	clear(scratch)
	if a.Unit != "USD" || b.Unit != "USD" || a.Facets != b.Facets {
		t.Errorf("kept claims read %q and %q, shared %v", a.Unit, b.Unit, a.Facets == b.Facets)
	}
}

// EditAll changes every claim's facets, copying each shared one once, and
// leaves claims that shared facets sharing the copy.
func TestEditAllCopiesEachSharedFacetsOnce(t *testing.T) {
	a, b, own := New(Facets{Kind: Count}), New(Facets{Kind: Count}), New(Facets{Kind: Name})
	var in Interner
	in.Share([]*Claim{a, b})
	was := a.Facets
	EditAll([]*Claim{a, b, own}, func(f *Facets) { f.AsOf = "2026-03-14" })
	if a.AsOf != "2026-03-14" || own.AsOf != "2026-03-14" || a.Facets != b.Facets || a.Facets == was || was.AsOf != "" {
		t.Errorf("EditAll: a %q, own %q, still shared %v, old facets %q", a.AsOf, own.AsOf, a.Facets == b.Facets, was.AsOf)
	}
}
