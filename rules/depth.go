package rules

import (
	"fmt"
	"unicode"
)

// maxDepth bounds how deeply an expression nests: brackets, and prefix
// operators in a row. expr's parser recurses once per level before it
// creates a node, so its node limit does not stop "((((…" or "!!!!…", and
// a Go stack overflow cannot be recovered from; a rule nested a hundred
// deep is refused before it is parsed.
const maxDepth = 100

// nestingError reports, for an expression's source, the rune offset where
// it nests more than maxDepth deep, or -1. It reads tokens only as far as
// nesting needs: string literals are skipped, and "-" and "+" are prefix
// operators when no operand comes before them.
func nestingError(src string) (int, error) {
	runes := []rune(src)
	depth, prefix := 0, 0 // open brackets; prefix operators since the last operand
	operand := false
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		switch {
		case r == '"' || r == '\'' || r == '`':
			i = stringEnd(runes, i)
			operand, prefix = true, 0
			continue
		case r == '(' || r == '[' || r == '{':
			depth++
			operand, prefix = false, 0
		case r == ')' || r == ']' || r == '}':
			depth--
			operand, prefix = true, 0
			continue
		case r == '!' && (i+1 >= len(runes) || runes[i+1] != '='), (r == '-' || r == '+') && !operand:
			prefix++
		case isIdentRune(r):
			j := i
			for j < len(runes) && isIdentRune(runes[j]) {
				j++
			}
			if string(runes[i:j]) == "not" {
				prefix++
			} else {
				operand, prefix = true, 0
			}
			i = j - 1
			if operand {
				continue
			}
		case unicode.IsSpace(r):
			continue
		default:
			operand = false
			continue
		}
		if depth+prefix > maxDepth {
			return i, fmt.Errorf("expression nested more than %d deep (brackets and prefix operators)", maxDepth)
		}
	}
	return -1, nil
}

// stringEnd is the offset of the quote that closes the literal opened at
// i (backquoted literals have no escapes), or the last rune.
func stringEnd(runes []rune, i int) int {
	q := runes[i]
	for j := i + 1; j < len(runes); j++ {
		switch {
		case runes[j] == '\\' && q != '`':
			j++
		case runes[j] == q:
			return j
		}
	}
	return len(runes) - 1
}

func isIdentRune(r rune) bool {
	return r == '_' || r == '$' || r == '#' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r)
}
