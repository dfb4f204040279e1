package source

import (
	"fmt"

	"github.com/factlint/factlint/checker/safetext"
)

// Position is a place in a file as people read it.
type Position struct {
	File   string
	Offset int
	Line   int // 1-based
	Column int // 1-based, in Unicode characters
}

// String renders file:line:col, the form editors and terminals link, with
// the file name escaped by safetext.Name: it comes from whoever named the
// file, and is printed on terminals and CI logs.
func (p Position) String() string {
	if p.Line == 0 {
		return safetext.Name(p.File)
	}
	return fmt.Sprintf("%s:%d:%d", safetext.Name(p.File), p.Line, p.Column)
}

// Span is a half-open byte range [Start, End) in one file.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Error is an error at a place in an input file: bad UTF-8, malformed front
// matter, a rule file that does not load.
type Error struct {
	Pos Position
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Errorf builds an Error at the byte offset off of a file indexed by lines.
func Errorf(file string, lines *Lines, off int, format string, args ...any) *Error {
	line, col := lines.Position(off)
	return &Error{Pos: Position{File: file, Offset: off, Line: line, Column: col}, Msg: fmt.Sprintf(format, args...)}
}
