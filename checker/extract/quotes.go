package extract

import (
	"slices"
)

// quote is a quoted stretch of a block: the marks and the tokens between.
type quote struct {
	open, close int // token indices of the marks; close is len(toks) when the quote runs on
	runsOn      bool
	// apostrophes: the marks are two apostrophes (''…''), as archives
	// converted to ASCII write quotation marks; see quotes
	apostrophes bool
}

// twoApostrophes is the mark of a quote written with two apostrophes
// on each side.
const twoApostrophes = "''"

// findQuotes pairs quotation marks: typographic double quotes, straight
// double quotes, two apostrophes standing for one (as archives
// converted to ASCII write it), and typographic single quotes when they are not
// apostrophes. Marks nested in an open quote are part of it. It appends
// the quotes to out, whose storage serves one block after another.
func findQuotes(out []quote, toks []token) []quote {
	open, mark := -1, ""
	for k := nextOfKind(toks, 0, tPunct); k < len(toks); k = nextOfKind(toks, k+1, tPunct) {
		t := &toks[k]
		next := tokAt(toks, k+1)
		switch t.text {
		case "“", "«", "„":
			if open < 0 {
				open, mark = k, t.text
			} else if mark == "“" && closesAsTypo(toks, k) {
				out = append(out, quote{open: open, close: k})
				open = -1
			}
		case "”", "»", "“\"":
			if open >= 0 && mark != "‘" && mark != twoApostrophes {
				out = append(out, quote{open: open, close: k})
				open = -1
			}
		case "\"":
			if open >= 0 && mark != "‘" && mark != twoApostrophes {
				out = append(out, quote{open: open, close: k})
				open = -1
			} else if open < 0 && k+1 < len(toks) && !next.space {
				open, mark = k, t.text
			}
		case "'":
			if next.text != "'" || next.space {
				break // an apostrophe or a prime
			}
			if open >= 0 && mark == twoApostrophes {
				out = append(out, quote{open: open, close: k + 1, apostrophes: true})
				open = -1
				k++
			} else if open < 0 && (k == 0 || t.space || tokAt(toks, k-1).kind == tPunct) && k+2 < len(toks) && !toks[k+2].space {
				open, mark = k, twoApostrophes // not 5'' (inches): a mark that opens follows a space
				k++
			}
		case "‘":
			if open < 0 && (k == 0 || t.space || tokAt(toks, k-1).kind == tPunct) {
				open, mark = k, t.text
			}
		case "’":
			if open >= 0 && mark == "‘" {
				out = append(out, quote{open: open, close: k})
				open = -1
			}
		}
	}
	if open >= 0 && mark != "‘" {
		out = append(out, quote{open: open, close: len(toks), runsOn: true, apostrophes: mark == twoApostrophes})
	}
	return out
}

// closesAsTypo: an opening mark at k, inside an open quote, that closes
// it: it sticks to the word or stop before it and a space or the end
// follows, as a closing mark stands (“It is unusual,“ said Ruiz): a slip
// of the keyboard, where a mark that opens a quote follows a space.
func closesAsTypo(toks []token, k int) bool {
	next := tokAt(toks, k+1)
	return k > 0 && !toks[k].space && (k+1 == len(toks) || next.space)
}

// words counts the word tokens inside a quote.
func (q quote) words(toks []token) int {
	n := 0
	for k := q.open + 1; k < q.close && k < len(toks); k++ {
		if toks[k].kind == tWord || toks[k].kind == tNumber {
			n++
		}
	}
	return n
}

// speech tells quoted speech from scare quotes ('neutralising'): speech
// has a few words or ends a clause inside the marks.
func (q quote) speech(toks []token) bool {
	if q.runsOn || q.words(toks) >= 4 {
		return true
	}
	last := tokAt(toks, q.close-1)
	return q.words(toks) >= 2 && last.is(",", ".", "!", "?")
}

// title tells a title in quotation marks (“Harbour Lights”, ‘Sons
// of the Tide’) from speech: every word of it capitalized but the small
// words a title leaves in lower case, two at least ("“I’m with her”" is
// speech).
func (q quote) title(toks []token) bool {
	if !tokAt(toks, q.open+1).capitalized() {
		return false
	}
	caps := 0
	for k := q.open + 1; k < q.close && k < len(toks); k++ {
		t := &toks[k]
		if t.kind == tWord && !t.capitalized() && !t.in(cFunctionWord) {
			return false
		}
		if t.kind == tWord && t.capitalized() && !t.in(cPronoun) {
			caps++
		}
	}
	return caps >= 2
}

// markup tells an HTML attribute (alt = "…"src) from a quote.
func (q quote) markup(toks []token) bool {
	after := tokAt(toks, q.close+1)
	return tokAt(toks, q.open-1).lower == "=" || q.close+1 < len(toks) && !after.space && after.kind == tWord
}

// quotedIndex marks the tokens inside any quote, in n booleans made in
// the storage of in.
func quotedIndex(in []bool, n int, qs []quote) []bool {
	in = slices.Grow(in[:0], n)[:n]
	clear(in)
	for _, q := range qs {
		for k := q.open; k <= q.close && k < n; k++ {
			in[k] = true
		}
	}
	return in
}
