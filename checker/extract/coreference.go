// Coreference: whom a pronoun or a title refers to, from the people and
// organizations named before (docState).

package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/claim"
)

// pronounOf is the pronoun a token is or opens in a contraction ("I'd",
// "they’ve"), or "".
func pronounOf(t *token) string {
	if t.in(cPronoun) {
		return t.lower
	}
	if t.shape&sApostrophe == 0 {
		return ""
	}
	i := strings.IndexAny(t.lower, "'’")
	if i <= 0 || pronouns[t.lower[:i]] == "" {
		return ""
	}
	_, size := utf8.DecodeRuneInString(t.lower[i:])
	switch t.lower[i+size:] {
	case "d", "ve", "m", "ll", "re":
		return t.lower[:i]
	}
	return "" // "I'Anson" is a name
}

// antecedent is the latest named person a personal pronoun can refer to:
// one whose title does not give the other sex ("she" skips "Mr Fox").
func (st *docState) antecedent(pronoun string) claim.Source {
	want := pronounSex[pronoun]
	for i := len(st.persons) - 1; i >= 0 && i >= len(st.persons)-antecedentReach; i-- {
		if p := st.persons[i]; want == 0 || st.sexOf(p) != -want {
			return p
		}
	}
	return claim.Source{}
}

// antecedentReach and mentionReach bound how far back a pronoun looks for
// its person and for other mentions of a surname, so that an article of
// thousands of named people costs no more per pronoun than a news story.
const (
	antecedentReach = 32
	mentionReach    = 256
)

// sexOf is the sex the titles of a person give, read from every mention of
// the same surname: "Ms Kovac" makes "Anna Kovac, the minister" a woman.
// When two people of the article share the surname ("Bill Clinton",
// "Hillary Clinton"), only the person's own title counts.
func (st *docState) sexOf(p claim.Source) int {
	if sex := titleSex(p.Title); sex != 0 {
		return sex
	}
	surname, full, sex := lastWord(p.Name), "", 0
	for _, q := range st.persons[max(0, len(st.persons)-mentionReach):] {
		if lastWord(q.Name) != surname {
			continue
		}
		if len(q.Name) > len(surname) {
			if full != "" && full != q.Name {
				return 0
			}
			full = q.Name
		}
		if s := titleSex(q.Title); s != 0 {
			sex = s
		}
	}
	return sex
}

// titleSex is +1 for a title only men hold, -1 for one only women hold,
// and 0 for any other. A title that names another person by a possessive
// says nothing of this one: "Ms Jowell's deputy".
func titleSex(title string) int {
	sex := 0
	words := strings.Fields(strings.ToLower(title))
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) && (strings.HasSuffix(words[i+1], "'s") || strings.HasSuffix(words[i+1], "’s")) {
			i++
			continue
		}
		switch strings.TrimSuffix(words[i], ".") {
		case "mr", "sir", "lord", "baron", "king", "prince", "spokesman", "chairman", "congressman", "councilman", "emir", "sheikh":
			sex = 1
		case "mrs", "ms", "miss", "lady", "dame", "baroness", "queen", "princess", "spokeswoman", "chairwoman", "congresswoman", "councilwoman":
			sex = -1
		}
	}
	return sex
}

// lawWords name a police body, in its name ("Springfield Police
// Department") or in a later short mention ("police", "the department").
var lawWords = map[string]bool{"police": true, "sheriff": true, "sheriff's": true, "sheriff’s": true, "patrol": true, "troopers": true, "constabulary": true}

// lawBody reports whether an organization's name is a police body's.
func lawBody(name string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(name)) {
		if lawWords[w] {
			return true
		}
	}
	return false
}

// namedLawBody resolves a short mention of the police ("police said", "the
// department said", "Aurora police say") to the body the article named
// before ("the Aurora Police Department said in a release"): a reporter
// names a source once and then shortens it. A capitalized word of the
// mention must be in the body's name, so "Denver police" is not the Aurora
// department; a mention that is no police word, or more than one, is left.
func (st *docState) namedLawBody(words []token) (claim.Source, bool) {
	body := st.lawBody
	if body.Name == "" || len(words) == 0 || len(words) > 4 {
		return claim.Source{}, false
	}
	head := words[len(words)-1].lower
	if head != "police" && head != "department" && !(head == "office" && len(words) > 1 && lawWords[words[len(words)-2].lower]) {
		return claim.Source{}, false
	}
	name := strings.ToLower(body.Name)
	for _, w := range words[:len(words)-1] {
		switch {
		case w.is("the", "'s", "’s") || lawWords[w.lower]:
		case w.capitalized() && strings.Contains(name, w.lower):
		default:
			return claim.Source{}, false
		}
	}
	return body, true
}

// inquestWords name the bodies that count the dead besides the police:
// the coroner, the medical examiner. ("fire" is left out: "the Dock Road
// fire" is no body.)
var inquestWords = map[string]bool{"coroner": true, "coroner's": true, "coroner’s": true, "examiner": true,
	"examiner's": true, "examiner’s": true}

// policeRanks are the titles of officers of a police or inquest body.
var policeRanks = map[string]bool{"sheriff": true, "sergeant": true, "sgt.": true, "sgt": true, "captain": true,
	"capt.": true, "capt": true, "lieutenant": true, "lt.": true, "detective": true, "det.": true, "officer": true,
	"inspector": true, "superintendent": true, "constable": true, "trooper": true, "corporal": true, "cpl.": true,
	"coroner": true, "examiner": true}

// investigatingAgencies are police bodies known by their initials, and
// the initials of a local police department or sheriff's office end in
// PD or SO ("LMPD", "NYPD", "MCSO").
var investigatingAgencies = map[string]bool{"fbi": true, "atf": true, "gbi": true, "tbi": true, "sbi": true}

// investigatingWord: a word of a police or inquest body's name, lower
// case; raw is the word as written, for initials.
func investigatingWord(w, raw string) bool {
	if lawWords[w] || inquestWords[w] || investigatingAgencies[w] {
		return true
	}
	return policeInitials(raw)
}

// policeInitials: a police department's or sheriff's office's initials
// ("LMPD", "MCSO").
func policeInitials(raw string) bool {
	return len(raw) >= 3 && (strings.HasSuffix(raw, "PD") || strings.HasSuffix(raw, "SO")) && unchangedByUpper(raw)
}

// officerNouns are the officers of a body that a source names by the body
// ("Jefferson County deputies", "Santa Cruz sheriff's deputies").
var officerNouns = map[string]bool{"deputies": true, "officers": true, "detectives": true, "investigators": true,
	"troopers": true, "prosecutors": true, "officials": true}

// OfficersOfABody reports whether an unnamed source is the officers of a
// police or inquest body it names: a capitalized word of its own before
// the officers ("Jefferson County deputies", "Mercer County
// prosecutors"), and, for "officials", a police word ("Saginaw County
// sheriff's officials"; "Turkish officials" are no police).
func OfficersOfABody(text string) bool {
	f := strings.Fields(text)
	if len(f) < 2 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if !officerNouns[last] || last == "officials" && !InvestigatingOfficial(text) {
		return false
	}
	for _, w := range f[:len(f)-1] {
		lower := strings.ToLower(w)
		if r := w[0]; 'A' <= r && r <= 'Z' && !functionWords[lower] && !kindOnlyBodyWords[lower] && !titleWords[lower] && !nationality(lower) {
			return true
		}
	}
	return false
}

// InvestigatingBody reports whether a name is that of a police or inquest
// body with a word of its own ("Topeka Police", "the Marion County
// Sheriff's Office", "Summit County Medical Examiner"): an article that
// names it, as speaker or as actor ("Tacoma Police are investigating"),
// tells the reader whose account of the shooting it gives.
func InvestigatingBody(name string) bool {
	if KindOnlyBody(name) {
		return false
	}
	if namesAPoliceBody(name) {
		return true
	}
	for w := range strings.FieldsSeq(name) {
		if investigatingWord(strings.ToLower(w), w) {
			return true
		}
	}
	return false
}

// InvestigatingOfficial reports whether a source's words (its text and
// title) make it an officer of a police or inquest body: a rank ("Capt.
// Dan Kloc", "Sheriff Ana Ruiz", "Coroner Ed Voss") or the body's name
// ("Police Chief Jim Lowe", "a spokesman for Lake County police").
func InvestigatingOfficial(words string) bool {
	if namesAPoliceBody(words) {
		return true
	}
	for w := range strings.FieldsFuncSeq(words, func(c rune) bool { return c == ' ' || c == ',' }) {
		if lower := strings.ToLower(w); investigatingWord(lower, w) || policeRanks[lower] {
			return true
		}
	}
	return false
}

// SpeaksForABody reports whether an unnamed source's words hold an office
// and the name of the body it speaks for: "a spokesman for Las Vegas Metro
// police", "a PCSO spokesperson", "a Pittsburgh Public Safety
// spokeswoman". The person is unnamed, the body is not.
func SpeaksForABody(text string) bool {
	if !OfficialTitle(text) {
		return false
	}
	for i, w := range strings.Fields(text) {
		w = strings.Trim(w, ",.;:")
		lower := strings.ToLower(w)
		if i == 0 || w == "" || titleWords[lower] || kindOnlyBodyWords[lower] || functionWords[lower] {
			continue
		}
		if r := w[0]; 'A' <= r && r <= 'Z' {
			return true
		}
	}
	return false
}
