// Package config finds and reads factlint's configuration with viper: a
// .factlint.yaml (or .yml, .toml, .json) in the current folder or the nearest
// parent up to the repository root, or the file --config names, overridden by
// FACTLINT_* environment variables and then by flags. Unknown keys are
// errors, so a typo never silently does nothing.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/checker/suggest"
)

// Names are the configuration file names looked for, in order.
var Names = []string{".factlint.yaml", ".factlint.yml", ".factlint.toml", ".factlint.json"}

// Keys are the configuration keys factlint knows.
var Keys = []string{"rules", "disable", "severity", "fail_on", "format", "exclude", "builtin", "require_suppression_reason", "on_unreadable", "stories",
	"min_severity", "baseline", "new_from_rev", "facts"}

// Config is the resolved configuration of a run.
type Config struct {
	File     string            // the file read, "" if none
	Rules    []string          // extra rule files, relative to the working folder
	Disable  []string          // rule ids switched off
	Severity map[string]string // rule id → severity
	FailOn   string
	Format   string
	Exclude  []string
	Builtin  bool // load the built-in packs
	// RequireSuppressionReason makes a suppression comment without
	// "-- reason" a finding.
	RequireSuppressionReason bool
	// Stories is how articles without a front matter story are grouped:
	// inferred from what they report (the default), by folder, or not at
	// all (front-matter).
	Stories story.Mode
	// OnUnreadable is what becomes of a file a folder walk finds that is
	// not an article (binary, not UTF-8, a link out of the folder): "error"
	// fails the run, "skip" notes it and goes on.
	OnUnreadable string

	// Root is the configuration file's folder, "" (the working folder)
	// without one: a rule's `paths` globs are relative to it.
	Root string
	// ExcludeBase is the folder the Exclude globs are relative to: Root
	// when the file set them, the working folder when a flag or
	// FACTLINT_EXCLUDE did.
	ExcludeBase string
	// MinSeverity is the lowest severity the report shows (FailOn still
	// counts every finding).
	MinSeverity string
	// Baseline is a baseline file whose findings are hidden, relative to
	// the working folder (a file's value is read from Root).
	Baseline string
	// NewFromRev reports only findings on lines changed since this git
	// revision.
	NewFromRev string
	// Facts is the registry of confirmed facts every article is checked
	// against, relative to the working folder (a file's value is read from
	// Root); "": each story's facts.yaml beside its drafts.
	Facts string

	data  []byte         // the file's bytes, for Where
	flags *pflag.FlagSet // the flags read, for Where
}

// Where names where a key's value came from, for an error about it found
// after loading: the flag, the variable, or the file's line and column.
func (c *Config) Where(key string) string {
	return origin(c.File, c.data, c.flags, key)
}

// WhereItem is Where for item index of a list key (-1: the value).
func (c *Config) WhereItem(key string, index int) string {
	if index < 0 {
		return c.Where(key)
	}
	return originOfItem(c.File, c.data, c.flags, key, index)
}

// OnUnreadable values.
const (
	UnreadableError = "error"
	UnreadableSkip  = "skip"
)

// Options say where to look and what overrides the file.
type Options struct {
	Explicit string         // --config
	Dir      string         // the working folder
	Flags    *pflag.FlagSet // flags bound to keys by the same name (fail-on → fail_on)
}

// Load resolves the configuration.
func Load(o Options) (*Config, error) {
	v := viper.New()
	v.SetDefault("fail_on", "error")
	v.SetDefault("format", "text")
	v.SetDefault("builtin", true)
	v.SetDefault("stories", string(story.Infer))
	v.SetDefault("on_unreadable", UnreadableError)
	v.SetDefault("min_severity", "info")
	file := o.Explicit
	if file == "" {
		file = Discover(o.Dir)
	}
	var data []byte
	if file != "" {
		var err error
		if data, err = read(v, file); err != nil {
			return nil, err
		}
	}
	if err := checkEnv(); err != nil {
		return nil, err
	}
	for _, k := range Keys {
		if err := v.BindEnv(k, envName(k)); err != nil {
			return nil, err
		}
	}
	if o.Flags != nil {
		for _, k := range Keys {
			if f := o.Flags.Lookup(flagName(k)); f != nil && f.Changed {
				if err := v.BindPFlag(k, f); err != nil {
					return nil, err
				}
			}
		}
	}
	c := &Config{File: file, FailOn: v.GetString("fail_on"), Format: v.GetString("format"), Builtin: v.GetBool("builtin"),
		RequireSuppressionReason: v.GetBool("require_suppression_reason"), OnUnreadable: v.GetString("on_unreadable"),
		Disable: list(v.Get("disable")), Exclude: list(v.Get("exclude")), Severity: v.GetStringMapString("severity"),
		MinSeverity: v.GetString("min_severity"), NewFromRev: v.GetString("new_from_rev"), data: data, flags: o.Flags}
	if file != "" {
		c.Root = filepath.Dir(file)
	}
	if fromFile(o.Flags, "exclude") {
		c.ExcludeBase = c.Root
	}
	if err := checkGlobs(c.Exclude, func(i int) string { return originOfItem(file, data, o.Flags, "exclude", i) }); err != nil {
		return nil, err
	}
	c.Baseline = v.GetString("baseline")
	if c.Baseline != "" && fromFile(o.Flags, "baseline") && !filepath.IsAbs(c.Baseline) {
		c.Baseline = filepath.Join(c.Root, c.Baseline)
	}
	c.Facts = v.GetString("facts")
	if c.Facts != "" && fromFile(o.Flags, "facts") && !filepath.IsAbs(c.Facts) {
		c.Facts = filepath.Join(c.Root, c.Facts)
	}
	if c.OnUnreadable != UnreadableError && c.OnUnreadable != UnreadableSkip {
		return nil, fmt.Errorf("%s: \"on_unreadable\" must be %s or %s, not %q", origin(file, data, o.Flags, "on_unreadable"), UnreadableError, UnreadableSkip, c.OnUnreadable)
	}
	for _, k := range []string{"fail_on", "min_severity"} {
		if err := checkSeverity(k, v.GetString(k)); err != nil {
			return nil, fmt.Errorf("%s: %w", origin(file, data, o.Flags, k), err)
		}
	}
	mode, err := story.ParseMode(v.GetString("stories"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", origin(file, data, o.Flags, "stories"), err)
	}
	c.Stories = mode
	base := ""
	if file != "" && fromFile(o.Flags, "rules") {
		base = filepath.Dir(file)
	}
	for _, r := range list(v.Get("rules")) {
		if base != "" && !filepath.IsAbs(r) {
			r = filepath.Join(base, r)
		}
		c.Rules = append(c.Rules, r)
	}
	return c, nil
}

// fromFile says whether a key's value, if any, is the file's: neither a
// flag nor an environment variable overrides it.
func fromFile(fs *pflag.FlagSet, key string) bool {
	_, fromEnv := os.LookupEnv(envName(key))
	return !flagSet(fs, flagName(key)) && !fromEnv
}

// checkSeverity checks a severity threshold: min_severity hides findings
// below it, so "none" (which would hide every one) is refused there.
func checkSeverity(key, value string) error {
	sev, err := diagnostic.ParseSeverity(value)
	if err == nil && key == "min_severity" && sev > diagnostic.Error {
		err = fmt.Errorf("unknown severity %q (want error, warning or info)", value)
	}
	if err != nil {
		return fmt.Errorf("%q: %w", key, err)
	}
	return nil
}

// checkGlobs checks each pattern, naming where the first broken one is
// written.
func checkGlobs(patterns []string, at func(int) string) error {
	for i, g := range patterns {
		if err := files.CheckGlob(g); err != nil {
			return fmt.Errorf("%s: %q: %w", at(i), "exclude", err)
		}
	}
	return nil
}

func flagSet(fs *pflag.FlagSet, name string) bool {
	if fs == nil {
		return false
	}
	f := fs.Lookup(name)
	return f != nil && f.Changed
}

// Discover returns the configuration file nearest to dir, looking up to the
// repository root (the folder holding .git) or the file system's root.
func Discover(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for d := abs; ; d = filepath.Dir(d) {
		for _, n := range Names {
			p := filepath.Join(d, n)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return relativeTo(dir, p)
			}
		}
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil || filepath.Dir(d) == d {
			return ""
		}
	}
}

func relativeTo(dir, p string) string {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return p
	}
	if r, err := filepath.Rel(absDir, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}

// read loads one file into v and rejects keys factlint does not know and
// values of the wrong type; it returns the file's bytes.
func read(v *viper.Viper, file string) ([]byte, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	v.SetConfigFile(file)
	if err := v.ReadConfig(bytes.NewReader(data)); err != nil {
		return nil, parseError(file, data, err)
	}
	settings := v.AllSettings()
	var unknown []string
	for k := range settings {
		if !known(k) {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	if len(unknown) > 0 {
		return nil, &source.Error{Pos: keyPosition(file, data, unknown[0]),
			Msg: fmt.Sprintf("unknown configuration key %q%s (known keys: %s)", unknown[0], suggest.DidYouMean(unknown[0], Keys), strings.Join(Keys, ", "))}
	}
	return data, checkFile(file, data, settings)
}

func known(k string) bool {
	for _, x := range Keys {
		if x == k {
			return true
		}
	}
	return false
}

// list reads a key that may be a list or a comma- or space-separated string.
func list(v any) []string {
	switch v := v.(type) {
	case nil:
		return nil
	case string:
		return strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' })
	case []string:
		return v
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, fmt.Sprint(x))
		}
		return out
	}
	return []string{fmt.Sprint(v)}
}
