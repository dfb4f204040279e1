package story

import (
	"bytes"
	"strings"

	"github.com/factlint/factlint/checker/fold"
)

// Dateline reads the place of an article's dateline: the town a wire or a
// station writes in capitals before a dash at the head of its story
// ("UNIVERSAL CITY -- A teen…", "HOPKINSVILLE, Ky. — Police said…",
// "PORT ARDEN (KXYZ) – …"), folded: "universal city". Extraction reads no
// name from a word in capitals (a shout, a label), so without it a report
// whose only mention of its town is the dateline shares nothing with another
// that writes the town in its text. The first dateline that names a place
// (not "UPDATE —", "WATCH —": common and furniture words give no keys) is
// the article's own; a roundup's later ones are other events'. "" when
// there is none.
func Dateline(text []byte) string {
	for len(text) > 0 {
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		if place := datelinePlace(line); place != "" && nameKeys(place) != nil {
			return place
		}
	}
	return ""
}

// datelinePlace reads a line that opens with a dateline, "" for any other:
// words in capitals, then optionally a comma and a state ("Ky.", "N.C.",
// "Texas"), optionally a station's or wire's call sign in brackets, then a
// dash.
func datelinePlace(line []byte) string {
	line = bytes.TrimLeft(line, " \t*_#>")
	end, letters := capitalsEnd(line)
	if letters < 4 {
		return "" // "AP", "NY": too short to tell a place from a label
	}
	rest := bytes.TrimLeft(line[end:], "*_") // "**FENWICK** —"
	if bytes.HasPrefix(rest, []byte(",")) {
		rest = skipState(rest[1:])
	}
	rest = bytes.TrimLeft(rest, " ")
	if bytes.HasPrefix(rest, []byte("(")) {
		close := bytes.IndexByte(rest, ')')
		if close < 0 || close > maxCallSign {
			return ""
		}
		rest = bytes.TrimLeft(rest[close+1:], " ")
	}
	if !startsWithDash(rest) {
		return ""
	}
	return fold.Fold(strings.TrimRight(string(line[:end]), " "))
}

// maxCallSign bounds the brackets after a dateline's place: "(AP)",
// "(KXYZ)", "(CNN Newsource)".
const maxCallSign = 24

// capitalsEnd is where the run of words in capitals that opens line ends
// (before the space after its last word), and how many letters it has; a
// word in capitals has no lower-case letter and one capital at least.
func capitalsEnd(line []byte) (end, letters int) {
	for i := 0; ; {
		j, n := i, 0
		for j < len(line) && !wordStop(line[j]) && !startsWithDash(line[j:]) {
			switch c := line[j]; {
			case 'A' <= c && c <= 'Z':
				n++
			case c == '.' || c == '\'' || c == '-' || c >= 0x80:
			default:
				return end, letters
			}
			j++
		}
		if n == 0 || bytes.HasSuffix(line[i:j], []byte("-")) {
			return end, letters // a dash is the dateline's end, no word
		}
		end, letters = j, letters+n
		if j+1 >= len(line) || line[j] != ' ' || line[j+1] == ' ' {
			return end, letters
		}
		i = j + 1
	}
}

// skipState skips the state or country after a dateline's comma: up to
// three words before the dash or the call sign.
func skipState(rest []byte) []byte {
	rest = bytes.TrimLeft(rest, " ")
	for range 3 {
		if len(rest) == 0 || startsWithDash(rest) || rest[0] == '(' {
			break
		}
		i := bytes.IndexByte(rest, ' ')
		if i < 0 {
			return nil
		}
		rest = bytes.TrimLeft(rest[i:], " ")
	}
	return rest
}

// wordStop ends a word of a dateline's place: a space, its comma, the
// emphasis around it.
func wordStop(c byte) bool { return c == ' ' || c == ',' || c == '*' || c == '_' }

func startsWithDash(b []byte) bool {
	return bytes.HasPrefix(b, []byte("-")) || bytes.HasPrefix(b, []byte("—")) || bytes.HasPrefix(b, []byte("–"))
}
