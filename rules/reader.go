package rules

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/checker/source"
)

// Reader reads a YAML file written by hand the way rule files are read:
// every error at its file:line:col, unknown and repeated keys refused, all
// errors collected and sorted. Other hand-written files (the registry of
// confirmed facts) use it so their errors read like a rule file's.
type Reader struct{ l *loader }

// NewReader prepares to read data, named file in errors.
func NewReader(file string, data []byte) *Reader {
	return &Reader{l: &loader{file: file, lines: strings.Split(string(data), "\n")}}
}

// Document parses data and returns its top node; nil when the YAML does not
// parse or the file is empty (the error is recorded).
func (r *Reader) Document(data []byte) *yaml.Node {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		r.l.errorf(yamlErrorLine(err), 1, "%s", strings.TrimPrefix(yamlErrorText(err), "yaml: "))
		return nil
	}
	if len(root.Content) == 0 {
		r.l.errorf(1, 1, "empty file")
		return nil
	}
	return root.Content[0]
}

// EachKey visits a mapping's keys in order, reporting a node that is no
// mapping, unknown keys (naming the known ones) and repeated ones.
func (r *Reader) EachKey(m *yaml.Node, known []string, what string, visit func(key string, value *yaml.Node)) {
	r.l.eachKey(m, known, what, visit)
}

// Str is a scalar's value; another node is an error.
func (r *Reader) Str(n *yaml.Node) string { return r.l.str(n) }

// StrList is a value or a list of values.
func (r *Reader) StrList(n *yaml.Node) []string { return r.l.strList(n) }

// Pos is where a node is written; for a scalar, the rune at offset off of
// its value.
func (r *Reader) Pos(n *yaml.Node, off int) source.Position { return r.l.pos(n, off) }

// ErrorAt records an error at a node.
func (r *Reader) ErrorAt(n *yaml.Node, format string, args ...any) { r.l.errorAt(n, format, args...) }

// Err is every error recorded, sorted by position, as a *multierror.Error
// of *source.Error values; nil when there is none.
func (r *Reader) Err() error { return r.l.err() }
