// Package files turns the paths named on a command line into the list of
// articles to read: files as given, folders walked for Markdown and text.
package files

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/go-multierror"

	"github.com/factlint/factlint/checker/safetext"
)

// Extensions are the file names a folder walk picks up.
var Extensions = []string{".md", ".markdown", ".txt"}

// Input is one article to read.
type Input struct {
	Path  string // as the user wrote it, or joined below a folder they named
	Named bool   // named on the command line, not found by a walk
	Data  []byte // set for standard input
	// SkipUnreadable is set, under on_unreadable: skip, on the inputs a walk
	// found: one that is not an article is then noted and passed over
	// instead of failing the run.
	SkipUnreadable bool
	// Err is why a walk could not take this entry as an article (a link
	// that leads out of the folder walked, a broken link, a named pipe): it
	// is reported as a file that cannot be read is.
	Err error
}

// Expand lists the inputs for paths, in order, each once, leaving out those
// the exclude globs match (relative to the working folder). Folders are
// walked in lexical order (see walk for symbolic links). A path that does
// not exist is an error; the other paths are still listed.
func Expand(paths, exclude []string) ([]Input, error) {
	return ExpandExcluding(paths, Globs{Patterns: exclude})
}

// ExpandExcluding is Expand with exclude globs relative to their own folder
// (the configuration's).
func ExpandExcluding(paths []string, exclude Globs) ([]Input, error) {
	var out []Input
	var errs *multierror.Error
	seen := map[string]bool{}
	add := func(in Input) {
		if !seen[in.Path] && !exclude.Match(in.Path) {
			seen[in.Path] = true
			out = append(out, in)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = multierror.Append(errs, fmt.Errorf("%s: %w", safetext.Name(p), Reason(err)))
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
		found, err := walk(p, exclude)
		for _, in := range found {
			add(in)
		}
		if err != nil {
			errs = multierror.Append(errs, err)
		}
	}
	return out, errs.ErrorOrNil()
}

// walker is one folder's walk.
type walker struct {
	root     string // the folder as named
	realRoot string // its absolute path, links resolved
	exclude  Globs
	read     map[string]bool // real paths of the articles listed
}

// walk lists the articles below the folder root. A symbolic link to an
// article inside root is read under the link's name, unless the walk meets
// the file itself (it is read once, under its own name). A link to a folder
// is never followed, so a link loop cannot trap the walk: a folder inside
// root is walked at its own place anyway. Everything else a walk could not
// read (a link that leads out of root or nowhere, a named pipe with an
// article's name) is listed with Err, never passed over in silence.
func walk(root string, exclude Globs) ([]Input, error) {
	abs, err := filepath.Abs(root)
	if err == nil {
		abs, err = filepath.EvalSymlinks(abs)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", safetext.Name(root), Reason(err))
	}
	w := &walker{root: root, realRoot: abs, exclude: exclude, read: map[string]bool{}}
	start := root
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		start = root + string(filepath.Separator) // the folder named by a link: walk its target
	}
	var found []Input
	var links []int // indexes in found of links, resolved once every file is known
	var errs *multierror.Error
	err = filepath.WalkDir(start, func(q string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = multierror.Append(errs, fmt.Errorf("%s: %w", safetext.Name(filepath.ToSlash(q)), Reason(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case d.IsDir():
			if q != start && (strings.HasPrefix(d.Name(), ".") || exclude.Match(filepath.ToSlash(q))) {
				return fs.SkipDir
			}
		case d.Type()&fs.ModeSymlink != 0:
			links = append(links, len(found))
			found = append(found, Input{Path: filepath.ToSlash(q)})
		case !hasExtension(d.Name()):
		case d.Type().IsRegular():
			w.read[w.realPath(q)] = true
			found = append(found, Input{Path: filepath.ToSlash(q)})
		default:
			// reading it would block or never end; skipping it would pass
			// an article unread
			found = append(found, Input{Path: filepath.ToSlash(q), Err: NotAFile(safetext.Name(filepath.ToSlash(q)), Irregular(d.Type()))})
		}
		return nil
	})
	if err != nil {
		errs = multierror.Append(errs, err)
	}
	drop := map[int]bool{}
	for _, i := range links {
		in, keep := w.link(found[i].Path)
		found[i], drop[i] = in, !keep
	}
	kept := found[:0]
	for i, in := range found {
		if !drop[i] {
			kept = append(kept, in)
		}
	}
	return kept, errs.ErrorOrNil()
}

// realPath is the real path of a file the walk met: no link is followed
// below the root, so it is the real root joined with the rest.
func (w *walker) realPath(q string) string {
	rel, err := filepath.Rel(w.root, q)
	if err != nil {
		return q
	}
	return filepath.Join(w.realRoot, rel)
}

// link decides what a symbolic link met in the walk is: an article to read,
// an entry to report, or nothing to list.
func (w *walker) link(name string) (Input, bool) {
	q := filepath.FromSlash(name)
	article := hasExtension(q)
	target, err := filepath.EvalSymlinks(q)
	var info fs.FileInfo
	if err == nil {
		if target, err = filepath.Abs(target); err == nil {
			info, err = os.Stat(target)
		}
	}
	if err != nil {
		// a broken link or a loop of links; one without an article's
		// name may have been a folder or anything else
		return Input{Path: name, Err: fmt.Errorf("%s: cannot follow symbolic link: %w", safetext.Name(name), Reason(err))}, article
	}
	inside := within(w.realRoot, target)
	switch {
	case info.IsDir():
		if inside || strings.HasPrefix(filepath.Base(q), ".") || w.exclude.Match(name) {
			return Input{}, false // walked at its own place, or left out on purpose
		}
		return Input{Path: name, Err: fmt.Errorf("%s: symbolic link to a folder outside %s: not followed", safetext.Name(name), filepath.ToSlash(w.root))}, true
	case !article:
		return Input{}, false
	case !inside:
		return Input{Path: name, Err: fmt.Errorf("%s: symbolic link to a file outside %s: not read", safetext.Name(name), filepath.ToSlash(w.root))}, true
	case !info.Mode().IsRegular():
		return Input{Path: name, Err: fmt.Errorf("%s: symbolic link to something other than a regular file (%s)", safetext.Name(name), info.Mode().Type())}, true
	case w.read[target]:
		return Input{}, false // the walk reads the file itself
	}
	w.read[target] = true
	return Input{Path: name}, true
}

// within says whether path lies in folder dir (both absolute and clean).
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
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

// Excluded matches a path against globs relative to the working folder
// (see Globs).
func Excluded(p string, globs []string) bool {
	return Globs{Patterns: globs}.Match(p)
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
