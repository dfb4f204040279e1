// Package cache keeps the result of checking one file on disk, under a key
// that hashes everything the result depends on: factlint itself, the
// rules, the file's path and its bytes. A re-run over an archive then
// re-parses only the files that changed. Entries are written atomically,
// so a cache shared by concurrent runs or cut short by a crash never holds
// half an entry; an entry that cannot be read is a miss.
package cache

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
)

// Cache is a folder of entries.
type Cache struct {
	dir  string
	salt [sha256.Size]byte
}

// Open makes dir if needed. salt is what every entry depends on besides
// the file: the program and the rules.
func Open(dir string, salt ...[]byte) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	return &Cache{dir: dir, salt: sum(salt)}, nil
}

// Key is the entry name for parts (a mode, a path, the bytes of a file).
func (c *Cache) Key(parts ...[]byte) string {
	s := sum(append([][]byte{c.salt[:]}, parts...))
	return hex.EncodeToString(s[:])
}

// sum hashes parts with their lengths, so ("ab", "c") and ("a", "bc")
// differ.
func sum(parts [][]byte) [sha256.Size]byte {
	h := sha256.New()
	var n [8]byte
	for _, p := range parts {
		binary.LittleEndian.PutUint64(n[:], uint64(len(p)))
		h.Write(n[:])
		h.Write(p)
	}
	var out [sha256.Size]byte
	h.Sum(out[:0])
	return out
}

func (c *Cache) path(key string) string {
	return filepath.Join(c.dir, key[:2], key[2:])
}

// Get returns an entry, or false.
func (c *Cache) Get(key string) ([]byte, bool) {
	data, err := os.ReadFile(c.path(key))
	return data, err == nil
}

// Put stores an entry: a temporary file renamed into place.
func (c *Cache) Put(key string, data []byte) error {
	p := c.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(f.Name(), p)
	}
	if werr != nil {
		os.Remove(f.Name())
		return fmt.Errorf("cache: %w", werr)
	}
	return nil
}

// Executable is a hash of the running program, so a rebuilt factlint
// never reads what an older one wrote.
func Executable() ([]byte, error) {
	p, err := os.Executable()
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	s := sha256.Sum256(data)
	return s[:], nil
}
