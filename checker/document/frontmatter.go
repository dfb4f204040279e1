package document

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/checker/source"
)

// frontMatter finds a YAML front matter block: "---" on the first line, up to
// a line of "---" or "...". It returns the byte range of the YAML inside and
// the offset where the body starts; ok is false when there is none.
func frontMatter(src []byte, start int) (yamlStart, yamlEnd, body int, ok bool) {
	rest := src[start:]
	first, n := lineAt(rest, 0)
	if string(bytes.TrimRight(first, " \t")) != "---" {
		return 0, 0, start, false
	}
	for off := n; off < len(rest); {
		line, next := lineAt(rest, off)
		t := string(bytes.TrimRight(line, " \t"))
		if t == "---" || t == "..." {
			return start + n, start + off, start + next, true
		}
		off = next
	}
	return 0, 0, start, false
}

// lineAt returns the line starting at off (without its break) and the offset
// of the next line.
func lineAt(b []byte, off int) ([]byte, int) {
	i := lineEnd(b, off)
	line := b[off:i]
	if i < len(b) && b[i] == '\r' {
		i++
	}
	if i < len(b) && b[i] == '\n' {
		i++
	}
	return line, i
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseMeta decodes front matter YAML. Errors point into the file.
func parseMeta(d *Document, start, end int) (titleOff int, err error) {
	var root yaml.Node
	raw := d.Src[start:end]
	firstLine := d.Lines.Line(start)
	if err := yaml.Unmarshal(raw, &root); err != nil {
		msg, line := err.Error(), 0
		if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		off := d.Lines.LineStart(firstLine + max(line, 1) - 1)
		return 0, source.Errorf(d.Path, d.Lines, off, "malformed front matter: %s", msg)
	}
	if len(root.Content) == 0 {
		return -1, nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return 0, d.errAt(firstLine, m, "front matter must be a mapping of keys to values")
	}
	d.Meta.Extra = map[string]any{}
	titleOff = -1
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		var val any
		if err := v.Decode(&val); err != nil {
			return 0, d.errAt(firstLine, v, "front matter key %q: %v", k.Value, err)
		}
		known := map[string]*string{"title": &d.Meta.Title, "outlet": &d.Meta.Outlet, "story": &d.Meta.Story, "date": &d.Meta.Date, "url": &d.Meta.URL}
		if p, ok := known[k.Value]; ok {
			if v.Kind != yaml.ScalarNode {
				return 0, d.errAt(firstLine, v, "front matter key %q must be a single value", k.Value)
			}
			*p = v.Value
			if k.Value == "title" {
				titleOff = d.valueOffset(firstLine, v)
			}
			continue
		}
		d.Meta.Extra[k.Value] = val
	}
	return titleOff, nil
}

// valueOffset is the byte offset where a scalar's text starts in the file.
func (d *Document) valueOffset(firstLine int, n *yaml.Node) int {
	off := d.Lines.OffsetOf(firstLine+n.Line-1, n.Column)
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		off++
	}
	return off
}

func (d *Document) errAt(firstLine int, n *yaml.Node, format string, args ...any) error {
	return source.Errorf(d.Path, d.Lines, d.Lines.OffsetOf(firstLine+n.Line-1, n.Column), "%s", fmt.Sprintf(format, args...))
}
