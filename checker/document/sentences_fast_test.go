package document

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/internal/piecetext"
)

// runeSentences is Sentences as it was written before nextStop, decoding
// every rune: the reference the fast one must agree with.
func runeSentences(text string) []source.Span {
	var out []source.Span
	start := skipSpace(text, 0)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		end := i
		for end < len(text) {
			c, sz := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune("\"'”’)]", c) {
				break
			}
			end += sz
		}
		next := skipSpace(text, end)
		if next == end || next >= len(text) {
			continue
		}
		if !startsSentence(text[next:]) || (r == '.' && isAbbreviation(text[:i-1])) {
			continue
		}
		out = append(out, source.Span{Start: start, End: end})
		start, i = next, next
	}
	if start < len(text) {
		if end := strings.TrimRightFunc(text, unicode.IsSpace); len(end) > start {
			out = append(out, source.Span{Start: start, End: len(end)})
		}
	}
	return out
}

func checkSentences(t *testing.T, text string) {
	t.Helper()
	if got, want := Sentences(text), runeSentences(text); !slices.Equal(got, want) {
		t.Errorf("Sentences(%q) = %v, decoding every rune gives %v", text, got, want)
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
