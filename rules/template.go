package rules

import (
	"fmt"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/source"
)

// Template is a message with {expression} placeholders, each compiled once.
// "{{" and "}}" stand for literal braces.
type Template struct {
	Source string
	Pos    source.Position // of the message in its rule file, for errors at run time
	parts  []templatePart
}

type templatePart struct {
	text    string
	program *vm.Program
}

// compileTemplate parses and compiles a message; offset errors report the
// rune offset of the failing placeholder's expression within src.
func compileTemplate(src string, env any, opts []expr.Option) (Template, int, error) {
	t := Template{Source: src}
	var lit strings.Builder
	runes := []rune(src)
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		switch {
		case r == '{' && i+1 < len(runes) && runes[i+1] == '{', r == '}' && i+1 < len(runes) && runes[i+1] == '}':
			lit.WriteRune(r)
			i++
		case r == '{':
			end := closingBrace(runes, i)
			if end < 0 {
				return t, i, fmt.Errorf("unclosed { in message")
			}
			code := string(runes[i+1 : end])
			if at, err := nestingError(code); err != nil {
				return t, i + 1 + at, err
			}
			prog, err := expr.Compile(code, append([]expr.Option{expr.Env(env)}, opts...)...)
			if err != nil {
				return t, i + 1, err
			}
			if lit.Len() > 0 {
				t.parts = append(t.parts, templatePart{text: lit.String()})
				lit.Reset()
			}
			t.parts = append(t.parts, templatePart{program: prog})
			i = end
		default:
			lit.WriteRune(r)
		}
	}
	if lit.Len() > 0 {
		t.parts = append(t.parts, templatePart{text: lit.String()})
	}
	return t, 0, nil
}

// closingBrace finds the brace that closes the placeholder opened at i,
// past nested braces (expr closures) and string literals.
func closingBrace(runes []rune, i int) int {
	depth := 0
	var quote rune
	for k := i; k < len(runes); k++ {
		r := runes[k]
		switch {
		case quote != 0:
			if r == '\\' {
				k++
			} else if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'' || r == '`':
			quote = r
		case r == '{':
			depth++
		case r == '}':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// Render fills the placeholders, running them on v.
func (t Template) Render(v *vm.VM, env any) (string, error) {
	var b strings.Builder
	for _, p := range t.parts {
		if p.program == nil {
			b.WriteString(p.text)
			continue
		}
		out, err := v.Run(p.program, env)
		if err != nil {
			return "", err
		}
		b.WriteString(formatValue(out))
	}
	return b.String(), nil
}

func formatValue(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return FormatNumber(v)
	case claim.Interval:
		if v.Unbounded() {
			return "at least " + FormatNumber(v.Min)
		}
		if v.Min == v.Max {
			return FormatNumber(v.Min)
		}
		return FormatNumber(v.Min) + " to " + FormatNumber(v.Max)
	}
	return fmt.Sprint(v)
}
