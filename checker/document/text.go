package document

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// parseText splits a plain-text body into paragraphs. Newswire text puts one
// paragraph on a line, but some drafts are hard-wrapped: a line continues the
// one before when that one does not end a sentence and this one starts in
// lower case. The first paragraph is the headline unless front matter gave a
// title.
func (d *Document) parseText(body int) {
	var cur *builder
	prevEnded := true
	flush := func() {
		if cur != nil && cur.text.Len() > 0 {
			d.Blocks = append(d.Blocks, cur.finish())
		}
		cur = nil
	}
	for off := body; off < len(d.Src); {
		line, next := lineAt(d.Src, off)
		start, end := trimSpaceRange(line)
		if start == end {
			flush()
			prevEnded = true
			off = next
			continue
		}
		if cur != nil && (prevEnded || !startsLower(line[start:end])) {
			flush()
		}
		if cur == nil {
			cur = &builder{src: d.Src, block: &Block{Kind: Paragraph}}
		} else {
			cur.addSpace(off - 1)
		}
		cur.add(off+start, off+end)
		prevEnded = endsSentence(line[start:end])
		off = next
	}
	flush()
	if d.Headline() == nil && len(d.Blocks) > 0 && d.Blocks[0].Kind == Paragraph {
		d.Blocks[0].Headline = true
	}
}

func trimSpaceRange(b []byte) (int, int) {
	start, end := 0, len(b)
	for start < end {
		r, size := utf8.DecodeRune(b[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRune(b[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

func startsLower(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return unicode.IsLower(r)
}

func endsSentence(b []byte) bool {
	b = bytes.TrimRight(b, "\"'”’)]*_ ")
	r, _ := utf8.DecodeLastRune(b)
	switch r {
	case '.', '!', '?', ':', '…', ';':
		return true
	}
	return false
}
