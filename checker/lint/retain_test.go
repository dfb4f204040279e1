package lint

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/internal/newsdraft"
)

// The bytes of a file read from disk are not kept through the rules of its
// article when no cache needs them: on a huge draft they are as large as
// its text. The heap in use while the rules run is measured twice, once
// with the bytes held by the caller (files.Input.Data, as standard input
// is) and once read from the file: the second must be lighter by about the
// file.
func TestReadBytesNotKeptThroughTheRules(t *testing.T) {
	data := newsdraft.Draft(4 << 20)
	path := filepath.Join(t.TempDir(), "draft.md")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	none := func(*document.Document) []*claim.Claim { return nil }
	inUse := func(in files.Input) uint64 {
		var heap uint64
		measure := func(*claim.Article) ([]diagnostic.Diagnostic, error) {
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			heap = ms.HeapAlloc
			return nil, nil
		}
		if o := process(in, none, measure, nil, nil, new(story.Signer)); o.err != nil {
			t.Fatal(o.err)
		}
		return heap
	}
	held := inUse(files.Input{Path: path, Named: true, Data: data})
	read := inUse(files.Input{Path: path, Named: true})
	if read+uint64(len(data))/2 > held {
		t.Errorf("heap while the rules run: %d bytes with the file's bytes held by the caller, %d with them read from disk: want about %d less", held, read, len(data))
	}
}
