package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/go-multierror"

	"github.com/factlint/factlint/checker/files"

	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/checker/suggest"
)

//go:embed builtin/*.yaml
var builtinFS embed.FS

// BuiltinPrefix names embedded packs in positions and messages.
const BuiltinPrefix = "builtin/"

// SetOptions chooses the rules of a run.
type SetOptions struct {
	Builtin  bool     // load the embedded packs
	Files    []string // extra rule files
	Read     func(string) ([]byte, error)
	Disable  []string          // rule ids switched off
	Severity map[string]string // rule id → error | warning | info
}

// Set is the compiled rules of a run, in a stable order.
type Set struct {
	Rules []*Rule
	Packs []*Pack
}

// LoadSet loads the built-in packs and the given files, resolving `extends`,
// applying configuration overrides, and collecting every error.
func LoadSet(o SetOptions) (*Set, error) {
	s := &Set{}
	var errs *multierror.Error
	seen := map[string]bool{}
	var chain []string // the packs being loaded, each extending the next
	var load func(name string, builtin bool, from source.Position)
	load = func(name string, builtin bool, from source.Position) {
		key := filepath.Clean(name)
		if i := slices.Index(chain, key); i >= 0 {
			// a pack that extends itself, directly or not, is a mistake
			// the author should see, not one to load half of
			cycle := strings.Join(append(slices.Clone(chain[i:]), key), " → ")
			errs = multierror.Append(errs, &source.Error{Pos: from, Msg: "extends loop: " + cycle})
			return
		}
		if seen[key] {
			return
		}
		seen[key] = true
		chain = append(chain, key)
		defer func() { chain = chain[:len(chain)-1] }()
		var data []byte
		var err error
		if builtin {
			data, err = builtinFS.ReadFile(name)
		} else {
			data, err = o.Read(name)
		}
		if err != nil {
			errs = multierror.Append(errs, fmt.Errorf("%s: %w", name, files.Reason(err)))
			return
		}
		p, err := Load(name, data)
		if err != nil {
			errs = multierror.Append(errs, err)
			return
		}
		for i, ext := range p.Extends {
			at := p.ExtendsPos[i]
			if b := BuiltinPrefix + ext + ".yaml"; isBuiltin(b) {
				load(b, true, at)
			} else if builtin {
				errs = multierror.Append(errs, &source.Error{Pos: at, Msg: fmt.Sprintf("extends unknown built-in pack %q", ext)})
			} else {
				load(filepath.Join(filepath.Dir(name), ext), false, at)
			}
		}
		s.Packs = append(s.Packs, p)
	}
	if o.Builtin {
		for _, name := range BuiltinPacks() {
			load(name, true, source.Position{File: name})
		}
	}
	for _, f := range o.Files {
		load(f, false, source.Position{File: f})
	}
	ids := map[string]*Rule{}
	for _, p := range s.Packs {
		for _, r := range p.Rules {
			if prev, ok := ids[r.ID]; ok {
				errs = multierror.Append(errs, &source.Error{Pos: r.Pos, Msg: fmt.Sprintf("rule id %q already defined at %s", r.ID, prev.Pos)})
				continue
			}
			ids[r.ID] = r
			s.Rules = append(s.Rules, r)
		}
	}
	if err := s.configure(o, ids); err != nil {
		errs = multierror.Append(errs, err)
	}
	if errs != nil {
		SortErrors(errs)
		return nil, errs
	}
	sort.SliceStable(s.Rules, func(i, j int) bool { return s.Rules[i].ID < s.Rules[j].ID })
	return s, nil
}

// ConfigError is a mistake in the configuration's `disable` or `severity`,
// which the caller can place where the configuration was written.
type ConfigError struct {
	Key   string // disable or severity
	Index int    // the item of a list, -1 for the value
	Msg   string
}

func (e *ConfigError) Error() string { return e.Key + ": " + e.Msg }

// configure applies `disable` and `severity` from configuration; naming a
// rule that does not exist is an error, as a typo would silently do nothing.
func (s *Set) configure(o SetOptions, ids map[string]*Rule) error {
	var errs *multierror.Error
	off := map[string]bool{}
	known := slices.Sorted(maps.Keys(ids))
	for i, id := range o.Disable {
		if ids[id] == nil {
			errs = multierror.Append(errs, &ConfigError{Key: "disable", Index: i, Msg: fmt.Sprintf("unknown rule id %q%s", id, suggest.DidYouMean(id, known))})
		}
		off[id] = true
	}
	keys := slices.Sorted(maps.Keys(o.Severity))
	for _, id := range keys {
		r := ids[id]
		if r == nil {
			errs = multierror.Append(errs, &ConfigError{Key: "severity", Index: -1, Msg: fmt.Sprintf("unknown rule id %q%s", id, suggest.DidYouMean(id, known))})
			continue
		}
		sev, err := ParseSeverity(o.Severity[id])
		if err != nil || sev > Error {
			errs = multierror.Append(errs, &ConfigError{Key: "severity", Index: -1, Msg: fmt.Sprintf("of %q: must be error, warning or info, not %q", id, o.Severity[id])})
			continue
		}
		r.Severity = sev
	}
	kept := s.Rules[:0]
	for _, r := range s.Rules {
		if !off[r.ID] {
			kept = append(kept, r)
		}
	}
	s.Rules = kept
	return errs.ErrorOrNil()
}

// BuiltinPacks lists the embedded packs.
func BuiltinPacks() []string {
	entries, _ := fs.ReadDir(builtinFS, "builtin")
	var out []string
	for _, e := range entries {
		out = append(out, BuiltinPrefix+e.Name())
	}
	sort.Strings(out)
	return out
}

func isBuiltin(name string) bool {
	_, err := builtinFS.ReadFile(name)
	return err == nil
}

// Lookup finds a rule by id.
func (s *Set) Lookup(id string) *Rule {
	for _, r := range s.Rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}
