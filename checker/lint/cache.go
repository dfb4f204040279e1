package lint

import (
	"bytes"

	"github.com/vmihailenco/msgpack/v5"

	"github.com/factlint/factlint/checker/cache"
	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/story"
)

// entry is what the cache keeps of one checked file: the claims the
// article keeps for rules across articles, the findings of the rules it
// decides alone, how many claims were extracted, and the article's story
// signature (made from claims the entry no longer holds). The document itself
// is parsed again on a hit (a tenth of the cost of extraction), so front
// matter and suppression comments need no encoding of their own.
//
// Entries are MessagePack with structs as arrays: gob describes its types
// at the start of every stream, and decoding one entry per file spent a
// third of a cached run compiling decoders; CBOR, with field names in
// every struct, wrote twice the bytes and read slower. Arrays are
// positional, which is safe because the cache key holds factlint's build:
// a build with other fields never reads them.
type entry struct {
	Claims []*claim.Claim
	Diags  []diagnostic.Diagnostic
	Count  int
	Sig    story.Signature
}

// resultCache is a cache and the kind of result it holds; nil caches
// nothing.
type resultCache struct {
	c    *cache.Cache
	mode string
}

func (rc *resultCache) key(path string, data []byte) string {
	return rc.c.Key([]byte(rc.mode), []byte(path), data)
}

// entryKey is the key of a file's entry, "" when nothing is cached.
// process takes it before extraction, so that the bytes read are not kept
// through the rules for the entry's sake once the document that reads them
// is done: on a huge draft they are as large as its text.
func (rc *resultCache) entryKey(path string, data []byte) string {
	if rc == nil {
		return ""
	}
	return rc.key(path, data)
}

func (rc *resultCache) get(key string) (entry, bool) {
	var e entry
	if rc == nil {
		return e, false
	}
	raw, ok := rc.c.Get(key)
	if !ok || msgpack.Unmarshal(raw, &e) != nil {
		return entry{}, false // an unreadable entry is a miss, and is rewritten
	}
	return e, true
}

// put stores an entry; a cache that cannot be written only costs speed.
func (rc *resultCache) put(key string, e entry) {
	if rc == nil {
		return
	}
	var buf bytes.Buffer
	enc := msgpack.NewEncoder(&buf)
	enc.UseArrayEncodedStructs(true) // field names once in the code, not in every entry
	if enc.Encode(e) == nil {
		_ = rc.c.Put(key, buf.Bytes())
	}
}
