package lint

import (
	"testing"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/incident"
)

func parsed(t *testing.T, path, text string) *document.Document {
	t.Helper()
	d, err := document.Parse(path, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// An article's news is casualties when its headline or lead names a death,
// an injury or a shooting; a toll its body recalls does not make it so.
func TestCasualtiesAreNewsReadsTheHeadlineAndTheLead(t *testing.T) {
	cases := []struct {
		name, path, text string
		news             bool
	}{
		{"shares story", "a.txt", "Dock shares slip after storm\n\nShares in the port's operator fell on Monday as traders weighed the damage done by the storm.\n\nMore than 40 people were killed when it reached the coast.\n", false},
		{"killed in the headline", "b.txt", "Storm kills dozens on the coast\n\nThe storm reached the coast on Sunday night and tore the roofs off hundreds of houses.\n", true},
		{"shot in the lead", "c.txt", "Night on Pine Road\n\nTwo men were shot outside a bar on Pine Road late on Saturday, neighbours said.\n", true},
		{"a slug as the title", "d.md", "---\ntitle: \"pine-road-man-kills-two-neighbours\"\n---\n\nPolice were called to a house on Pine Road early on Wednesday after a neighbour heard a noise.\n", true},
		{"gunfire in the headline", "e.md", "# Gunfire outside the station\n\nPolice closed the road outside the station for most of the afternoon on Sunday.\n", true},
		{"opened fire", "f.md", "# Police: two men opened fire at a skate park\n\nPolice say the two men came to the park on foot shortly before ten on Sunday night.\n", true},
		{"a caption before the lead", "g.md", "# Night on Pine Road\n\nImage 1 of 3 Caption Close Photo courtesy of the county sheriff's office archive\n\nA 19-year-old man was shot and wounded on Pine Road on Friday night, the sheriff said.\n", true},
		{"the toll after the lead", "h.md", "# Ferry service resumes\n\nThe ferry between the two islands ran again on Monday for the first time since the spring.\n\nNine people died when its sister ship sank in 2019.\n", false},
	}
	for _, c := range cases {
		if got := casualtiesAreNews(parsed(t, c.path, c.text)); got != c.news {
			t.Errorf("%s: casualties are news = %v, want %v", c.name, got, c.news)
		}
	}
}

// A count told in a relative clause on an event noun is how news recalls
// an event; a count told as the clause's own statement is not.
func TestToldOfAnEvent(t *testing.T) {
	for before, want := range map[string]bool{
		"Reporters looking into the floods which killed more than ": true,
		"The law followed a fire at one depot that killed ":         true,
		"The disaster, which claimed ":                              true,
		"A gas explosion that left at least ":                       true,
		"Police are investigating a shooting that killed ":          true,
		"The fire killed ":                                          false,
		"The report that killed ":                                   false,
		"Officials said ":                                           false,
		"":                                                          false,
	} {
		if got := toldOfAnEvent(before); got != want {
			t.Errorf("%q: told of an event = %v, want %v", before, got, want)
		}
	}
}

// The article's year is its date's, else the latest its text gives.
func TestArticleYear(t *testing.T) {
	if y := articleYear("2024-05-10", []byte("in 2026 and 2019")); y != 2024 {
		t.Errorf("dated article: year %d, want 2024", y)
	}
	if y := articleYear("", []byte("closed in 2004, after a law of 2002")); y != 2004 {
		t.Errorf("undated article: year %d, want 2004", y)
	}
	if y := articleYear("", []byte("no year here")); y != 0 {
		t.Errorf("article without a year: year %d, want 0", y)
	}
}

// marked extracts an article's claims and marks them as a check does.
func marked(d *document.Document) []*claim.Claim {
	cs := extract.Extract(d)
	incident.Mark(d, Article(d, cs))
	noteNewsTally(d, cs)
	return cs
}

// A toll recalled in a relative clause on an event its sentence dates to
// an earlier year is not the first tally; the article's own toll, told
// after it, is. An article whose news is not casualties has no first tally.
func TestTheFirstTallyLeavesOutRecalledTolls(t *testing.T) {
	text := "---\ntitle: \"Two killed as fire guts a store\"\ndate: 2024-05-10\n---\n\n" +
		"The store stands beside the depot where, in 2019, a fire that killed 12 people began.\n\n" +
		"Two people were killed when fire swept through the store on Thursday night.\n"
	d := parsed(t, "a.md", text)
	cs := marked(d)
	var first []*claim.Claim
	for _, c := range cs {
		if c.FirstTally {
			first = append(first, c)
		}
	}
	if len(first) != 1 || first[0].Text != "Two people" {
		t.Fatalf("first tally %v, want the store's two dead", first)
	}

	d = parsed(t, "b.md", "# Ferry service resumes\n\nThe ferry between the two islands ran again on Monday for the first time since the spring.\n\nNine people were killed when its sister ship sank.\n")
	cs = marked(d)
	for _, c := range cs {
		if c.FirstTally {
			t.Errorf("news of a ferry service has a first tally: %q", c.Text)
		}
	}
}

// A lead that tells a court's proceedings makes the case the news; "dropped"
// is a withdrawal only of charges, not of a victim dropped off at a hospital.
func TestProceedingsAreNews(t *testing.T) {
	cases := []struct {
		name, text string
		court      bool
	}{
		{"a plea", "# Man admits bar shooting\n\nA man pleaded guilty on Monday in the shooting at a bar on Dock Road that left two people dead.\n", true},
		{"a grand jury in the headline", "# Grand jury hears the Dock Road case\n\nTwo groups of men were arguing outside the bar on Dock Road when one of them drew a gun.\n", true},
		{"charges dropped", "# Teen freed\n\nThe charges against a teenager accused in last week's shooting on Dock Road have been dropped by the county.\n", true},
		{"dropped off", "# Three shot on Dock Road\n\nThree men were shot on Dock Road on Friday, and one was dropped off at a hospital by a friend.\n", false},
		{"an arrest", "# Man charged in Dock Road shooting\n\nPolice charged a man on Saturday with shooting three people outside a bar on Dock Road the night before.\n", false},
	}
	for _, c := range cases {
		if got := proceedingsAreNews(parsed(t, "a.md", c.text)); got != c.court {
			t.Errorf("%s: proceedings are news = %v, want %v", c.name, got, c.court)
		}
	}
}

// The tolls of an article whose news is something else are background and
// compared with none; an article of the missing keeps its counts.
func TestTollsOfOtherNewsAreBackground(t *testing.T) {
	d := parsed(t, "a.md", "# Minister visits the memorial\n\nThe minister laid a wreath at the harbour memorial on Sunday morning, her office said.\n\nAbout 4,000 people were killed in the port. Some 20,000 people were killed across the delta.\n")
	cs := marked(d)
	noteNewsTally(d, cs)
	for _, c := range cs {
		if c.Kind == claim.Count && c.Event == "killed" && c.Weak != "background" {
			t.Errorf("%q: weak %q, want background", c.Text, c.Weak)
		}
	}
	for _, text := range []string{
		"# Six climbers missing\n\nSix climbers are missing after the avalanche on the north face, rescuers said.\n",
		// a storm's toll told below a lead on its damage is the storm's news
		"# Storm batters the coast\n\nRepairs to the sea wall will cost about $6 million, the county council said on Saturday.\n\nAt least 36 people were killed.\n",
	} {
		d = parsed(t, "b.md", text)
		cs = marked(d)
		noteNewsTally(d, cs)
		for _, c := range cs {
			if c.Kind == claim.Count && c.Weak == "background" {
				t.Errorf("%q: recalled as background in %q", c.Text, text)
			}
		}
	}
}

// A report that says its account is not final is provisional; one that was
// updated, or a page that offers breaking news alerts, is not.
func TestProvisionalNote(t *testing.T) {
	for text, want := range map[string]string{
		"# Two shot on Pine Road\n\nTwo men were shot on Pine Road on Friday.\n\nThis is a developing story. Check back for updates.\n": "developing story",
		"# Two shot on Pine Road\n\nTwo men were shot on Pine Road on Friday. This story will be updated.\n":                            "will be updated",
		"# Two shot on Pine Road\n\nThis story has been updated with new information. Two men were shot on Pine Road on Friday.\n":      "",
		"# Two shot on Pine Road\n\nGet breaking news alerts on your phone.\n\nTwo men were shot on Pine Road on Friday.\n":             "",
	} {
		if got := provisionalNote(parsed(t, "a.md", text)); got != want {
			t.Errorf("%q: provisional %q, want %q", text, got, want)
		}
	}
}
