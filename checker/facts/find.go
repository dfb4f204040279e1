package facts

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Set finds the registry of each article of a run and loads each registry
// once; it is safe for concurrent use. The zero of *Set (nil) finds none.
type Set struct {
	root       string // the highest folder a registry is looked for in
	configured string // the registry configuration names; "": look beside the drafts
	fixed      *Registry

	mu     sync.Mutex
	loaded map[string]loaded
	near   map[string]string // a folder's registry file, "" for none: nearest's
}

type loaded struct {
	reg *Registry
	err error
}

// NewSet finds registries: configured, when given, is every article's
// registry; otherwise an article's is the facts.yaml in its folder or the
// nearest parent folder up to root (the configuration's folder; "" is the
// working folder). An article outside root has only its own folder's.
func NewSet(root, configured string) *Set {
	return &Set{root: root, configured: configured, loaded: map[string]loaded{}, near: map[string]string{}}
}

// Fixed is a set whose one registry applies to every article (a rule's
// example, a test).
func Fixed(r *Registry) *Set { return &Set{fixed: r} }

// Again is a set that finds registries as s does and loads them anew: the
// editor's workspace asks for one at each check, since a registry may have
// changed on disk since the last.
func (s *Set) Again() *Set {
	if s == nil || s.fixed != nil {
		return s
	}
	return NewSet(s.root, s.configured)
}

// For is the registry of the article at path, nil when none applies; an
// error is the registry's, file:line:col, reported once per registry by
// whoever collects them (each call returns it).
func (s *Set) For(path string) (*Registry, error) {
	if s == nil {
		return nil, nil
	}
	if s.fixed != nil {
		return s.fixed, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	file := s.configured
	if file == "" {
		// the articles of a folder share its registry: one walk up per folder
		dir := filepath.Dir(filepath.FromSlash(path))
		near, ok := s.near[dir]
		if !ok {
			near = s.nearest(dir)
			s.near[dir] = near
		}
		if file = near; file == "" {
			return nil, nil
		}
	}
	l, ok := s.loaded[file]
	if !ok {
		l.reg, l.err = Load(file)
		s.loaded[file] = l
	}
	return l.reg, l.err
}

// nearest is the facts.yaml of dir or its nearest parent within root, as
// a path relative where dir is.
func (s *Set) nearest(dir string) string {
	absRoot, err1 := filepath.Abs(s.root)
	absDir, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return ""
	}
	within := absDir == absRoot || strings.HasPrefix(absDir, absRoot+string(filepath.Separator))
	for d := dir; ; d = filepath.Join(d, "..") {
		p := filepath.Join(d, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return filepath.ToSlash(p)
		}
		abs, err := filepath.Abs(d)
		if !within || err != nil || abs == absRoot || filepath.Dir(abs) == abs {
			return ""
		}
	}
}
