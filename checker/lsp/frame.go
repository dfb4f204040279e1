package lsp

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MaxMessage is the largest message body the server reads. A header that
// declares more is answered with an error before a byte of the body is
// read, and the body is then skipped by its declared length, not searched
// for the next header: the length is the only framing the protocol has, a
// large document's text can hold the words "Content-Length:", and an
// honest client that sent too much stays in step. (A client that lies
// with a huge length loses the rest of its stream; it had already lost it
// with any reading of the protocol.)
const MaxMessage = 64 << 20

// maxHeaderLine bounds one header line: the protocol's headers are a few
// dozen bytes, and a longer line is garbage to skip, not to keep.
const maxHeaderLine = 4096

// badFrame is a message the stream held that the server cannot read. The
// server answers it with an error (id null unless the message gave one)
// and reads on.
type badFrame struct {
	code int
	msg  string
	id   []byte // the message's id, when it could be read
	tell bool   // the user is told too: a message refused whole
}

func (e *badFrame) Error() string { return e.msg }

// frames splits a stream into message bodies framed by Content-Length
// headers. After a frame it cannot trust (a header that is not one, a
// length that is not a number, a body that is not the JSON it declared), it
// finds its way back to the next Content-Length header, so one bad message
// costs one error reply, not the session.
type frames struct {
	r       *bufio.Reader
	pending []byte // bytes read past a body's end, read again before r
	skip    int64  // a refused body's bytes, skipped before the next header
	lost    bool   // the stream is not at a header: look for the next one
	quiet   bool   // the frame read last was answered as bad: skip the rest of it without a second error
	max     int64
}

func newFrames(r io.Reader) *frames {
	return &frames{r: bufio.NewReaderSize(r, maxHeaderLine), max: MaxMessage}
}

// next returns the next body, a *badFrame to answer, or the stream's end
// (io.EOF at a message boundary, io.ErrUnexpectedEOF inside one). One bad
// frame is one *badFrame: what follows it up to the next header that
// reads is skipped without another.
func (f *frames) next() ([]byte, error) {
	if f.skip > 0 {
		n := f.skip
		f.skip = 0
		if err := f.discard(n); err != nil {
			return nil, err
		}
	}
	for {
		if f.lost {
			if err := f.resync(); err != nil {
				return nil, err
			}
			f.lost = false
		}
		length, err := f.header()
		if bad, ok := err.(*badFrame); ok {
			f.lost = true
			if f.quiet {
				continue // the rest of a frame already answered
			}
			f.quiet = true
			return nil, bad
		}
		if err != nil {
			return nil, err
		}
		f.quiet = false
		if length > f.max {
			f.skip = length
			return nil, &badFrame{code: invalidRequest, tell: true, msg: fmt.Sprintf("message of %d bytes refused: the language server reads messages up to %d MiB", length, f.max>>20)}
		}
		return f.body(int(length))
	}
}

// header reads a header block and returns its Content-Length. A line it
// cannot read is put back but for its first byte, so that the search for
// the next header starts inside it: the rest of a body whose length lied
// runs into the next header on the same line.
func (f *frames) header() (int64, error) {
	length, lines := int64(-1), 0
	for {
		raw, err := f.line()
		if errors.Is(err, io.EOF) {
			if lines == 0 && len(raw) == 0 {
				return 0, io.EOF
			}
			return 0, io.ErrUnexpectedEOF
		}
		if err == bufio.ErrBufferFull {
			f.unread(raw[1:])
			return 0, &badFrame{code: parseError, msg: fmt.Sprintf("malformed header: a line longer than %d bytes", maxHeaderLine)}
		}
		if err != nil {
			return 0, err
		}
		line := strings.TrimRight(string(raw), "\r\n")
		if line == "" {
			if lines == 0 {
				continue // blank lines between messages
			}
			if length < 0 {
				return 0, &badFrame{code: parseError, msg: "malformed header: no Content-Length"}
			}
			return length, nil
		}
		lines++
		name, value, ok := strings.Cut(line, ":")
		if !ok || !isToken(name) {
			f.unread(raw[1:])
			return 0, &badFrame{code: parseError, msg: fmt.Sprintf("malformed header %s", quoteShort(line))}
		}
		if !strings.EqualFold(name, "Content-Length") {
			continue // Content-Type and any other header
		}
		n, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
		if err != nil || n < 0 || (length >= 0 && n != length) {
			f.unread(raw[1:])
			return 0, &badFrame{code: parseError, msg: fmt.Sprintf("malformed header: Content-Length %s is not a length", quoteShort(strings.TrimSpace(value)))}
		}
		length = n
	}
}

// body reads n bytes.
func (f *frames) body(n int) ([]byte, error) {
	b := make([]byte, n)
	k := copy(b, f.pending)
	f.pending = f.pending[k:]
	if _, err := io.ReadFull(f.r, b[k:]); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return b, nil
}

// line reads one line with its end, up to maxHeaderLine bytes; a longer
// line is returned cut with bufio.ErrBufferFull.
func (f *frames) line() ([]byte, error) {
	var line []byte
	for {
		chunk, err := f.chunk()
		line = append(line, chunk...)
		switch {
		case err != nil:
			return line, err
		case len(line) > 0 && line[len(line)-1] == '\n':
			return line, nil
		case len(line) >= maxHeaderLine:
			return line, bufio.ErrBufferFull
		}
	}
}

// chunk returns the next bytes up to and including a newline, or as many
// as are buffered; the slice is valid until the next read.
func (f *frames) chunk() ([]byte, error) {
	if len(f.pending) > 0 {
		i := bytes.IndexByte(f.pending, '\n') + 1
		if i == 0 {
			i = len(f.pending)
		}
		c := f.pending[:i]
		f.pending = f.pending[i:]
		return c, nil
	}
	c, err := f.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		err = nil
	}
	return c, err
}

// unread puts bytes back in front of the stream.
func (f *frames) unread(b []byte) {
	f.pending = append(append([]byte(nil), b...), f.pending...)
}

// distrust tells the reader that the body it returned was not the message
// its length declared: what follows it, up to the next header, is the rest
// of that body and is skipped without a second error.
func (f *frames) distrust() { f.quiet = true }

// discard skips n bytes without keeping them.
func (f *frames) discard(n int64) error {
	k := min(int64(len(f.pending)), n)
	f.pending = f.pending[k:]
	for n -= k; n > 0; {
		step := int(min(n, 1<<20))
		if _, err := f.r.Discard(step); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		n -= int64(step)
	}
	return nil
}

// resync skips to the next "Content-Length:" (in any case), wherever it
// is: a body whose length lied ends right before the next header, with no
// newline between them. Text inside a body can hold the same words; then
// the next header read fails and resync goes on from there, so the
// reader always finds its step again at the next real message.
func (f *frames) resync() error {
	const key = "content-length:"
	var tail []byte // the last bytes seen, in case the key spans two chunks
	for {
		chunk, err := f.chunk()
		buf := append(tail, chunk...)
		if i := indexFold(buf, key); i >= 0 {
			f.unread(buf[i:])
			return nil
		}
		if err != nil {
			if errors.Is(err, io.EOF) && len(buf) > 0 {
				return io.ErrUnexpectedEOF
			}
			return err
		}
		tail = append([]byte(nil), buf[max(0, len(buf)-len(key)+1):]...)
	}
}

// indexFold is the index of key (lower-case ASCII) in b in any case, or -1.
func indexFold(b []byte, key string) int {
	for i := 0; i+len(key) <= len(b); i++ {
		j := 0
		for j < len(key) && lowerASCII(b[i+j]) == key[j] {
			j++
		}
		if j == len(key) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isToken reports whether s is a header name (RFC 7230's token).
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
			return false
		}
	}
	return true
}

// quoteShort quotes s for an error message, cut to a readable length.
func quoteShort(s string) string {
	const n = 40
	if len(s) > n {
		return strconv.Quote(s[:n]) + "…"
	}
	return strconv.Quote(s)
}
