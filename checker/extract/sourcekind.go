// Source classification: the name, title and kind (person, organization,
// anonymous) of a source's words.

package extract

import (
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// commonHead: a noun that heads a source's common noun phrase: people, a
// body or a record.
func commonHead(t *token) bool {
	w := singular(t.lower)
	return t.kind == tWord && (t.in(cAnonymous|cOrg) || t.in(cDocumentNoun) || personNoun(w) || wordIn(w, cTitle))
}

// commonSource is the kind of a source that is a common noun phrase, by
// its head: a body is an organization, people or a record are anonymous.
func commonSource(head *token) string {
	if head.in(cOrg) && !head.in(cAnonymous) {
		return claim.Organization
	}
	return claim.Anonymous
}

// classify names the kind of a source phrase: a named person, a named
// body, or no name at all. An apposition is split at its comma: the name
// may stand on either side, and a description opened by an article ("a
// civil society group") decides the kind by its head noun.
func classify(words []token, st *docState) (name, title, kind string) {
	s1, s2 := words, []token(nil)
	for i, w := range words {
		if w.lower == "," {
			s1, s2 = words[:i], words[i+1:]
			for len(s2) > 0 && s2[len(s2)-1].lower == "," {
				s2 = s2[:len(s2)-1]
			}
			break
		}
	}
	// a relative clause describes, it does not name: "a group which monitors the internet"
	for i, w := range s2 {
		if w.is("which", "who", "that", "whose") {
			s2 = s2[:i]
			break
		}
	}
	if len(s2) == 0 && len(s1) < len(words) {
		words = s1 // "The official, who is not authorized to comment, said": the clause is no source
	}
	if len(s2) > 0 {
		n1, t1, k1 := classify(s1, st)
		st2 := st
		if n1 != "" {
			// a description beside a name is that name's, not a title
			// that refers back to someone earlier ("Noel Dempsey, the
			// communications minister" after "Prime Minister Ahern")
			st2 = &docState{}
		}
		n2, t2, k2 := classify(s2, st2)
		switch {
		case s2[0].is("a", "an", "the") && n2 == "" || n2 == "" && t2 != "":
			// "NetBlocks, a civil society group": the description decides
			if k1 == "" || k2 == claim.Organization {
				return firstNonEmpty(n1, n2), t2, firstNonEmpty(k2, k1)
			}
			return firstNonEmpty(n1, n2), trimArticle(t2), claim.Person
		case n1 != "":
			return n1, trimArticle(joinNonEmpty(t1, t2)), k1
		default:
			return n2, trimArticle(joinNonEmpty(t1, t2)), k2
		}
	}
	if len(words) == 0 {
		return "", "", ""
	}
	if w := words[0].lower; len(words) == 1 && w != singular(w) && (personNoun(singular(w)) || nationality(singular(w))) {
		return "", "", claim.Anonymous // "Deputies found …", "Officers said", "Europeans say": people, not a name
	}
	if i := nameOfPlace(words); i > 0 {
		if n, t, k := classify(words[:i], st); k == claim.Person {
			return n, t, k // "Sen. Ben Ortiz of Ohio": the senator, not Ohio
		}
	}
	if n, t, k, ok := possessorOfRecord(words, st); ok {
		return n, t, k // "according to Smith's memo": Smith
	}
	name, title, start, end := splitName(words)
	head := words[len(words)-1].lower
	for i, w := range words {
		if w.is("of", "for") && i > 0 {
			if words[i-1].in(cOrg) && !anyRole(words[i:len(words)-1]) {
				// "the Russian Ministry of Defense" is a ministry; "Bank of Japan
				// chief Toshihiko Fukui" is the chief
				head = words[i-1].lower
			} else if words[i-1].in(cAnonymous) {
				head = words[i-1].lower // "a spokesperson for Delta Airlines" is unnamed
			}
			break
		}
	}
	if start > 0 && words[start-1].is("of", "for", "in") {
		// "the governor of Hatay": Hatay is part of the title, governor the head
		for i, w := range words[:start] {
			if w.is("of", "for", "in") && i > 0 {
				head = words[i-1].lower
				break
			}
		}
		if !wordIn(head, cOrg) {
			name, title, start, end = "", joinTokens(words), 0, 0
		}
	}
	if name != "" && speaksForTheName(words[:start]) {
		return "", "", claim.Anonymous
	}
	lastTitle := -1
	for i, w := range words {
		if w.in(cTitle) {
			lastTitle = i
		}
	}
	orgAfterTitle := false
	for _, w := range words[lastTitle+1:] {
		if w.capitalized() && w.in(cOrg) {
			orgAfterTitle = true
		}
	}
	switch {
	case name != "" && start > 0 && start < end && honorifics[words[start-1].lower]:
		return name, trimArticle(title), claim.Person // "Dr Fox": a person, whatever else the name is
	case name != "" && wordIn(strings.ToLower(name), cPlace) && !wordIn(head, cOrg):
		return name, "", claim.Organization // "Russia said", "Washington says"
	case name != "" && start == 1 && end == len(words) && words[0].lower == "the" && !demonymNoun(strings.ToLower(name)):
		return name, "", claim.Organization // "the Herald", "the Tories": people take no article
	case name != "" && start > 0 && (!words[start-1].capitalized() || start == 1) && bodyKinds[words[start-1].lower] && end == len(words) && !anyIn(words[:start], cTitle):
		return name, "", claim.Organization // a body after its kind: "carmaker Maruti", "Film giant Disney"
	case name != "" && !orgAfterTitle && !wordIn(head, cOrg) && !acronymOrAgency(words[start:end]):
		if end < len(words) && wordIn(head, cAnonymous) && !words[len(words)-1].capitalized() {
			// "Hamas officials", "a Google spokesperson": people the name
			// only qualifies, under a title ("Mike Lake, a Yukos spokesman")
			return "", trimArticle(title), claim.Anonymous
		}
		return name, trimArticle(title), claim.Person
	case publicationNamedByANoun(words):
		return words[1].text, "", claim.Organization // "the Observer reported": a paper, not an observer
	case wordIn(head, cAnonymous) && !acronymOrAgency(words[len(words)-1:]):
		return "", "", claim.Anonymous
	case orgAfterTitle || wordIn(head, cOrg) || acronymOrAgency(words):
		if !words[len(words)-1].capitalized() && onlyPlaceModifiers(words) {
			return "", "", claim.Organization // "the German regulator", "US retailers": unnamed
		}
		return orgName(words), "", claim.Organization
	case wordIn(head, cTitle):
		// "the governor": the person with that title named earlier
		for i := len(st.persons) - 1; i >= 0; i-- {
			if strings.Contains(strings.ToLower(st.persons[i].Title), head) {
				return st.persons[i].Name, st.persons[i].Title, claim.Person
			}
		}
		return "", trimArticle(joinTokens(words)), claim.Anonymous
	case len(words) > 1 && words[0].in(cSourceDeterminer):
		return "", "", claim.Anonymous // "a bartender", "the narrator", "both congressmen": someone unnamed
	}
	return "", "", ""
}

// nameOfPlace is where "of" or "from" follows a person's name to say where
// the person is from or works ("Tom Rivers of Ohio", "Ann Lee of the
// Brookings Institution"), or 0. A title or a body before it heads the
// phrase instead ("the Governor of Hatay", "Bank of Japan").
func nameOfPlace(words []token) int {
	for i := 1; i+1 < len(words); i++ {
		if !words[i].is("of", "from") {
			continue
		}
		before, after := &words[i-1], &words[i+1]
		if after.lower == "the" && i+2 < len(words) {
			after = &words[i+2]
		}
		if before.capitalized() && !before.in(cTitle|cOrg|cFunctionWord|cPlace) && after.capitalized() {
			return i
		}
		return 0
	}
	return 0
}

// possessorOfRecord classifies the named possessor of a record cited as a
// source: "Smith's memo", "the ministry's statement".
func possessorOfRecord(words []token, st *docState) (name, title, kind string, ok bool) {
	n := len(words)
	if n < 3 || !words[n-1].in(cDocumentNoun) {
		return "", "", "", false
	}
	for i := n - 2; i > 0; i-- {
		if words[i].is("'s", "’s") {
			name, title, kind = classify(words[:i], st)
			return name, title, kind, name != ""
		}
	}
	return "", "", "", false
}

// Role is the office a title names, as extraction reads a source's role
// (role): the registry of confirmed facts reads its titles with it, so a
// registry's title and a draft's are compared by one reading.
func Role(title string) string { return role(title) }

// role is the last role word of a title's head, or "". The head ends at
// a preposition: "secretary of state" is a secretary, but "an ally of the
// president" holds no office, and "president" there is someone else's.
func role(title string) string {
	r := ""
	if title == "" {
		return r // most sources have no title
	}
	shadow := false
	for w := range strings.FieldsFuncSeq(strings.ToLower(title), func(c rune) bool { return c == ' ' || c == ',' }) {
		if w == "of" || w == "to" || w == "for" || w == "at" || w == "with" {
			break
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		shadow = shadow || w == "shadow"
		if wordIn(w, cRole) {
			r = w
		}
	}
	if shadow && r != "" {
		// "the shadow home secretary" holds no office: the opposition's
		// spokesman on a brief, as "the Tory home affairs spokesman" is
		return "spokesman"
	}
	return r
}

// trimArticle drops a leading "the", "a" or "an" from a title.
func trimArticle(s string) string {
	for _, a := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(s, a) {
			return s[len(a):]
		}
	}
	return s
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func joinNonEmpty(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + ", " + b
}

// acronymOrAgency: a news agency or an acronym ("NATO", "AA").
func acronymOrAgency(words []token) bool {
	for _, w := range words {
		if w.in(cKnownAgency) {
			return true
		}
		if len(w.text) >= 2 && unchangedByUpper(w.text) && w.kind == tWord && !strings.Contains(w.text, ".") && w.text != "US" {
			return true
		}
	}
	return false
}

// anyRole: some word is a role ("chief" in "Bank of Japan chief …"); a
// title's modifiers ("National" in "Office for National Statistics") are
// none.
func anyRole(words []token) bool {
	for i := range words {
		if words[i].in(cRole) {
			return true
		}
	}
	return false
}

// onlyPlaceModifiers: the capitalized words of a phrase are all places
// or nationalities, which describe a body without naming it.
func onlyPlaceModifiers(words []token) bool {
	for i := range words {
		w := &words[i]
		if w.capitalized() && !w.in(cFunctionWord) && !placeWord(w) {
			return false
		}
	}
	return true
}

// placeWord: a country or a word for a nationality ("US", "Germany",
// "German", "Syrian", "Dutch").
func placeWord(w *token) bool {
	return w.in(cPlace) || countryCodes[w.lower] || w.in(cDemonym) || demonymNouns[w.lower] ||
		nationality(w.lower) && !notNationalities[w.lower]
}

// surnameTitle reports a surname that is a title word ending the
// capitalized run before end, after a given name: a capitalized word the
// lexicon does not know at all (so no title, modifier, body or common
// word: "Prime Minister" stays a title) and after no article ("the Crown
// Prince" does too).
func surnameTitle(words []token, end int) bool {
	if end < 2 || !surnameTitles[words[end-1].lower] || !words[end-1].capitalized() {
		return false
	}
	given := &words[end-2]
	if end > 2 && words[end-3].is("the", "a", "an") {
		return false // a name takes no article: "the Crown Prince"
	}
	return givenName(given)
}

// nationalitySurname: the word at i, spelt like a nationality, is a
// surname ("Pieter English", "Mr. Kovarian", "Ada Duncan"): it ends the
// name and a given name or an honorific stands before it. Alone it stays
// a nationality: "Republican" or "Kurdish" cut from a longer phrase is
// spelt as a surname like "Albanese" is.
func nationalitySurname(words []token, i, end int) bool {
	if i != end-1 || i == 0 {
		return false
	}
	before := &words[i-1]
	return honorifics[before.lower] || givenName(before)
}

// givenName: a capitalized word the lexicon does not know at all, so no
// title, modifier, body, common word or nationality, as a given name is.
func givenName(t *token) bool {
	return t.kind == tWord && t.capitalized() && t.cls == 0 && !nationality(t.lower)
}

// splitName separates a name from its title: in "Presidential
// Communications Director Fahrettin Altun" the name is the run of
// capitalized words after the last title word. head is the last word.
func splitName(words []token) (name, title string, start, end int) {
	if len(words) == 0 {
		return "", "", 0, 0
	}
	// the name is the last run of capitalized words that are not titles
	end = len(words)
	for end > 0 && !words[end-1].capitalized() {
		end--
	}
	start = end
	if surnameTitle(words, end) {
		start-- // "Mervyn King", "John Bishop": a given name makes the title word a surname
	}
	for start > 0 && words[start-1].capitalized() && !words[start-1].in(cTitle) && !words[start-1].in(cOrg) &&
		!(nationality(words[start-1].lower) && !notNationalities[words[start-1].lower] && !nationalitySurname(words, start-1, end)) &&
		!words[start-1].in(cFunctionWord) && !words[start-1].in(cAnonymous) {
		start--
	}
	// "Rahmi Doğan" after a comma in an apposition is still the name; a
	// possessor ("Erdogan’s communications director") is not
	if start == end || end < len(words) && words[end].is("’s", "'s") {
		return "", joinTokens(words), end, end
	}
	name = joinTokens(words[start:end])
	var kept [8]token // the title's words, on the stack for most titles
	t := kept[:0]
	for _, w := range words[:start] {
		if w.is("the", "a", "an", ",") {
			continue
		}
		t = append(t, w)
	}
	if end < len(words) {
		for _, w := range words[end:] {
			if w.lower != "," {
				t = append(t, w)
			}
		}
	}
	return name, joinTokens(t), start, end
}

// demonymNoun: a word for a person by nationality, who does take an
// article: "the German", "the Frenchman", "the Australian".
func demonymNoun(w string) bool {
	return nationality(w) && !notNationalities[w] || demonymNouns[w] || strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman")
}

// orgName is the capitalized stretch of an organization's phrase.
func orgName(words []token) string {
	first, last := -1, -1
	for i, w := range words {
		if (w.capitalized() && !w.in(cFunctionWord)) || w.in(cKnownAgency) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return ""
	}
	return joinTokens(words[first : last+1])
}

// speaksForTheName says whether the words before a source's name make its
// speaker someone else, unnamed, who speaks for or stands by the one named:
// "a spokesman for Mr Blair", "a spokeswoman for Governor Ana Ruiz", "a
// friend of Dr Lee". The last "for", "of" or "to" before the name follows a
// noun of an unnamed source (spokesman, aide, friend, son, …), and only
// titles stand between it and the name.
func speaksForTheName(before []token) bool {
	for i := len(before) - 1; i > 0; i-- {
		w := before[i]
		if w.is("for", "of", "to") {
			return before[i-1].in(cAnonymous)
		}
		if !w.in(cTitle) && !honorifics[w.lower] {
			return false
		}
	}
	return false
}

// publicationNamedByANoun: "the" and one capitalized noun that is a kind of
// person ("the Observer", "the Witness"): a person takes no article and no
// capital, so the two name a paper or a body, as "the Herald" does. A
// title ("the President") is someone's office, and a plural ("the
// Insiders") a group, and stay what they are.
func publicationNamedByANoun(words []token) bool {
	if len(words) != 2 || words[0].lower != "the" {
		return false
	}
	w := &words[1]
	return w.capitalized() && !w.in(cTitle) && w.in(cAnonymous) && singular(w.lower) == w.lower
}
