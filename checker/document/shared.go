package document

import "unsafe"

// sharedString is b as a string without a copy: the string and b are the
// same memory. That is sound only while nobody writes into b again, and it
// holds here because of where a block's bytes come from:
//   - Parse keeps its src as Document.Src and documents that the caller must
//     not change it afterwards; every caller in factlint hands it a buffer of
//     its own (a file read whole, the UTF-16 decoder's output, suppression's
//     blanked copy, the workspace's clone of an editor's text);
//   - markdownSource's copy of a file with lone carriage returns is written
//     only before goldmark reads it;
//   - nothing in this package writes into the source.
//
// The gain is the memory: a plain paragraph's text is the bulk of a large
// draft, and sharing it keeps one copy of the file instead of two.
func sharedString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// Head is the source's first n bytes (all of it when shorter) as a string
// that shares their memory (sharedString), for a reader of the top of
// the article, such as its dateline (timeline.OfText): every article's
// first two thousand bytes were copied for it.
func (d *Document) Head(n int) string { return sharedString(d.Src[:min(len(d.Src), n)]) }
