//go:build !unix

package lint

import (
	"fmt"
	"io"
	"os"
	"syscall"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/files"
)

// readFile reads a file whole, refusing one over document.MaxSize by its
// size before reading it (one open, one stat, as os.ReadFile does).
func readFile(path string) ([]byte, error) {
	// without blocking: a named pipe put where a file was listed opens at
	// once, and is refused by its mode
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, files.Reason(err))
	}
	defer f.Close()
	size := int64(0)
	if fi, err := f.Stat(); err == nil {
		if what := files.Irregular(fi.Mode()); what != "" {
			return nil, files.NotAFile(path, what)
		}
		if size = fi.Size(); size > document.MaxSize {
			return nil, document.TooLarge(path, size)
		}
	}
	data := make([]byte, 0, size+1) // one more byte, to see the end without growing
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, files.Reason(err))
		}
		if len(data) == cap(data) {
			if int64(len(data)) > document.MaxSize {
				return nil, document.TooLarge(path, int64(len(data)))
			}
			data = append(data, 0)[:len(data)] // a file that grew while read
		}
	}
}
