package document

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/factlint/factlint/internal/piecetext"
)

// stop is a mark that may end a sentence and where it stands.
type stop struct {
	at   int
	mark rune
}

// runeStops are the stops of text found by decoding every rune, as
// Sentences found them before nextStop: the reference the fast one must
// agree with. Sentences differs from its earlier self only in how it
// finds the next stop, so agreeing stops give agreeing sentences.
func runeStops(text string) []stop {
	var out []stop
	for i, r := range text {
		if r == '.' || r == '!' || r == '?' || r == '…' {
			out = append(out, stop{i, r})
		}
	}
	return out
}

// fastStops are the stops of text as nextStop finds them, one after another.
func fastStops(text string) []stop {
	var out []stop
	for i := 0; i < len(text); {
		at, r, size := nextStop(text[i:])
		if at < 0 {
			break
		}
		out = append(out, stop{i + at, r})
		i += at + size
	}
	return out
}

func checkSentences(t *testing.T, text string) {
	t.Helper()
	if got, want := fastStops(text), runeStops(text); !slices.Equal(got, want) {
		t.Errorf("nextStop finds the stops of %q at %v, decoding every rune at %v", text, got, want)
	}
}

func TestSentencesFindTheStopsRuneByRuneDoes(t *testing.T) {
	for _, text := range []string{"", ".", "…", "\xe2\x80", "Wait… Then he left. Dr. Ruiz came! Why? “Now.” (Then.) 5 more.",
		"a\xe2\x80\xa6 B", "x\xe2.\x80 Y", "\xff. A", "é. É. Ω… Δ", "end…", "U.S. Army. A. B. Jones left. “Yes.” She"} {
		checkSentences(t, text)
	}
	pieces := []string{"a", "B", " ", "  ", ".", "!", "?", "…", "\xe2", "\x80", "\xa6", "\xe2\x80", "”", "’", ")", "\"", "“", "Dr", "U.S", "5", "é", "\n", "\xff"}
	for text := range piecetext.Texts(1, 20000, 16, pieces...) {
		checkSentences(t, text)
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "bench", "corpus", "*.txt"))
	for _, p := range paths[:min(len(paths), 300)] {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkSentences(t, string(src))
	}
}
