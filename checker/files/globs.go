package files

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Globs are path patterns read relative to one folder: the `exclude` of a
// configuration, or a rule's `paths`. Every command (check, test, the
// language server) matches them with Match, so a pattern means one thing
// wherever it is used.
//
// The syntax is doublestar's: * and ? stay within a path segment, **
// spans any number of folders, [abc] and {a,b} as in a shell. A pattern
// without a slash matches a file or folder name at any depth (as in
// .gitignore: "*.draft.md", "archive"); any other is matched against the
// whole path from Base ("drafts/**", "**/003_*"), a leading "./" or "/"
// anchoring it there as well, and a trailing "/" standing for everything
// below the folder.
type Globs struct {
	Base     string // the folder patterns are relative to; "" is the working folder
	Patterns []string
}

// CheckGlob says why a pattern is not a glob, or returns nil.
func CheckGlob(pattern string) error {
	if pattern == "" {
		return fmt.Errorf("empty glob")
	}
	if !doublestar.ValidatePattern(normalize(pattern)) {
		return fmt.Errorf("invalid glob %q: an unclosed [ or {, or a \\ at its end", pattern)
	}
	return nil
}

// normalize is the pattern as matched against a path from Base.
func normalize(pattern string) string {
	p := strings.TrimPrefix(pattern, "./")
	if strings.HasSuffix(p, "/") {
		p += "**"
	}
	return strings.TrimPrefix(p, "/")
}

// anchored says whether a pattern is matched against the whole path from
// Base rather than against each name in it.
func anchored(pattern string) bool {
	return strings.Contains(strings.TrimSuffix(pattern, "/"), "/")
}

// Match says whether a path (slash- or OS-separated, relative to the
// working folder or absolute) matches any of the patterns. An invalid
// pattern matches nothing: patterns are checked with CheckGlob when they
// are loaded.
func (g Globs) Match(p string) bool {
	if len(g.Patterns) == 0 {
		return false
	}
	rel, inside := g.relative(p)
	for _, pat := range g.Patterns {
		if anchored(pat) {
			if !inside {
				continue
			}
			if ok, _ := doublestar.Match(normalize(pat), rel); ok {
				return true
			}
			continue
		}
		if matchName(strings.TrimSuffix(pat, "/"), rel) {
			return true
		}
	}
	return false
}

// matchName matches a pattern without a slash against every name of p.
func matchName(pat, p string) bool {
	for name := range strings.SplitSeq(p, "/") {
		if ok, _ := doublestar.Match(pat, name); ok && name != "" && name != "." && name != ".." {
			return true
		}
	}
	return false
}

// relative is p as a clean slash path from Base, and whether it lies
// inside Base at all; outside, it is p cleaned, for name patterns. The
// common case, Base the working folder and p relative below it, is done
// without asking the file system.
func (g Globs) relative(p string) (string, bool) {
	clean := path.Clean(filepath.ToSlash(p))
	if (g.Base == "" || g.Base == ".") && !filepath.IsAbs(p) && !outside(clean) {
		return clean, true
	}
	base := g.Base
	if base == "" {
		base = "."
	}
	absBase, err1 := filepath.Abs(base)
	absP, err2 := filepath.Abs(filepath.FromSlash(p))
	if err1 != nil || err2 != nil {
		return clean, false
	}
	rel, err := filepath.Rel(absBase, absP)
	if err != nil {
		return clean, false
	}
	rel = filepath.ToSlash(rel)
	if outside(rel) {
		return clean, false
	}
	return rel, true
}

func outside(rel string) bool { return rel == ".." || strings.HasPrefix(rel, "../") }

// Applies says whether a rule with these `paths` globs applies to a file:
// it matches one of include (or include is empty) and none of exclude.
func Applies(base string, include, exclude []string, file string) bool {
	if len(include) > 0 && !(Globs{Base: base, Patterns: include}).Match(file) {
		return false
	}
	return !(Globs{Base: base, Patterns: exclude}).Match(file)
}
