package rules

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/file"
	"github.com/hashicorp/go-multierror"
	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/source"
	"github.com/factlint/factlint/checker/suggest"
)

// Pack is one rule file.
type Pack struct {
	Name        string
	Description string
	File        string
	Extends     []string
	ExtendsPos  []source.Position // where each of Extends is written
	Rules       []*Rule
}

var packKeys = []string{"pack", "description", "extends", "rules"}

var ruleKeys = []string{"id", "title", "description", "severity", "claims", "where", "pairs", "key", "assert", "strong", "weak_severity",
	"message", "related_message", "examples", "link", "since", "paths"}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// loader decodes one rule file, collecting every error with its position.
type loader struct {
	file  string
	lines []string
	errs  *multierror.Error
}

// Load decodes and compiles a rule pack. The error, if any, is a
// *multierror.Error of *source.Error values sorted by position.
func Load(file string, data []byte) (*Pack, error) {
	l := &loader{file: file, lines: strings.Split(string(data), "\n")}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		l.errorf(yamlErrorLine(err), 1, "%s", strings.TrimPrefix(yamlErrorText(err), "yaml: "))
		return nil, l.err()
	}
	p := &Pack{File: file}
	if len(root.Content) == 0 {
		l.errorf(1, 1, "empty rule file")
		return nil, l.err()
	}
	doc := root.Content[0]
	var list *yaml.Node
	switch doc.Kind {
	case yaml.SequenceNode:
		list = doc
	case yaml.MappingNode:
		list = l.packHeader(doc, p)
	default:
		l.errorAt(doc, "a rule file is a list of rules or a mapping with a \"rules\" list")
	}
	if list != nil {
		for _, n := range list.Content {
			if r := l.rule(n, p); r != nil {
				p.Rules = append(p.Rules, r)
			}
		}
	}
	if p.Name == "" {
		p.Name = strings.TrimSuffix(baseName(file), ".yaml")
	}
	for _, r := range p.Rules {
		r.Pack = p.Name
	}
	if err := l.err(); err != nil {
		return nil, err
	}
	return p, nil
}

func (l *loader) packHeader(doc *yaml.Node, p *Pack) *yaml.Node {
	var list *yaml.Node
	l.eachKey(doc, packKeys, "rule file", func(k string, v *yaml.Node) {
		switch k {
		case "pack":
			p.Name = l.str(v)
		case "description":
			p.Description = l.str(v)
		case "extends":
			p.Extends = l.strList(v)
			for i := range p.Extends {
				at := v
				if v.Kind == yaml.SequenceNode {
					at = v.Content[i]
				}
				p.ExtendsPos = append(p.ExtendsPos, l.pos(at, 0))
			}
		case "rules":
			if v.Kind != yaml.SequenceNode {
				l.errorAt(v, "rules must be a list")
				return
			}
			list = v
		}
	})
	return list
}

// eachKey visits a mapping's keys, reporting unknown and repeated ones.
func (l *loader) eachKey(m *yaml.Node, known []string, what string, visit func(string, *yaml.Node)) {
	if m.Kind != yaml.MappingNode {
		l.errorAt(m, "%s must be a mapping", what)
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		switch {
		case !contains(known, k.Value):
			l.errorAt(k, "unknown key %q in %s (known keys: %s)", k.Value, what, strings.Join(known, ", "))
		case seen[k.Value]:
			l.errorAt(k, "key %q repeated", k.Value)
		default:
			seen[k.Value] = true
			visit(k.Value, v)
		}
	}
}

// raw is a rule's expression nodes before compilation.
type raw struct {
	where, key, assert, strong, message, related *yaml.Node
}

func (l *loader) rule(n *yaml.Node, p *Pack) *Rule {
	r := &Rule{Severity: Error, WeakSeverity: Warning, Pos: l.pos(n, 0)}
	var x raw
	var idNode *yaml.Node
	l.eachKey(n, ruleKeys, "rule", func(k string, v *yaml.Node) {
		switch k {
		case "id":
			r.ID, idNode = l.str(v), v
			r.Pos = l.pos(v, 0)
		case "title":
			r.Title = l.str(v)
		case "description":
			r.Description = l.str(v)
		case "link":
			r.Link = l.str(v)
		case "since":
			r.Since = l.str(v)
		case "severity":
			sev, err := ParseSeverity(l.str(v))
			if err != nil || sev > Error {
				l.errorAt(v, "severity must be error, warning or info, not %q", v.Value)
			}
			r.Severity = sev
		case "claims":
			for i, s := range l.strList(v) {
				if !validKind(s) {
					at := v
					if v.Kind == yaml.SequenceNode {
						at = v.Content[i]
					}
					l.errorAt(at, "unknown claim kind %q (known: %s)", s, kindList())
				}
				r.Kinds = append(r.Kinds, claim.Kind(s))
			}
		case "pairs":
			r.Pairs = Pairing(l.str(v))
			if r.Pairs != WithinDocument && r.Pairs != AcrossDocuments && r.Pairs != AnyPair {
				l.errorAt(v, "pairs must be within-document, across-documents or any, not %q", v.Value)
			}
		case "where":
			x.where = v
		case "key":
			x.key = v
		case "assert":
			x.assert = v
		case "strong":
			x.strong = v
		case "weak_severity":
			sev, err := ParseSeverity(l.str(v))
			if err != nil {
				l.errorAt(v, "weak_severity must be error, warning, info or none, not %q", v.Value)
			}
			r.WeakSeverity = sev
		case "message":
			x.message = v
		case "related_message":
			x.related = v
		case "examples":
			l.examples(v, r)
		case "paths":
			l.eachKey(v, []string{"include", "exclude"}, "paths", func(k string, v *yaml.Node) {
				globs := l.globs(v)
				if k == "include" {
					r.Include = globs
				} else {
					r.Exclude = globs
				}
			})
		}
	})
	switch {
	case idNode == nil:
		l.errorAt(n, "rule has no id")
		return nil
	case !idPattern.MatchString(r.ID):
		l.errorAt(idNode, "rule id %q must be lower case letters, digits and hyphens", r.ID)
	}
	if len(r.Kinds) == 0 {
		l.errorAt(n, "rule %q: claims (the kinds of claim it checks) is required", r.ID)
	}
	if x.assert == nil {
		l.errorAt(n, "rule %q: assert is required", r.ID)
	}
	if x.message == nil {
		l.errorAt(n, "rule %q: message is required", r.ID)
	}
	if r.Pairs != Single && x.key == nil {
		l.errorAt(n, "rule %q: a pair rule needs a key, so only claims with equal keys are compared", r.ID)
	}
	l.compile(r, x)
	return r
}

func (l *loader) examples(v *yaml.Node, r *Rule) {
	l.eachKey(v, []string{"bad", "good"}, "examples", func(k string, v *yaml.Node) {
		if v.Kind != yaml.SequenceNode {
			l.errorAt(v, "examples.%s must be a list of texts", k)
			return
		}
		for _, e := range v.Content {
			ex := Example{Text: l.str(e), Pos: l.pos(e, 0)}
			if k == "bad" {
				r.Examples.Bad = append(r.Examples.Bad, ex)
			} else {
				r.Examples.Good = append(r.Examples.Good, ex)
			}
		}
	})
}

// compile compiles every expression of a rule against its environment.
func (l *loader) compile(r *Rule, x raw) {
	fns := functionOptions()
	claimOpts := append([]expr.Option{expr.Env(ClaimEnv{}), expr.MaxNodes(maxNodes)}, fns...)
	boolClaim := append([]expr.Option{expr.AsBool()}, claimOpts...)
	if x.where != nil {
		r.Where = l.expr(r, "where", x.where, boolClaim)
	}
	if x.key != nil {
		r.Key = l.expr(r, "key", x.key, claimOpts)
	}
	var assertEnv any = ClaimEnv{}
	if r.Pairs != Single {
		assertEnv = PairEnv{}
	}
	msgOpts := append([]expr.Option{expr.MaxNodes(maxNodes)}, fns...)
	if x.assert != nil {
		r.Assert = l.expr(r, "assert", x.assert, append([]expr.Option{expr.Env(assertEnv), expr.AsBool(), expr.MaxNodes(maxNodes)}, fns...))
		if r.Pairs != Single && r.Assert.Defined() {
			r.Assert.Reads = pairReads(r.Assert.Program.Node(), Functions())
		}
	}
	if x.strong != nil {
		r.Strong = l.expr(r, "strong", x.strong, append([]expr.Option{expr.Env(assertEnv), expr.AsBool(), expr.MaxNodes(maxNodes)}, fns...))
		if r.Pairs != Single && r.Strong.Defined() {
			r.Strong.Reads = pairReads(r.Strong.Program.Node(), Functions())
		}
	}
	if x.message != nil {
		r.Message = l.template(r, "message", x.message, assertEnv, msgOpts)
	}
	if x.related != nil {
		if r.Pairs == Single {
			l.errorAt(x.related, "rule %q: related_message is for pair rules", r.ID)
		}
		r.Related = l.template(r, "related_message", x.related, PairEnv{}, msgOpts)
	}
}

// maxNodes bounds an expression's size, so a pathological rule is refused
// at load time.
const maxNodes = 2000

func (l *loader) expr(r *Rule, field string, n *yaml.Node, opts []expr.Option) Expr {
	e := Expr{Source: n.Value, Pos: l.pos(n, 0)}
	if n.Kind != yaml.ScalarNode {
		l.errorAt(n, "rule %q: %s must be an expression (a string)", r.ID, field)
		return e
	}
	if at, err := nestingError(n.Value); err != nil {
		l.exprError(r, field, n, at, err)
		return e
	}
	prog, err := expr.Compile(n.Value, opts...)
	if err != nil {
		l.exprError(r, field, n, 0, err)
		return e
	}
	e.Program, e.Guard, e.plain = prog, guardOf(prog.Node()), plainTextOf(prog.Node())
	return e
}

func (l *loader) template(r *Rule, field string, n *yaml.Node, env any, opts []expr.Option) Template {
	t, at, err := compileTemplate(n.Value, env, opts)
	if err != nil {
		l.exprError(r, field, n, at, err)
	}
	t.Pos = l.pos(n, 0)
	return t
}

// exprError reports an expr error at the character it names.
func (l *loader) exprError(r *Rule, field string, n *yaml.Node, base int, err error) {
	msg, from := err.Error(), 0
	var fe *file.Error
	if errors.As(err, &fe) {
		msg, from = fe.Message, fe.From
	}
	msg += fieldSuggestion(msg)
	l.errs = multierror.Append(l.errs, &source.Error{Pos: l.pos(n, base+from), Msg: fmt.Sprintf("rule %q: %s: %s", r.ID, field, msg)})
}

var noField = regexp.MustCompile(`^type \*?(?:claim\.)?(\w+) has no field (\w+)$`)

// fieldSuggestion is the "did you mean" of expr's error for a misspelt
// field of a claim, an article, a source or an interval.
func fieldSuggestion(msg string) string {
	m := noField.FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	t, ok := map[string]reflect.Type{"Claim": reflect.TypeFor[claim.Claim](), "Article": reflect.TypeFor[claim.Article](),
		"Source": reflect.TypeFor[claim.Source](), "Interval": reflect.TypeFor[claim.Interval]()}[m[1]]
	if !ok {
		return ""
	}
	var names []string
	for _, f := range reflect.VisibleFields(t) { // a claim's own fields and its facets'
		if tag := f.Tag.Get("expr"); tag != "" && tag != "-" {
			names = append(names, tag)
		}
	}
	return suggest.DidYouMean(m[2], names)
}

// pos is the file position of the rune at offset off of a scalar's value.
// Plain and quoted scalars continue on their own line; block scalars (| and
// >) start on the next line at their indentation.
func (l *loader) pos(n *yaml.Node, off int) source.Position {
	p := source.Position{File: l.file, Line: n.Line, Column: n.Column}
	if n.Kind != yaml.ScalarNode {
		return p
	}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
		if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
			off++
		}
		p.Column += off
		return p
	}
	value := []rune(n.Value)
	line, col := 0, 0
	for i := 0; i < off && i < len(value); i++ {
		if value[i] == '\n' {
			line, col = line+1, 0
		} else {
			col++
		}
	}
	p.Line = n.Line + 1 + line
	// the block's indentation is its first content line's; deeper lines
	// keep their extra spaces in the value
	indent := 0
	for i := n.Line; i < len(l.lines); i++ {
		if raw := l.lines[i]; strings.TrimSpace(raw) != "" {
			indent = len(raw) - len(strings.TrimLeft(raw, " "))
			break
		}
	}
	p.Column = indent + 1 + col
	return p
}

func (l *loader) str(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		l.errorAt(n, "expected a single value")
		return ""
	}
	return n.Value
}

func (l *loader) strList(n *yaml.Node) []string {
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}
	}
	if n.Kind != yaml.SequenceNode {
		l.errorAt(n, "expected a value or a list of values")
		return nil
	}
	var out []string
	for _, c := range n.Content {
		out = append(out, l.str(c))
	}
	return out
}

// globs reads a value or list of path globs, each checked where it is
// written, so a broken pattern is an error at load, not a rule that
// silently matches nothing.
func (l *loader) globs(n *yaml.Node) []string {
	out := l.strList(n)
	for i, g := range out {
		at := n
		if n.Kind == yaml.SequenceNode {
			at = n.Content[i]
		}
		if err := files.CheckGlob(g); err != nil {
			p := l.pos(at, 0)
			l.errorf(p.Line, p.Column, "paths: %v", err)
		}
	}
	return out
}

func (l *loader) errorAt(n *yaml.Node, format string, args ...any) {
	l.errorf(n.Line, n.Column, format, args...)
}

func (l *loader) errorf(line, col int, format string, args ...any) {
	l.errs = multierror.Append(l.errs, &source.Error{Pos: source.Position{File: l.file, Line: line, Column: col}, Msg: fmt.Sprintf(format, args...)})
}

func (l *loader) err() error {
	if l.errs == nil {
		return nil
	}
	SortErrors(l.errs)
	return l.errs
}

// SortErrors orders collected errors by file, line and column, so they read
// like a compiler's.
func SortErrors(m *multierror.Error) {
	sort.SliceStable(m.Errors, func(i, j int) bool {
		a, b := positionOf(m.Errors[i]), positionOf(m.Errors[j])
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	m.ErrorFormat = func(errs []error) string {
		var b strings.Builder
		for i, e := range errs {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(e.Error())
		}
		return b.String()
	}
}

func positionOf(err error) source.Position {
	var se *source.Error
	if errors.As(err, &se) {
		return se.Pos
	}
	return source.Position{}
}

var yamlLine = regexp.MustCompile(`line (\d+): ?`)

func yamlErrorLine(err error) int {
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 1
}

func yamlErrorText(err error) string {
	return yamlLine.ReplaceAllString(strings.TrimPrefix(err.Error(), "yaml: "), "")
}

func validKind(s string) bool {
	for _, k := range claim.Kinds {
		if string(k) == s {
			return true
		}
	}
	return false
}

func kindList() string {
	var ks []string
	for _, k := range claim.Kinds {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}
