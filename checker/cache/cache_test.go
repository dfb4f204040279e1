package cache

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPutGetAndKeys(t *testing.T) {
	c, err := Open(filepath.Join(t.TempDir(), "c"), []byte("v1"))
	if err != nil {
		t.Fatal(err)
	}
	k := c.Key([]byte("check"), []byte("a.md"), []byte("text"))
	if _, ok := c.Get(k); ok {
		t.Fatal("hit in an empty cache")
	}
	if err := c.Put(k, []byte("entry")); err != nil {
		t.Fatal(err)
	}
	if got, ok := c.Get(k); !ok || string(got) != "entry" {
		t.Fatalf("got %q %v", got, ok)
	}
	// every part of the key matters, and parts do not run together
	for _, other := range []string{
		c.Key([]byte("check"), []byte("b.md"), []byte("text")),
		c.Key([]byte("check"), []byte("a.md"), []byte("text!")),
		c.Key([]byte("check"), []byte("a.m"), []byte("dtext")),
	} {
		if other == k {
			t.Fatal("different inputs, same key")
		}
	}
	c2, _ := Open(c.dir, []byte("v2"))
	if c2.Key([]byte("check"), []byte("a.md"), []byte("text")) == k {
		t.Fatal("another salt (program or rules), same key")
	}
	// no temporary file is left behind
	left, _ := filepath.Glob(filepath.Join(c.dir, "*", ".tmp-*"))
	if len(left) != 0 {
		t.Fatalf("left %v", left)
	}
}

func TestOpenFailsOnAFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, nil, 0o644)
	if _, err := Open(f); err == nil {
		t.Fatal("opened a file as a cache folder")
	}
}
