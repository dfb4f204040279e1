package lint

import (
	"path/filepath"
	"sync"

	"github.com/factlint/factlint/checker/facts"
)

// registries remembers, for one run, the registry of confirmed facts of
// each folder. facts.Set.For finds an article's registry by looking for
// the nearest facts.yaml, a stat (and an absolute path, a system call) per
// parent folder; every article of a folder has the same, and asking once
// per article cost a second and a half of 100,000 files' run. A run asks
// its Set once per folder; the Set itself stays without memory of the
// disk, as the language server's outlives a new facts.yaml.
type registries struct {
	set   *facts.Set
	mu    sync.Mutex
	found map[string]registryFound // by folder
}

type registryFound struct {
	reg *facts.Registry
	err error
}

// For is set.For(path), asked once for the folder of path.
func (r *registries) For(path string) (*facts.Registry, error) {
	if r == nil || r.set == nil {
		return nil, nil
	}
	dir := filepath.Dir(filepath.FromSlash(path))
	r.mu.Lock()
	defer r.mu.Unlock()
	f, ok := r.found[dir]
	if !ok {
		f.reg, f.err = r.set.For(path)
		if r.found == nil {
			r.found = map[string]registryFound{}
		}
		r.found[dir] = f
	}
	return f.reg, f.err
}
