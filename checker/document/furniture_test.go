package document

import "testing"

func TestFurnitureLines(t *testing.T) {
	furniture := []string{
		"Caption Two hurt as fire spreads through a warehouse",
		"RELATED: Three injured in second crash this week",
		"Related: Storm topples trees along the river road",
		"READ MORE: Council votes to close the old bridge",
		"More: Ferry service resumes after a week",
		"Also: Police seek driver in hit-and-run",
		"Watch: Firefighters battle the blaze on Pine Street",
		"VIDEO: Crowd cheers as the parade passes",
		"Posted at 6:15 PM, Mar 3, 2024",
		"Updated: March 3, 2024 10:02 AM",
		"Published Tuesday, May 7",
		"A reporter sums up the night's calls. (Posted on: May 2, 2024)",
		"SPRINGFIELD, IL - MAY 2: Mourners gather at a vigil for the victims.",
	}
	article := []string{
		"Watch the video below to see the rescue.",
		"Watching from the porch, two neighbours saw the car stop.",
		"More officers arrived within minutes, police said.",
		"Caption contests were held at the fair on Saturday.",
		"Caption Close Image 1 of 4 Firefighters at the scene on Tuesday.",
		"Photo: A crowd gathers outside the courthouse",
		"PREVIOUS STORY: The fire began in a storeroom, crews said.",
		"Updated figures show that three people were hurt.",
		"Posted officers stood at every door of the hall.",
		"Posted on Friday, the notice said the pool would close for the summer after two swimmers were hurt in a fall, and it asked parents to keep children away from the deep end.",
		"Police said: two people were hurt in the fall.",
		"The school reopened Monday. (Photo: Jane Roe/Staff)",
	}
	for _, text := range furniture {
		if !furnitureOf(t, text) {
			t.Errorf("%q: not furniture, want furniture", text)
		}
	}
	for _, text := range article {
		if furnitureOf(t, text) {
			t.Errorf("%q: furniture, want the article's", text)
		}
	}
}

// furnitureOf parses text as the one paragraph of a Markdown article
// after a headline and tells whether its block is furniture.
func furnitureOf(t *testing.T, text string) bool {
	t.Helper()
	d, err := Parse("a.md", []byte("# Headline\n\n"+text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Blocks) != 2 {
		t.Fatalf("%q: %d blocks, want 2", text, len(d.Blocks))
	}
	return d.Blocks[1].Furniture
}

func TestTitleIsNeverFurniture(t *testing.T) {
	d, err := Parse("a.md", []byte("---\ntitle: \"Related: a title that looks like a link\"\n---\nBody.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if h := d.Headline(); h == nil || h.Furniture {
		t.Fatalf("headline = %+v, want a title that is not furniture", h)
	}
}

func TestPlaylistEntries(t *testing.T) {
	d := parsed(t, "# Headline\n\n0:50 One dead after a crash on Route 9\n\n"+
		"10:15 p.m. Police were called to the bridge.\n\n"+
		"10:20 Crews closed the road in both directions.\n\n"+
		"2:14 Mayor opens the new library\n\n1:05 Storm knocks out power to 900 homes\n\n"+
		"3:10 Firefighter honoured for rescue Pause\n")
	want := []bool{false, true, false, false, true, true, true}
	for i, b := range d.Blocks {
		if b.Furniture != want[i] {
			t.Errorf("%q: furniture %v, want %v", b.Text, b.Furniture, want[i])
		}
	}
}

func TestRelatedListTeasers(t *testing.T) {
	d := parsed(t, "# Headline\n\nTwo people were hurt when the crane fell.\n\nRelated stories\n\n"+
		"+ Five killed in bus crash on Route 9\n\nBridge to close for a month\n\n"+
		"The harbour master said the crane had passed its inspection.\n\n"+
		"A short line without a stop\n\nTrending stories:\n\n"+
		"Crews said the crane had been checked in May.\n\n"+
		"Related Headlines Photos of the harbour\n\nThree workers were treated at the scene\n")
	want := []bool{false, false, true, true, true, false, false, true, false, false, false}
	for i, b := range d.Blocks {
		if b.Furniture != want[i] {
			t.Errorf("%q: furniture %v, want %v", b.Text, b.Furniture, want[i])
		}
	}
}

func parsed(t *testing.T, src string) *Document {
	t.Helper()
	d, err := Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestAtMostWords(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want bool
	}{{"", 0, true}, {"one", 0, false}, {" two  words ", 2, true}, {"three words here", 2, false}, {"tab\tand\nline", 3, true}} {
		if got := atMostWords(c.s, c.n); got != c.want {
			t.Errorf("atMostWords(%q, %d) = %v, want %v", c.s, c.n, got, c.want)
		}
	}
}

// A label may name its site ("MORE FROM THE HERALD"); a sentence that
// opens with its words is the article's.
func TestSiteLabels(t *testing.T) {
	d := parsed(t, "# Headline\n\nTwo people were hurt when the crane fell.\n\nMORE FROM THE HERALD\n\n"+
		"+ Five killed in bus crash on Route 9\n\n"+
		"More from the inquiry is expected on Monday, the council said.\n")
	want := []bool{false, false, true, true, false}
	for i, b := range d.Blocks {
		if b.Furniture != want[i] {
			t.Errorf("%q: furniture %v, want %v", b.Text, b.Furniture, want[i])
		}
	}
}
