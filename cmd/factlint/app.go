package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/hashicorp/go-multierror"
	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/facts"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/lint"
	"github.com/factlint/factlint/checker/safetext"
	"github.com/factlint/factlint/config"
	"github.com/factlint/factlint/rules"
)

// app holds one invocation's streams and exit code.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	code           int

	stdinLimit int64 // the most standard input may hold; 0: document.MaxSize

	configFile     string
	ruleFiles      []string
	stdinFilename  string
	skipUnreadable bool          // on_unreadable: skip
	excludeBase    string        // the folder exclude globs are relative to
	reportFile     string        // check --output: removed when the run fails
	extraReports   []extraReport // check --output-format: removed when the run fails

	cpuProfile, memProfile string
	stopProfiles           func()

	// names escapes, in messages on standard error, the names of this
	// run's inputs that safetext.Name would change (see errorf)
	names *strings.Replacer
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:           "factlint",
		Short:         "Check article drafts for factual inconsistencies",
		Long:          "factlint extracts the claims of article drafts (counts, attributions, quotes, names) and checks them\nwith declarative rules, within one article and across the articles of a story.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&a.configFile, "config", "", "configuration file (default: .factlint.yaml found upward from here)")
	a.addProfileFlags(root)
	root.PersistentPreRunE = func(*cobra.Command, []string) error {
		stop, err := a.startProfiles()
		a.stopProfiles = stop
		return err
	}
	root.AddCommand(a.checkCommand(), a.claimsCommand(), a.rulesCommand(), a.explainCommand(), a.testCommand(), a.storiesCommand(), a.factsCommand(), a.sheetCommand(), a.baselineCommand(), a.lspCommand(), a.versionCommand())
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fmt.Errorf("%v\nRun '%s --help' for usage.", err, c.CommandPath())
	})
	return root
}

// addRuleFlags adds the flags every command that loads rules shares.
func (a *app) addRuleFlags(c *cobra.Command) {
	c.Flags().StringSliceVar(&a.ruleFiles, "rules", nil, "extra rule file (repeatable)")
	c.Flags().Bool("builtin", true, "load the built-in rule packs")
	c.Flags().StringSlice("disable", nil, "rule ids to switch off")
}

// addUnreadableFlag adds --on-unreadable to a command that walks folders.
func addUnreadableFlag(c *cobra.Command) {
	c.Flags().String("on-unreadable", config.UnreadableError, "a file a folder walk finds that is not an article (binary, not UTF-8, a link out of the folder): error (exit 2) or skip (a note)")
}

// loadConfig resolves configuration for a command's flags.
func (a *app) loadConfig(c *cobra.Command) (*config.Config, error) {
	dir, _ := os.Getwd()
	cfg, err := config.Load(config.Options{Explicit: a.configFile, Dir: dir, Flags: c.Flags()})
	if err == nil {
		a.skipUnreadable = cfg.OnUnreadable == config.UnreadableSkip
		a.excludeBase = cfg.ExcludeBase
	}
	return cfg, err
}

// loadRules compiles the rules the configuration asks for.
func (a *app) loadRules(cfg *config.Config) (*rules.Set, error) {
	set, err := rules.LoadSet(rules.SetOptions{Builtin: cfg.Builtin, Files: cfg.Rules, Read: os.ReadFile,
		Disable: cfg.Disable, Severity: cfg.Severity})
	if err != nil {
		return nil, placeConfigErrors(cfg, err)
	}
	for _, r := range set.Rules {
		r.PathBase = cfg.Root // a rule's paths read as exclude does
	}
	return set, nil
}

// rulesToRun loads the rules of a run that checks articles. Mistakes in
// the rules are reported where they were written (annotate, when given,
// also marks them for a CI's annotations) and ok is false; a run that
// would load no rule at all is an error, since a gate with no rule passes
// every draft.
func (a *app) rulesToRun(cfg *config.Config, annotate func(error)) (set *rules.Set, ok bool, err error) {
	set, err = a.loadRules(cfg)
	if err != nil {
		if annotate != nil {
			annotate(err)
		}
		a.report(err)
		return nil, false, nil
	}
	return set, true, noRule(cfg, set)
}

// checkOptions are the options of a check under a configuration: the
// same for check, baseline and sheet, so a baseline holds the findings
// check reports and a sheet marks them.
func checkOptions(cfg *config.Config, set *rules.Set) lint.Options {
	return lint.Options{Rules: set.Rules, RequireReason: cfg.RequireSuppressionReason, Stories: cfg.Stories,
		Facts: facts.NewSet(cfg.Root, cfg.Facts)}
}

// placeConfigErrors names where each mistake in `disable` or `severity`
// was written: the file's line and column, the flag or the variable.
func placeConfigErrors(cfg *config.Config, err error) error {
	m, ok := err.(*multierror.Error)
	if !ok {
		return err
	}
	for i, e := range m.Errors {
		var ce *rules.ConfigError
		if !errors.As(e, &ce) {
			continue
		}
		where := cfg.WhereItem(ce.Key, ce.Index)
		if strings.HasPrefix(where, "--") || strings.HasPrefix(where, "FACTLINT_") {
			m.Errors[i] = fmt.Errorf("%s: %s", where, ce.Msg)
		} else {
			m.Errors[i] = fmt.Errorf("%s: %w", where, ce)
		}
	}
	return m
}

// inputs expands the command line's paths; "-" is standard input.
func (a *app) inputs(args []string, exclude []string) ([]files.Input, error) {
	if len(args) == 0 {
		args = []string{"."}
	}
	var out []files.Input
	var paths []string
	var errs *multierror.Error
	flush := func() {
		if len(paths) == 0 {
			return
		}
		in, err := files.ExpandExcluding(paths, files.Globs{Base: a.excludeBase, Patterns: exclude})
		for i := range in {
			in[i].SkipUnreadable = a.skipUnreadable && !in[i].Named
		}
		out = append(out, in...)
		if err != nil {
			errs = multierror.Append(errs, err)
		}
		paths = nil
	}
	for _, p := range args {
		if p != "-" {
			paths = append(paths, p)
			continue
		}
		flush()
		name := a.stdinFilename
		if name == "" {
			name = "<stdin>.md"
		}
		data, err := a.readStdin(name)
		if err != nil {
			errs = multierror.Append(errs, err)
			continue
		}
		out = append(out, files.Input{Path: name, Named: true, Data: data})
	}
	flush()
	a.names = nameEscaper(out)
	return out, errs.ErrorOrNil()
}

// nameEscaper replaces each input name that needs escaping by its escaped
// form, the longest first, so a name that holds another is escaped whole;
// it is nil when every name is safe, as nearly always.
func nameEscaper(inputs []files.Input) *strings.Replacer {
	var unsafe []string
	for _, in := range inputs {
		if safetext.Name(in.Path) != in.Path {
			unsafe = append(unsafe, in.Path)
		}
	}
	if len(unsafe) == 0 {
		return nil
	}
	sort.Slice(unsafe, func(i, j int) bool { return len(unsafe[i]) > len(unsafe[j]) })
	var pairs []string
	for _, n := range unsafe {
		pairs = append(pairs, n, safetext.Name(n))
	}
	return strings.NewReplacer(pairs...)
}

// readStdin reads standard input whole, up to the size limit of a file: an
// endless stream is refused once past it, not read until memory runs out.
func (a *app) readStdin(name string) ([]byte, error) {
	limit := a.stdinLimit
	if limit == 0 {
		limit = document.MaxSize
	}
	data, err := io.ReadAll(io.LimitReader(a.stdin, limit+1))
	if err != nil {
		return nil, fmt.Errorf("standard input: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s (standard input): too large: more than %d bytes, the size limit of a file", name, limit)
	}
	return data, nil
}

// report prints errors to standard error, one a line, sorted as the
// multierror holds them, and raises the exit code to 2.
func (a *app) report(err error) {
	if err == nil {
		return
	}
	var lines []string
	if m, ok := err.(*multierror.Error); ok {
		for _, e := range m.Errors {
			lines = append(lines, e.Error())
		}
	} else {
		lines = append(lines, err.Error())
	}
	if _, ok := err.(*multierror.Error); !ok {
		sort.Strings(lines)
	}
	for _, l := range lines {
		a.errorf("%s", l)
	}
	a.code = exitError
}

// errorf prints a message on standard error, a CI log as often as a
// terminal. File names come from whoever named the files: the names of the
// inputs are escaped as safetext.Name escapes them in every format, so a
// name holding a line break cannot start a forged line, whichever package
// wrote the message; and the message is then made safe line by line
// (safetext.Lines), so no control character or workflow command gets
// through, whatever else it quotes.
func (a *app) errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if a.names != nil {
		msg = a.names.Replace(msg)
	}
	if !strings.HasPrefix(msg, "factlint: ") {
		msg = "factlint: " + msg
	}
	fmt.Fprintln(a.stderr, safetext.Lines(strings.TrimRight(msg, "\n")))
}
