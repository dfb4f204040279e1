package story

import (
	"fmt"
	"slices"
	"testing"
)

func ExampleIdentified() {
	text := "Police identified the victim as 16-year-old Dana Whitlock. The man was identified as Tim O'Wren, 34, of Quillon."
	fmt.Println(Identified([]byte(text)))
	// Output: [dana whitlock tim o'wren]
}

func TestIdentified(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Officials identified the two men shot there as Ana Ruiz and Tim Wren.", []string{"ana ruiz"}},
		{"She was identified as Marla J. Fenwick.", []string{"marla j. fenwick"}},
		{"The coroner identified her as the 7-year-old Ana Ruiz, who lived nearby.", []string{"ana ruiz"}},
		// a description, one word, the one who shot, no "as", too far
		{"He was identified as a Quillon man.", nil},
		{"He was identified as Ruiz.", nil},
		{"Police identified the gunman as Tim Wren.", nil},
		{"Police have identified a person of interest in the case.", nil},
		{"identified the remains found in the woods last week by the river as Ana Ruiz", nil},
		{"identified as", nil},
	}
	for _, c := range cases {
		if got := Identified([]byte(c.text)); !slices.Equal(got, c.want) {
			t.Errorf("Identified(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// A person the text identifies by name is one of the event's own people, a
// victim's key, as a count of the victims that names her is.
func TestIdentifiedPersonIsAVictimKey(t *testing.T) {
	a := names("2026-03-02", "Dana Whitlock", "Quillon")
	if got := Sign(a).Victims; len(got) != 0 {
		t.Fatalf("victims %q of a report that counts no one by name", got)
	}
	a.Identified = []string{"dana whitlock"}
	if got := Sign(a).Victims; !slices.Contains(got, "dana whitlock") {
		t.Errorf("victims %q, want the identified person", got)
	}
}
