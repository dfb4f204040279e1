package incident_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/incident"
	"github.com/factlint/factlint/checker/lint"
)

// marked extracts and marks an article and returns its casualty counts by
// their text.
func marked(t *testing.T, text string) map[string]*claim.Claim {
	t.Helper()
	d, err := document.Parse("a.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	a := lint.Article(d, extract.Extract(d))
	incident.Mark(d, a)
	out := map[string]*claim.Claim{}
	for _, c := range a.Claims {
		if c.Kind == claim.Count && c.Group != "" {
			out[c.Text] = c
		}
	}
	return out
}

func want(t *testing.T, cs map[string]*claim.Claim, text, inc, group, weak string) {
	t.Helper()
	c := cs[text]
	if c == nil {
		t.Fatalf("no casualty count %q; have %v", text, keys(cs))
	}
	if c.Incident != inc || c.Group != group || c.Weak != weak {
		t.Errorf("%q: incident=%q group=%q weak=%q, want %q %q %q", text, c.Incident, c.Group, c.Weak, inc, group, weak)
	}
}

func keys(cs map[string]*claim.Claim) []string {
	var k []string
	for s := range cs {
		k = append(k, s)
	}
	return k
}

func TestSeparateIncidentIsOtherAndTheLeadMain(t *testing.T) {
	cs := marked(t, "---\ndate: 2016-05-02\n---\n\nTwo people were killed at the Harbor Lights bar in Maple Grove, police said.\n\n"+
		"In a separate shooting, five people were killed downtown.\n\n"+
		"Last year, seven people were killed at a nightclub.\n\n"+
		"Three people were killed in the Harbor Lights shooting in Maple Grove, the coroner said.\n\n"+
		"Four people were killed on a farm, the sheriff said.\n")
	want(t, cs, "Two people", "main", "victims", "")
	want(t, cs, "five people", "other", "victims", "")
	want(t, cs, "seven people", "other", "victims", "")
	// names the lead's place twice: the same incident
	want(t, cs, "Three people", "main", "victims", "")
	// in an article of several incidents, a figure that names none of the
	// lead's places is not known to be of it
	want(t, cs, "Four people", "", "victims", "")
}

func TestSingleIncidentArticleIsAllMain(t *testing.T) {
	cs := marked(t, "Two people were killed in the blast, police said.\n\nFirefighters said three people were killed in the blast.\n")
	want(t, cs, "Two people", "main", "victims", "")
	want(t, cs, "three people", "main", "victims", "")
}

func TestAnotherYearIsAnotherIncident(t *testing.T) {
	cs := marked(t, "---\ndate: 2017-01-11\n---\n\nOne person was killed on Elm Street, police said.\n\nIn 2016, 700 people were killed in the city.\n")
	want(t, cs, "700 people", "other", "victims", "")
}

func TestPartsOfATollAreWeak(t *testing.T) {
	for _, tc := range []struct{ text, figure, weak string }{
		{"Two of the victims died at the scene.", "Two of the victims", ""}, // a subset already: no mark needed
		{"Two people died at the scene, police said.", "Two people", "place"},
		{"One victim is in critical condition, police said.", "One victim", "condition"},
		{"Three people were killed, including the gunman, who shot himself.", "Three people", "gunman"},
		{"Two women were wounded in the yard.", "Two women", "descriptor"},
		{"Police said two more people were hurt.", "two more people", "increment"},
		{"Several people were hurt, police said.", "Several people", "vague"},
		{"Nobody was hurt, police said.", "Nobody", "none"},
		{"At first, police said six people had been wounded.", "six people", "revised"},
		{"A cashier and two others were hurt.", "two others", "others"},
		{"One person was killed and three others were hurt.", "three others", ""},
		{"Two women ran from the bar, and two other people were shot inside.", "two other people", "increment"},
		// a distribution tells the victims apart: "one" is one of them
		{"Both were hit: one was shot in the hip and the other was shot in the knee.", "one", "breakdown"},
		// a live report's paragraphs give the toll at their time
		{"Two officers were wounded, police said.\n\n4:06 p.m.: Police say three officers were wounded.", "three officers", "update"},
		{"Two officers were wounded, police said.\n\nUPDATE: Three officers were wounded, police said.", "Three officers", "update"},
		{"Two officers were wounded, police said.\n\nAt 4:06 p.m. three officers were wounded, police said.", "three officers", ""},
	} {
		cs := marked(t, tc.text+"\n")
		c := cs[tc.figure]
		if c == nil {
			if tc.weak == "" {
				continue // not read as a casualty count at all
			}
			t.Errorf("%q: no casualty count %q; have %v", tc.text, tc.figure, keys(cs))
			continue
		}
		if tc.weak == "revised" && c.Superseded {
			continue // extraction saw the revision: comparable() drops the figure
		}
		if c.Weak != tc.weak {
			t.Errorf("%q: %q weak=%q, want %q", tc.text, tc.figure, c.Weak, tc.weak)
		}
	}
}

func TestSuspectsAndOfficersAreGroupsOfTheirOwn(t *testing.T) {
	cs := marked(t, "Two officers were wounded and one suspect was killed, police said.\n")
	want(t, cs, "Two officers", "main", "officers", "")
	want(t, cs, "one suspect", "main", "suspects", "")
}

// A sentence of 40,000 figures is read once, not once per figure.
func TestLongSentenceIsWeakAndQuick(t *testing.T) {
	cs := marked(t, strings.Repeat("twelve people were killed, ", 2000)+"\n")
	for _, c := range cs {
		if c.Weak != "long" {
			t.Fatalf("%q in a sentence of %d bytes: weak=%q, want long", c.Text, 2000*27, c.Weak)
		}
	}
}

func TestMarkClearsOtherClaims(t *testing.T) {
	d, err := document.Parse("a.md", []byte("The mayor, Ann Lee, said two people were killed.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := lint.Article(d, extract.Extract(d))
	for _, c := range a.Claims {
		c.Edit().Incident, c.Edit().Group, c.Edit().Weak = "x", "x", "x"
	}
	incident.Mark(d, a)
	for _, c := range a.Claims {
		if c.Kind != claim.Count && (c.Incident != "" || c.Group != "" || c.Weak != "") {
			t.Errorf("%s %q keeps incident=%q group=%q weak=%q", c.Kind, c.Text, c.Incident, c.Group, c.Weak)
		}
	}
}

// The wounded reckoned as the shot less a toll told elsewhere are no
// figure of the text's, so no rule holds them against one.
func TestShotLessTheDeadIsDerived(t *testing.T) {
	d, err := document.Parse("a.md", []byte("Four people were shot on Elm Road.\n\nA woman died at the hospital.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := lint.Article(d, extract.Extract(d))
	incident.Mark(d, a)
	for _, c := range a.Claims {
		if c.Kind == claim.Count && c.Event == "injured" {
			if c.Weak != "derived" {
				t.Errorf("%q = %v injured (by %s): weak=%q, want derived", c.Text, c.Value, c.By, c.Weak)
			}
			return
		}
	}
	t.Fatal("no injured count reckoned from the shot and the dead")
}

// The headlines a site lists under "MORE FROM …" are other incidents; a
// list with no such label is the article's own.
func TestLinkListsAreOtherIncidents(t *testing.T) {
	cs := marked(t, "A man was killed on Elm Street, police said.\n\nMORE FROM THE HERALD\n\n+ Two killed in a crash on Route 9\n")
	if c := cs["Two"]; c == nil || c.Incident != incident.Other {
		t.Fatalf("a listed headline under a link label: %+v", c)
	}
	cs = marked(t, "A man was killed on Elm Street, police said.\n\n+ Two people were killed in all, police said.\n")
	if c := cs["Two people"]; c == nil || c.Incident == incident.Other {
		t.Fatalf("a list of the article's own: %+v", c)
	}
}

// The article's own figure is not another incident's: a report that opens
// on an attack it recalls stands by its lead's toll, and a
// roundup's headline is no figure of an incident its lead did not tell.
func TestPrimaryIsTheArticlesOwnIncident(t *testing.T) {
	primary := func(text, event string) string {
		t.Helper()
		var got []string
		for _, c := range marked(t, text) {
			if c.Primary && c.Event == event {
				got = append(got, c.Text)
			}
		}
		return strings.Join(got, ", ")
	}
	own := "---\ndate: 2016-05-02\n---\n\nThe mall reopened months after an unrelated attack in which five people were killed.\n\n" +
		"Two people were killed at the mall on Friday, police said.\n"
	if got := primary(own, "killed"); got != "Two people" {
		t.Errorf("primary killed = %q, want the lead's \"Two people\"", got)
	}
	roundup := "# Three dead in weekend shootings\n\nThree people were killed in separate shootings over the weekend, police said.\n"
	if got := primary(roundup, "killed"); got != "" {
		t.Errorf("primary killed = %q, want none: every figure is a roundup's", got)
	}
}

// A figure told of several shootings counts another scope than the
// article's toll, so it carries the words that say so; a recalled date
// does not where the article opens on no toll of its own (a report on a
// trial recalls its own shooting by its date; after an article's own toll,
// TestRecalledDeathAfterTheOwnTollIsScoped).
func TestFiguresOfSeveralIncidentsAreScoped(t *testing.T) {
	cs := marked(t, "---\ndate: 2016-05-02\n---\n\nA bakery on Pine Street reopened on Sunday, its owner said.\n\n"+
		"Detectives are looking into two shootings that left one man dead and four people wounded.\n\n"+
		"The trial heard that nine people were killed at the Elm Street nightclub in November.\n")
	for text, scope := range map[string]string{"one man": "shootings", "four people": "shootings", "nine people": ""} {
		if c := cs[text]; c == nil || c.Scope != scope {
			t.Errorf("%q: %+v, want scope %q", text, c, scope)
		}
	}
}

// A tally over weeks or months, the wounded "in other shootings" and the
// entry of a list that opens "In one shooting" count other incidents than
// the lead's: each is scoped, so none is read as the article's own toll.
func TestTalliesOverMonthsAndOtherShootingsAreScoped(t *testing.T) {
	cs := marked(t, "---\ndate: 2016-05-02\n---\n\nA 6-year-old girl was shot in the arm on Pine Street on Sunday, police said.\n\n"+
		"In the past two months, seven children have been injured or killed by gunfire in the city.\n\n"+
		"At least 12 more people were wounded in other shootings over the weekend.\n\n"+
		"In one shooting on Elm Street, three men were wounded.\n")
	for text, scope := range map[string]string{"seven children": "in the past two months", "At least 12 more people": "other shootings",
		"three men": "in one shooting", "A 6-year-old girl": ""} {
		if c := cs[text]; c == nil || c.Scope != scope {
			t.Errorf("%q: %+v, want scope %q", text, c, scope)
		}
	}
}

// The entries of a dated list below the article's own report ("June 23:
// a girl found a gun …") are incidents of their own, each scoped by its
// date, in every sentence of its paragraph.
func TestDatedListEntriesAreScoped(t *testing.T) {
	cs := marked(t, "---\ndate: 2016-08-01\n---\n\nA 5-year-old boy shot himself in the foot on Sunday, police said.\n\n"+
		"July 12: a 12-year-old girl was shot in the arm on a porch.\n\n"+
		"Sept. 3, 2015: Omar Vance picked up a rifle. His uncle is charged in Vance's death.\n")
	for text, scope := range map[string]string{"a 12-year-old girl": "July 12", "Vance": "Sept. 3, 2015"} {
		if c := cs[text]; c == nil || c.Incident != "other" || c.Scope != scope {
			t.Errorf("%q: %+v, want another incident scoped %q", text, c, scope)
		}
	}
}

// A ranking among shootings ("one of the worst mass shootings") and an
// arrest in another kind of case tell of no other incident: the lead's
// figures stay the article's own.
func TestRankingAndUnrelatedCaseAreNoOtherIncident(t *testing.T) {
	cs := marked(t, "Three people were killed and five wounded at a warehouse party, in one of the county's worst mass shootings.\n\n"+
		"A man the police sought after the party, where two people were killed, was held on unrelated drug and weapons charges.\n")
	want(t, cs, "Three people", "main", "victims", "")
	if c := cs["two people"]; c == nil || c.Incident == "other" || c.Scope != "" {
		t.Errorf("two people: %+v, want no other incident and no scope", c)
	}
}

// A victim told hurt and later told dead is one person who died: the
// injured figure is superseded by the death. Two people who share a noun
// with "another", or a surname with two first names, stay two.
func TestVictimWhoLaterDiedIsNoInjured(t *testing.T) {
	cs := marked(t, "A child was shot at a house on Birch Lane on Monday.\n\n"+
		"The child was taken to a hospital in serious condition.\n\n"+
		"Doctors said the child was dead on arrival, police said.\n")
	if c := cs["The child"]; c == nil || c.Event != "injured" || !c.Superseded {
		t.Errorf("The child: %+v, want injured and superseded", c)
	}
	cs = marked(t, "Tomas Reyes was wounded outside a store on Monday.\n\n"+
		"His brother, Luis Reyes, was killed, police said.\n\n"+
		"Luis Reyes died at the scene.\n")
	if c := cs["Tomas Reyes"]; c == nil || c.Event != "injured" || c.Superseded {
		t.Errorf("Tomas Reyes: %+v, want injured and not superseded", c)
	}
}

// A report on an arrest tells its own shooting by its date: the lead's
// figures, scoped by that date alone, are the article's own where it tells
// no other; a span or a later sentence's recalled shooting keeps its scope.
func TestDatedLeadIsTheArticlesOwn(t *testing.T) {
	cs := marked(t, "Police have charged a man in a shooting last year that wounded four people outside a bakery.\n\n"+
		"The man was arrested at his home on Tuesday, police said.\n")
	if c := cs["four people"]; c == nil || c.Scope != "" || c.Incident != incident.Main || !c.Primary {
		t.Errorf("four people: %+v, want unscoped, main and primary", c)
	}
	cs = marked(t, "A woman was shot and wounded on Oak Street on Monday.\n\n"+
		"In a shooting last year, four people were wounded on the same block.\n")
	if c := cs["four people"]; c == nil || c.Scope == "" {
		t.Errorf("four people: %+v, want scoped", c)
	}
}

// A line that tells a death before a wounding of the same noun tells two
// people: the one wounded did not later die.
func TestDeathToldBeforeAWoundingIsAnotherPerson(t *testing.T) {
	cs := marked(t, "A man killed his younger brother and wounded his older brother on Elm Road, deputies said.\n")
	if c := cs["his older brother"]; c == nil || c.Event != "injured" || c.Superseded {
		t.Errorf("his older brother: %+v, want injured and not superseded", c)
	}
}

// An article that tells of one victim alone tells of one person, however
// it names them: the one told hurt and the one told dead are the same, and
// the wounding is superseded. Two victims told apart (in one sentence, by
// two ages, by kin, as a double shooting) stay two.
func TestLoneVictimToldHurtAndDeadIsOnePerson(t *testing.T) {
	cs := marked(t, "The 4-year-old who was shot in a kitchen on Alder Court has died.\n\n"+
		"Mira Holt was critically injured on Friday, deputies said.\n")
	if c := cs["Mira Holt"]; c == nil || c.Event != "injured" || !c.Superseded {
		t.Errorf("Mira Holt: %+v, want injured and superseded", c)
	}
	// one age written two ways is one person, and so is one told "he was
	// shot" beside them
	cs = marked(t, "A 14-year-old boy died after the shooting on Alder Court, police said.\n\nPolice said he was shot in the chest.\n\n"+
		"Earlier, police said a 14-yr-old was in serious condition.\n")
	if c := cs["a 14-yr-old"]; c == nil || c.Event != "injured" || !c.Superseded {
		t.Errorf("a 14-yr-old: %+v, want injured and superseded", c)
	}
	// a surname of two words, named whole and then alone, is one person
	cs = marked(t, "Teen dies days after shooting at a park\n\n"+
		"Police say Ines Duarte-Vela was shot in the back at a park on Friday.\n\n"+
		"Duarte-Vela was taken to a hospital in critical condition.\n")
	if c := cs["Duarte-Vela"]; c == nil || c.Event != "injured" || !c.Superseded {
		t.Errorf("Duarte-Vela: %+v, want injured and superseded", c)
	}
	for _, text := range []string{
		"A man was killed on Alder Court, and a teen was wounded.\n",
		"The 4-year-old who was shot on Alder Court has died.\n\nA 30-year-old was critically injured, deputies said.\n",
		"The 4-year-old who was shot on Alder Court has died.\n\nHis brother was critically injured, deputies said.\n",
		"The 4-year-old who was shot in a double shooting on Alder Court has died.\n\nMira Holt was critically injured.\n",
	} {
		for _, c := range marked(t, text) {
			if c.Event == "injured" && c.Superseded {
				t.Errorf("%q: %q superseded, want two people", text, c.Text)
			}
		}
	}
}

// A shooting told as retaliation for another sets that other apart: its
// dead are that incident's, scoped by the words that say so. A time "and a
// half ago" recalls another incident as "a year ago" does.
func TestRetaliationForAnotherShootingIsScoped(t *testing.T) {
	cs := marked(t, "Four people were wounded outside a laundromat on Pine Street on Sunday, police said.\n\n"+
		"Detectives said the attack was in retaliation for a shooting that left one man dead.\n\n"+
		"A year and a half ago, a woman was killed on the same block.\n")
	if c := cs["one man"]; c == nil || c.Incident != "other" || c.Scope != "retaliation for" {
		t.Errorf("one man: %+v, want another incident scoped \"retaliation for\"", c)
	}
	want(t, cs, "a woman", "other", "victims", "descriptor")
}

// Words that look like another incident's and are not: a street address
// ("the 2000 block"), not a year; an outlet's earlier report of the story
// ("PREVIOUS STORY:"), which an update retells; and a sentence tied to
// the incident told before it ("around the same time") takes no cue from
// the sentence before.
func TestAddressesEarlierReportsAndTheSameTimeAreNoOtherIncident(t *testing.T) {
	cs := marked(t, "---\ndate: 2016-05-02\n---\n\nA man was killed in the 2000 block of Larch Avenue on Sunday, police said.\n\n"+
		"PREVIOUS STORY: Police said a woman was hurt on Larch Avenue.\n\n"+
		"The chief said the shootings had left two people wounded. Around the same time, a teen was grazed on Larch Avenue.\n")
	for _, text := range []string{"A man", "a woman", "a teen"} {
		if c := cs[text]; c == nil || c.Incident == "other" {
			t.Errorf("%q: %+v, want the article's own incident", text, c)
		}
	}
}

// A death recalled by its date after the article's own toll is
// background, scoped by the date: the article tells no death of its own.
// Where the body opens on the recalled incident (a trial's report), or
// the article has a death of its own, the recalled figure is not scoped.
func TestRecalledDeathAfterTheOwnTollIsScoped(t *testing.T) {
	cs := marked(t, "---\ndate: 2016-08-22\n---\n\nFive people were wounded at a cookout on Birch Lane on Saturday, police said.\n\n"+
		"Last summer, a man was killed two blocks away.\n")
	if c := cs["a man"]; c == nil || c.Incident != "other" || c.Scope != "last summer" {
		t.Errorf("a man: %+v, want another incident scoped \"last summer\"", c)
	}
	for _, text := range []string{
		"---\ndate: 2016-08-22\n---\n\nLast summer, a man was killed on Birch Lane, the jury heard.\n\nFive people were wounded there, prosecutors said.\n",
		"---\ndate: 2016-08-22\n---\n\nFive people were wounded and one man killed on Birch Lane on Saturday.\n\nLast summer, a woman was killed two blocks away.\n",
	} {
		for _, c := range marked(t, text) {
			if c.Event == "killed" && c.Scope != "" {
				t.Errorf("%q: %q scoped %q, want no scope", text, c.Text, c.Scope)
			}
		}
	}
}

// A recalled date carries through its paragraph: the victim the next
// sentence names dead is the recalled incident's and takes its scope, or
// it would stand as the article's toll.
func TestRecalledDateCarriesToTheNextSentence(t *testing.T) {
	cs := marked(t, "---\ndate: 2016-08-22\n---\n\nA boy was wounded on Birch Lane on Monday, police said.\n\n"+
		"It happened near the spot where a girl was killed in July 2014. Lena Ortiz was shot in the head and killed as she rode her bike.\n")
	if c := cs["Lena Ortiz"]; c == nil || c.Incident != "other" || c.Scope == "" {
		t.Errorf("Lena Ortiz: %+v, want another incident, scoped", c)
	}
}

// A body that opens on a recalled death is background where the headline
// tells a toll of another event: the wounding the headline reports is the
// article's own. A headline that tells the death keeps it the article's.
func TestRecalledDeathBelowAHeadlineOfWoundsIsScoped(t *testing.T) {
	cs := marked(t, "---\ntitle: \"Teen wounded at a bus stop\"\ndate: 2017-03-16\n---\n\n"+
		"Two clinic guards were shot dead in the town, a 1998 case that still haunts it.\n\n"+
		"A 15-year-old was wounded at a bus stop on Elm Street on Monday, police said.\n")
	if c := cs["Two clinic guards"]; c == nil || c.Incident != "other" || c.Scope != "1998" {
		t.Errorf("Two clinic guards: %+v, want another incident scoped \"1998\"", c)
	}
	cs = marked(t, "---\ntitle: \"Two guards killed, teen wounded\"\ndate: 2017-03-16\n---\n\n"+
		"Two clinic guards were shot dead in the town, a 1998 case, the jury heard.\n\n"+
		"A 15-year-old was wounded there, prosecutors said.\n")
	if c := cs["Two clinic guards"]; c == nil || c.Scope != "" {
		t.Errorf("Two clinic guards: %+v, want no scope below a headline that tells the deaths", c)
	}
}

// A death told as a noun right after a recalled death in its paragraph
// names that death again: it takes the recalled death's scope.
func TestDeathNounAfterARecalledDeathIsThatDeath(t *testing.T) {
	cs := marked(t, "---\ndate: 2016-08-22\n---\n\nA girl was wounded on Birch Lane on Saturday, police said.\n\n"+
		"A drive-by shooting on the same street in May 2012 claimed the life of a sleeping 6-year-old boy. The death of Tobias Wren led the city to fund a patrol.\n")
	for _, text := range []string{"a sleeping 6-year-old boy", "Tobias Wren"} {
		if c := cs[text]; c == nil || c.Incident != "other" || c.Scope != "2012" {
			t.Errorf("%q: %+v, want another incident scoped \"2012\"", text, c)
		}
	}
}

// A death told as a noun without a name names the roundup's death of the
// paragraph before again ("the 33-year-old's death" after "the last of the
// three homicides"); with no recalled death there, it stays the article's
// own.
func TestUnnamedDeathNounRetellsTheParagraphBefore(t *testing.T) {
	cs := marked(t, "Two people were wounded on Elm Street on Saturday, police said.\n\n"+
		"Police are investigating six weekend shootings across the city.\n\n"+
		"The last of the three homicides happened at a parking garage late Sunday.\n\n"+
		"No arrests had been made in the 41-year-old's death by Monday.\n")
	if c := cs["41-year-old"]; c == nil || c.Incident != "other" || c.Scope != "homicides" {
		t.Errorf("41-year-old: %+v, want the roundup's, scoped \"homicides\"", c)
	}
	cs = marked(t, "A man was shot dead on Elm Street on Saturday, police said.\n\n"+
		"No arrests had been made in the 41-year-old's death by Monday.\n")
	if c := cs["41-year-old"]; c == nil || c.Incident == "other" || c.Scope != "" {
		t.Errorf("41-year-old: %+v, want the article's own", c)
	}
}

// A victim first told in another incident is that incident's wherever the
// article names them again; a victim first told as the article's own
// stays its own.
func TestVictimNamedAgainKeepsTheirIncident(t *testing.T) {
	cs := marked(t, "Four people were wounded outside a laundromat on Pine Street on Sunday, police said.\n\n"+
		"Detectives said the attack was in retaliation for the killing of Omar Vance.\n\n"+
		"Neighbors marched to demand justice in Vance's death.\n")
	if c := cs["Vance"]; c == nil || c.Incident != "other" || c.Scope != "retaliation for" {
		t.Errorf("Vance: %+v, want the other incident, scoped \"retaliation for\"", c)
	}
	cs = marked(t, "Omar Vance died at a laundromat on Pine Street on Sunday, police said.\n\n"+
		"In a separate shooting, Vance's cousin was killed.\n\n"+
		"Neighbors marched to demand justice in Vance's death.\n")
	if c := cs["Vance"]; c == nil || c.Incident == "other" || c.Scope != "" {
		t.Errorf("Vance: %+v, want the article's own", c)
	}
}

func TestUndatedArticleRecallsAYearsToll(t *testing.T) {
	cs := marked(t, "A flood killed 40 people in the valley on Sunday.\n\nA storm killed about 900 people in 1987, the worst on record.\n")
	want(t, cs, "40 people", "main", "victims", "")
	want(t, cs, "about 900 people", "other", "victims", "")
	cs = marked(t, "Two men were shot in the 2000 block of Elm Street.\n\nA third man was killed in the same shooting.\n")
	if c := cs["Two men"]; c == nil || c.Incident == "other" {
		t.Errorf("a block number is no year: %+v", c)
	}
}
