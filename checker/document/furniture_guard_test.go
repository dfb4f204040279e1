package document

import (
	"strings"
	"testing"
)

// A guard may only rule out what its pattern cannot match: every block
// some pattern of furniture matches passes its guard, whatever its case
// or its letters' other spellings.
func TestFurnitureGuardsKeepEveryMatch(t *testing.T) {
	blocks := []string{
		"Posted at 6:15 PM, Mar 3, 2024", "UPDATED: March 3, 2024 10:02 AM", "last updated on Friday 3 May",
		"Originally published Mar 3", "published 2 May",
		"SPRINGFIELD, IL - MAY 2: Mourners gather at a vigil", "ST. LOUIS, MO – JUNE 12, 2024: A crowd waits",
		"O'FALLON, MO - MAY 2: A vigil", "A, B - MAY 2: ", "A BAY, CA - MAY 2: A vigil",
		"0:50 One dead after a crash on Route 9", "12:05:31 Two hurt as fire spreads",
	}
	for _, l := range listLabels {
		blocks = append(blocks, l, strings.ToUpper(l), strings.ToUpper(l[:1])+l[1:]+":", l+" on Channel 7", strings.ToUpper(l)+" FROM the desk")
	}
	for _, b := range blocks {
		if stamp.MatchString(b) && !stampStarts.startsWith(b) {
			t.Errorf("stamp matches %q, its guard rules it out", b)
		}
		if agencyCaption.MatchString(b) && !mayBeCaption(b) {
			t.Errorf("agencyCaption matches %q, its guard rules it out", b)
		}
		if clipLength.MatchString(b) && !clipStarts.startsWith(b) {
			t.Errorf("clipLength matches %q, its guard rules it out", b)
		}
	}
	for _, l := range listLabels {
		for _, b := range []string{l, strings.ToUpper(l), l + " on Channel 7"} {
			if !relatedListLabel(b) {
				t.Errorf("%q is no list label", b)
			}
		}
	}
	// a label's first letter in another spelling EqualFold takes: "ſ" is
	// an "s", the Kelvin sign a "k"
	if got := foldedFirstBytes([]string{"see", "kin"}); !got.startsWith("ſee") || !got.startsWith("\u212ain") || !got.startsWith("See") || got.startsWith("tee") {
		t.Errorf("folded first bytes miss a spelling or take another letter")
	}
	for _, b := range []string{"fire crews arrived on Tuesday.", "in a statement: nothing", "“Posted at dawn,” she said."} {
		if stampStarts.startsWith(b) || agencyStarts.startsWith(strings.ToLower(b)) || clipStarts.startsWith(b) || listLabelStarts.startsWith(b) {
			t.Errorf("a paragraph of the article passes a guard: %q", b)
		}
	}
}

// A label's colon is looked for only within the longest label's length:
// the verdicts are those of cutting the whole block at its first colon.
func TestLabelColonWithinTheLongestLabel(t *testing.T) {
	for text, want := range map[string]bool{
		"Related coverage: Two hurt":            true,
		"READ MORE: a story":                    true,
		"Related coverages: too long a label":   false,
		"Watch the video below":                 false,
		"The minister said it plainly: no more": false,
		"More:":                                 true,
		"more":                                  false,
		"":                                      false,
	} {
		if got := labelled(text); got != want {
			t.Errorf("labelled(%q) = %v, want %v", text, got, want)
		}
	}
}
