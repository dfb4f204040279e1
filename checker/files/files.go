// Package files turns the paths named on a command line into the list of
// articles to read: files as given, folders walked for Markdown and text.
package files

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/hashicorp/go-multierror"
)

// Extensions are the file names a folder walk picks up.
var Extensions = []string{".md", ".markdown", ".txt"}

// Input is one article to read.
type Input struct {
	Path  string // as the user wrote it, or joined below a folder they named
	Named bool   // named on the command line, not found by a walk
	Data  []byte // set for standard input
}

// Expand lists the inputs for paths, in order, each once. Folders are walked
// in lexical order; symbolic links to folders are not followed, so a link
// loop cannot trap the walk. A path that does not exist is an error; the
// other paths are still listed.
func Expand(paths, exclude []string) ([]Input, error) {
	var out []Input
	var errs *multierror.Error
	seen := map[string]bool{}
	add := func(in Input) {
		if !seen[in.Path] && !Excluded(in.Path, exclude) {
			seen[in.Path] = true
			out = append(out, in)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = multierror.Append(errs, fmt.Errorf("%s: %w", p, Reason(err)))
			continue
		}
		if !info.IsDir() {
			if what := Irregular(info.Mode()); what != "" {
				errs = multierror.Append(errs, NotAFile(filepath.ToSlash(p), what))
				continue
			}
			add(Input{Path: filepath.ToSlash(p), Named: true})
			continue
		}
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = multierror.Append(errs, fmt.Errorf("%s: %w", filepath.ToSlash(q), Reason(err)))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if q != p && (strings.HasPrefix(d.Name(), ".") || Excluded(filepath.ToSlash(q), exclude)) {
					return fs.SkipDir
				}
				return nil
			}
			if !hasExtension(d.Name()) {
				return nil
			}
			switch what := Irregular(d.Type()); {
			case d.Type().IsRegular():
				add(Input{Path: filepath.ToSlash(q)})
			case what != "":
				// reading it would block or never end; skipping it would
				// pass an article unread
				if !Excluded(filepath.ToSlash(q), exclude) {
					errs = multierror.Append(errs, NotAFile(filepath.ToSlash(q), what))
				}
			}
			return nil
		})
		if err != nil {
			errs = multierror.Append(errs, err)
		}
	}
	return out, errs.ErrorOrNil()
}

func hasExtension(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// Irregular names what a file of this mode is when reading it could block
// or never end (a named pipe, a device, a socket), or is "".
func Irregular(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeIrregular != 0:
		return "not a regular file"
	}
	return ""
}

// NotAFile is the error for an input that is not a file factlint reads.
func NotAFile(path, what string) error {
	return fmt.Errorf("%s: not read: %s, not a regular file (use - to read standard input)", path, what)
}

// Excluded matches a slash path against globs: a glob matches the whole
// path, its base name, or, ending in "/**", everything below a folder.
func Excluded(p string, globs []string) bool {
	for _, g := range globs {
		if strings.HasSuffix(g, "/**") {
			dir := strings.TrimSuffix(g, "/**")
			if p == dir || strings.HasPrefix(p, dir+"/") || strings.Contains(p, "/"+dir+"/") {
				return true
			}
		}
		if ok, _ := path.Match(g, p); ok {
			return true
		}
		if ok, _ := path.Match(g, path.Base(p)); ok {
			return true
		}
	}
	return false
}

// Reason strips the path an fs error repeats, for messages that name the
// path themselves: "a.md: no such file or directory".
func Reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
