// Package config finds and reads factlint's configuration with viper: a
// .factlint.yaml (or .yml, .toml, .json) in the current folder or the nearest
// parent up to the repository root, or the file --config names, overridden by
// FACTLINT_* environment variables and then by flags. Unknown keys are
// errors, so a typo never silently does nothing.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/checker/story"
)

// Names are the configuration file names looked for, in order.
var Names = []string{".factlint.yaml", ".factlint.yml", ".factlint.toml", ".factlint.json"}

// Keys are the configuration keys factlint knows.
var Keys = []string{"rules", "disable", "severity", "fail_on", "format", "exclude", "builtin", "require_suppression_reason", "stories"}

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
}

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
	file := o.Explicit
	if file == "" {
		file = Discover(o.Dir)
	}
	if file != "" {
		if err := read(v, file); err != nil {
			return nil, err
		}
	}
	for _, k := range Keys {
		if err := v.BindEnv(k, "FACTLINT_"+strings.ToUpper(k)); err != nil {
			return nil, err
		}
	}
	if o.Flags != nil {
		for _, k := range Keys {
			if f := o.Flags.Lookup(strings.ReplaceAll(k, "_", "-")); f != nil && f.Changed {
				if err := v.BindPFlag(k, f); err != nil {
					return nil, err
				}
			}
		}
	}
	c := &Config{File: file, FailOn: v.GetString("fail_on"), Format: v.GetString("format"), Builtin: v.GetBool("builtin"),
		RequireSuppressionReason: v.GetBool("require_suppression_reason"),
		Disable:                  list(v.Get("disable")), Exclude: list(v.Get("exclude")), Severity: v.GetStringMapString("severity")}
	mode, err := story.ParseMode(v.GetString("stories"))
	if err != nil {
		if flagSet(o.Flags, "stories") {
			return nil, fmt.Errorf("--stories: %w", err)
		}
		return nil, fmt.Errorf("%s: stories: %w", origin(file, "stories"), err)
	}
	c.Stories = mode
	base := ""
	if _, fromEnv := os.LookupEnv("FACTLINT_RULES"); file != "" && !flagSet(o.Flags, "rules") && !fromEnv {
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

// origin names where a key's value came from: its environment variable
// when that is set, else the configuration file.
func origin(file, key string) string {
	env := "FACTLINT_" + strings.ToUpper(key)
	if _, ok := os.LookupEnv(env); ok || file == "" {
		return env
	}
	return file
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

// read loads one file into v and rejects keys factlint does not know.
func read(v *viper.Viper, file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("%s: %w", file, err)
	}
	v.SetConfigFile(file)
	if err := v.ReadConfig(strings.NewReader(string(data))); err != nil {
		return fmt.Errorf("%s: %v", file, err)
	}
	var unknown []string
	for k := range v.AllSettings() {
		if !known(k) {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	if len(unknown) > 0 {
		return &source.Error{Pos: keyPosition(file, data, unknown[0]),
			Msg: fmt.Sprintf("unknown configuration key %q (known keys: %s)", unknown[0], strings.Join(Keys, ", "))}
	}
	return nil
}

// keyPosition finds where a top-level key is written in a YAML file; other
// formats are reported at the file.
func keyPosition(file string, data []byte, key string) source.Position {
	p := source.Position{File: file}
	ext := strings.ToLower(filepath.Ext(file))
	if ext != ".yaml" && ext != ".yml" {
		return p
	}
	var root yaml.Node
	if yaml.Unmarshal(data, &root) != nil || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return p
	}
	m := root.Content[0]
	for i := 0; i < len(m.Content); i += 2 {
		if strings.EqualFold(m.Content[i].Value, key) {
			p.Line, p.Column = m.Content[i].Line, m.Content[i].Column
		}
	}
	return p
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
