package incident_test

import "testing"

// Figures of one sentence that add up to a toll told elsewhere are its
// parts, an elliptical "three more" included; figures that do not add up
// stay rivals.
func TestASumOfPartsIsNoRival(t *testing.T) {
	cs := marked(t, "# Four hurt on Dale Street\n\nFour people were wounded on Dale Street on Friday, police said.\n\n"+
		"Officers found one person shot on the sidewalk and three more inside a bakery.\n")
	want(t, cs, "one person", "main", "victims", "parts")
	cs = marked(t, "# Six hurt at the fair\n\nSix people were injured at the fair, the organisers said.\n\n"+
		"One person was injured at the gate and two others were injured near the stage.\n")
	want(t, cs, "One person", "main", "victims", "")
}

// A sentence that accounts for as many victims as the lead with fewer of
// them dead tells an earlier moment: a wounded victim died since.
func TestFewerDeadAmongAsManyVictimsIsAnEarlierMoment(t *testing.T) {
	cs := marked(t, "# Three dead in Ash Court shooting\n\nThree people were killed and one was wounded in a shooting at Ash Court, police said.\n\n"+
		"Officers arriving at 9 p.m. found two people shot dead and two people wounded, Sgt. Lena Ross said.\n")
	want(t, cs, "two people", "main", "victims", "earlier")
	want(t, cs, "Three people", "main", "victims", "")
}

// A count of the fate of some of a group the sentence counted before is a
// part of that group, not the toll.
func TestTheFateOfSomeOfAGroupIsAPart(t *testing.T) {
	cs := marked(t, "# Three killed at Lark Hill\n\nThree people were killed in a shooting at Lark Hill on Sunday, police said.\n\n"+
		"Two other victims were taken to hospitals, where one was pronounced dead.\n")
	want(t, cs, "one", "main", "victims", "parts")
}

// A list of people by kind, the group a part is taken from ("one of five
// people hurt") and a quoted social media post are no rival tolls.
func TestListsGroupsAndPostsAreNoTolls(t *testing.T) {
	cs := marked(t, "# Four killed at Mill Farm\n\nFour people were killed at Mill Farm on Sunday, the sheriff said.\n\n"+
		"Deputies found the bodies of a man and a woman in a barn.\n")
	want(t, cs, "a man and a woman", "main", "victims", "descriptor")
	cs = marked(t, "# One dead after shooting at Vine Street club\n\nOne person was killed in a shooting at a Vine Street club, police said.\n\n"+
		"One of six people wounded in the shooting has died, police said on Monday.\n")
	want(t, cs, "six people", "main", "victims", "group")
	cs = marked(t, "# Two hurt at Elm Park\n\nTwo people were wounded in a shooting at Elm Park on Friday, police said.\n\n"+
		"One person has been shot at Elm Park. Avoid the area. — Elm City Police (@ElmCityPD) May 3, 2024\n")
	want(t, cs, "One person", "main", "victims", "post")
}

// An age in words beside a count ("two eighteen years old, one nineteen")
// is no count, and "One person was hurt. The other was not." splits two
// victims over two sentences.
func TestSpelledAgesAndDistributionsOverTwoSentences(t *testing.T) {
	cs := marked(t, "# Three hurt on Ivy Lane\n\nThree men were wounded on Ivy Lane on Friday, police said.\n\n"+
		"Three other men in the garage, two eighteen years old, one nineteen, were also shot but survived.\n")
	want(t, cs, "one nineteen", "main", "victims", "age")
	cs = marked(t, "# Two shot at crossroads\n\nTwo drivers were shot at the crossroads on Monday, the sheriff said.\n\n"+
		"One person was hurt. The other was not.\n")
	want(t, cs, "One person", "main", "victims", "breakdown")
}
