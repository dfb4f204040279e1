package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
)

// atomicFile is a file being replaced whole: the new bytes go to a
// temporary file beside it, renamed over it once complete, so a reader
// never sees half a report. The replacement keeps the file's mode (a new
// file gets 0666 less the umask), a symbolic link is written through to
// the file it names and stays a link, and the temporary file is removed
// when the run is interrupted (SIGINT, SIGTERM) as when it fails. Errors
// name the file asked for, never the temporary one.
type atomicFile struct {
	path   string // as asked for, for errors
	target string // path with symbolic links followed
	tmp    *os.File
	direct bool // a device or pipe (/dev/stdout): written in place, nothing to rename
	guard  *signalGuard
}

func createAtomic(path string) (*atomicFile, error) {
	f := &atomicFile{path: path}
	var err error
	if f.target, err = followLinks(path); err != nil {
		return nil, f.fail(err)
	}
	mode, existing := fs.FileMode(0o666), false
	if info, err := os.Stat(f.target); err == nil {
		switch {
		case info.IsDir():
			return nil, f.fail(errors.New("is a folder"))
		case !info.Mode().IsRegular():
			f.direct = true
			if f.tmp, err = os.OpenFile(f.target, os.O_WRONLY|os.O_TRUNC, 0); err != nil {
				return nil, f.fail(err)
			}
			return f, nil
		}
		mode, existing = info.Mode().Perm(), true
	}
	f.guard = guardSignals()
	err = f.guard.create(func() (string, error) {
		f.tmp, err = createTemp(filepath.Dir(f.target), mode)
		if err != nil {
			return "", err
		}
		return f.tmp.Name(), nil
	})
	if err == nil && existing {
		err = f.tmp.Chmod(mode) // the umask may have cleared bits the file had
	}
	if err != nil {
		f.Abort()
		return nil, f.fail(err)
	}
	return f, nil
}

func (f *atomicFile) Write(p []byte) (int, error) {
	n, err := f.tmp.Write(p)
	if err != nil {
		err = f.fail(err)
	}
	return n, err
}

// Commit puts the new file in place.
func (f *atomicFile) Commit() error {
	if err := f.tmp.Close(); err != nil {
		f.Abort()
		return f.fail(err)
	}
	if f.direct {
		return nil
	}
	defer f.guard.stop()
	if err := os.Rename(f.tmp.Name(), f.target); err != nil {
		os.Remove(f.tmp.Name())
		return f.fail(err)
	}
	return nil
}

// Abort drops the new file and leaves the old one as it was.
func (f *atomicFile) Abort() {
	if f.tmp != nil {
		f.tmp.Close()
		if !f.direct {
			os.Remove(f.tmp.Name())
		}
	}
	if f.guard != nil {
		f.guard.stop()
	}
}

// fail is err about the file asked for: an os error's own path would be the
// temporary file's.
func (f *atomicFile) fail(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return fmt.Errorf("%s: %w", f.path, err)
}

// followLinks follows symbolic links from path to the file they name, which
// may not exist yet (a link to a report not written so far).
func followLinks(path string) (string, error) {
	for range 40 {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path, nil // a missing file is created; other errors show when writing
		}
		next, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(next) {
			next = filepath.Join(filepath.Dir(path), next)
		}
		path = next
	}
	return "", errors.New("too many levels of symbolic links")
}

// createTemp is os.CreateTemp with a mode: the file is created with mode
// less the umask, as the file it replaces would be.
func createTemp(dir string, mode fs.FileMode) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, ".factlint-"+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, mode)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("cannot create a temporary file beside it")
}

// signalGuard removes a temporary file when SIGINT or SIGTERM arrives,
// then lets the signal end the process as it would have.
type signalGuard struct {
	mu      sync.Mutex
	name    string // the temporary file, once created
	dying   bool
	signals chan os.Signal
	done    chan struct{}
	once    sync.Once
}

func guardSignals() *signalGuard {
	g := &signalGuard{signals: make(chan os.Signal, 1), done: make(chan struct{})}
	// listening starts before the file exists, so no signal falls between
	signal.Notify(g.signals, os.Interrupt, syscall.SIGTERM)
	go g.wait()
	return g
}

// create runs open under the guard's lock: a signal is handled either
// before the file exists or after its name is known.
func (g *signalGuard) create(open func() (string, error)) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.dying {
		return errors.New("interrupted")
	}
	name, err := open()
	g.name = name
	return err
}

func (g *signalGuard) wait() {
	select {
	case <-g.done:
	case s := <-g.signals:
		g.mu.Lock()
		g.dying = true
		if g.name != "" {
			os.Remove(g.name)
		}
		g.mu.Unlock()
		signal.Reset(os.Interrupt, syscall.SIGTERM)
		if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(s) == nil {
			select {} // the signal's default action ends the process
		}
		os.Exit(128 + 2) // no signal to raise again (Windows): exit as an interrupted program does
	}
}

func (g *signalGuard) stop() {
	g.once.Do(func() {
		signal.Stop(g.signals)
		close(g.done)
	})
}
