package lint

import (
	"fmt"
	"os"
	"sync"

	"github.com/factlint/factlint/checker/claim"
)

// spill keeps on disk the claims of articles that wait for their story to
// be inferred: stories are known only once every file is read, and holding
// every article's claims until then would make memory grow with the run
// (a kilobyte or more an article). The file is unlinked as soon as it is
// made where the system allows it, so nothing is left behind, even when the
// run is killed.
type spill struct {
	mu   sync.Mutex
	f    *os.File
	name string // still to remove at close, where unlinking an open file failed
	size int64
}

// spilled is where one article's claims are in the file.
type spilled struct {
	off int64
	n   int
}

func newSpill() (*spill, error) {
	f, err := os.CreateTemp("", "factlint-stories-*")
	if err != nil {
		return nil, err
	}
	s := &spill{f: f}
	if os.Remove(f.Name()) != nil {
		s.name = f.Name()
	}
	return s, nil
}

// put writes claims and says where they are.
func (s *spill) put(cs []*claim.Claim) (spilled, error) {
	buf := claim.AppendBinary(nil, cs)
	s.mu.Lock()
	defer s.mu.Unlock()
	at := spilled{off: s.size, n: len(buf)}
	if _, err := s.f.WriteAt(buf, s.size); err != nil {
		return spilled{}, fmt.Errorf("keeping claims for rules across articles: %w", err)
	}
	s.size += int64(len(buf))
	return at, nil
}

// get reads back the claims put at at.
func (s *spill) get(at spilled) ([]*claim.Claim, error) {
	buf := make([]byte, at.n)
	if _, err := s.f.ReadAt(buf, at.off); err != nil {
		return nil, fmt.Errorf("reading back claims for rules across articles: %w", err)
	}
	cs, err := claim.ReadBinary(buf)
	if err != nil {
		return nil, fmt.Errorf("reading back claims for rules across articles: %w", err)
	}
	return cs, nil
}

func (s *spill) close() {
	s.f.Close()
	if s.name != "" {
		os.Remove(s.name)
	}
}
