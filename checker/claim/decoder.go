package claim

// Reading back one story after another without allocating its claims
// anew. A run that infers stories keeps the claims of waiting articles in
// their binary form (checker/lint's spill) and reads each story's back when
// it is checked: the claims and facets ReadBinary made were over a third
// of the bytes a run of 10,000 files allocated, all of it garbage once the
// story's rules had run. A Decoder keeps that storage and hands it out
// again for the next story.

// Decoder reads binary forms as ReadBinary does, into storage it keeps:
// the claims it returns are valid until Reset, which hands their memory
// out again. One goroutine at a time; the zero value is ready.
type Decoder struct {
	claims [][]Claim
	facets [][]Facets
	ptrs   [][]*Claim
	block  int // the block being filled
	used   int // its claims handed out
}

// decoderBlock is the number of claims in a block of a Decoder's storage:
// the claims of most stories' articles fit in one, an article of more
// claims is allocated as ReadBinary allocates it.
const decoderBlock = 1024

// keptDecoderBlocks is the most blocks Reset keeps for the next story: a
// large story's storage is let go with it.
const keptDecoderBlocks = 2

// Read is ReadBinary into the decoder's storage.
func (d *Decoder) Read(buf []byte) ([]*Claim, error) { return readBinary(buf, d) }

// Reset makes the storage of every claim Read returned since the last
// Reset free for the next: those claims must no longer be used. It clears
// the storage, so it keeps no text of theirs alive.
func (d *Decoder) Reset() {
	for b := 0; b <= d.block && b < len(d.claims); b++ {
		n := decoderBlock
		if b == d.block {
			n = d.used
		}
		clear(d.claims[b][:n])
		clear(d.facets[b][:n])
		clear(d.ptrs[b][:n])
	}
	if len(d.claims) > keptDecoderBlocks {
		d.claims, d.facets, d.ptrs = d.claims[:keptDecoderBlocks], d.facets[:keptDecoderBlocks], d.ptrs[:keptDecoderBlocks]
	}
	d.block, d.used = 0, 0
}

// take is the storage for an article of n claims: the list (empty, with
// room for n and no more, so an append to it never writes into another
// article's), the claims and their facets. A nil decoder, or an article
// larger than a block, gets new memory (and from ShareFrom claims on no
// slab of facets, as facetSlab says); a block is smaller than ShareFrom.
func (d *Decoder) take(n int) (cs []*Claim, all []Claim, slab []Facets) {
	if d == nil || n > decoderBlock {
		return make([]*Claim, 0, n), make([]Claim, n), facetSlab(n)
	}
	if d.block < len(d.claims) && d.used+n > decoderBlock {
		d.block, d.used = d.block+1, 0
	}
	if d.block == len(d.claims) {
		d.claims = append(d.claims, make([]Claim, decoderBlock))
		d.facets = append(d.facets, make([]Facets, decoderBlock))
		d.ptrs = append(d.ptrs, make([]*Claim, decoderBlock))
	}
	at := d.used
	d.used += n
	return d.ptrs[d.block][at : at : at+n], d.claims[d.block][at : at+n : at+n], d.facets[d.block][at : at+n : at+n]
}
