//go:build unix

package lint

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/files"
)

// readFile reads a file whole, refusing one over document.MaxSize by its
// size before reading it (one open, one stat, as os.ReadFile does).
//
// It makes the system calls itself rather than through an os.File: os
// offers every file it opens to the runtime's poller, one more system call
// a file (epoll_ctl, which refuses a regular file) besides the open, stat,
// reads and close, and a finalizer; at 10,000 files a sixth of the run's
// system calls. Errors read as os.File's would (files.Reason of them).
func readFile(path string) ([]byte, error) {
	// without blocking: a named pipe put where a file was listed opens at
	// once, and is refused by its mode
	var fd int
	err := retryInterrupted(func() (err error) {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer syscall.Close(fd)
	size := int64(0)
	var st syscall.Stat_t
	if retryInterrupted(func() error { return syscall.Fstat(fd, &st) }) == nil {
		if what := files.Irregular(statMode(uint32(st.Mode))); what != "" {
			return nil, files.NotAFile(path, what)
		}
		if size = int64(st.Size); size > document.MaxSize {
			return nil, document.TooLarge(path, size)
		}
	}
	data := make([]byte, 0, size+1) // one more byte, to see the end without growing
	for {
		var n int
		err := retryInterrupted(func() (err error) {
			n, err = syscall.Read(fd, data[len(data):cap(data)])
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if n <= 0 { // the end
			return data, nil
		}
		data = data[:len(data)+n]
		if len(data) == cap(data) {
			if int64(len(data)) > document.MaxSize {
				return nil, document.TooLarge(path, int64(len(data)))
			}
			data = append(data, 0)[:len(data)] // a file that grew while read
		}
	}
}

// retryInterrupted calls f again while a signal interrupts it, as os does.
func retryInterrupted(f func() error) error {
	for {
		if err := f(); !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}

// statMode is the type bits of a stat's mode as os reads them into an
// fs.FileMode (os.fillFileStatFromSys), the bits files.Irregular reads.
func statMode(mode uint32) fs.FileMode {
	switch mode & syscall.S_IFMT {
	case syscall.S_IFBLK:
		return fs.ModeDevice
	case syscall.S_IFCHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFDIR:
		return fs.ModeDir
	case syscall.S_IFIFO:
		return fs.ModeNamedPipe
	case syscall.S_IFLNK:
		return fs.ModeSymlink
	case syscall.S_IFSOCK:
		return fs.ModeSocket
	}
	return 0
}
