package claim

import (
	"reflect"
	"testing"
)

// A claim is most of a huge article's heap (hundreds of thousands of them
// in a 10 MB draft), so its fields are laid out with no padding between
// them: a bool set apart from the others costs eight bytes per claim.
func TestClaimHasNoPadding(t *testing.T) {
	typ := reflect.TypeFor[Claim]()
	fields := uintptr(0)
	for i := range typ.NumField() {
		fields += typ.Field(i).Type.Size()
	}
	if pad := typ.Size() - fields; pad >= 8 {
		t.Errorf("Claim is %d bytes, %d of them padding: keep its bools together", typ.Size(), pad)
	}
}

// A claim's own fields are where it stands, its words, figure and flags;
// the rest is its Facets, which equal claims share. 616 bytes a claim made
// a 10 MB draft's claims 12 times its size.
func TestClaimIsSmall(t *testing.T) {
	if size := reflect.TypeFor[Claim]().Size(); size > 128 {
		t.Errorf("Claim is %d bytes: keep what few claims tell apart in Facets", size)
	}
}
