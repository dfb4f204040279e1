package claim

import (
	"math"
	"reflect"
	"testing"

	"github.com/factlint/factlint/checker/source"
)

// filled returns a claim with every field set to a value of its own, found
// by reflection, so a field added to Claim without the codec fails the
// round trip.
func filled(seed int) *Claim {
	c := new(Claim)
	n := seed
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		n++
		switch v.Kind() {
		case reflect.String:
			v.SetString("s" + string(rune('a'+n%26)) + "ğ")
		case reflect.Int:
			v.SetInt(int64(n * 7))
		case reflect.Float64:
			v.SetFloat(float64(n) + 0.5)
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := 0; i < 2; i++ {
				fill(v.Index(i))
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() { // not own: no data
					fill(v.Field(i))
				}
			}
		case reflect.Pointer: // the facets
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem())
		}
	}
	fill(reflect.ValueOf(c).Elem())
	return c
}

func TestBinaryRoundTripsEveryField(t *testing.T) {
	unbounded := filled(3)
	unbounded.Value.Max = math.Inf(1)
	empty := &Claim{Facets: &Facets{}}
	in := []*Claim{filled(1), unbounded, empty}
	out, err := ReadBinary(AppendBinary(nil, in))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Fatalf("round trip changed the claims:\n%+v\n%+v", in, out)
	}
	for _, bad := range [][]byte{nil, {5}, AppendBinary(nil, in)[:40]} {
		if _, err := ReadBinary(bad); err == nil {
			t.Errorf("%v read without error", bad)
		}
	}
}

func BenchmarkBinary(b *testing.B) {
	cs := []*Claim{filled(1), filled(2), filled(3), filled(4), filled(5)}
	var buf []byte
	for b.Loop() {
		buf = AppendBinary(buf[:0], cs)
		if _, err := ReadBinary(buf); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBinaryRoundTripsExtremes reads back the integers and floats at the
// ends of their ranges, which take the longest varints and every byte of
// a float.
func TestBinaryRoundTripsExtremes(t *testing.T) {
	in := []*Claim{
		{Facets: &Facets{Others: []Interval{{Min: -0.0, Max: math.MaxFloat64}}}, Span: source.Span{Start: math.MinInt, End: math.MaxInt}, Line: -1, Column: 1 << 40, Paragraph: -(1 << 50),
			Value: Interval{Min: math.Inf(-1), Max: math.SmallestNonzeroFloat64}},
		{Facets: &Facets{Modifiers: []string{"", "é"}}, Text: string(make([]byte, 300))},
	}
	out, err := ReadBinary(AppendBinary(nil, in))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Fatalf("round trip changed the claims:\n%+v\n%+v", in, out)
	}
}

// TestBinaryRefusesOverlongVarint refuses a count of eleven varint bytes,
// which no 64-bit number takes.
func TestBinaryRefusesOverlongVarint(t *testing.T) {
	bad := []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}
	if _, err := ReadBinary(bad); err == nil {
		t.Error("an overlong varint read without error")
	}
}

// TestReadBinaryAllocatesPerArticle reads the string fields of an
// article's claims as slices of one string: the allocations are that
// string, the file name the claims share, the claims and their facets
// (one slab each), and each claim's slices: not one a field, nor one
// Facets a claim.
func TestReadBinaryAllocatesPerArticle(t *testing.T) {
	cs := []*Claim{filled(1), filled(2), filled(3), filled(4), filled(5)}
	for _, c := range cs {
		c.Edit().File = "article.md"
	}
	buf := AppendBinary(nil, cs)
	allocs := testing.AllocsPerRun(20, func() {
		if _, err := ReadBinary(buf); err != nil {
			t.Fatal(err)
		}
	})
	if most := float64(6 + 2*len(cs)); allocs > most {
		t.Errorf("reading %d claims took %.0f allocations, want at most %.0f", len(cs), allocs, most)
	}
}

// TestBinaryWritesSharedFieldsOnce writes a field the previous claim has
// the same as a reference: the file name of an article's claims is written
// once, and claims that differ from the one before in any field, or go
// back to an empty one, still read back as they were.
func TestBinaryWritesSharedFieldsOnce(t *testing.T) {
	file := "desk/2024/" + string(make([]byte, 200)) + ".md"
	var in []*Claim
	for i := range 10 {
		in = append(in, &Claim{Facets: &Facets{File: file, Kind: "count", Story: "flood"}, Text: "three", Line: i})
	}
	in[4].Edit().Story = ""
	in[5].Edit().File = "other.md"
	in[7].Edit().Source = Source{Name: "the mayor"}
	in[8].Edit().Source = Source{Name: "the mayor"}
	buf := AppendBinary(nil, in)
	if len(buf) > 2*len(file)+len("other.md")+70*len(in) {
		t.Errorf("%d claims of one file took %d bytes: the name is written more than where it changes", len(in), len(buf))
	}
	out, err := ReadBinary(buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range in {
		c.Freeze() // as read back: shared
	}
	if !reflect.DeepEqual(in, out) {
		t.Fatalf("round trip changed the claims:\n%+v\n%+v", in, out)
	}
}
