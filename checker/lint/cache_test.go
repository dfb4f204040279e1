package lint

import (
	"math"
	"reflect"
	"testing"

	"github.com/factlint/factlint/checker/cache"
	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
)

// fill gives every field of v a value of its own, so a field the cache
// drops or mixes up shows.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + string(rune('a'+*n%26)) + "ğ")
	case reflect.Int:
		v.SetInt(int64(*n))
	case reflect.Bool:
		v.SetBool(*n%2 == 0)
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.5)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), n)
		}
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() { // a claim's own flag is no data
				fill(v.Field(i), n)
			}
		}
	case reflect.Pointer: // a claim's facets
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Map:
		// Article's meta is not cached
	}
}

func TestCacheEntriesRoundTrip(t *testing.T) {
	c, err := cache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	rc := &resultCache{c: c, mode: "check"}
	n := 0
	var full claim.Claim
	fill(reflect.ValueOf(&full).Elem(), &n)
	unbounded := full
	unbounded.Value = claim.Interval{Min: 33, Max: math.Inf(1)} // "at least 33"
	unbounded.Edit().Modifiers = nil
	unbounded.Freeze() // as the cache reads it back
	var d diagnostic.Diagnostic
	fill(reflect.ValueOf(&d).Elem(), &n)
	want := entry{Claims: []*claim.Claim{&full, &unbounded}, Diags: []diagnostic.Diagnostic{d}, Count: 7}

	rc.put(rc.entryKey("a.md", []byte("text")), want)
	got, ok := rc.get(rc.entryKey("a.md", []byte("text")))
	if !ok {
		t.Fatal("entry not read back")
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("entry changed on its way through the cache:\n got %+v\nwant %+v", got, want)
	}
	if _, ok := rc.get(rc.entryKey("a.md", []byte("other text"))); ok {
		t.Error("an entry was found for other content")
	}
}

func TestUnreadableCacheEntryIsAMiss(t *testing.T) {
	c, err := cache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	rc := &resultCache{c: c, mode: "check"}
	for _, raw := range [][]byte{{}, {0xff, 0x00}, []byte("not cbor at all")} {
		if err := c.Put(rc.key("a.md", []byte("text")), raw); err != nil {
			t.Fatal(err)
		}
		if _, ok := rc.get(rc.entryKey("a.md", []byte("text"))); ok {
			t.Errorf("entry %q was read as a hit", raw)
		}
	}
}
