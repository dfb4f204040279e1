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
