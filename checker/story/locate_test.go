package story

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func ExampleLocations() {
	text := "Officers were sent to the 1700 block of N. Larkspur Ave. just after midnight. " +
		"A second car was found near Dorsey Road and East 12th Street."
	fmt.Println(Locations([]byte(text)))
	// Output: [1700 block of larkspur at 12th & dorsey]
}

func TestLocations(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"The shots came from the 2400 block of Northwest 50th Street on Sunday.", []string{"2400 block of 50th"}},
		{"It happened in the 3100 block of Fenwick Lane SE, police said.", []string{"3100 block of fenwick"}},
		{"a caller in the 800th block of Tamsin Drive", []string{"800 block of tamsin"}},
		{"in the 900 block of Orchard Boulevard.According to police", []string{"900 block of orchard"}},
		// the two streets in either order, with or without their kinds
		{"at 35th and Silver Spring", []string{"at 35th & silver spring"}},
		{"near Silver Spring Drive and North 35th Street.", []string{"at 35th & silver spring"}},
		{"near Crump Road and East Raines Road", []string{"at crump & raines"}},
		{"at the intersection of Harlow and Beacon streets", []string{"at beacon & harlow"}},
		{"near the corner of Dunmore Avenue & Pike Street", []string{"at dunmore & pike"}},
		// no street: a body's name, a count, a list of names
		{"the Department of Children and Families", nil},
		{"of Ice Bar and Grill", nil},
		{"men of 18 and 24", nil},
		{"at Marlow and Fitch, a law firm", nil},
		{"a block of flats", nil},
		{"the 40 block of text", nil},
		{"Police said. Main Street and 5th Avenue", nil},
	}
	for _, c := range cases {
		if got := Locations([]byte(c.text)); !slices.Equal(got, c.want) {
			t.Errorf("Locations(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestLocationKeysAreNoNamesKeys(t *testing.T) {
	for _, k := range []string{"2400 block of 50th", "at 35th & silver spring"} {
		if !isLocationKey(k) || weight(k) != locationWeight {
			t.Errorf("%q: isLocationKey %v, weight %v", k, isLocationKey(k), weight(k))
		}
	}
	for _, name := range []string{"At Large Media", "2400 Block Party", "Children and Families"} {
		for _, k := range nameKeys(strings.ToLower(name)) {
			if isLocationKey(k) {
				t.Errorf("name %q gives the location key %q", name, k)
			}
		}
	}
}

// An article's locations are keys of its signature; a roundup's many
// blocks are none, so it ties no single shooting's report by them.
func TestSignatureLocations(t *testing.T) {
	a := names("2026-03-14", "Marta Quill")
	a.Locations = []string{"1700 block of larkspur", "at 12th & 30th"}
	want := []string{"1700 block of larkspur", "at 12th & 30th", "marta quill", "quill", "≈mrt quill"}
	if got := Sign(a).Keys; !slices.Equal(got, want) {
		t.Errorf("keys %q, want %q", got, want)
	}
	a.Locations = []string{"100 block of fenn", "200 block of gale", "300 block of hoy", "at 4th & iris"}
	if got := Sign(a).Keys; !slices.Equal(got, []string{"marta quill", "quill", "≈mrt quill"}) {
		t.Errorf("a roundup's keys %q, want only its names'", got)
	}
}

// Two reports of the same day that share only a block are one story; the
// same block more than a year later is another event.
func TestLocationJoinsReportsOfTheSameDays(t *testing.T) {
	at := func(file, date string, locations ...string) Doc {
		a := names(date)
		a.Locations = locations
		return Doc{File: file, Sig: Sign(a)}
	}
	docs := []Doc{at("a.md", "2026-03-14", "1700 block of larkspur"), at("b.md", "2026-03-15", "1700 block of larkspur"),
		at("c.md", "2027-05-02", "1700 block of larkspur"), at("d.md", "2026-03-14", "at 12th & 30th"),
		at("e.md", "2026-03-16", "at 12th & 30th")}
	got := grouping(Group(docs, Infer))
	if want := "1700-block-of-larkspur=a.md,b.md c=c.md at-12th-30th=d.md,e.md"; got != want {
		t.Errorf("stories %s, want %s", got, want)
	}
}

// BenchmarkLocations reads an article-sized text: Sign runs it on every
// file of a run.
func BenchmarkLocations(b *testing.B) {
	spot := "Officers were called to the 1700 block of N. Larkspur Ave. and found a man shot; " +
		"a second car stopped near Quarry Road and East 9th Street. "
	prose := "Neighbours and friends gathered on the porch, and Officers and medics stayed for an hour " +
		"while a block of flats and the shop were searched, the department and the family said. "
	text := []byte(spot + strings.Repeat(prose, 30))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Locations(text)
	}
}

// A block weighs a person's name: with a town's police it ties two reports
// of the same month, where the town's police alone does not.
func TestLocationAndABodyTieReportsOfAMonth(t *testing.T) {
	at := func(file, date string, locations ...string) Doc {
		a := names(date, "Marlow Police")
		a.Locations = locations
		return Doc{File: file, Sig: Sign(a)}
	}
	docs := []Doc{at("a.md", "2026-03-01", "600 block of tern"), at("b.md", "2026-03-21", "600 block of tern"),
		at("c.md", "2026-04-10"), at("d.md", "2026-04-30")}
	got := grouping(Group(docs, Infer))
	if want := "600-block-of-tern=a.md,b.md c=c.md d=d.md"; got != want {
		t.Errorf("stories %s, want %s", got, want)
	}
}
