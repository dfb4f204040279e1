package story

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/checker/claim"
)

func names(date string, ns ...string) *claim.Article {
	a := &claim.Article{File: "x.md", Date: date}
	for _, n := range ns {
		a.Claims = append(a.Claims, &claim.Claim{Facets: &claim.Facets{Kind: claim.Name, Folded: strings.ToLower(n)}, Text: n})
	}
	a.Claims = append(a.Claims, &claim.Claim{Facets: &claim.Facets{Kind: claim.Count, Folded: "ignored"}, Text: "3"})
	return a
}

// A signature keeps names, less titles and common words at their edges;
// a person's name also gives its surname and its first and last names, and
// its first and last names its spelling variant (variant.go);
// words every report writes, and a page's furniture, give nothing.
func TestSignatureKeys(t *testing.T) {
	s := Sign(names("2026-02-27", "Police Chief Tim O’Sullivan", "Brandon Dominique Wren", "Tuesday", "Police",
		"Copy Link", "Stay Up To Date", "Plymouth Ave N", "Greenwood County Coroner", "Associated Press", "Texas"))
	want := []string{"brandon dominique wren", "brandon wren", "greenwood", "greenwood county coroner",
		"o'sullivan", "plymouth avenue north", "tim o'sullivan", "wren", "≈brndn wren"}
	if !slices.Equal(s.Keys, want) {
		t.Errorf("keys %q, want %q", s.Keys, want)
	}
	if s.Day == 0 || Sign(names("")).Day != 0 || Sign(names("soon")).Day != 0 {
		t.Errorf("day of a dated article %d; an undated one or a bad date must have none", s.Day)
	}
	if got := Sign(names("", "Westview Street")).Heads; !slices.Equal(got, []string{"westview"}) {
		t.Errorf("heads %q", got)
	}
}

// A name with a generational suffix is the person's name without it too:
// "Desmond Okafor Jr." in a charge meets "Desmond Okafor" in the report of
// the shooting, and so does his surname.
func TestNameWithASuffixMeetsTheNameWithout(t *testing.T) {
	s := Sign(names("2026-02-27", "Desmond Okafor Jr.", "Lionel Achebe Sr"))
	for _, k := range []string{"desmond okafor jr", "desmond okafor", "okafor", "lionel achebe", "achebe"} {
		if !slices.Contains(s.Keys, k) {
			t.Errorf("keys %q lack %q", s.Keys, k)
		}
	}
	docs := []Doc{
		doc("shooting.md", "2026-03-01", "Perpetua Lindqvist", "Desmond Okafor"),
		doc("charge.md", "2026-03-16", "Perpetua Lindqvist", "Desmond Okafor Jr."),
	}
	if got, want := grouping(Group(docs, Infer)), "desmond-okafor=shooting.md,charge.md"; got != want {
		t.Errorf("a victim and the accused two weeks apart: got %s, want %s", got, want)
	}
}

func doc(file, date string, ns ...string) Doc {
	a := names(date, ns...)
	a.File = file
	return Doc{File: file, Sig: Sign(a)}
}

func grouping(ss []Story) string {
	var out []string
	for _, s := range ss {
		out = append(out, s.ID+"="+strings.Join(s.Files, ","))
	}
	return strings.Join(out, " ")
}

// Two articles that name the same person within a week are one story; the
// same names months apart, or only a town and a police force, are not.
func TestJoinNeedsEnoughRareEvidenceInTime(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2026-02-27", "Ana Pérez", "Oakvale"),
		doc("b.md", "2026-03-01", "Ana Pérez", "Oakvale Police"),
		doc("c.md", "2026-09-01", "Ana Pérez", "Oakvale"),      // months later: a new event
		doc("d.md", "2026-02-27", "Oakvale", "Oakvale Police"), // a town and its police
	}
	if got, want := grouping(Group(docs, Infer)), "ana-pérez=a.md,b.md c=c.md d=d.md"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// Undated articles need more as the run grows: what two articles share by
// chance grows with the number of articles.
func TestUndatedBarRisesWithTheRun(t *testing.T) {
	pair := []Doc{doc("a.md", "", "Westview Street", "Dorchester"), doc("b.md", "", "Westview", "Dorchester")}
	if got := len(Group(pair, Infer)); got != 1 {
		t.Fatalf("two drafts naming a street and a district: %d stories, want 1", got)
	}
	run := slices.Clone(pair)
	for i := range 200 {
		run = append(run, doc(fmt.Sprintf("z%03d.md", i), "", fmt.Sprintf("Person%03d Name%03d", i, i)))
	}
	if got := len(Group(run, Infer)); got != len(run) {
		t.Fatalf("in a run of %d: %d stories, want every article alone", len(run), got)
	}
}

// One article that names two events (a roundup) does not chain their
// stories into one: groups join only when enough of their pairs are linked.
func TestRoundupDoesNotChainTwoStories(t *testing.T) {
	docs := []Doc{
		doc("flood1.md", "2026-02-27", "Ana Pérez", "Brookfield Lane", "Lina Ortiz"),
		doc("flood2.md", "2026-02-27", "Ana Pérez", "Brookfield Lane", "Lina Ortiz"+" "),
		doc("flood3.md", "2026-02-27", "Ana Pérez", "Lina Ortiz", "Brookfield Lane", "Omar Haddad"),
		doc("roundup.md", "2026-02-28", "Ana Pérez", "Tom Reyes"),
		doc("fire1.md", "2026-02-28", "Tom Reyes", "Kestrel Road", "Mia Chen"),
		doc("fire2.md", "2026-02-28", "Tom Reyes", "Kestrel Road", "Mia Chen", "Sam Okafor"),
		doc("fire3.md", "2026-02-28", "Tom Reyes", "Mia Chen", "Kestrel Road", "Ivo Petrov"),
	}
	got := Group(docs, Infer)
	for _, s := range got {
		if slices.Contains(s.Files, "flood1.md") && slices.Contains(s.Files, "fire1.md") {
			t.Fatalf("a roundup chained two events: %s", grouping(got))
		}
	}
	if len(got) < 2 {
		t.Fatalf("grouping %s", grouping(got))
	}
}

// Only keys in few articles are used to find candidates: a key in more
// than blockLimit articles has no posting list, one in fewer has.
func TestBlockingSkipsCommonKeys(t *testing.T) {
	var docs []Doc
	for i := range blockLimit + 1 {
		docs = append(docs, doc(fmt.Sprintf("%03d.md", i), "2026-02-27", "Everyone Knows", fmt.Sprintf("Unique%03d Person", i)))
	}
	docs = append(docs, doc("pair.md", "2026-02-27", "Unique000 Person"))
	reps := make([]int, len(docs))
	for i := range reps {
		reps[i] = i
	}
	s := sign(docs)
	stats := newKeyStats(s, reps)
	tbl := newKeyTable(s, reps, stats)
	posted := func(key string) int {
		return len(tbl.postings[tbl.rank[s.id[key]]])
	}
	if n := posted("everyone knows"); n != 0 {
		t.Errorf("a key in %d articles is posted for %d", blockLimit+1, n)
	}
	if n := posted("unique000 person"); n != 2 {
		t.Errorf("a key in two articles is posted for %d, want 2", n)
	}
}

// Front matter decides where given; folder mode groups the rest by
// folder, front-matter mode leaves them alone; the grouping does not
// depend on the order of the input beyond the order of files in a story.
func TestModesAndOrder(t *testing.T) {
	docs := []Doc{
		{File: "x/a.md", Named: "quake", Sig: Sign(names("", "Ana Pérez", "Brookfield Lane"))},
		{File: "y/b.md", Sig: Sign(names("", "Ana Pérez", "Brookfield Lane"))},
		{File: "y/c.md", Sig: Sign(names("", "Tom Reyes"))},
		{File: "z/d.md", Named: "quake"},
	}
	for mode, want := range map[Mode]string{
		Infer:       "quake=x/a.md,z/d.md b=y/b.md c=y/c.md",
		Folder:      "quake=x/a.md,z/d.md y=y/b.md,y/c.md",
		FrontMatter: "quake=x/a.md,z/d.md b=y/b.md c=y/c.md",
	} {
		if got := grouping(Group(docs, mode)); got != want {
			t.Errorf("%s: got %s, want %s", mode, got, want)
		}
	}
	if _, err := ParseMode("folders"); err == nil {
		t.Error("an unknown mode is accepted")
	}
	a := []Doc{doc("1.md", "", "Ana Pérez", "Brookfield Lane"), doc("2.md", "", "Tom Reyes", "Kestrel Road"),
		doc("3.md", "", "Ana Pérez", "Brookfield Lane", "Lina Ortiz"), doc("4.md", "", "Tom Reyes", "Kestrel Road", "Mia Chen")}
	b := []Doc{a[3], a[1], a[2], a[0]}
	canon := func(ss []Story) []string {
		var out []string
		for _, s := range ss {
			f := slices.Clone(s.Files)
			slices.Sort(f)
			out = append(out, strings.Join(f, ","))
		}
		slices.Sort(out)
		return out
	}
	if x, y := canon(Group(a, Infer)), canon(Group(b, Infer)); !slices.Equal(x, y) || len(x) != 2 {
		t.Errorf("order changes the grouping: %v vs %v", x, y)
	}
}

// A name written for many events on many dates (a city's hospital, a
// police chief who speaks of every shooting) weighs less than one written
// by a few reports of one event, however few articles carry either.
func TestKeyOnManyOccasionsWeighsLess(t *testing.T) {
	var docs []Doc
	for i, date := range []string{"2026-01-03", "2026-01-10", "2026-01-17", "2026-01-24", "2026-01-31"} {
		docs = append(docs, doc(fmt.Sprintf("h%d.md", i), date, "Marlow Vale Hospital"))
	}
	for i, date := range []string{"2026-01-03", "2026-01-04", "2026-01-04"} {
		docs = append(docs, doc(fmt.Sprintf("v%d.md", i), date, "Corinne Haddix Abernathy"))
	}
	s := sign(docs)
	open := make([]int, len(docs))
	for i := range open {
		open[i] = i
	}
	st := newKeyStats(s, open)
	hospital, victim := s.id["marlow vale hospital"], s.id["corinne haddix abernathy"]
	if got, full := st.weigh(s, hospital), weight("marlow vale hospital"); got >= full {
		t.Errorf("a hospital named on five occasions weighs %.2f, want less than %.2f", got, full)
	}
	if got, full := st.weigh(s, victim), weight("corinne haddix abernathy"); got != full {
		t.Errorf("a name of one event's reports weighs %.2f, want %.2f", got, full)
	}
}

// An event and its follow-up months later are two episodes of one story:
// the names they share keep their weight; a name written in many episodes
// (a mayor's) does not.
func TestFollowUpMonthsLaterKeepsItsNames(t *testing.T) {
	docs := []Doc{
		doc("shooting.md", "2026-02-02", "Darnell Quist", "Imogen Fairweather"),
		doc("hearing.md", "2026-04-28", "Darnell Quist", "Imogen Fairweather"),
	}
	if got, want := grouping(Group(docs, Infer)), "darnell-quist=shooting.md,hearing.md"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	var mayor []Doc
	for i, date := range []string{"2026-01-05", "2026-03-09", "2026-05-11"} {
		mayor = append(mayor, doc(fmt.Sprintf("m%d.md", i), date, "Rosalind Vantongeren"))
	}
	s := sign(mayor)
	st := newKeyStats(s, []int{0, 1, 2})
	if got, full := st.weigh(s, s.id["rosalind vantongeren"]), weight("rosalind vantongeren"); got >= full {
		t.Errorf("a name in three episodes weighs %.2f, want less than %.2f", got, full)
	}
}

// A town's own police or sheriff says little more than the town: two
// drafts of one week that share only "Oakvale" and "Oakvale Police" are
// two stories.
func TestTownAndItsPoliceStayApart(t *testing.T) {
	docs := []Doc{
		doc("a.md", "2026-03-02", "Oakvale Police", "Oakvale"),
		doc("b.md", "2026-03-05", "Oakvale Police", "Oakvale"),
	}
	if got := len(Group(docs, Infer)); got != 2 {
		t.Errorf("%d stories, want 2", got)
	}
}

// Reports of the same or the next day need only two rare words (a town
// and a street's name); a trial months later joins its event only when it
// names several of the same people and places.
func TestDateWindows(t *testing.T) {
	sameDay := []Doc{
		doc("a.md", "2026-05-04", "Quillhaven", "Tamsworth"),
		doc("b.md", "2026-05-05", "Quillhaven", "Tamsworth"),
	}
	if got := len(Group(sameDay, Infer)); got != 1 {
		t.Errorf("next-day reports sharing two rare words: %d stories, want 1", got)
	}
	trial := []Doc{
		doc("shooting.md", "2026-01-10", "Lucinda Marchetti", "Orrin Blackwood", "Fenwick Crescent Road"),
		doc("trial.md", "2026-09-21", "Lucinda Marchetti", "Orrin Blackwood", "Fenwick Crescent Road"),
		doc("later.md", "2026-10-02", "Lucinda Marchetti"),
	}
	if got, want := grouping(Group(trial, Infer)), "lucinda-marchetti=shooting.md,trial.md later=later.md"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// In a run large enough to show it, a town's name that few articles write
// ties two reports of the same few days on its own ("FRONTON -" in one
// dateline, "near Fronton" in the other); three weeks apart it does not, nor
// does a town written in many of the run's articles, nor the same pair in a
// run too small to tell a rare word from any other.
func TestRareTownTiesReportsOfAWeek(t *testing.T) {
	filler := func(docs ...Doc) []Doc {
		for i := range 400 { // minTownRun
			docs = append(docs, doc(fmt.Sprintf("z%03d.md", i), "2026-04-01", fmt.Sprintf("Person%03d Name%03d", i, i)))
		}
		return docs
	}
	stories := func(docs []Doc, files ...string) int {
		n := 0
		for _, s := range Group(docs, Infer) {
			if slices.ContainsFunc(s.Files, func(f string) bool { return slices.Contains(files, f) }) {
				n++
			}
		}
		return n
	}
	week := []Doc{doc("a.md", "2026-06-02", "Fronton"), doc("b.md", "2026-06-05", "Fronton")}
	if got := stories(filler(week...), "a.md", "b.md"); got != 1 {
		t.Errorf("two reports of three days sharing a rare town: %d stories, want 1", got)
	}
	if got := stories(week, "a.md", "b.md"); got != 2 {
		t.Errorf("the same two alone in a run: %d stories, want 2", got)
	}
	month := []Doc{doc("a.md", "2026-06-02", "Fronton"), doc("b.md", "2026-06-25", "Fronton")}
	if got := stories(filler(month...), "a.md", "b.md"); got != 2 {
		t.Errorf("three weeks apart: %d stories, want 2", got)
	}
	var common []Doc
	for i := range 6 {
		common = append(common, doc(fmt.Sprintf("c%d.md", i), "2026-06-02", "Fronton", fmt.Sprintf("Victim%d Surname%d", i, i)))
	}
	if got := stories(filler(common...), "c0.md", "c1.md", "c2.md", "c3.md", "c4.md", "c5.md"); got != 6 {
		t.Errorf("a town six articles write: %d stories, want 6", got)
	}
}

func ages(file, date, town string, texts ...string) Doc {
	a := names(date, town)
	a.File = file
	for _, t := range texts {
		var age float64
		fmt.Sscanf(t, "a %f-year-old", &age)
		a.Claims = append(a.Claims, &claim.Claim{Facets: &claim.Facets{Kind: claim.Quantity, By: "age", Unit: "year"}, Text: strings.TrimPrefix(t, "a "), Value: claim.Interval{Min: age, Max: age}})
	}
	return Doc{File: file, Sig: Sign(a)}
}

// Ages with the person's sex are keys; a range or an age without a sex
// gives none.
func TestAgeKeys(t *testing.T) {
	s := ages("a.md", "2026-07-01", "", "a 30-year-old man", "a 31-year-old Lakeford woman", "a 12-year-old", "a 9-year-old girl")
	if want := []string{"30-year-old male", "31-year-old female", "9-year-old female"}; !slices.Equal(s.Sig.Keys, want) {
		t.Errorf("keys %q, want %q", s.Sig.Keys, want)
	}
	c := &claim.Claim{Facets: &claim.Facets{Kind: claim.Quantity, By: "age", Unit: "year"}, Text: "20- to 25-year-old men", Value: claim.Interval{Min: 20, Max: 25}}
	if k := ageKey(c); k != "" {
		t.Errorf("a range gave %q", k)
	}
}

// Two reports of the same or the next day that tell the same two people
// by age and sex, and share a name (here a town many reports of the run
// write, which weighs little), are one story; one age and the town, or the
// same two ages a week apart, are not: many reports write a 30-year-old
// man. Ages alone never make two reports candidates: a name must.
func TestSameDayAgesTieReports(t *testing.T) {
	two := []string{"a 30-year-old man", "a 31-year-old woman"}
	docs := []Doc{
		ages("a.md", "2026-07-01", "Lakeford", two...),
		ages("b.md", "2026-07-02", "Lakeford", two...),
		ages("c.md", "2026-07-09", "Lakeford", two...),              // a week later
		ages("d.md", "2026-07-01", "Lakeford", "a 30-year-old man"), // one age
		ages("e.md", "2026-07-01", "", two...),                      // ages alone
	}
	for i := range 10 {
		docs = append(docs, doc(fmt.Sprintf("z%d.md", i), fmt.Sprintf("2026-0%d-15", 1+i%6), "Lakeford", fmt.Sprintf("Person%d Name%d", i, i)))
	}
	got := grouping(Group(docs, Infer))
	if want := "lakeford=a.md,b.md c=c.md d=d.md e=e.md"; !strings.HasPrefix(got, want) {
		t.Errorf("got %s, want %s and each filler alone", got, want)
	}
}

// cited adds to an article a statement its source makes in office
// ("said Sheriff Dana Whitlock"), as extraction reads it, with the name
// claim the source's name also gives.
func cited(a *claim.Article, name, role string) *claim.Article {
	a.Claims = append(a.Claims,
		&claim.Claim{Facets: &claim.Facets{Kind: claim.Name, Folded: strings.ToLower(name)}, Text: name},
		&claim.Claim{Facets: &claim.Facets{Kind: claim.Attribution, Cue: "said",
			Source: claim.Source{Text: name, Name: name, Role: role, Kind: claim.Person}}, Text: name})
	return a
}

// A person both articles cite in office (a sheriff, a spokesman) speaks of
// every event of the place, and weighs as the place's body does: two
// reports of the same month that share only the sheriff and the town are
// two stories. Named as the event's own person in one of them (the sheriff
// who was shot), the name ties them.
func TestOfficialCitedInBothTellsThePlace(t *testing.T) {
	a := Doc{File: "a.md", Sig: Sign(cited(names("2026-03-02", "Quillon"), "Dana Whitlock", "sheriff"))}
	b := Doc{File: "b.md", Sig: Sign(cited(names("2026-03-22", "Quillon"), "Dana Whitlock", "sheriff"))}
	if got := a.Sig.Officials; !slices.Equal(got, []string{"dana whitlock"}) {
		t.Fatalf("officials %q, want the sheriff's full name", got)
	}
	if got := grouping(Group([]Doc{a, b}, Infer)); got != "a=a.md b=b.md" {
		t.Errorf("two reports that cite one sheriff: %s, want two stories", got)
	}
	shot := doc("c.md", "2026-03-22", "Dana Whitlock", "Quillon")
	if got := grouping(Group([]Doc{a, shot}, Infer)); got != "dana-whitlock=a.md,c.md" {
		t.Errorf("a report that names the sheriff as its own person: %s, want one story", got)
	}
}

// A name written after an office's title ("Police Chief Dana Whitlock",
// or the title inside the name as extraction read it: "Supt. Dana
// Whitlock") is cited in office as much as a said-clause's source is; a
// rank is not an office (the officer named may be the one shot).
func TestNameAfterAnOfficeTitleIsCitedInOffice(t *testing.T) {
	titled := func(text, title string) *claim.Claim {
		return &claim.Claim{Facets: &claim.Facets{Kind: claim.Name, Folded: strings.ToLower(text), Title: title}, Text: text}
	}
	for _, c := range []struct {
		claim *claim.Claim
		want  bool
	}{
		{titled("Dana Whitlock", "Police Chief"), true},
		{titled("Supt. Dana Whitlock", ""), true},
		{titled("Dana Whitlock", "Sgt."), false},
		{titled("Dana Whitlock", ""), false},
	} {
		a := names("2026-03-02", "Quillon")
		a.Claims = append(a.Claims, c.claim)
		got := Sign(a).Officials
		if want := []string{"dana whitlock"}; slices.Equal(got, want) != c.want {
			t.Errorf("%q titled %q: officials %q, want cited in office %v", c.claim.Text, c.claim.Title, got, c.want)
		}
	}
}

// Words that many articles of a run write on other dates (a city's name, a
// neighbourhood's) weigh little; but two reports of the same day that are
// the only ones of those days to write two of them report one event. A
// third report of those days that writes one of them makes it common
// again.
func TestWordsAloneInTheirDaysTieSameDayReports(t *testing.T) {
	var docs []Doc
	for i := range 12 {
		date := time.Date(2026, 1, 1+10*i, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		docs = append(docs,
			doc(fmt.Sprintf("m%02d.md", i), date, "Marrowfield", fmt.Sprintf("Person%02d Somebody", i)),
			doc(fmt.Sprintf("t%02d.md", i), date, "Tessaly", fmt.Sprintf("Other%02d Somebody", i)))
	}
	pair := []Doc{doc("p1.md", "2026-01-06", "Marrowfield", "Tessaly", "Ines Foy"), doc("p2.md", "2026-01-06", "Marrowfield", "Tessaly", "Hal Brun")}
	together := func(ss []Story) bool {
		for _, s := range ss {
			if slices.Contains(s.Files, "p1.md") {
				return slices.Contains(s.Files, "p2.md")
			}
		}
		return false
	}
	if got := Group(slices.Concat(docs, pair), Infer); !together(got) {
		t.Errorf("two same-day reports alone in their days to write two words: apart, want one story")
	}
	third := doc("p3.md", "2026-01-07", "Marrowfield", "Person99 Else")
	if got := Group(slices.Concat(docs, pair, []Doc{third}), Infer); together(got) {
		t.Errorf("a third report of those days writes one of the words: one story, want two")
	}
}

// A capitalized run with a word of the report's own in it (an event, a
// person told by a common noun) is a headline or a label, not a person:
// it weighs as a body does.
func TestHeadlineWordsAreNoPerson(t *testing.T) {
	for _, key := range []string{"midnight shooting", "teen boys shot", "ex boyfriend"} {
		if w := weight(key); w >= personWeight {
			t.Errorf("%q weighs %.1f, want less than a person's name", key, w)
		}
	}
	if w := weight("lena marsh"); w != personWeight {
		t.Errorf("a person's name weighs %.1f, want %d", w, personWeight)
	}
}

// Within maxDays a person named in both reports and a body of the place
// (a hospital) tie them: a follow-up weeks later names the victim and
// where the victim was taken; the person alone does not.
func TestFollowUpWithinMonthsNeedsAPersonAndMore(t *testing.T) {
	first := doc("a.md", "2026-01-10", "Orin Castellano", "Pellham County Hospital")
	later := doc("b.md", "2026-03-11", "Orin Castellano", "Pellham County Hospital")
	if got := grouping(Group([]Doc{first, later}, Infer)); got != "orin-castellano=a.md,b.md" {
		t.Errorf("a victim and a hospital 60 days apart: %s, want one story", got)
	}
	alone := doc("c.md", "2026-03-11", "Orin Castellano")
	if got := grouping(Group([]Doc{first, alone}, Infer)); got != "a=a.md c=c.md" {
		t.Errorf("a name alone 60 days apart: %s, want two stories", got)
	}
}
