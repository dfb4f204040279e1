package document

import (
	"bytes"
	"errors"
	"fmt"

	"golang.org/x/text/encoding/unicode"

	"github.com/factlint/factlint/checker/source"
)

// ErrNotText marks the error of a file that is not text factlint can read
// as an article (a NUL byte, invalid UTF-8), as against a text article with
// a fault in it (malformed front matter): a folder walk's on_unreadable
// setting applies to the first kind only.
var ErrNotText = errors.New("not a text file")

// notText is a positioned error that is also ErrNotText.
type notText struct{ err *source.Error }

func (e *notText) Error() string   { return e.err.Error() }
func (e *notText) Unwrap() []error { return []error{e.err, ErrNotText} }

func notTextError(path string, lines *source.Lines, off int, format string, args ...any) error {
	return &notText{source.Errorf(path, lines, off, format, args...)}
}

// Decode returns a file's bytes as UTF-8. A file that starts with a UTF-16
// byte-order mark (what Windows editors save as "Unicode" text) is
// converted, without the mark; any other file is returned as it is, to be
// judged by Parse. UTF-16 without a mark cannot be told from binary data
// for sure, so it is not guessed at: Parse refuses it for its NUL bytes.
func Decode(path string, src []byte) ([]byte, error) {
	if !bytes.HasPrefix(src, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		return src, nil
	}
	// the mark chooses the byte order
	out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(src)
	if err != nil {
		return nil, &notText{&source.Error{Pos: source.Position{File: path}, Msg: fmt.Sprintf("cannot decode UTF-16: %v", err)}}
	}
	return out, nil
}

// utf16Hint explains a NUL byte in a file that looks like UTF-16 text
// without a byte-order mark: Latin text in UTF-16 has a zero in every other
// byte.
func utf16Hint(src []byte) string {
	n := min(len(src), 512) &^ 1
	if n < 4 {
		return ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if src[i] == 0 {
			even++
		}
		if src[i+1] == 0 {
			odd++
		}
	}
	if pairs := n / 2; even*10 >= pairs*9 || odd*10 >= pairs*9 {
		return "; it looks like UTF-16 without a byte-order mark: save it as UTF-8"
	}
	return ""
}
