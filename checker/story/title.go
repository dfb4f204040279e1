package story

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/fold"
)

// titleKeys are the one-word names of an article's front matter title
// that its claims do not give, sorted: the extractor reads no name in a
// headline's first word ("Eureka police retrace…": any sentence may open
// on a capital) nor in a headline in capitals, where every word is one
// ("Ex-Habersham Deputy Killed Ex-Wife"). They matter most on a thin page,
// a login wall or a video list under a real headline, whose body names
// nothing the other reports share. A word every report writes (an event, a
// person told by a common noun, a day, "Police") gives none; the site's
// label after the headline ("… - KAIT Jonesboro") is left out. have holds
// the article's keys so far.
func titleKeys(title string, have map[string]bool) []string {
	var out []string
	for _, w := range strings.FieldsFunc(headline(title), notNameRune) {
		if k := titleKey(w); k != "" && !have[k] && !slices.Contains(out, k) {
			out = append(out, strings.Clone(k)) // the title lives in the article's memory
		}
	}
	return out
}

// headline is a title without the site's label that follows it.
func headline(title string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if at := strings.Index(title, sep); at > 0 {
			title = title[:at]
		}
	}
	return title
}

// notNameRune splits a headline into words: "Ex-Habersham" is "Ex" and
// "Habersham", "O'Neal" one word.
func notNameRune(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }

// titleKey is the key of one headline word, "" when it names nothing: a
// word in lower case, a shout in capitals, a common word or one of a
// report's own.
func titleKey(w string) string {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) || utf8.RuneCountInString(w) < 3 {
		return ""
	}
	if utf8.RuneCountInString(w) > 3 && strings.ToUpper(w) == w {
		return "" // "BREAKING", "UPDATE"
	}
	k := fold.Fold(w)
	k = strings.TrimSuffix(strings.TrimSuffix(k, "'s"), "’s")
	if len(k) < 3 || commonWords[k] || chromeWords[k] || titleWords[k] || institutionWords[k] || placeWords[k] ||
		suffixWords[k] || reportWord(k) || !hasLetter(k) {
		return ""
	}
	return k
}
