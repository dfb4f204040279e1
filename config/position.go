package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/checker/source"
)

// format is a configuration file's syntax, by its name as viper chooses it.
func format(file string) string {
	return strings.TrimPrefix(strings.ToLower(filepath.Ext(file)), ".")
}

// valuePosition finds where a top-level key's value (or its list item
// index, if index >= 0) is written: exact for YAML and JSON, the start of
// the value on the key's line for TOML, the file alone if it cannot be
// found.
func valuePosition(file string, data []byte, key string, index int) source.Position {
	return entryPosition(file, data, key, index, true)
}

// keyPosition finds where a top-level key is written.
func keyPosition(file string, data []byte, key string) source.Position {
	return entryPosition(file, data, key, -1, false)
}

// entryPosition finds a top-level key's value (or its key) in each syntax.
func entryPosition(file string, data []byte, key string, index int, value bool) source.Position {
	p := source.Position{File: file}
	off := -1
	switch format(file) {
	case "yaml", "yml":
		k, n := yamlEntry(data, key)
		if !value {
			n = k
		} else if n != nil && index >= 0 && n.Kind == yaml.SequenceNode && index < len(n.Content) {
			n = n.Content[index]
		}
		if n != nil {
			p.Line, p.Column = n.Line, n.Column
		}
		return p
	case "json":
		k, v := jsonEntry(data, key)
		off = v
		if !value {
			off = k
		}
	case "toml":
		if loc := tomlEntry(data, key); loc != nil {
			off = loc[2]
			if value {
				off = loc[3]
			}
		}
	}
	if off >= 0 {
		p.Line, p.Column = source.NewLines(data).Position(off)
	}
	return p
}

// tomlEntry finds a top-level "key = value" line: the match's submatch 1
// is the key, and the value starts at the match's end (loc[2], loc[3]).
func tomlEntry(data []byte, key string) []int {
	re := regexp.MustCompile(`(?mi)^[ \t]*(["']?` + regexp.QuoteMeta(key) + `["']?)[ \t]*=[ \t]*`)
	loc := re.FindSubmatchIndex(data)
	if loc == nil {
		return nil
	}
	return []int{loc[0], loc[1], loc[2], loc[1]}
}

func yamlMapping(data []byte) *yaml.Node {
	var root yaml.Node
	if yaml.Unmarshal(data, &root) != nil || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	return root.Content[0]
}

// yamlEntry is the key and value nodes of a top-level key; viper keeps
// the last of keys that differ only in case, and so does this.
func yamlEntry(data []byte, key string) (k, v *yaml.Node) {
	if m := yamlMapping(data); m != nil {
		for i := 0; i+1 < len(m.Content); i += 2 {
			if strings.EqualFold(m.Content[i].Value, key) {
				k, v = m.Content[i], m.Content[i+1]
			}
		}
	}
	return k, v
}

// jsonEntry is the byte offsets of a top-level key and its value, or -1.
func jsonEntry(data []byte, key string) (keyOff, valueOff int) {
	keyOff, valueOff = -1, -1
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return
	}
	skip := func(off int, chars string) int {
		for off < len(data) && strings.IndexByte(chars, data[off]) >= 0 {
			off++
		}
		return off
	}
	for dec.More() {
		k := skip(int(dec.InputOffset()), ", \t\r\n")
		t, err := dec.Token()
		if err != nil {
			return
		}
		v := skip(int(dec.InputOffset()), ": \t\r\n")
		if s, _ := t.(string); strings.EqualFold(s, key) {
			keyOff, valueOff = k, v
		}
		var value json.RawMessage
		if dec.Decode(&value) != nil {
			return
		}
	}
	return
}

var yamlErrorLine = regexp.MustCompile(`^line (\d+): `)

// parseError places a configuration file's syntax error: viper's decoders
// give a byte offset (JSON), a line and column (TOML) or a line (YAML).
func parseError(file string, data []byte, err error) error {
	msg := err.Error()
	var inner error = err
	if u := errors.Unwrap(err); u != nil {
		inner, msg = u, u.Error() // without viper's "While parsing config: "
	}
	p := source.Position{File: file}
	var syntax *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	var rowCol interface{ Position() (int, int) } // go-toml's DecodeError
	switch {
	case errors.As(inner, &syntax) && msg == "unexpected end of JSON input":
		p.Line, p.Column = source.NewLines(data).Position(len(data))
	case errors.As(inner, &syntax):
		p.Line, p.Column = source.NewLines(data).Position(int(syntax.Offset) - 1)
	case errors.As(inner, &typeErr):
		p.Line, p.Column = source.NewLines(data).Position(int(typeErr.Offset) - 1)
	case errors.Is(inner, io.ErrUnexpectedEOF):
		p.Line, p.Column = source.NewLines(data).Position(len(data))
	case errors.As(inner, &rowCol):
		p.Line, p.Column = rowCol.Position()
		msg = strings.SplitN(msg, "\n", 2)[0]
	default:
		msg = strings.TrimPrefix(msg, "yaml: ")
		if m := yamlErrorLine.FindStringSubmatch(msg); m != nil {
			p.Line, _ = strconv.Atoi(m[1])
			p.Column = 1 // YAML's parser gives no column
			msg = msg[len(m[0]):]
		}
	}
	if p.Line == 0 {
		return fmt.Errorf("%s: %s", file, msg)
	}
	return &source.Error{Pos: p, Msg: msg}
}
