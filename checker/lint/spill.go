package lint

import (
	"fmt"
	"math"
	"os"
	"sync"

	"github.com/factlint/factlint/checker/claim"
)

// spill keeps the claims of articles that wait for their story to be
// inferred in their binary form (claim.AppendBinary, a quarter of their
// size as structs): stories are known only once every file is read, and
// holding every article's claims as structs until then would make memory
// grow with the run. The binary forms are packed into chunks; the first
// chunks, up to a budget, stay in memory, and the later ones are written to
// a temporary file a whole chunk at a time, so a desk's run never touches
// the disk and an archive's memory stops growing at the budget. The file
// is unlinked as soon as it is made where the system allows it, so nothing
// is left behind, even when the run is killed.
type spill struct {
	mu        sync.Mutex
	chunks    []spillChunk
	current   []byte // the chunk being filled, always in memory
	spare     []byte // a chunk written to the file, whose memory the next chunk reuses
	inMem     int    // bytes of the chunks kept in memory, current's included
	budget    int    // bytes of chunks memory may keep; more go to the file
	chunkSize int    // of a chunk
	f         *os.File
	name      string // still to remove at close, where unlinking an open file failed
	size      int64  // of the file
	scratch   sync.Pool
}

// spillChunk is a chunk of binary forms: in memory (data) or in the file
// (at off).
type spillChunk struct {
	data []byte
	off  int64
	n    int
}

// spilled is where one article's claims are.
type spilled struct {
	chunk int32
	at    int32 // offset in the chunk
	n     int32
}

// spillChunkSize is the size of a chunk: one write to the file, few
// enough writes that their system calls cost nothing next to encoding.
const spillChunkSize = 1 << 20

func newSpill(budget, chunk int) *spill {
	if chunk <= 0 {
		chunk = spillChunkSize
	}
	return &spill{budget: budget, chunkSize: chunk, scratch: sync.Pool{New: func() any { return new([]byte) }}}
}

// put keeps the binary form of claims and says where it is. The form is
// made in a buffer of a pool, so putting allocates nothing once chunks and
// buffers are there.
func (s *spill) put(cs []*claim.Claim) (spilled, error) {
	bp := s.scratch.Get().(*[]byte)
	buf := claim.AppendBinary((*bp)[:0], cs)
	defer func() { *bp = buf; s.scratch.Put(bp) }()
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.current)+len(buf) > cap(s.current) {
		if err := s.seal(); err != nil {
			return spilled{}, err
		}
		s.current = s.newChunk(len(buf))
		s.inMem += cap(s.current)
	}
	at := spilled{chunk: int32(len(s.chunks)), at: int32(len(s.current)), n: int32(len(buf))}
	s.current = append(s.current, buf...)
	return at, nil
}

// newChunk is an empty chunk for at least n bytes: the memory of the last
// chunk written to the file where it is large enough. Past the budget
// every chunk goes to the file, so an archive's run fills one buffer again
// and again instead of allocating (and the collector clearing) a megabyte
// per chunk.
func (s *spill) newChunk(n int) []byte {
	if cap(s.spare) >= max(s.chunkSize, n) {
		c := s.spare[:0]
		s.spare = nil
		return c
	}
	return make([]byte, 0, max(s.chunkSize, n))
}

// seal closes the chunk being filled: it stays in memory within the
// budget, else it is written to the file and its memory let go.
func (s *spill) seal() error {
	if s.current == nil {
		return nil
	}
	c := spillChunk{data: s.current, n: len(s.current)}
	s.current = nil
	var err error
	if s.inMem > s.budget {
		size := cap(c.data)
		if err = s.write(&c); err == nil {
			s.inMem -= size
		} else {
			s.budget = math.MaxInt // the chunk stays in memory, and the next ones: the error is reported once
		}
	}
	s.chunks = append(s.chunks, c)
	return err
}

// write puts a chunk in the file, made at the first chunk that goes there.
func (s *spill) write(c *spillChunk) error {
	if s.f == nil {
		f, err := os.CreateTemp("", "factlint-stories-*")
		if err != nil {
			return fmt.Errorf("keeping claims for rules across articles: %w", err)
		}
		s.f = f
		if os.Remove(f.Name()) != nil {
			s.name = f.Name()
		}
	}
	if _, err := s.f.WriteAt(c.data, s.size); err != nil {
		return fmt.Errorf("keeping claims for rules across articles: %w", err)
	}
	s.spare = c.data // written: its memory may serve the next chunk
	c.off, c.data = s.size, nil
	s.size += int64(c.n)
	return nil
}

// done seals the last chunk: every put is done, gets may start.
func (s *spill) done() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seal()
}

// get reads back the claims put at at; gets may run in parallel.
func (s *spill) get(at spilled) ([]*claim.Claim, error) {
	c := s.chunks[at.chunk]
	if c.data != nil {
		return read(c.data[at.at : at.at+at.n])
	}
	bp := s.scratch.Get().(*[]byte)
	defer s.scratch.Put(bp)
	if cap(*bp) < int(at.n) {
		*bp = make([]byte, at.n)
	}
	buf := (*bp)[:at.n]
	if _, err := s.f.ReadAt(buf, c.off+int64(at.at)); err != nil {
		return nil, fmt.Errorf("reading back claims for rules across articles: %w", err)
	}
	return read(buf)
}

func read(buf []byte) ([]*claim.Claim, error) {
	cs, err := claim.ReadBinary(buf)
	if err != nil {
		return nil, fmt.Errorf("reading back claims for rules across articles: %w", err)
	}
	return cs, nil
}

func (s *spill) close() {
	s.chunks, s.current = nil, nil
	if s.f == nil {
		return
	}
	s.f.Close()
	if s.name != "" {
		os.Remove(s.name)
	}
}
