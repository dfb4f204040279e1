package claim

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
)

// A compact binary form of claims, for claims that wait on disk for their
// story (checker/lint's spill): written and read field by field, without
// reflection, several times faster than a generic encoding. Every field of
// Claim is in it (TestBinaryRoundTripsEveryField fails on one that is not),
// and the form is read only by the build that wrote it.
//
// A string the previous claim of the slice has in the same field is
// written as a reference to it (one byte): the claims of an article share
// their file, story, outlet and date, and often a source, and the file
// name alone was two fifths of the text written.

// AppendBinary appends the binary form of cs to buf.
func AppendBinary(buf []byte, cs []*Claim) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(cs)))
	prev := New(Facets{})
	for _, c := range cs {
		buf = appendClaim(buf, c, prev)
		prev = c
	}
	return buf
}

// stringFields are the string fields of a claim that are written as
// references to the previous claim's where they are the same, in the order
// they are written: its text, then those of its facets f.
func stringFields(text *string, f *Facets) [33]*string {
	return [...]*string{&f.Kind, &f.File, text, &f.Qualifier, &f.Event, &f.Subject, &f.Scope, &f.Unit,
		&f.Cue, &f.Folded, &f.Title, &f.Sentence, &f.Story, &f.Outlet, &f.AsOf, &f.Provisional, &f.By, &f.Incident, &f.Group, &f.Weak, &f.Frame, &f.SourcedBy,
		&f.Source.Text, &f.Source.Name, &f.Source.Title, &f.Source.Role, &f.Source.Kind,
		&f.Speaker.Text, &f.Speaker.Name, &f.Speaker.Title, &f.Speaker.Role, &f.Speaker.Kind, &f.SpeakerBy}
}

// facetsOf are the facets of c to read, the empty ones when it has none.
func facetsOf(c *Claim) *Facets {
	if c.Facets == nil {
		return &Facets{}
	}
	return c.Facets
}

func appendClaim(b []byte, c, prev *Claim) []byte {
	was := stringFields(&prev.Text, facetsOf(prev))
	for k, f := range stringFields(&c.Text, facetsOf(c)) {
		b = appendRef(b, *f, *was[k])
	}
	for _, n := range [...]int{c.Span.Start, c.Span.End, c.Line, c.Column, c.EndLine, c.EndColumn, c.Paragraph, c.Index} {
		b = binary.AppendVarint(b, int64(n))
	}
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Value.Min))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Value.Max))
	flags := 0
	for i, f := range [...]bool{c.Superseded, c.Subset, c.Cumulative, c.InHeadline, c.FirstMention, c.Primary, c.Backed, c.FirstTally} {
		if f {
			flags |= 1 << i
		}
	}
	b = append(b, byte(flags))
	b = binary.AppendUvarint(b, uint64(len(c.Others)))
	for _, v := range c.Others {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v.Min))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v.Max))
	}
	b = binary.AppendUvarint(b, uint64(len(c.Modifiers)))
	for _, m := range c.Modifiers {
		b = appendRef(b, m, "")
	}
	return b
}

// appendRef writes s as 0 where it is prev, else as its length plus
// one and its bytes.
func appendRef(b []byte, s, prev string) []byte {
	if s == prev {
		return append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(s))+1)
	return append(b, s...)
}

var errCorrupt = errors.New("claims: corrupt binary form")

// ReadBinary reads claims written by AppendBinary. The form is copied
// into one string, and every string field of the claims is a slice of it:
// one allocation for an article's text fields instead of one a field, which
// made reading back a spilled story cost more than checking it. The claims
// of an article live and die together (a story is read back, checked and
// let go), so the shared string keeps nothing alive for longer; only the
// file name, which findings keep, is a string of its own (one an article).
// The claims of a large article share equal facets, as they did when
// written (ShareFrom).
func ReadBinary(buf []byte) ([]*Claim, error) {
	r := reader{s: string(buf)}
	n := r.uvarint()
	if r.err != nil || n > uint64(len(buf)) {
		return nil, errCorrupt
	}
	cs := make([]*Claim, 0, n)
	all := make([]Claim, n) // one allocation for the claims of an article
	slab := facetSlab(int(n))
	prev := New(Facets{})
	file := ""
	for i := range all {
		c := &all[i]
		if slab != nil {
			c.Use(&slab[i])
		}
		was := stringFields(&prev.Text, prev.Facets)
		for k, f := range stringFields(&c.Text, c.Edit()) {
			*f = r.string(*was[k])
		}
		if c.File != file {
			file = strings.Clone(c.File)
		}
		c.Facets.File = file
		for _, p := range [...]*int{&c.Span.Start, &c.Span.End, &c.Line, &c.Column, &c.EndLine, &c.EndColumn, &c.Paragraph, &c.Index} {
			*p = int(r.varint())
		}
		c.Value.Min, c.Value.Max = r.float(), r.float()
		flags := r.byte()
		for k, f := range [...]*bool{&c.Superseded, &c.Subset, &c.Cumulative, &c.InHeadline, &c.FirstMention, &c.Primary, &c.Backed, &c.FirstTally} {
			*f = flags&(1<<k) != 0
		}
		f := c.Edit() // the claim's own until Share
		if m := r.uvarint(); m > 0 && m <= uint64(len(buf)) {
			f.Others = make([]Interval, m)
			for k := range f.Others {
				f.Others[k] = Interval{Min: r.float(), Max: r.float()}
			}
		}
		if m := r.uvarint(); m > 0 && m <= uint64(len(buf)) {
			f.Modifiers = make([]string, m)
			for k := range f.Modifiers {
				f.Modifiers[k] = r.string("")
			}
		}
		if r.err != nil {
			return nil, r.err
		}
		cs = append(cs, c)
		prev = c
	}
	if len(cs) >= ShareFrom {
		var in Interner
		in.Share(cs)
	}
	for _, c := range cs {
		c.Freeze() // the facets of one claim may serve another later
	}
	return cs, nil
}

// facetSlab is the facets of the n claims ReadBinary reads, in one
// allocation, as their claims are: a story read back made one Facets of
// 616 bytes a claim, a fifth of a run's allocations at 10,000 files. A
// large article's claims share their facets once read (ShareFrom), and
// get them one by one (nil), so the shared copies do not keep a slab of
// the unshared alive.
func facetSlab(n int) []Facets {
	if n >= ShareFrom {
		return nil
	}
	return make([]Facets, n)
}

// reader reads the binary form from a string; the first error sticks.
type reader struct {
	s   string
	err error
}

// corrupt records the error and stops reading.
func (r *reader) corrupt() {
	r.err, r.s = errCorrupt, ""
}

// uvarint reads what binary.AppendUvarint wrote.
func (r *reader) uvarint() uint64 {
	var v uint64
	for i := 0; i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		b := r.s[i]
		if i == binary.MaxVarintLen64-1 && b > 1 {
			break // overflows 64 bits
		}
		v |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			r.s = r.s[i+1:]
			return v
		}
	}
	r.corrupt()
	return 0
}

// varint reads what binary.AppendVarint wrote (zig-zag encoded).
func (r *reader) varint() int64 {
	u := r.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

// string reads what appendRef wrote after prev.
func (r *reader) string(prev string) string {
	n := r.uvarint()
	if n == 0 {
		return prev
	}
	if n--; n > uint64(len(r.s)) {
		r.corrupt()
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

func (r *reader) float() float64 {
	if len(r.s) < 8 {
		r.corrupt()
		return 0
	}
	var u uint64
	for i := 7; i >= 0; i-- {
		u = u<<8 | uint64(r.s[i])
	}
	r.s = r.s[8:]
	return math.Float64frombits(u)
}

func (r *reader) byte() byte {
	if len(r.s) < 1 {
		r.err = errCorrupt
		return 0
	}
	v := r.s[0]
	r.s = r.s[1:]
	return v
}
