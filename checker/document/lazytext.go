package document

// A block's text without a copy until it needs one. Most blocks of a
// draft are one run of the file's bytes, which finish shares with the
// source (sharedString); writing each run into a buffer first cost an
// allocation and a copy a paragraph that were then thrown away, and a
// buffer that grew by doubling for the others (a tenth of what parsing
// allocated). lazyText holds the first run as the slice of the source it
// is and copies only when a second piece comes.

// lazyText is what a builder has written of a block's text.
type lazyText struct {
	run    []byte // the one run written so far, not copied (the source's bytes never change)
	buf    []byte // the text, once more than one run is written
	copied bool
}

// Len is the number of bytes written.
func (t *lazyText) Len() int {
	if !t.copied {
		return len(t.run)
	}
	return len(t.buf)
}

// Bytes is the text written, to read only.
func (t *lazyText) Bytes() []byte {
	if !t.copied {
		return t.run
	}
	return t.buf
}

// Write appends p, kept as it is when it is the first run.
func (t *lazyText) Write(p []byte) {
	if !t.copied && len(t.run) == 0 {
		t.run = p
		return
	}
	t.copy(len(p))
	t.buf = append(t.buf, p...)
}

// WriteByte appends c; it never fails (the error is io.ByteWriter's).
func (t *lazyText) WriteByte(c byte) error {
	t.copy(1)
	t.buf = append(t.buf, c)
	return nil
}

// WriteString appends s.
func (t *lazyText) WriteString(s string) {
	t.copy(len(s))
	t.buf = append(t.buf, s...)
}

// String is a copy of the text.
func (t *lazyText) String() string { return string(t.Bytes()) }

// copy moves the first run into a buffer of its own with room for more
// bytes, before the text grows past it.
func (t *lazyText) copy(more int) {
	if t.copied {
		return
	}
	t.buf = append(make([]byte, 0, 2*(len(t.run)+more)), t.run...)
	t.run, t.copied = nil, true
}
