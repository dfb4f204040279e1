package main

import (
	"strings"
	"testing"
)

// endless is a standard input that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// An endless standard input is refused once past the size limit, not read
// until memory runs out (the limit is lowered here; it is document.MaxSize).
func TestEndlessStandardInputIsRefused(t *testing.T) {
	a := &app{stdin: endless{}, stdinLimit: 1 << 16}
	in, err := a.inputs([]string{"-"}, nil)
	if len(in) != 0 || err == nil || !strings.Contains(err.Error(), "<stdin>.md (standard input): too large: more than 65536 bytes") {
		t.Fatalf("inputs = %v, err = %v", in, err)
	}
}
