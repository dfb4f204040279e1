package facts

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/timeline"
	"github.com/factlint/factlint/rules"
)

// The keys of the file and of each kind of entry.
var (
	registryKeys = []string{"story", "figures", "names", "titles", "quotes"}
	figureKeys   = []string{"event", "subject", "value", "source", "as_of"}
	nameKeys     = []string{"name", "flag"}
	titleKeys    = []string{"name", "title"}
	quoteKeys    = []string{"by", "text"}
)

// MaxSize bounds a registry file: a desk's registry is a page or two.
const MaxSize = 1 << 20

// Load reads and validates a registry file.
func Load(path string) (*Registry, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, files.Reason(err))
	}
	if st.Size() > MaxSize {
		return nil, fmt.Errorf("%s: a registry of %d bytes is more than the %d a registry may have", path, st.Size(), MaxSize)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, files.Reason(err))
	}
	return Parse(path, data)
}

// Parse validates a registry read from data, named file in positions. The
// error, if any, is a *multierror.Error of *source.Error values sorted by
// position, as a rule file's.
func Parse(file string, data []byte) (*Registry, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8 text", file)
	}
	p := &parser{Reader: rules.NewReader(file, data), reg: &Registry{File: file, lines: strings.SplitAfter(string(data), "\n"), digest: digest(data)}}
	doc := p.Document(data)
	if doc != nil {
		p.registry(doc)
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	return p.reg, nil
}

// digest is a registry file's Digest.
func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// parser reads one registry, collecting every error with its position.
type parser struct {
	*rules.Reader
	reg *Registry
}

func (p *parser) registry(doc *yaml.Node) {
	if doc.Kind != yaml.MappingNode {
		p.ErrorAt(doc, "a registry is a mapping of %s", joinKeys(registryKeys))
		return
	}
	p.EachKey(doc, registryKeys, "registry", func(k string, v *yaml.Node) {
		if k == "story" {
			p.reg.Story = p.Str(v)
			return
		}
		if v.Kind != yaml.SequenceNode {
			p.ErrorAt(v, "%s must be a list of entries (each line “- …”)", k)
			return
		}
		for _, e := range v.Content {
			switch k {
			case "figures":
				p.figure(e)
			case "names":
				p.name(e)
			case "titles":
				p.title(e)
			case "quotes":
				p.quote(e)
			}
		}
	})
}

var eventPattern = regexp.MustCompile(`^[a-z]+( [a-z]+)?$`)

func (p *parser) figure(n *yaml.Node) {
	f := Figure{Pos: p.Pos(n, 0)}
	var valueNode, eventNode *yaml.Node
	p.EachKey(n, figureKeys, "figure", func(k string, v *yaml.Node) {
		switch k {
		case "event":
			eventNode = v
			if f.Event = normalEvent(p.Str(v)); f.Event != "" && !eventPattern.MatchString(f.Event) {
				p.ErrorAt(v, "event %q is no event (killed, injured, missing, displaced, arrested, …)", v.Value)
			}
		case "subject":
			f.Subject = singular(p.Str(v))
		case "value":
			valueNode = v
			p.value(v, &f)
		case "source":
			f.Source = p.Str(v)
		case "as_of":
			f.AsOf = p.date(v)
		}
	})
	if n.Kind != yaml.MappingNode {
		return
	}
	switch {
	case eventNode == nil:
		p.ErrorAt(n, "a figure needs an event (killed, injured, missing, …)")
	case valueNode == nil:
		p.ErrorAt(n, "a figure needs a value (34, \"at least 34\", \"about 300\")")
	}
	if eventNode == nil || valueNode == nil {
		return
	}
	f.Pos, f.end = p.Pos(valueNode, 0), p.endColumn(valueNode)
	if first, ok := p.reg.Match(&claim.Claim{Facets: &claim.Facets{Event: f.Event, Subject: f.Subject}}); ok {
		p.ErrorAt(eventNode, "a second figure for %s %s (the first is at line %d)", f.Event, subjectName(f.Subject), first.Pos.Line)
		return
	}
	p.reg.Figures = append(p.reg.Figures, f)
}

func (p *parser) value(v *yaml.Node, f *Figure) {
	if v.Kind != yaml.ScalarNode {
		p.ErrorAt(v, "value must be a figure (34, \"at least 34\", \"about 300\", \"30 to 40\"), not a %s", nodeKind(v))
		return
	}
	q, in, err := parseValue(v.Value)
	if err != nil {
		p.ErrorAt(v, "value %q: %v", v.Value, err)
		return
	}
	f.Qualifier, f.Value, f.Text = q, in, v.Value
}

// date reads an as_of time as front matter's date is read.
func (p *parser) date(v *yaml.Node) string {
	s := p.Str(v)
	if s == "" {
		return ""
	}
	t := timeline.Parse(s)
	if t == "" {
		p.ErrorAt(v, "as_of %q is no date (write 2026-02-27, or 2026-02-27T18:00:00Z with a time)", s)
	}
	return t
}

func (p *parser) name(n *yaml.Node) {
	e := Name{Pos: p.Pos(n, 0)}
	var at *yaml.Node
	p.EachKey(n, nameKeys, "name entry", func(k string, v *yaml.Node) {
		switch k {
		case "name":
			at = v
			e.Name = p.Str(v)
		case "flag":
			e.Flag = p.StrList(v)
		}
	})
	if n.Kind != yaml.MappingNode {
		return
	}
	if at == nil {
		p.ErrorAt(n, "a name entry needs a name (the house spelling)")
	}
	if e.Name == "" {
		return // missing, or of the wrong type: reported
	}
	e.Pos, e.end = p.Pos(at, 0), p.endColumn(at)
	for _, k := range e.keys() {
		if first, ok := p.reg.Spelling(k); ok {
			p.ErrorAt(at, "%q is the entry at line %d already (names that differ only in case or diacritics are one)", e.Name, first.Pos.Line)
			return
		}
	}
	p.reg.Names = append(p.reg.Names, e)
}

func (p *parser) title(n *yaml.Node) {
	name, title, at, ok := p.pairEntry(n, titleKeys, "title entry", "a title entry needs a name and a title")
	if !ok {
		return
	}
	e := Title{Name: name, Title: title, Role: extract.Role(title)}
	if e.Role == "" {
		p.ErrorAt(at, "title %q names no office factlint knows (governor, minister, spokesperson, director, …): drafts could not be held against it", e.Title)
		return
	}
	e.Pos, e.end = p.Pos(at, 0), p.endColumn(at)
	p.reg.Titles = append(p.reg.Titles, e)
}

func (p *parser) quote(n *yaml.Node) {
	by, text, at, ok := p.pairEntry(n, quoteKeys, "quote entry", "a quote entry needs by (the speaker) and text (the words)")
	if !ok {
		return
	}
	e := Quote{By: by, Text: text}
	e.Pos, e.end = p.Pos(at, 0), p.endColumn(at)
	p.reg.Quotes = append(p.reg.Quotes, e)
}

// pairEntry reads an entry of two required strings (a title's name and
// title, a quote's speaker and words): their values, the node of the second,
// where the entry's findings point, and whether both are there. A missing key
// or a value of the wrong type is reported here.
func (p *parser) pairEntry(n *yaml.Node, keys []string, what, missing string) (first, second string, at *yaml.Node, ok bool) {
	p.EachKey(n, keys, what, func(k string, v *yaml.Node) {
		if k == keys[0] {
			first = p.Str(v)
			return
		}
		at, second = v, p.Str(v)
	})
	if n.Kind != yaml.MappingNode {
		return "", "", nil, false
	}
	if !hasKeys(n, keys...) {
		p.ErrorAt(n, "%s", missing)
	}
	return first, second, at, first != "" && second != ""
}

// endColumn is the column after a scalar's value on its first line.
func (p *parser) endColumn(n *yaml.Node) int {
	first := n.Value
	for i, r := range first {
		if r == '\n' {
			first = first[:i]
			break
		}
	}
	pos := p.Pos(n, utf8.RuneCountInString(first))
	return pos.Column
}

// hasKeys says whether a mapping has every one of keys.
func hasKeys(m *yaml.Node, keys ...string) bool {
	for _, k := range keys {
		found := false
		for i := 0; i+1 < len(m.Content); i += 2 {
			found = found || m.Content[i].Value == k
		}
		if !found {
			return false
		}
	}
	return true
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.MappingNode:
		return "mapping"
	}
	return "value"
}

func subjectName(s string) string {
	if s == "" {
		return "person"
	}
	return s
}

func joinKeys(keys []string) string { return strings.Join(keys, ", ") }
