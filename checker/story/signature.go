package story

import (
	"slices"
	"strings"
	"time"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/fold"
)

// Signature is what one article reports, reduced to the evidence a story is
// recognised by: the names it writes (people, places, bodies; folded, so
// Doğan and Dogan are one key), the ages and sexes of the people it
// describes (age.go) and its date. Words every article may write
// ("Police", "Tuesday", a state's name) are left out when the signature is
// made (common.go), so they can never tie two articles.
type Signature struct {
	Keys []string // folded, unique, sorted
	// Heads are the one-word keys that head a place's name in the
	// article ("westview" of "Westview Street"): another article that
	// writes the word alone ("on Westview") most likely means the place.
	Heads []string // sorted, a subset of Keys
	// Officials are the keys of the people the article cites in their
	// office ("Sheriff Ana Ruiz said", "said Tim Wren, a police
	// spokesman", "Mayor Ana Ruiz"): a prosecutor, a chief or a spokesman speaks of every
	// event of the place, so two articles that both cite one tell where
	// more than what (officialWeight).
	Officials []string // sorted, a subset of Keys
	// Titled are the keys only the front matter's title gives (titleKeys):
	// a word of a headline may be a name or not, so it ties an article to
	// another that writes it as a name, never to another headline alone.
	Titled []string // sorted, a subset of Keys
	// Victims are the keys of the people the article counts among the
	// dead or the hurt by name ("Ana Ruiz died at the scene"): the name a
	// follow-up weeks or months later is written about (victimBoost),
	// where a reporter's, an official's or a bystander's name says little.
	Victims []string // sorted, a subset of Keys
	Day     int      // days since 1970-01-01 of the front matter's date; 0: none
}

// Sign makes the signature of an article from its name claims, the street
// blocks and intersections its text gives (Locations), the place of its
// dateline (Dateline) and its date.
// The strings are copied: a claim's text may live in memory its extractor
// reuses for the next file (the keys all at once, copyKeys).
func Sign(a *claim.Article) Signature { return new(Signer).Sign(a) }

// Sign is the package's Sign with the signer's buffers (signer.go).
func (s *Signer) Sign(a *claim.Article) Signature {
	seen, named, keys, heads := s.start()
	defer s.keep(seen, named, keys, heads)
	add := func(k string) {
		if k == "" || seen[k] {
			return
		}
		seen[k] = true
		keys = append(keys, k)
	}
	// named: a name written again adds no key: its keys are read once
	for _, c := range a.Claims {
		if k := ageKey(c); k != "" {
			add(k)
		}
		if c.Kind != claim.Name || named[c.Folded] {
			continue
		}
		named[c.Folded] = true
		for _, k := range nameKeys(c.Folded) {
			add(k)
			add(variantKey(k))
			if h := placeHead(k); h != "" {
				if !seen[h] {
					heads = append(heads, h)
				}
				add(h)
			}
		}
	}
	for _, k := range nameKeys(a.Dateline) {
		add(k)
		add(variantKey(k))
	}
	officials := officialKeys(a.Claims, seen)
	victims := victimKeys(a.Claims, a.Identified, seen)
	titled := titleKeys(a.Title, seen)
	for _, k := range titled {
		add(k)
	}
	add(tollKey(a.Claims))
	for _, k := range headlineKeys(a.Title) {
		add(k)
	}
	if len(a.Locations) <= maxLocations {
		for _, k := range a.Locations {
			add(k)
		}
	}
	slices.Sort(keys)
	slices.Sort(heads)
	slices.Sort(titled)
	// exact copies: a run holds every article's signature until it groups
	// them, and append leaves up to twice the room
	return Signature{Keys: copyKeys(keys), Heads: cloneOrNil(slices.Compact(heads)), Officials: officials, Titled: slices.Clip(titled), Victims: victims, Day: day(a.Date)}
}

// officialKeys are the keys among have of the people the claims cite with
// their office (citedInOffice: "chief", "spokeswoman", "prosecutor"),
// sorted: their names of two words or more, the keys a person's weight is
// in (weight).
func officialKeys(cs []*claim.Claim, have map[string]bool) []string {
	var out, read []string // read: a name cited again gives no key, and few are cited in office
	for _, c := range cs {
		name := citedInOffice(c)
		if name == "" || slices.Contains(read, name) {
			continue
		}
		read = append(read, name)
		for _, k := range nameKeys(fold.Fold(name)) {
			if have[k] && strings.IndexByte(k, ' ') > 0 {
				out = append(out, strings.Clone(k))
			}
		}
	}
	slices.Sort(out)
	return slices.Clip(slices.Compact(out))
}

// citedInOffice is the name of the person a claim cites in their office:
// the source of an attribution or a quote with its role ("said Tim Wren,
// a police spokesman"), or a name written after the title of an office
// ("Mayor Ana Ruiz", "Police Chief Tim Wren"); "" for any other claim.
func citedInOffice(c *claim.Claim) string {
	switch src := &c.Source; {
	case c.Kind == claim.Attribution || c.Kind == claim.Quote:
		if src.Kind == claim.Person && src.Role != "" {
			return src.Name
		}
	case c.Kind == claim.Name:
		if c.Title != "" && officeBefore(fold.Fold(c.Title), 0) || officeBefore(c.Folded, 1) {
			return c.Text
		}
	}
	return ""
}

// officeBefore reports whether the last title word of folded text, before
// its last keep words (the name proper), is an office's (officeTitles):
// "police chief" of a claim's title, "cpd supt. eddie johnson" of a name.
// It is asked of every name an article writes, so it reads the words in
// place.
func officeBefore(text string, keep int) bool {
	last, at, n := "", -1, 0
	for w := range strings.FieldsSeq(text) {
		if t := strings.TrimRight(w, "."); titleWords[t] || titleWords[w] {
			last, at = t, n
		}
		n++
	}
	return at >= 0 && at < n-keep && officeTitles[last]
}

// victimKeys are the keys among have of the people the claims count by
// name among the victims of the article's events (a count whose words are
// a person's name: "Ana Ruiz died", "the death of Ana Ruiz") or the text
// identifies (identified, folded: Identified), sorted: their names of two
// words or more.
func victimKeys(cs []*claim.Claim, identified []string, have map[string]bool) []string {
	var out []string
	add := func(folded string) {
		for _, k := range nameKeys(folded) {
			if have[k] && strings.IndexByte(k, ' ') > 0 && weight(k) == personWeight {
				out = append(out, strings.Clone(k))
				if v := variantKey(k); have[v] {
					out = append(out, v)
				}
			}
		}
	}
	for _, c := range cs {
		if c.Kind == claim.Count && c.Group == "victims" {
			add(fold.Fold(c.Text))
		}
	}
	for _, n := range identified {
		add(n)
	}
	slices.Sort(out)
	return slices.Clip(slices.Compact(out))
}

// nameKeys turns one folded name into its keys: the name as written, less the
// titles and common words at its edges ("franklin police chief tim
// o'sullivan" → "tim o'sullivan", and that name's surname on its own), so
// "Chief Tim O'Sullivan" in one article meets "Tim O'Sullivan" in another. A
// name made only of common words gives none.
func nameKeys(folded string) []string {
	if strings.Contains(folded, "’") || strings.Contains(folded, "‘") { // fold maps them; a name folded elsewhere may not (Contains, not ContainsAny: it decodes no rune)
		folded = strings.NewReplacer("’", "'", "‘", "'").Replace(folded)
	}
	var buf [8]string
	words := fieldsInto(buf[:0], folded)
	for i, w := range words {
		words[i] = strings.Trim(w, `.,;:'"()[]`)
		if long, ok := abbreviations[words[i]]; ok && i > 0 {
			words[i] = long
		}
	}
	// a title or rank before the name proper: keep what follows the last one
	for i := len(words) - 2; i >= 0; i-- {
		if titleWords[words[i]] {
			words = words[i+1:]
			break
		}
	}
	if k := stateStreet(words); k != "" {
		return []string{k}
	}
	for len(words) > 0 && (commonWords[words[0]] || edgeWords[words[0]] || words[0] == "") {
		words = words[1:]
	}
	for len(words) > 0 && (possessive(words[len(words)-1]) || edgeWords[words[len(words)-1]] || words[len(words)-1] == "") {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return nil
	}
	for _, w := range words {
		if chromeWords[w] {
			return nil
		}
	}
	name := strings.Join(words, " ")
	if len(words) == 1 {
		if commonWords[name] || len(name) < 3 || !hasLetter(name) {
			return nil
		}
		return []string{name}
	}
	if allCommon(words) {
		return nil
	}
	keys := []string{name}
	if personName(words) {
		if len(words) > 2 && suffixWords[words[len(words)-1]] {
			words = words[:len(words)-1] // "Kamau Thomas Jr." meets "Kamau Thomas"
			keys = append(keys, strings.Join(words, " "))
		}
		last := words[len(words)-1]
		if len(words) > 2 {
			keys = append(keys, words[0]+" "+last) // "Brandon Dominique Wren" meets "Brandon Wren"
		}
		if !commonWords[last] && !suffixWords[last] && len(last) >= 3 {
			keys = append(keys, last)
		}
		return keys
	}
	// a body's name also gives the one-word place it is named after:
	// "Greenwood County Coroner" meets "Greenwood"
	if len(words) > 1 && institutionWords[words[1]] && !commonWords[words[0]] && len(words[0]) >= 3 {
		keys = append(keys, words[0])
	}
	return keys
}

// stateStreet is the key of a street named after a state ("idaho street",
// "north carolina avenue", after any direction before it: "n. idaho
// street"), "" for any other name: every word of such a name is common,
// and the common words at a name's edges would leave nothing of it.
func stateStreet(words []string) string {
	n := len(words)
	if n < 2 || !streetKinds[words[n-1]] {
		return ""
	}
	for i := 0; i < n-1; i++ {
		if stateNames[strings.Join(words[i:n-1], "_")] {
			return strings.Join(words[i:], " ")
		}
		if !directionWords[words[i]] {
			break
		}
	}
	return ""
}

// placeHead is the name word of a two-word place ("westview" of "westview
// street"), "" for other keys.
func placeHead(key string) string {
	head, kind, ok := strings.Cut(key, " ")
	if !ok || strings.Contains(kind, " ") || !placeWords[kind] || commonWords[head] || len(head) < 3 {
		return ""
	}
	return head
}

func possessive(w string) bool { return w == "'s" || w == "s" }

func allCommon(words []string) bool {
	for _, w := range words {
		if !commonWords[w] && !institutionWords[w] {
			return false
		}
	}
	return true
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r > 0x7f {
			return true
		}
	}
	return false
}

// personName reports whether a name of two or more words looks like a
// person's: no word of it names a kind of place or body.
func personName(words []string) bool {
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		if placeWords[w] && !middleName(w, i, len(words), words[len(words)-1]) {
			return false
		}
	}
	return !anyIn(words, institutionWords) && !anyIn(words, joinWords) && !anyIn(words, vehicleWords)
}

// middleName reports whether a place's word w at i of a name of n words
// ending in last is a person's middle name ("Matthew Lane Gerald", "Ana
// Park Ruiz"): inside the name, which a place's or a body's word does not
// end. A street or a park ends in its kind ("Bridlewood Lane", "Lake
// Street", "Salt Lake City"), and a point of the compass is a part of a
// town's name ("Far South Side"), never a middle name.
func middleName(w string, i, n int, last string) bool {
	return i > 0 && i < n-1 && !compassWords[w] && !placeWords[last] && !institutionWords[last]
}

// day reads a front matter date (2026-02-27, 2026-02-27T06:00:00Z, …) as a
// day number; anything else is no date.
func day(s string) int {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return 0
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return 0
	}
	return int(t.Unix()/86400) + 1 // + 1: day 0 means none
}

// DayString prints a day number as a date.
func DayString(d int) string {
	return time.Unix(int64(d-1)*86400, 0).UTC().Format("2006-01-02")
}

// personWeight is what a person's full name weighs (weight).
const personWeight = 3

// weight is how much sharing one key says that two articles report the same
// thing, before its rarity in the run is counted: a person's full name says
// most, a street's or another place's name less, a body's name less again,
// one word least. It is asked for every key of every pair scored, so it
// reads the key in place rather than splitting it.
func weight(key string) float64 {
	if isAgeKey(key) || isTollKey(key) || isHeadlineKey(key) {
		return 0 // only in reports of the same or the next day (dayOf)
	}
	if isLocationKey(key) {
		return locationWeight
	}
	if isVariantKey(key) {
		return variantWeight
	}
	words := strings.Count(key, " ") + 1
	if words == 1 {
		return 0.5
	}
	person, place, bodies := words <= 4, false, 0
	last := key[strings.LastIndexByte(key, ' ')+1:]
	i := 0
	for w := range strings.SplitSeq(key, " ") {
		i++
		switch {
		case reportWord(w):
			person = false
		case placeWords[w] && middleName(w, i-1, words, last):
		case placeWords[w]:
			person, place = false, true
		case institutionWords[w] || joinWords[w] || vehicleWords[w]:
			person = false
			bodies++
		}
	}
	switch {
	case bodies == words-1 && !place && !joinWords[key[strings.LastIndexByte(key, ' ')+1:]]:
		// a place's own body ("Oakvale Police", "Starr County Sheriff")
		// says little more than the place: every town has its police
		return 1
	case person:
		return personWeight
	case place:
		return 2
	default:
		return 1.5
	}
}

// reportWord reports whether a word is one of a report's own: an event
// ("shooting", "dead") or a person told by a common noun ("boy",
// "boyfriend"), as extraction reads them. A name with one in it is a
// headline or a label in capitals ("Teen Boys Shot", "Fatal Shooting",
// "Ex Boyfriend"), no one's name, and weighs as a body's.
func reportWord(w string) bool {
	return extract.EventOf(w) != "" || extract.PersonNoun(extract.Singular(w))
}

func anyIn(words []string, table map[string]bool) bool {
	for _, w := range words {
		if table[w] {
			return true
		}
	}
	return false
}
