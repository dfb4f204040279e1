package lint

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/files"
	"github.com/factlint/factlint/checker/source"
)

func casualty(paragraph int, headline bool, lo, hi float64) *claim.Claim {
	return &claim.Claim{Facets: &claim.Facets{Kind: claim.Count, Event: "killed", Group: "victims", Incident: "main", Qualifier: claim.Exact}, Value: claim.Interval{Min: lo, Max: hi}, Paragraph: paragraph, InHeadline: headline}
}

func TestATollToldTwiceIsBacked(t *testing.T) {
	head, lead, part, other := casualty(0, true, 4, 4), casualty(1, false, 4, 4), casualty(3, false, 1, 1), casualty(4, false, 1, 1)
	other.Edit().Weak = "place" // "one died at the scene": a doubt backs nothing
	same := casualty(1, false, 4, 4)
	noteBacked([]*claim.Claim{head, lead, part, other, same})
	if !head.Backed || !lead.Backed || !same.Backed {
		t.Errorf("the headline's and the lead's four back each other: %v %v %v", head.Backed, lead.Backed, same.Backed)
	}
	if part.Backed || other.Backed {
		t.Errorf("one told once (and once with a doubt) is not backed: %v %v", part.Backed, other.Backed)
	}
}

func TestALowerBoundBacksTheFigureItAllows(t *testing.T) {
	atLeast := casualty(0, true, 33, 1e18)
	atLeast.Edit().Qualifier = claim.AtLeast
	exact, below := casualty(2, false, 34, 34), casualty(3, false, 20, 20)
	noteBacked([]*claim.Claim{atLeast, exact, below})
	if !exact.Backed || !atLeast.Backed || below.Backed {
		t.Errorf("at least 33 backs 34 and not 20: %v %v %v", exact.Backed, atLeast.Backed, below.Backed)
	}
}

// One sentence cannot back itself, and other events, groups and incidents
// back nothing.
func TestBackingNeedsAnotherStatementOfTheSameThing(t *testing.T) {
	a, b := casualty(1, false, 2, 2), casualty(1, false, 2, 2)
	injured, suspects, recalled := casualty(2, false, 2, 2), casualty(3, false, 2, 2), casualty(4, false, 2, 2)
	injured.Edit().Event, suspects.Edit().Group, recalled.Edit().Incident = "injured", "suspects", "other"
	noteBacked([]*claim.Claim{a, b, injured, suspects, recalled})
	for i, c := range []*claim.Claim{a, b, injured, suspects, recalled} {
		if c.Backed {
			t.Errorf("claim %d backed", i)
		}
	}
}

// Past the pairwise bound, equal figures of different sentences still back
// each other.
func TestBackingInALongListStaysLinear(t *testing.T) {
	var cs []*claim.Claim
	for i := range 3 * maxPairedBucket {
		cs = append(cs, casualty(i, false, float64(i%2), float64(i%2)))
	}
	lonely := casualty(9999, false, 7, 7)
	noteBacked(append(cs, lonely))
	if !cs[0].Backed || !cs[1].Backed || lonely.Backed {
		t.Errorf("got %v %v %v", cs[0].Backed, cs[1].Backed, lonely.Backed)
	}
}

func TestFrameIsWhatTheClauseSaysOfTheFigure(t *testing.T) {
	for text, want := range map[string]string{
		" were killed in the flood, the mayor said.": "were killed in the flood",
		" were killed.": "were killed",
		" died on June 3 at the scene, police said": "died on june 0 at the",
		" Menschen starben am Ufer; später mehr":    "menschen starben am ufer",
		":": "",
	} {
		if got := frameAfter([]byte(text)); got != want {
			t.Errorf("frameAfter(%q) = %q, want %q", text, got, want)
		}
	}
}

// The marks are made on a real check: the headline's and the lead's toll
// back each other, and every count of people gets its frame.
func TestCheckMarksBackedAndFrame(t *testing.T) {
	src := "# Storm kills four\n\nFour people were killed in the storm, officials said.\n\nOne person was killed at the pier.\n"
	res := Extract([]files.Input{{Path: "a.md", Data: []byte(src)}}, 1)
	var seen int
	for _, c := range res.Articles[0].Claims {
		if c.Kind != claim.Count || c.Event != "killed" {
			continue
		}
		seen++
		switch c.Text {
		case "Four people":
			if !c.Backed || c.Frame != "were killed in the storm" {
				t.Errorf("lead: backed %v frame %q", c.Backed, c.Frame)
			}
		case "One person":
			if c.Backed {
				t.Errorf("a figure told once is backed")
			}
		}
	}
	if seen < 2 {
		t.Fatalf("only %d counts of the dead", seen)
	}
}

// The first tally is a count of people of more than nobody, told with a
// number: one victim described, "no one was hurt", or "public bodies" axed
// are not where an article's casualty figures are judged.
func TestFirstTallyIsACountOfPeopleWithANumber(t *testing.T) {
	described, nobody, bodies, tally, later := casualty(1, false, 1, 1), casualty(2, false, 0, 0), casualty(3, false, 9, 9), casualty(4, false, 5, 5), casualty(5, false, 6, 6)
	described.Edit().By, nobody.Edit().By, bodies.Edit().By, tally.Edit().By, later.Edit().By = "described-person", "number", "number", "number", "number"
	bodies.Edit().Subject, tally.Edit().Subject = "body", "person"
	age, named := casualty(1, false, 24, 24), casualty(1, false, 2, 2)
	age.Edit().By, age.Edit().Weak, named.Edit().By = "number", "age", "singles-total" // "the striker, 24, was injured"; "Ana Ruiz and Tom Hale"
	all := []*claim.Claim{described, age, named, nobody, bodies, tally, later}
	noteFirstTally(all, func(*claim.Claim) bool { return false })
	for i, c := range all {
		if c.FirstTally != (c == tally) {
			t.Errorf("claim %d (%s %q): first tally %v", i, c.By, c.Subject, c.FirstTally)
		}
	}
}

func sourced(kind claim.Kind, event string, paragraph int, src claim.Source) *claim.Claim {
	return &claim.Claim{Facets: &claim.Facets{Kind: kind, Event: event, Source: src}, Paragraph: paragraph}
}

// A body or an official named anywhere in the article is the source of
// the counts told without one, or put to "officials"; a named neighbour
// covers only their own paragraph.
func TestTheArticlesAuthoritySourcesItsCounts(t *testing.T) {
	officials := claim.Source{Text: "officials", Kind: claim.Anonymous}
	lead := sourced(claim.Count, "injured", 1, officials)
	sheriff := sourced(claim.Attribution, "", 3, claim.Source{Text: "the Dunmore County Sheriff's Office", Name: "Dunmore County Sheriff's Office", Kind: claim.Organization})
	noteSourcedBy(nil, nil, []*claim.Claim{lead, sheriff})
	if lead.SourcedBy != "the Dunmore County Sheriff's Office" {
		t.Errorf("the sheriff's office named later is the lead's source, got %q", lead.SourcedBy)
	}
	lead = sourced(claim.Count, "injured", 1, officials)
	neighbour := sourced(claim.Attribution, "", 3, claim.Source{Text: "Rosa Quill, a neighbour", Name: "Rosa Quill", Title: "neighbour", Kind: claim.Person})
	noteSourcedBy(nil, nil, []*claim.Claim{lead, neighbour})
	if lead.SourcedBy != "" {
		t.Errorf("\"officials said\" and a neighbour in another paragraph name no source, got %q", lead.SourcedBy)
	}
	chief := sourced(claim.Attribution, "", 2, claim.Source{Text: "Police Chief Jim Lowe", Name: "Jim Lowe", Title: "Police Chief", Kind: claim.Person})
	lead = sourced(claim.Count, "killed", 1, claim.Source{})
	noteSourcedBy(nil, nil, []*claim.Claim{lead, chief})
	if lead.SourcedBy != "Police Chief Jim Lowe" {
		t.Errorf("a named police chief is the article's authority, got %q", lead.SourcedBy)
	}
}

// "Police said" in one paragraph is the source of the lead's count told
// without one: the police are the article's authority.
func TestPoliceSpeakingAnywhereSourceTheCounts(t *testing.T) {
	lead := sourced(claim.Count, "injured", 1, claim.Source{})
	police := sourced(claim.Attribution, "", 4, claim.Source{Text: "Police", Name: "Police", Kind: claim.Organization})
	noteSourcedBy(nil, nil, []*claim.Claim{lead, police})
	if lead.SourcedBy != "Police" {
		t.Errorf("the police speaking in paragraph 4 source the lead's count, got %q", lead.SourcedBy)
	}
}

// A name followed by the officers of a body ("Marlow County deputies are
// searching") makes them the article's authority.
func TestOfficersNamedAsTheyActSourceTheCounts(t *testing.T) {
	src := []byte("Marlow County deputies are searching for two men.")
	county := &claim.Claim{Facets: &claim.Facets{Kind: claim.Name}, Text: "Marlow County", Span: source.Span{Start: 0, End: 13}}
	lead := sourced(claim.Count, "injured", 1, claim.Source{})
	noteSourcedBy(src, nil, []*claim.Claim{county, lead})
	if lead.SourcedBy != "Marlow County deputies" {
		t.Errorf("the county's deputies source the count, got %q", lead.SourcedBy)
	}
}

// A name claimed once, in a headline, makes its police the authority where
// the body names them as they act ("Elmford police are investigating"); a
// country's police ("Turkish police") are no such body.
func TestABodyNamedAgainAsItActsSourcesTheCounts(t *testing.T) {
	src := []byte("Two hurt in Elmford\n\nElmford police are investigating.")
	town := &claim.Claim{Facets: &claim.Facets{Kind: claim.Name}, Text: "Elmford", Span: source.Span{Start: 12, End: 19}}
	lead := sourced(claim.Count, "injured", 2, claim.Source{})
	noteSourcedBy(src, nil, []*claim.Claim{town, lead})
	if lead.SourcedBy != "Elmford police" {
		t.Errorf("the town's police named again source the count, got %q", lead.SourcedBy)
	}
	src = []byte("Turkish troops shelled\n\nTurkish police have been ordered to stand down.")
	nation := &claim.Claim{Facets: &claim.Facets{Kind: claim.Name}, Text: "Turkish", Span: source.Span{Start: 0, End: 7}}
	lead = sourced(claim.Count, "killed", 2, claim.Source{})
	noteSourcedBy(src, nil, []*claim.Claim{nation, lead})
	if lead.SourcedBy != "" {
		t.Errorf("a country's police source no count, got %q", lead.SourcedBy)
	}
}

// Past the window a name is read at its own place only, so a huge draft of
// many names costs no scan of the whole source per name.
func TestANameFarDownIsReadAtItsOwnPlace(t *testing.T) {
	pad := strings.Repeat("The market opened. ", 2000)
	src := []byte(pad + "Elmford mourns.\n\nElmford police are investigating.")
	at := len(pad)
	town := &claim.Claim{Facets: &claim.Facets{Kind: claim.Name}, Text: "Elmford", Span: source.Span{Start: at, End: at + 7}}
	if got := officersAfter(src, town); got != "" {
		t.Errorf("a name past the window is read again further on: %q", got)
	}
	if got := officersAfter(src[at:], &claim.Claim{Facets: town.Facets, Text: "Elmford", Span: source.Span{Start: 0, End: 7}}); got != "police" {
		t.Errorf("a name near the top is read again where its police act, got %q", got)
	}
}
