package timeline

import (
	"strings"
	"testing"
)

// indexLabelInitial finds what strings.IndexAny finds, for every byte.
func TestIndexLabelInitialIsIndexAny(t *testing.T) {
	for b := 0; b < 256; b++ {
		for _, s := range []string{string([]byte{byte(b)}), "ab" + string([]byte{byte(b)}) + "p", "Updated: " + string([]byte{byte(b)}), "xyz"} {
			if got, want := indexLabelInitial(s), strings.IndexAny(s, labelInitials); got != want {
				t.Fatalf("indexLabelInitial(%q) = %d, IndexAny gives %d", s, got, want)
			}
		}
	}
}
