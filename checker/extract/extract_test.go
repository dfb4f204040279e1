package extract

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/fold"
)

// claimsOf extracts a Markdown snippet with no headline.
func claimsOf(t *testing.T, text string) []*claim.Claim {
	t.Helper()
	d, err := document.Parse("t.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return Extract(d)
}

func ofKind(cs []*claim.Claim, kinds ...claim.Kind) []*claim.Claim {
	var out []*claim.Claim
	for _, c := range cs {
		for _, k := range kinds {
			if c.Kind == k {
				out = append(out, c)
			}
		}
	}
	return out
}

// figureString renders a count or quantity compactly for table tests:
// "[33,inf] at_least killed soldier".
func figureString(c *claim.Claim) string {
	hi := fmt.Sprint(c.Value.Max)
	if math.IsInf(c.Value.Max, 1) {
		hi = "inf"
	}
	s := fmt.Sprintf("[%v,%s] %s", c.Value.Min, hi, c.Qualifier)
	for _, f := range []string{c.Unit, c.Event, c.Subject} {
		if f != "" {
			s += " " + f
		}
	}
	return s
}

// checkFigures compares each text's figures with the wanted rendering.
func checkFigures(t *testing.T, cases map[string]string) {
	t.Helper()
	for text, want := range cases {
		if got := strings.Join(figures(t, text), "|"); got != want {
			t.Errorf("%q\n got %s\nwant %s", text, got, want)
		}
	}
}

func figures(t *testing.T, text string) []string {
	var out []string
	for _, c := range ofKind(claimsOf(t, text), claim.Count, claim.Quantity) {
		out = append(out, figureString(c))
	}
	return out
}

func TestCountsAndQualifiers(t *testing.T) {
	checkFigures(t, map[string]string{
		"At least 33 soldiers were killed.":                     "[33,inf] at_least killed soldier",
		"Thirty-three Turkish soldiers were killed.":            "[33,33] exact killed soldier",
		"More than 30 people were injured.":                     "[31,inf] more_than injured person",
		"Nearly a million civilians have been displaced.":       "[900000,999999] approx_below displaced civilian",
		"Dozens of soldiers were killed.":                       "[24,99] vague killed soldier",
		"Between 20 and 30 people were hurt.":                   "[20,30] range injured person",
		"Up to 300 residents were evacuated.":                   "[0,300] at_most evacuated resident",
		"About 60 towns fell.":                                  "[54,66] approx town",
		"Some 1,709 fighters were neutralized.":                 "[1538,1880] approx neutralized fighter",
		"A hundred and twenty people were arrested.":            "[120,120] exact arrested person",
		"Half a dozen officers were wounded.":                   "[6,6] exact injured officer",
		"Tens of thousands of people fled.":                     "[10000,100000] vague person",
		"The country hosts 3.6 million refugees.":               "[3.6e+06,3.6e+06] exact refugee",
		"In excess of 3.7 million refugees live there.":         "[3.700001e+06,inf] more_than refugee",
		"Fewer than 10 people were hurt.":                       "[0,9] less_than injured person",
		"Police said 40 or more people were detained.":          "[40,inf] at_least arrested person",
		"Twelve people died and 20-30 others were hospitalized": "[12,12] exact killed person|[20,30] range injured person",
	})
}

func TestQuantities(t *testing.T) {
	checkFigures(t, map[string]string{
		"The city spent $6 on it.":              "[6,6] exact USD",
		"It sold for $US4,500,000 last week.":   "[4.5e+06,4.5e+06] exact USD",
		"The farm fetched $A1,250,000 at sale.": "[1.25e+06,1.25e+06] exact AUD",
		"It lost £3bn last year.":               "[3e+09,3e+09] exact GBP",
		"Turnout rose 40% in the north.":        "[40,40] exact percent",
		"The deal is worth 1.2m euros.":         "[1.2e+06,1.2e+06] exact EUR",
		"The convoy drove 30 km to the coast.":  "[30,30] exact km",
		"Talks lasted nearly six hours.":        "[5.4,6] approx_below hour",
		"Unemployment fell to 4.5 per cent.":    "[4.5,4.5] exact percent",
		"Each bag held 200g of rice.":           "[200,200] exact g",
		"The drive stores 2TB of footage.":      "[2,2] exact TB",
	})
}

func TestNumberGrammarEdges(t *testing.T) {
	checkFigures(t, map[string]string{
		// a possessive before a figure does not make it a code
		"The firm's 300 workers walked out.":      "[300,300] exact worker",
		"Chile's 4 billion pesos fund was spent.": "[4e+09,4e+09] exact peso",
		"Egypt's 2 billion dirhams deal.":         "[2e+09,2e+09] exact AED",
		// approximate bounds carry no binary noise
		"About 6,650 jobs went.":     "[5985,7315] approx job",
		"Around 25k euros was paid.": "[22500,27500] approx EUR",
		"Roughly 1.6 litres leaked.": "[1.44,1.76] approx litre",
		// a scale joined to a unit by a hyphen
		"It was a 2.5 billion-mile trip.":   "[2.5e+09,2.5e+09] exact mile",
		"A 2 million-strong crowd marched.": "[2e+06,2e+06] exact crowd",
		// decimals without their zero, fractions, scientific notation
		"He batted .312 for the Mets.":      "[0.312,0.312] exact",
		"A dose is 1/8 of a tablet.":        "[0.125,0.125] exact",
		"A drop is 1⁄20 of a millilitre.":   "[0.05,0.05] exact",
		"Each grain holds 3×10^12 atoms.":   "[3e+12,3e+12] exact atom",
		"Its charge is 1.6×10−19 coulombs.": "[1.6e-19,1.6e-19] exact coulomb",
		// metres, not millions, when a length or a race follows
		"The tower is 42m (138ft) tall.": "[42,42] exact metre|[138,138] exact foot",
		"They built a 40m-high wall.":    "[40,40] exact metre",
		"She won the 800m final.":        "[800,800] exact metre",
		"The club paid 40m for him.":     "[4e+07,4e+07] exact",
		// units read after a number
		"The truck makes 310 pound-feet of torque.": "[310,310] exact lb-ft",
		"It charges with a 20 W adapter.":           "[20,20] exact W",
		"The flat covers 650 sq ft.":                "[650,650] exact sq ft",
		"It was 3.1degF warmer.":                    "[3.1,3.1] exact degF",
		"The fine was 900 shekels.":                 "[900,900] exact ILS",
		// a range opened by "from" and closed by "up to"
		"Flats run from 500 sq ft up to 1,000 sq ft.": "[500,1000] range sq ft",
		// a capitalized preposition is no name before a code
		"Reviews: With 275 horsepower it flies.": "[275,275] exact hp",
		// the head noun ends before an irregular past tense
		"The 300 workers struck on Monday.":          "[300,300] exact worker",
		"The ten former outside directors quit.":     "[10,10] exact director",
		"She left three children Nora, Ann and Joe.": "[3,3] exact child", // an irregular plural ends the phrase too
		"It flew 154 missions within a year.":        "[154,154] exact mission",
		// a name after a plural head starts the next phrase
		"Of the 111 names Goldman chose, few were new.": "[111,111] exact name",
		// a unit against the digits after a possessive is a measure
		"It rivals Apple's 60GB player.": "[60,60] exact GB",
	})
}

func TestNotCounts(t *testing.T) {
	for _, text := range []string{
		"In September 2018, the two sides met.", // "two sides" is a count; 2018 is not
		"The meeting started at 9:30 p.m. on Feb 28.",
		"It was the 33rd day of the siege.",
		"The provider Turk Telecom (AS9121) was hit near the M5 and an F-16 flew over.",
		"Russia's Rossiya 24 television reported it.",
		"Many claimed it was the Russians.[12]",
		"See https://example.org/news/2020/feb/28/33-killed for more.",
		"Kevin Richardson, 30, died at the scene.", // one named victim, but 30 is an age
		"A 17-year-old girl was hurt.",             // one injured girl; 17 is her age, a quantity
		"He was shot with a .22-caliber rifle.",    // one shot, the pronoun's; .22 is a calibre
		"Police found a .45 caliber handgun, a .38 revolver and a 9mm pistol.",
		"Ocean's 12 topped the chart as Standard and Poor's 500 slipped.",
		"She's 17 and it's 12.30 on a Saturday.",
		"It happened after 9/11 of that year.",
		"Scores were level at half time.",
		"He posted 795655190602981376 on Tuesday.",        // an identifier
		"Kanal 9 reported the fire. Voyager 2 sent data.", // a name that opens a sentence
		"Markets fell. Ibex 35 slid and Nikkei 225 rose.",
		"The 5G network and 3D printers spread.", // a symbol's case is its meaning: 5g would be grams
	} {
		for _, c := range ofKind(claimsOf(t, text), claim.Count, claim.Quantity) {
			if c.Text != "two sides" && c.Text != "A 17-year-old girl" && c.Text != "Kevin Richardson" && c.Text != "He" && c.Unit != "year" {
				t.Errorf("%q: unexpected figure %q (%s)", text, c.Text, figureString(c))
			}
		}
	}
}

// A place or time phrase that opens a clause without a comma ends before the
// number after it: the number opens the subject, it does not finish a name
// ("Rossiya 24") or a date ("March 4").
func TestFigureAfterAFrontedPhrase(t *testing.T) {
	checkFigures(t, map[string]string{
		"In Gaza 20 people were killed on Tuesday.":            "[20,20] exact killed person",
		"Across northern Europe 30 million people watched.":    "[3e+07,3e+07] exact person",
		"Officials said that in East Timor 12 villagers died.": "[12,12] exact killed villager",
		"Since March 40 people have been arrested.":            "[40,40] exact arrested person",
		"During Ramadan 15% of shops close early.":             "[15,15] exact percent",
		"Doctors fear 12 may die.":                             "[12,12] exact",
		"On May 12 people gathered.":                           "", // a date, as far as anyone can tell
		"The crew of Apollo 11 landed in July.":                "",
		"In Windows 10 the menu is back.":                      "",
		"Since March 2020 the rules have changed.":             "",
		"On Friday Half-Life 2 swept the awards.":              "",
		"In the S&P 500 banks fell.":                           "",
		"Staff at Rossiya 24 studios walked out.":              "",
	})
}

// "one" that stands for a noun said before is no figure; "one" that counts
// a noun, a part of a group or the only one of something is.
func TestOneAsAPronoun(t *testing.T) {
	for _, text := range []string{
		"The old bridge closed and a new one opened.",
		"The plan is a bold one, but it was the other one that passed.",
		"Their last one sold out, and the next one will too.",
		"Two shops closed; in one, the owner had retired.",
		"Critics, for one, were unconvinced.",
		"He kept the letters in a box and hid the key in one.",
	} {
		for _, c := range ofKind(claimsOf(t, text), claim.Count, claim.Quantity) {
			if strings.HasPrefix(strings.ToLower(c.Text), "one") {
				t.Errorf("%q: unexpected figure %q (%s)", text, c.Text, figureString(c))
			}
		}
	}
	checkFigures(t, map[string]string{
		"One of the victims was a nurse.":           "[1,1] exact",
		"This is one of the busiest ports.":         "[1,1] exact",
		"The blast killed one and injured four.":    "[1,1] exact killed|[4,4] exact injured",
		"The death toll rose to one.":               "[1,1] exact killed",
		"A guard was the only one killed.":          "[1,1] exact killed",
		"The fund will pay the one million savers.": "[1e+06,1e+06] exact saver",
		"Prices rose in one to two weeks.":          "[1,2] range week",
	})
}

// What opens a sentence before a number is a qualifier, a determiner or an
// adjective more often than a name; a verb after the number is no noun.
func TestFiguresThatOpenSentences(t *testing.T) {
	checkFigures(t, map[string]string{
		"Additional 20 troops arrived.":        "[20,20] exact troop",
		"Roughly 40 residents left.":           "[36,44] approx resident",
		"About 300 attended.":                  "[270,330] approx",
		"Circa 40 fled the town.":              "[36,44] approx",
		"Some 40 fled the town.":               "[36,44] approx",
		"300 armed men arrived at dawn.":       "[300,300] exact man",
		"Five masked gunmen opened fire.":      "[5,5] exact gunman",
		"Two congresswomen signed the letter.": "[2,2] exact congresswoman",
		"Eight specimens were found.":          "[8,8] exact specimen",
		"There are three million unemployed.":  "[3e+06,3e+06] exact unemployed",
		"50,000 hijacked home computers":       "[50000,50000] exact computer",
	})
}

func TestAgesAreQuantitiesNotCounts(t *testing.T) {
	checkFigures(t, map[string]string{
		"A 17-year-old girl was hurt.":       "[1,1] exact injured girl|[17,17] exact year girl",
		"The 65-year-old worries about it.":  "[65,65] exact year",
		"Her son, aged 30, was not at home.": "[30,30] exact year",
		"A man, 45 years old, lives there.":  "[45,45] exact year",
	})
}

func TestRangesAndSigns(t *testing.T) {
	checkFigures(t, map[string]string{
		"Prices range from $370,000 to $5.5 million.":                                 "[370000,5.5e+06] range USD",
		"Fees range from 1 per cent to 1.5 per cent.":                                 "[1,1.5] range percent",
		"Guidance was $89 to $93 billion.":                                            "[8.9e+10,9.3e+10] range USD",
		"The Stoxx 50 fell -1.3% on Monday.":                                          "[-1.3,-1.3] exact percent",
		"In Europe: FTSE -0.6% and CAC -1.7%.":                                        "[-0.6,-0.6] exact percent|[-1.7,-1.7] exact percent",
		"It can dip down to minus-130 degrees.":                                       "[-130,-130] exact degree",
		"Adults need about 2000 - 2500 Calories a day.":                               "[2000,2500] range calorie",
		"They led 9-2 in the ninth.":                                                  "",
		"Growth will slow from 4.8 to 4.7 percent, then inch back up to 4.8 percent.": "[4.8,4.8] exact|[4.7,4.7] exact percent|[4.8,4.8] exact percent",
	})
}

func TestImplicitCounts(t *testing.T) {
	checkFigures(t, map[string]string{
		"A man was killed in the crash.":                                "[1,1] exact killed man",
		"No one was hurt, police said.":                                 "[0,0] exact injured person",
		"The gunman killed himself.":                                    "[1,1] exact killed gunman",
		"Officers were informed he had been pronounced dead.":           "[1,1] exact killed person",
		"Police learned she died at the hospital.":                      "[1,1] exact killed person",
		"Police said he killed two people.":                             "[2,2] exact killed person",
		"The man fled, and he killed two people later.":                 "[2,2] exact killed person",
		"Storm Mitch killed about 10,000 people in 1998.":               "[9000,11000] approx killed person",
		"Marco Ruiz shot his wife.":                                     "[1,1] exact injured wife", // the wife, not Marco Ruiz
		"Marco Ruiz hurt his knee in training.":                         "[1,1] exact injured person",
		"Boy, 7, shot in Riverside":                                     "[1,1] exact injured boy",
		"Man shot, killed in parked car":                                "[1,1] exact killed man",
		"Police say man shot two neighbors":                             "[2,2] exact injured neighbor",
		"Three other people were struck by bullets.":                    "[3,3] exact injured person",
		"Two bystanders were hit by a stray round.":                     "[2,2] exact injured bystander",
		"Two cars were hit by a falling tree.":                          "[2,2] exact car",
		"Marco Ruiz was waiting at a bus stop. Ruiz died at the scene.": "[1,1] exact killed person",
		"Marco Ruiz was there. Ruiz said two people died.":              "[2,2] exact killed person",
		"Ruiz died at the scene.":                                       "",
		"He shot four people, killing one.":                             "[4,4] exact shot person|[1,1] exact killed person",
		"There were no deaths.":                                         "[0,0] exact killed person",
		"One dead, three injured in downtown shooting":                  "[1,1] exact killed|[3,3] exact injured",
		"Two men were killed and seven people were shot.":               "[2,2] exact killed man|[7,7] exact shot person",
		"Another 32 wounded Turkish soldiers are in care.":              "[32,32] exact injured soldier",
		"Three women and one man were injured.":                         "[3,3] exact injured woman|[4,4] exact injured person|[1,1] exact injured man",
		"None suffered life-threatening injuries.":                      "",
		"He was pronounced dead at the scene.":                          "[1,1] exact killed person",
		"A 15-year-old boy was accidentally shot and killed.":           "[1,1] exact killed boy|[15,15] exact year boy",
		"Her 17-year-old son, Manny, was shot in the stomach.":          "[1,1] exact injured son|[17,17] exact year son",
		"The boy who sustained a broken arm is recovering.":             "",
		"The boy who sustained serious injuries is recovering.":         "[1,1] exact injured boy",
	})
}

func TestRevisionsAreSuperseded(t *testing.T) {
	cs := ofKind(claimsOf(t, "The governor initially confirmed the death toll as nine but later increased the number to 22, 29 and eventually, 33."), claim.Count)
	var got []string
	for _, c := range cs {
		got = append(got, fmt.Sprintf("%s:%v:%v", c.Text, c.Event, c.Superseded))
	}
	want := "nine:killed:true 22:killed:true 29:killed:true 33:killed:false"
	if strings.Join(got, " ") != want {
		t.Errorf("got %s\nwant %s", strings.Join(got, " "), want)
	}
	cs = ofKind(claimsOf(t, "Two people died in the fire.\n\nBy evening the death toll rose to five."), claim.Count)
	if len(cs) != 2 || !cs[0].Superseded || cs[1].Superseded || cs[1].Event != "killed" {
		t.Errorf("toll rose to: got %v", describeAll(cs))
	}
	cs = ofKind(claimsOf(t, "While he originally said that nine soldiers had been killed, minutes later the death toll was revised to 33."), claim.Count)
	if len(cs) != 2 || !cs[0].Superseded || cs[1].Superseded || cs[1].Value.Min != 33 {
		t.Errorf("originally … revised to: got %v", describeAll(cs))
	}
	// an earlier lower bound the toll rose past is replaced, and "since"
	// between an auxiliary and its verb is "since then", not a scope
	for _, text := range []string{
		"At least 14 people were killed in the crash.\n\nThe death toll later rose to 17, officials said.",
		"More than ten people died in the fire. The toll has since risen to 17.",
	} {
		cs = ofKind(claimsOf(t, text), claim.Count)
		if len(cs) != 2 || !cs[0].Superseded || cs[1].Superseded || cs[1].Event != "killed" || cs[1].Scope != "" {
			t.Errorf("%q: got %v", text, describeAll(cs))
		}
	}
}

func TestAdditiveFiguresAreNotRevisions(t *testing.T) {
	cs := ofKind(claimsOf(t, "Two people were killed at the scene and three others later died in hospital."), claim.Count)
	for _, c := range cs {
		if c.Superseded {
			t.Errorf("%q marked superseded", c.Text)
		}
	}
}

func TestScopes(t *testing.T) {
	for text, want := range map[string]string{
		"At least 54 soldiers have been killed since the start of February.":   "since the start of February",
		"Forces neutralized 1,709 fighters in the last 17 days of operations.": "in the last 17 days of operations",
		"The night strike killed at least 22 soldiers.":                        "The night strike",
		"A strike on Thursday morning killed three soldiers.":                  "A strike on Thursday morning",
		"So far this year, 120 people have been killed.":                       "So far this year",
		"It had already lost 17 soldiers in the campaign.":                     "in the campaign",
		"Since taking office, he has seen 40 people killed.":                   "Since taking office",
		"Thirty-three soldiers were killed in the attack on Thursday night.":   "",
	} {
		cs := ofKind(claimsOf(t, text), claim.Count)
		if len(cs) == 0 {
			t.Errorf("%q: no count", text)
			continue
		}
		if cs[0].Scope != want {
			t.Errorf("%q: scope %q, want %q", text, cs[0].Scope, want)
		}
	}
}

func TestSubsetsAndTotals(t *testing.T) {
	cs := ofKind(claimsOf(t, "Eight people were killed, including three children."), claim.Count)
	if len(cs) != 2 || cs[0].Subset || !cs[1].Subset {
		t.Errorf("including: got %v", describeAll(cs))
	}
	cs = ofKind(claimsOf(t, "Six of the eight victims were killed."), claim.Count)
	if len(cs) != 2 || !cs[0].Subset {
		t.Errorf("six of the eight: got %v", describeAll(cs))
	}
	cs = ofKind(claimsOf(t, "In total, 40 people have been killed so far."), claim.Count)
	if len(cs) != 1 || !cs[0].Cumulative || cs[0].Scope != "" {
		t.Errorf("cumulative: got %v", describeAll(cs))
	}
	// a fraction is a part of a whole, with or without "the"; half a dozen
	// is a number
	cs = ofKind(claimsOf(t, "Two-thirds of residents fled and half the shops shut, but half a dozen people stayed."), claim.Count)
	if len(cs) != 3 || !cs[0].Subset || cs[0].Value.Min != 2.0/3 || !cs[1].Subset || cs[2].Subset || cs[2].Value.Min != 6 {
		t.Errorf("fractions: got %v", describeAll(cs))
	}
}

// A group named by its state ("the injured", "the dead") gives a part of
// it that state's event; a noun after the state names the group instead.
func TestPartOfAGroupNamedByItsState(t *testing.T) {
	for text, want := range map[string]string{
		"Four of the injured remain in hospital.":                 "[4,4] exact injured",
		"Two of the dead were police officers.":                   "[2,2] exact killed",
		"One of the 14 wounded, a boy, was flown to a hospital.":  "[1,1] exact injured|[14,14] exact injured",
		"Three of the injured workers returned home.":             "[3,3] exact",
		"Five of the missing are children.":                       "[5,5] exact missing",
		"Six of the 20 wounded Turkish soldiers were flown home.": "[6,6] exact|[20,20] exact injured soldier",
	} {
		cs := ofKind(claimsOf(t, text), claim.Count)
		if strings.Join(figures(t, text), "|") != want || !cs[0].Subset {
			t.Errorf("%q\n got %v\nwant %s, the first a subset", text, describeAll(cs), want)
		}
	}
}

func describeAll(cs []*claim.Claim) string {
	var s []string
	for _, c := range cs {
		s = append(s, fmt.Sprintf("{%q %s sup=%v sub=%v cum=%v scope=%q}", c.Text, figureString(c), c.Superseded, c.Subset, c.Cumulative, c.Scope))
	}
	return strings.Join(s, " ")
}

func sourceOf(t *testing.T, text string) claim.Source {
	t.Helper()
	for _, c := range claimsOf(t, text) {
		if c.Kind == claim.Attribution {
			return c.Source
		}
	}
	return claim.Source{}
}

func TestAttributions(t *testing.T) {
	checkNamedSources(t, map[string]string{
		"Nine soldiers died, according to the governor of Hatay, Rahmi Doğan.":              "person|Rahmi Doğan|governor of Hatay",
		"“We will respond,” Presidential Communications Director Fahrettin Altun said.":     "person|Fahrettin Altun|Presidential Communications Director",
		"At least 33 soldiers were killed, the Syrian Observatory for Human Rights said.":   "organization|Syrian Observatory for Human Rights|",
		"A military source said the planes were hit.":                                       "anonymous||",
		"Security sources told Daily Sabah that the ministers met.":                         "anonymous||",
		"Officials said the border would open.":                                             "anonymous||",
		"“It is over,” said a spokesperson.":                                                "anonymous||",
		"Russia's Defence Ministry said its planes did not fly.":                            "organization|Russia's Defence Ministry|",
		"The toll rose, Anadolu reported.":                                                  "organization|Anadolu|",
		"Tapper told O’Connor that the leak was unethical.":                                 "person|Tapper|",
		"NetBlocks, a civil society group which monitors the internet, said so.":            "organization|NetBlocks|",
		"Access was cut, said NetWatch, a civil society group which monitors the internet.": "organization|NetWatch|",
	})
}

// "put", "raised", "revised" and "lowered" attribute a figure they give
// ("put the toll at 12", "raised its forecast"), not money raised, sums put
// into something or a team put ahead.
func TestFigureCuesAttributeOnlyFigures(t *testing.T) {
	checkSources(t, map[string]string{
		"The coroner put the number of dead at 12.":                "anonymous|The coroner",
		"The insurer put its losses at $640m.":                     "organization|The insurer",
		"Officials later revised the toll to 19.":                  "anonymous|Officials",
		"The agency raised its forecast for oil demand.":           "organization|The agency",
		"The charity concert raised more than $2m for the appeal.": "|",
		"The bank put $300m into the project.":                     "|",
		"A late goal put the visitors ahead.":                      "|",
		"Marta Ruiz put three of her horses up for sale.":          "|",
		"Raised the tax threshold to 10,000 rupees.":               "|",
	})
}

// The subject before a cue may be a common noun with a quantifier, stand
// apart from its verb by a time adverbial, carry a relative clause, or be a
// record cited by a verb of evidence; the source's text is the noun phrase.
func TestAttributionSubjects(t *testing.T) {
	checkSources(t, map[string]string{
		"Trump on Friday said the stories were false.":                              "person|Trump",
		"Both congressmen said they backed the effort.":                             "anonymous|Both congressmen",
		"Many economists say growth will slow.":                                     "anonymous|Many economists",
		"The official, who is not authorized to comment, said talks were underway.": "anonymous|The official",
		"The companies, which gave limited answers, said they did nothing wrong.":   "anonymous|The companies",
		"Records show the firm paid $2 million in fees.":                            "anonymous|Records",
		"Tax returns show he was paid $100,000.":                                    "anonymous|Tax returns",
		"On an annual basis, the data suggests growth of 0.2%.":                     "anonymous|the data",
		"The Russian Ministry of Defense on Friday denied the strikes.":             "organization|The Russian Ministry of Defense",
		"The United States demanded an end to the operation.":                       "organization|The United States",
		"Bank of Japan chief Toshihiko Fukui said rates would hold.":                "person|Bank of Japan chief Toshihiko Fukui",
		"The WHO said the outbreak was over.":                                       "organization|The WHO",
		"They met a nurse, who said the ward was full.":                             "anonymous|who",
		"He met Maria Lopez, who said she was leaving.":                             "person|who|Maria Lopez",
		"The Red Cross, which said 40 people died, sent a team.":                    "organization|which|Red Cross",
		"Kanal Nord, which shows the series, is pleased.":                           "|",
		"The single, which is said to be selling well, is out.":                     "|",
		// an interrupting clause, with or without a quotation in it, is
		// passed over and left out; a title in -ing is no clause
		"Ms. Ortega, noting that the “figures are grim,” added that aid would come.":             "person|Ms. Ortega",
		"Reyes, who wore a shirt reading “Count every vote,” shouted that the polls had closed.": "person|Reyes",
		"The mayor, speaking on Tuesday, said the bridge would reopen.":                          "anonymous|The mayor",
		"Ana Lima, managing director of the port, said the cranes were idle.":                    "person|Ana Lima, managing director of the port",
		// a body named "X of Y" or "X for Y" is one organization, not a
		// person or a place
		"Prices rose, the Office for National Statistics said.": "organization|the Office for National Statistics|Office for National Statistics",
		"Rates were held, the Bank of England said.":            "organization|the Bank of England|Bank of England",
		// a body after its kind is a body; a kind of business is a body
		// without a name, and a place before it names none
		"Carmaker Maruti said sales rose.":                           "organization|Carmaker Maruti|Maruti",
		"Anti-virus firm Norvane said the worm spread.":              "organization|Anti-virus firm Norvane|Norvane",
		"The airline said flights would resume.":                     "organization|The airline|",
		"The German regulator said the fine stood.":                  "organization|The German regulator|",
		"A spokesperson for Delta Airlines said the plane was safe.": "anonymous|A spokesperson for Delta Airlines|",
		// a player's position or a title before a name is no body
		"England centre Mike Tindall said he was fit.":                    "person|England centre Mike Tindall|Mike Tindall",
		"Director of television Jana Bennett said the show would return.": "person|Director of television Jana Bennett|Jana Bennett",
	})
}

func TestBodiesNamedWithOfAndForAreOneName(t *testing.T) {
	got := namesOf(t, "The Bank of Canada and the Institute for Fiscal Studies disagreed with Governor Ames of Ohio.")
	if want := "Bank of Canada|Institute for Fiscal Studies|Ames|Ohio"; got != want {
		t.Errorf("names %q, want %q", got, want)
	}
	// a body's name goes on through "and" to the field it serves, not to a
	// person or another body
	got = namesOf(t, "The Ministry of Fisheries and Ocean Resources, the Bank of Canada and Paul Ames, and the Office for Roads & Transport agreed.")
	if want := "Ministry of Fisheries and Ocean Resources|Bank of Canada|Paul Ames|Office for Roads & Transport"; got != want {
		t.Errorf("names %q, want %q", got, want)
	}
}

// namesOf is the text of the name claims of text, joined by "|".
func namesOf(t *testing.T, text string) string {
	t.Helper()
	var got []string
	for _, c := range ofKind(claimsOf(t, text), claim.Name) {
		got = append(got, c.Text)
	}
	return strings.Join(got, "|")
}

// A speech verb's subject may be any noun phrase of people, a body or a
// record: modified by a prepositional phrase, coordinated, set apart from
// its verb by an adverb or a parenthetical ", though,". Refusing to comment
// is attributed too, and a record cited "according to" speaks for the
// person whose it is.
func TestAttributionSubjectsOfGeneralNews(t *testing.T) {
	checkSources(t, map[string]string{
		"Farmers especially say the rule will hurt exports.":                              "anonymous|Farmers",
		"Shop owners in both towns, though, say the closure was avoidable.":               "anonymous|Shop owners in both towns",
		"The court filing says the firm has no assets.":                                   "anonymous|The court filing",
		"Prices rose and analysts say the trend will continue.":                           "anonymous|analysts",
		"Spokesmen for the mayor and the council declined to comment.":                    "anonymous|Spokesmen for the mayor and the council",
		"The hospital declined to comment on the report.":                                 "organization|The hospital",
		"Dr. Ana Ruiz refused to comment.":                                                "person|Dr. Ana Ruiz",
		"“It was a long night,” said the narrator in the video.":                          "anonymous|the narrator",
		"“We were lucky,” said another.":                                                  "anonymous|another",
		"According to Smith's memo, the firm paid $2 million.":                            "person|Smith's memo|Smith",
		"Voters in the northern districts now say the plan went too far.":                 "anonymous|Voters in the northern districts",
		"Europeans say the treaty goes too far.":                                          "anonymous|Europeans",
		"Party aides on Wednesday said the rally would go ahead.":                         "anonymous|Party aides",
		"Kelly said the vote was close.":                                                  "person|Kelly",
		"The central bank this week said it expects growth to slow.":                      "organization|The central bank",
		"Grant in June said the budget was balanced.":                                     "person|Grant",
		"And regulators say the scheme was used to cheat savers.":                         "anonymous|regulators",
		"Two senior Democratic lawmakers urged the governor to act.":                      "anonymous|Two senior Democratic lawmakers",
		"The plan was first reported by the Herald.":                                      "organization|the Herald",
		"Another gain cited by Mr. Okafor: the port reopened.":                            "person|Mr. Okafor",
		"The total announced by the minister is below last year's.":                       "anonymous|the minister",
		"You will be told by the board what they expect.":                                 "organization|the board",
		"The sum announced by the Acme group earlier in the week was larger.":             "organization|the Acme group",
		"The themes stressed by Mr. Lee - whose visit was announced late - are familiar.": "person|Mr. Lee",
		"The Tories say the tax will rise.":                                               "organization|The Tories",
		"“It was hard,” the German said.":                                                 "person|the German",
		"He was criticised by the council for raising fees.":                              "organization|the council",
		"Southcorp chairman Brian Finn said the bid was low.":                             "person|Southcorp chairman Brian Finn|Brian Finn",
		"The ministry issued a statement saying the talks had failed.":                    "organization|The ministry",
		"Officials released a letter saying the plant was safe.":                          "anonymous|Officials",
		// what is no attribution stays none
		"The bridge was designed by engineers in 1960.":       "|",
		"Originally announced for May, the vote was delayed.": "|",
		"Prices declined to a record low.":                    "|",
		"Exports to the region fell and prices say little.":   "|",
		"The team that won the cup declined to comment.":      "|",
	})
}

// A name or a capitalized word before a noun of unnamed people modifies the
// noun: the sources are the people, and nobody is named.
func TestUnnamedGroupAfterAName(t *testing.T) {
	checkSources(t, map[string]string{
		"Hamas officials said two fighters died.":          "anonymous|Hamas officials",
		"White House aides said talks went well.":          "anonymous|White House aides",
		"Local residents said the water rose fast.":        "anonymous|Local residents",
		"State media reported that three children died.":   "anonymous|State media",
		"The water rose fast, Rescue workers said.":        "anonymous|Rescue workers",
		"Acme spokesman Tom Reed said the plant was safe.": "person|Acme spokesman Tom Reed|Tom Reed",
		"Senator Ada Moss said the bill would pass.":       "person|Senator Ada Moss|Ada Moss",
		"Tom Reed said the plant was safe.":                "person|Tom Reed|Tom Reed",
	})
}

// A common noun after a number or a possessive, named in apposition,
// is the named person.
func TestNamedInAppositionAfterADeterminer(t *testing.T) {
	checkSources(t, map[string]string{
		"One shopper, Leila Haddad, said she hid in a storeroom.": "person|One shopper, Leila Haddad|Leila Haddad",
		"His neighbour, Tom Reed, said the family had moved.":     "person|His neighbour, Tom Reed|Tom Reed",
	})
}

// Asking not to be named says why a source is unnamed; it reports nothing.
func TestAskingForAnonymityIsNoAttribution(t *testing.T) {
	for text, want := range map[string]string{
		"Two residents, who asked not to be named, said it was calm.": "Two residents",
		"A nurse, who asked for anonymity, said the ward was full.":   "A nurse",
		"One witness, who asked not to be identified, said she hid.":  "One witness",
	} {
		var got []string
		for _, c := range ofKind(claimsOf(t, text), claim.Attribution) {
			got = append(got, c.Source.Text)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: sources %q, want %q", text, got, want)
		}
	}
}

// checkSources compares each sentence's first source with "kind|text", or
// "kind|text|name" when the want names one.
// checkSubsets checks that the counts of text whose value is value (every
// count when value is negative) are subsets, not primary, and of event
// when it is given.
func checkSubsets(t *testing.T, text string, value float64, event string) {
	t.Helper()
	for _, c := range ofKind(claimsOf(t, text), claim.Count) {
		if value >= 0 && c.Value.Min != value {
			continue
		}
		if !c.Subset || c.Primary || event != "" && c.Event != event {
			t.Errorf("%q: %s: subset %v primary %v event %q", text, figureString(c), c.Subset, c.Primary, c.Event)
		}
	}
}

// checkNamedSources checks each text's source as "kind|name|title".
func checkNamedSources(t *testing.T, wants map[string]string) {
	t.Helper()
	for text, want := range wants {
		s := sourceOf(t, text)
		if got := s.Kind + "|" + s.Name + "|" + s.Title; got != want {
			t.Errorf("%q\n got %s (text %q)\nwant %s", text, got, s.Text, want)
		}
	}
}

func checkSources(t *testing.T, wants map[string]string) {
	t.Helper()
	for text, want := range wants {
		s := sourceOf(t, text)
		got := s.Kind + "|" + s.Text
		if strings.Count(want, "|") == 2 {
			got += "|" + s.Name
		}
		if got != want {
			t.Errorf("%q\n got %s\nwant %s", text, got, want)
		}
	}
}

func TestPronounResolvesToLastNamedPerson(t *testing.T) {
	cs := claimsOf(t, "Governor Rahmi Doğan said nine soldiers died.\n\nAnother 32 soldiers were wounded, he added.")
	for _, c := range cs {
		if c.Kind == claim.Count && c.Value.Min == 32 {
			if c.Source.Text != "he" || c.Source.Name != "Rahmi Doğan" || c.Source.Kind != claim.Person {
				t.Fatalf("source of 32 = %+v", c.Source)
			}
			return
		}
	}
	t.Fatal("no count 32")
}

func TestEveryClaimOfAnAttributedSentenceCarriesTheSource(t *testing.T) {
	for _, c := range ofKind(claimsOf(t, "Thirty-three soldiers were killed and 32 others were injured, according to the governor, Rahmi Doğan."), claim.Count) {
		if c.Source.Name != "Rahmi Doğan" {
			t.Errorf("%q has source %+v", c.Text, c.Source)
		}
	}
}

func TestQuotes(t *testing.T) {
	for text, want := range map[string]string{
		"“We are hitting all known targets,” Altun said.":                                                                "Altun",
		"Altun said: “We are hitting all known targets and will go on.”":                                                 "Altun",
		"\"All elements of the regime are targets now,\" the spokesman said.":                                            "the spokesman",
		"“The blood of our soldiers will not be left on the ground.” Altun said so on Friday.":                           "Altun",
		"In closing, the CNN host reiterated, “it is horrifying and very upsetting.”":                                    "the CNN host",
		"Chris Cillizza, The Washington Post: “This was her best debate performance so far.”":                            "Chris Cillizza, The Washington Post",
		"WASHINGTON (AP) — President Barack Obama accused him of a degree that is “unprecedented in American politics.”": "President Barack Obama",
	} {
		qs := ofKind(claimsOf(t, text), claim.Quote)
		if len(qs) != 1 || qs[0].Speaker.Text != want {
			t.Errorf("%q: quotes %v, want one with speaker %q", text, describeQuotes(qs), want)
		}
	}
	if qs := ofKind(claimsOf(t, "Turkey has been ‘neutralising’ soldiers in the region."), claim.Quote); len(qs) != 0 {
		t.Errorf("scare quote taken for speech: %v", describeQuotes(qs))
	}
}

// A clause after a quote that opens with "but" is a statement of its own:
// its cue does not attribute the quote before it, the sentence's earlier
// cue does.
func TestQuoteBeforeButClause(t *testing.T) {
	text := "In brief remarks, Jansens called the storm that sank two boats “a blow to our town,” but he also noted the “quiet courage” of the crews."
	qs := ofKind(claimsOf(t, text), claim.Quote)
	if len(qs) == 0 || qs[0].Speaker.Text != "Jansens" {
		t.Errorf("%q: quotes %v, want the first with speaker %q", text, describeQuotes(qs), "Jansens")
	}
}

// What opens a sentence before its subject, a phrase of time or a clause
// closed by a comma ("Hours later,", "Amid calls for a strike,",
// "Informed of the vote,"), is no speaker: the subject after the comma is.
func TestQuoteSpeakerAfterAnOpeningPhrase(t *testing.T) {
	for text, want := range map[string]string{
		"Hours later, Marta Kowalski went down to the quay, telling the crews “the tide will not wait for anyone.”": "Marta Kowalski",
		"Amid calls for a strike, Piet Jansens set out his case, saying the port must “keep every crane turning.”":  "Piet Jansens",
		"Informed of the vote, Jansens brushed it off as “a stunt by the owners.”":                                  "Jansens",
	} {
		qs := ofKind(claimsOf(t, text), claim.Quote)
		if len(qs) != 1 || qs[0].Speaker.Text != want {
			t.Errorf("%q: quotes %v, want one with speaker %q", text, describeQuotes(qs), want)
		}
	}
}

// A quotation with no cue of its own is spoken by whom the sentence or
// paragraph before it reports; after a quotation of several sentences, a
// following sentence attributes it only when that is all it does.
func TestQuoteSpeakerFromTheStatementAround(t *testing.T) {
	for text, want := range map[string]string{
		"The fund may run dry by May, said Omar Haddad, an adviser to the board. “Nobody has a plan.”":                           "Omar Haddad, an adviser to the board",
		"She said the vote was rigged.\n\n“Every district reported the same margin, and that is no accident.”":                   "She",
		"“We closed the gates at six. Then the water came over the wall.” Marta Kowalski said.":                                  "Marta Kowalski",
		"“I am ready to work on this,” she emailed her sister in 2012.":                                                          "she",
		"Dr. Ines Park said: “The ward is full. We turn people away.” Minister Tom Reed said he would send more beds on Monday.": "Dr. Ines Park",
	} {
		qs := ofKind(claimsOf(t, text), claim.Quote)
		if len(qs) != 1 || qs[0].Speaker.Text != want {
			t.Errorf("%q: quotes %v, want one with speaker %q", text, describeQuotes(qs), want)
		}
	}
	// "Smith, “…,” said Jones": the quotation between the commas is what
	// was said, and Jones said it
	qs := ofKind(claimsOf(t, "Harlow, “we will not yield,” said Ruiz."), claim.Quote)
	if len(qs) != 1 || qs[0].Speaker.Text != "Ruiz" {
		t.Errorf("got %v", describeQuotes(qs))
	}
}

func TestRoundupBylineIntroducesTheNextParagraphsQuote(t *testing.T) {
	qs := ofKind(claimsOf(t, "Meghan McCain, Twitter\n\n“Chris Wallace is the real winner of this debate tonight.”"), claim.Quote)
	if len(qs) != 1 || qs[0].Speaker.Name != "Meghan McCain" {
		t.Errorf("got %v", describeQuotes(qs))
	}
}

// TestQuoteRunningOverParagraphsKeepsItsSpeaker: a quotation that runs on
// into a paragraph reopening with a mark is one quote of both paragraphs,
// with the speaker of the first.
func TestQuoteRunningOverParagraphsKeepsItsSpeaker(t *testing.T) {
	qs := ofKind(claimsOf(t, "Stoltenberg said: “This dangerous situation must end.\n\n“Today’s meeting is a sign of solidarity.”"), claim.Quote)
	want := "“This dangerous situation must end.\n\n“Today’s meeting is a sign of solidarity.”"
	if len(qs) != 1 || qs[0].Text != want || qs[0].Speaker.Text != "Stoltenberg" {
		t.Errorf("got %v", describeQuotes(qs))
	}
}

// TestQuoteParagraphCarriesOnTheQuotationBefore: a paragraph that is only
// a quotation, attributing nothing, goes on with the statement the
// paragraph before ended on, closed or not: one quote of both. A
// paragraph with a cue of its own is a statement of its own.
func TestQuoteParagraphCarriesOnTheQuotationBefore(t *testing.T) {
	qs := ofKind(claimsOf(t, "“The dunes will not hold another winter,” Ines Vidal said.\n\n“We need the sea wall this year.”"), claim.Quote)
	want := "“The dunes will not hold another winter,”\n\n“We need the sea wall this year.”"
	if len(qs) != 1 || qs[0].Text != want || qs[0].Speaker.Text != "Ines Vidal" {
		t.Errorf("got %v", describeQuotes(qs))
	}
	qs = ofKind(claimsOf(t, "“The dunes will not hold another winter,” Ines Vidal said.\n\n“We need the sea wall this year,” she added."), claim.Quote)
	if len(qs) != 2 {
		t.Errorf("a paragraph with a cue of its own merged: %v", describeQuotes(qs))
	}
}

// TestQuoteSpeakerIsTheSubjectOfItsClause: a quote whose verb factlint
// does not know is spoken by the person its clause opens with, past
// opening phrases of several commas and an aside between commas; a
// single word counts as a surname only when the article named its person
// in full before.
func TestQuoteSpeakerIsTheSubjectOfItsClause(t *testing.T) {
	for text, want := range map[string]string{
		"Marta Kowalski chairs the dock union.\n\nSpeaking at the town hall in Harlow, Essex, Kowalski went after the mayor, branding him “the man who sold the tide.”": "Kowalski",
		"In a statement to the Gazette, her senior harbour adviser, Jake Morrow, said: “The quay is safe.”":                                                             "Jake Morrow",
		"In a statement released Thursday, Rep. Ana Lopez (D-Ore.) reacted to the news, saying: “The quay must stay open.”":                                             "Rep. Ana Lopez",
		"Independent harbour candidate Ana Ruiz (D-Ore.) on Saturday waved away the levy as “nowhere near far enough.”":                                                 "Independent harbour candidate Ana Ruiz",
		"Port director Ian Webb, during two interviews on Monday, referred to the wall as “the last thing standing between us and the sea.”":                            "Port director Ian Webb",
	} {
		qs := ofKind(claimsOf(t, text), claim.Quote)
		if len(qs) != 1 || qs[0].Speaker.Text != want {
			t.Errorf("%q: quotes %v, want one with speaker %q", text, describeQuotes(qs), want)
		}
	}
	text := "Outside the gates in Harlow, Brisk winds carried the chant “open the quay now!”"
	if qs := ofKind(claimsOf(t, text), claim.Quote); len(qs) == 1 && qs[0].Speaker.Text == "Brisk" {
		t.Errorf("%q: a word never named before taken for a surname: %v", text, describeQuotes(qs))
	}
}

// TestQuoteSpeakerNamedAfterItWithAnUnknownVerb: the slot after a quote
// that ends its clause inside the marks holds its attribution, whatever
// the verb: the name there speaks it, not the speaker of the paragraph
// before.
func TestQuoteSpeakerNamedAfterItWithAnUnknownVerb(t *testing.T) {
	for text, want := range map[string]string{
		"“Is the quay safe?” reacted Ines Vidal.":                                                 "Ines Vidal",
		"“The gates stay shut,” Kowalski said.\n\n“The quay is safe,” an angry Ortiz retaliated.": "Ortiz",
	} {
		qs := ofKind(claimsOf(t, text), claim.Quote)
		if len(qs) == 0 || qs[len(qs)-1].Speaker.Text != want {
			t.Errorf("%q: quotes %v, want the last with speaker %q", text, describeQuotes(qs), want)
		}
	}
	qs := ofKind(claimsOf(t, "“Let me help you out, the answer is no,” the harbour board's newest member riffed on the question."), claim.Quote)
	if len(qs) != 1 || qs[0].Speaker.Text != "the harbour board's newest member" {
		t.Errorf("a speaker described after the quote: got %v", describeQuotes(qs))
	}
	qs = ofKind(claimsOf(t, "Ines Vidal read it out.\n\n“Written in a week of storms,” the plan is a summary of the harbour's needs."), claim.Quote)
	if len(qs) == 1 && qs[0].Speaker.Text == "the plan" {
		t.Errorf("a copula after the quote taken for its verb: %v", describeQuotes(qs))
	}
	text := "“The quay is safe,” on Friday evening the council met."
	if qs := ofKind(claimsOf(t, text), claim.Quote); len(qs) == 1 && qs[0].Speaker.Text == "Friday" {
		t.Errorf("%q: a weekday taken for a speaker: %v", text, describeQuotes(qs))
	}
}

// TestOpeningMarkTypedForAClosingOne: an opening mark stuck to the word
// before it, with a space after, closes the open quote (“…,“ said Ruiz),
// so the attribution after it is read outside the marks.
func TestOpeningMarkTypedForAClosingOne(t *testing.T) {
	text := "“The levy is unusual,“ said Ines Vidal, a harbour lawyer. “It is hard to pull off.”"
	qs := ofKind(claimsOf(t, text), claim.Quote)
	if len(qs) != 1 || qs[0].Speaker.Text != "Ines Vidal, a harbour lawyer" {
		t.Errorf("%q: got %v", text, describeQuotes(qs))
	}
}

// TestColonParagraphIntroducesTheNextQuote: a paragraph whose last
// sentence ends in a colon introduces the quotation paragraph after it,
// spoken by the person that sentence opens with, whatever its verb.
func TestColonParagraphIntroducesTheNextQuote(t *testing.T) {
	text := "Mayor Ines Vidal issued the following statement:\n\n“Our thoughts are with the crews of both boats.”"
	qs := ofKind(claimsOf(t, text), claim.Quote)
	if len(qs) != 1 || qs[0].Speaker.Text != "Mayor Ines Vidal" {
		t.Errorf("%q: got %v", text, describeQuotes(qs))
	}
}

// TestShortQuoteOfANamedPersonIsSpeech: a quotation too short to be speech
// by itself, with no verb of saying in its sentence, is a quote when a
// person the article names says it; a scare quote nobody says, or a
// title, is none.
func TestShortQuoteOfANamedPersonIsSpeech(t *testing.T) {
	qs := ofKind(claimsOf(t, "Marta Kowalski waved away the “harbour tax” at the meeting."), claim.Quote)
	if len(qs) != 1 || qs[0].Speaker.Text != "Marta Kowalski" {
		t.Errorf("short quote of a named person: got %v", describeQuotes(qs))
	}
	for _, text := range []string{
		"The “harbour tax” was waved away at the meeting.",
		"Marta Kowalski starred in “Harbour Lights” last year.",
	} {
		if qs := ofKind(claimsOf(t, text), claim.Quote); len(qs) != 0 {
			t.Errorf("%q: a scare quote or a title taken for speech: %v", text, describeQuotes(qs))
		}
	}
}

// TestRelativeClauseDescribesTheSpeaker: a relative clause between the
// quote's speaker and its verb describes the speaker; its own verb of
// stance does not make "who" speak the quote.
func TestRelativeClauseDescribesTheSpeaker(t *testing.T) {
	text := "“The levy will sink the small boats,” Ines Vidal, who has opposed the harbour plan for years, told reporters."
	qs := ofKind(claimsOf(t, text), claim.Quote)
	if len(qs) != 1 || !strings.HasPrefix(qs[0].Speaker.Text, "Ines Vidal") {
		t.Errorf("%q: got %v", text, describeQuotes(qs))
	}
}

// TestSourceNamedByItsAge: news names a person again by age alone, "said
// the 46-year-old", "the 46-year-old said"; an age before a noun is read
// by its noun.
func TestSourceNamedByItsAge(t *testing.T) {
	for _, text := range []string{
		"“The harbour is the heart of this town,” said the 46-year-old.",
		"“The harbour is the heart of this town,” the 46-year-old said.",
	} {
		qs := ofKind(claimsOf(t, text), claim.Quote)
		if len(qs) != 1 || qs[0].Speaker.Text != "the 46-year-old" || qs[0].Speaker.Kind != claim.Anonymous {
			t.Errorf("%q: quotes %v, want one with speaker %q", text, describeQuotes(qs), "the 46-year-old")
		}
	}
}

func describeQuotes(qs []*claim.Claim) string {
	var s []string
	for _, q := range qs {
		s = append(s, fmt.Sprintf("{%q speaker=%q}", q.Text, q.Speaker.Text))
	}
	return strings.Join(s, " ")
}

func TestNames(t *testing.T) {
	cs := ofKind(claimsOf(t, "President Recep Tayyip Erdoğan met Gov. Doğan and Mevlüt Çavuşoğlu in Ankara."), claim.Name)
	var got []string
	for _, c := range cs {
		got = append(got, c.Text+"="+c.Folded+"/"+c.Title)
	}
	want := "Recep Tayyip Erdoğan=recep tayyip erdogan/President Doğan=dogan/Gov. Mevlüt Çavuşoğlu=mevlut cavusoglu/ Ankara=ankara/"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

// foldName is fold.Fold of a name's text with its white space made one
// space, as names are compared.
func foldName(text string) string {
	return fold.Fold(strings.Join(strings.Fields(text), " "))
}

// An ASCII name's folded form is made from its tokens' lower case, not by
// fold.Fold; it must be what fold.Fold gives all the same.
func TestNamesFoldAsFoldDoes(t *testing.T) {
	cs := ofKind(claimsOf(t, "Senator Mary O'Brien-SMITH met Paul McDONALD Jr. and J.R. Ewing-Hart in New  York, said Doğan Lopez."), claim.Name)
	if len(cs) < 4 {
		t.Fatalf("want at least 4 names, got %d", len(cs))
	}
	for _, c := range cs {
		if want := foldName(c.Text); c.Folded != want {
			t.Errorf("name %q folded to %q, fold.Fold says %q", c.Text, c.Folded, want)
		}
	}
}

func TestPositionsAfterMultibyteNames(t *testing.T) {
	cs := ofKind(claimsOf(t, "Rahmi Doğan said 33 soldiers died."), claim.Count)
	if len(cs) != 1 || cs[0].Line != 1 || cs[0].Column != 18 || cs[0].EndColumn != 29 {
		t.Fatalf("got %+v", cs)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"At least 33 soldiers were killed, the governor of Hatay, Rahmi Doğan, said.",
		"“Initially nine,” he said. Later 22, 29 and eventually 33.\n\n‘x’ $6 £3bn 40% [12] 9:30",
		"---\ntitle: 3 dead\n---\n# 2 killed\n\n* one dead\n> “quote",
		"1.6×10−19 .312 1⁄20 of 42m (138ft) 2.5 billion-mile from 5 sq ft up to 9 sq ft, Ocean's 12, a .22-caliber",
		"''We will,'' said Ana -- a clerk -- of a 5'' box. She said: “it runs on\n\n“and on\n\n“to here,” she said, adding “more.”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := document.Parse("f.md", []byte(s))
		if err != nil {
			return
		}
		for _, c := range Extract(d) {
			if c.Span.Start < 0 || c.Span.End > len(s) || c.Span.Start > c.Span.End {
				t.Fatalf("claim %q span %v outside text of %d bytes", c.Text, c.Span, len(s))
			}
			if !utf8.RuneStart(s[c.Span.Start]) || c.Span.End < len(s) && !utf8.RuneStart(s[c.Span.End]) {
				t.Fatalf("claim %q span %v not on character boundaries", c.Text, c.Span)
			}
			if line, col := d.Lines.Position(c.Span.Start); line != c.Line || col != c.Column {
				t.Fatalf("claim %q at %d:%d, offset says %d:%d", c.Text, c.Line, c.Column, line, col)
			}
			if want := foldName(c.Text); c.Kind == claim.Name && c.Folded != want {
				t.Fatalf("name %q folded to %q, fold.Fold says %q", c.Text, c.Folded, want)
			}
		}
		if outside != (token{}) {
			t.Fatalf("the token outside every sentence was written: %+v", outside)
		}
	})
}

// A coordinated list of people who share one event has a total, which is
// the article's figure; its members are subsets.
func TestCoordinatedCountsAreAdded(t *testing.T) {
	checkFigures(t, map[string]string{
		"Three women and one man were injured in the shooting.": "[3,3] exact injured woman|[4,4] exact injured person|[1,1] exact injured man",
		"Two adults, one child killed in crash":                 "[2,2] exact killed adult|[3,3] exact killed person|[1,1] exact killed child",
		// not lists to add: a range, a revision, the same kind twice
		"Two or three people were hurt.":              "[2,3] range injured person",
		"Nine, later 33 soldiers were killed.":        "[9,9] exact killed|[33,33] exact killed soldier",
		"Two officers and two officers were wounded.": "[2,2] exact injured officer|[2,2] exact injured officer",
	})
	cs := ofKind(claimsOf(t, "Police said three women and one man were wounded."), claim.Count)
	for _, c := range cs {
		if c.Primary != (c.Value.Min == 4) || c.Subset == (c.Value.Min == 4) {
			t.Errorf("%s: primary %v subset %v", figureString(c), c.Primary, c.Subset)
		}
	}
}

// The article's own figure is the body's first, unless it conflicts with
// the headline and a later body figure gives the headline's number: then
// the first is the stale paragraph, and the later one the article's.
func TestPrimaryFigureIsTheOneTheHeadlineRepeats(t *testing.T) {
	primaries := func(text string) (out []string) {
		for _, c := range ofKind(claimsOf(t, text), claim.Count) {
			if c.Primary {
				out = append(out, c.Text)
			}
		}
		return out
	}
	for text, want := range map[string]string{
		// a stale lede, corrected further down
		"# Gunfire outside a school injures 9\n\nSeven people were injured in the shooting. Officers later said nine people had been wounded.": "nine people",
		// the headline repeats the first: it stays
		"# Crash kills 4\n\nFour people were killed. Police said two more people were killed on the same road in March.": "Four people",
		// no body figure gives the headline's number: the first stays
		"# Blast kills 12\n\nTen people were killed in the blast, officials said.": "Ten people",
		// a figure that only overlaps the headline's is another group
		"# 13 shot over the weekend\n\nFive people were shot at a party. At least seven other people were shot across the city.": "Five people",
		// no headline figure: the body's first
		"# Storm hits the coast\n\nTwo people died. Officials said three people died.": "Two people",
		// the headline counts the victims, the body's first adds the killer
		"# 3 dead in a Marlow shooting\n\nA man shot three people dead before killing himself. The three people were killed in a barn.": "three people dead before killing himself",
	} {
		if got := strings.Join(primaries(text), "|"); got != want {
			t.Errorf("%q: primary %q, want %q", text, got, want)
		}
	}
}

// A wounded figure told after a larger count of some of the wounded (those
// taken to a hospital) is one of them, not the whole: the part stands for
// it where no death is told and no figure as large is.
func TestAPartLargerThanTheFigureIsNoPartOfIt(t *testing.T) {
	for text, want := range map[string]string{
		"Five people were taken to hospitals after the party. Officers found one person shot in the leg.":               "Five people",
		"Seven people were taken to hospitals. Six adults were hurt, bringing the total to seven with an unborn child.": "Six adults",
		"The victims, including two teens and six adults, were taken to a hospital. Four others were hurt.":             "Four others",
		"Five people were taken to hospitals. One of them died. One man was wounded in the leg.":                        "One man",
		"A man died and three others were taken to a hospital. Two suffered minor injuries.":                            "three others",
		"Two people were taken to hospitals. Three people were hurt in the crash.":                                      "Three people",
	} {
		var got []string
		for _, c := range ofKind(claimsOf(t, text), claim.Count) {
			if c.Primary && c.Event == "injured" {
				got = append(got, c.Text)
			}
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: primary %q, want %q", text, strings.Join(got, "|"), want)
		}
	}
}

// Where the article tells no toll, a list of single victims is its figure:
// "a woman and her son were shot" counts two, not the woman alone; a toll
// told stays the figure. A role and a name apposed by a comma are one
// person, no list (and the single victim, a subset, is no primary).
func TestListOfSinglesIsThePrimaryWhereNoTollIsTold(t *testing.T) {
	for text, want := range map[string]string{
		"A woman and her son were wounded on Elm Street, deputies said.":        "injured=2 primary",
		"The victim, Nora Pike, was wounded outside the store.":                 "",
		"A man and a woman were killed. Three people were killed, police said.": "killed=2|killed=3 primary",
	} {
		var got []string
		for _, c := range ofKind(claimsOf(t, text), claim.Count) {
			switch {
			case c.Primary:
				got = append(got, fmt.Sprintf("%s=%g primary", c.Event, c.Value.Min))
			case c.By == singlesTotalName:
				got = append(got, fmt.Sprintf("%s=%g", c.Event, c.Value.Min))
			}
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: primary %q, want %q", text, strings.Join(got, "|"), want)
		}
	}
}

// Being taken to hospital says injured, of some of the injured (as
// "hospitalized" does); being treated for injuries says injured.
func TestTakenToHospitalIsInjured(t *testing.T) {
	checkFigures(t, map[string]string{
		"Two people were taken to hospital.":                          "[2,2] exact injured person",
		"Three students were rushed to a nearby hospital.":            "[3,3] exact injured student",
		"Four passengers were airlifted to St Anne's Hospital.":       "[4,4] exact injured passenger",
		"Five workers were treated for minor injuries.":               "[5,5] exact injured worker",
		"Six fans were taken to the stadium exit.":                    "[6,6] exact fan",
		"Seven patients were transferred to another ward.":            "[7,7] exact patient",
		"Eight people were taken to hospital and later released.":     "[8,8] exact injured person",
		"Nine officers were treated for the first time by the medic.": "[9,9] exact officer",
	})
	checkSubsets(t, "Four people were injured; two were taken to hospital.", 2, "")
}

// People "among the dead" are some of the dead: the count takes the event
// of the group it belongs to, as a subset.
func TestAmongTheDeadIsASubset(t *testing.T) {
	checkFigures(t, map[string]string{
		"Three children were among the dead.":                  "[3,3] exact killed child",
		"Two nurses are among the injured.":                    "[2,2] exact injured nurse",
		"Five tourists were among the passengers.":             "[5,5] exact tourist",
		"Two officers were among the death toll.":              "[2,2] exact officer",
		"Four guards were among the 30 arrested.":              "[4,4] exact arrested guard|[30,30] exact arrested",
		"Two police officers were among the five people shot.": "[2,2] exact injured officer|[5,5] exact injured person",
		"A nurse was among those hurt.":                        "[1,1] exact injured nurse",
		"One of the men injured in the crash is a doctor.":     "[1,1] exact injured",
	})
	checkSubsets(t, "Four people were injured; three were among the dead.", 3, "killed")
	checkSubsets(t, "Two police officers were among the five people shot.", 2, "injured") // shot and none killed: injured
}

// Victims named or described one by one and joined by "and" share the
// verb after the last; their total is a subset like each of them (and the
// article's figure only where it tells no toll: see
// TestListOfSinglesIsThePrimaryWhereNoTollIsTold).
func TestCoordinatedSingleVictims(t *testing.T) {
	checkFigures(t, map[string]string{
		"A man and a woman were killed.":                                "[1,1] exact killed man|[2,2] exact killed person|[1,1] exact killed woman",
		"Lena Ortiz and her grandson were wounded.":                     "[1,1] exact injured person|[2,2] exact injured person|[1,1] exact injured grandson",
		"Omar Said, 42, and Nadia Said, 39, were killed in the attack.": "[1,1] exact killed person|[2,2] exact killed person|[1,1] exact killed person",
		"A man and his son were arrested.":                              "[1,1] exact arrested man|[1,1] exact arrested son",
	})
	checkSubsets(t, "A man and a woman were killed.", 1, "")
}

// The qualifier table of docs/extraction.md lists every phrase of the code's
// table in the row of its qualifier: one table, documented.
func TestQualifierTableIsDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "extraction.md"))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(string(doc), "\n") {
		if q, rest, ok := strings.Cut(strings.TrimPrefix(line, "| `"), "` |"); ok && strings.HasPrefix(line, "| `") {
			rows[q] = rest
		}
	}
	for _, q := range qualifiersBefore {
		phrase := strings.Join(q.words, " ")
		row, ok := rows[q.q]
		if !ok {
			t.Errorf("docs/extraction.md has no row for qualifier %q", q.q)
			continue
		}
		phrases := strings.Split(strings.Split(row, "|")[0], ",")
		found := false
		for _, p := range phrases {
			found = found || strings.TrimSpace(p) == phrase
		}
		if !found {
			t.Errorf("docs/extraction.md: %q is not listed under %q", phrase, q.q)
		}
	}
}

// A single capitalized word after "a" with nothing after it is a common noun
// ("Leave a Reply", "he became a Democrat."); before a noun it is still a
// name ("a London court"), and "A Foley" in a team sheet is an initial.
func TestNoNameAfterAnArticle(t *testing.T) {
	got := namesOf(t, "Leave a Reply\n\nHe became a Democrat. It went to a London court.\n\nTeam: J Hayes, A Foley.")
	if want := "London|J Hayes|Foley"; got != want {
		t.Errorf("names %q, want %q", got, want)
	}
}

// The bodies found count the dead: one body is one killed (and, like "a man
// was killed", may be one of several), a list of bodies adds up; a body of
// evidence counts nothing.
func TestBodiesFoundAreKilled(t *testing.T) {
	checkFigures(t, map[string]string{
		"Police found the body of a teenager.":                                   "[1,1] exact killed teenager",
		"The bodies of two men and a woman were found.":                          "[2,2] exact killed man|[3,3] exact killed person",
		"Deputies located the bodies of an 8-year-old child, a man and a woman.": "[3,3] exact killed person|[8,8] exact year child",
		"The remains of two soldiers were returned.":                             "[2,2] exact killed soldier",
		"Investigators reviewed a body of evidence.":                             "",
		"They found the bodies of two adults inside the home.":                   "[2,2] exact killed adult",
	})
	for _, c := range ofKind(claimsOf(t, "Police found the body of a teenager."), claim.Count) {
		if !c.Subset {
			t.Errorf("%q: one body should be a subset", c.Text)
		}
	}
}

// A sentence-initial plural of a word for people is no name: "Deputies said".
func TestPluralPeopleNounIsNoName(t *testing.T) {
	if s := sourceOf(t, "Deputies said two adults were found."); s.Kind != claim.Anonymous || s.Name != "" {
		t.Errorf("got %+v", s)
	}
}

// War-report shapes: a parenthetical subset between a count and its verb, a
// revision chain of bare figures after "the death toll", bodies recovered,
// an age that ends a sentence, and a second cue of the same subject.
func TestWarReportShapes(t *testing.T) {
	checkFigures(t, map[string]string{
		"At least 29 civilians, including 11 children, were killed.": "[29,inf] at_least killed civilian|[11,11] exact killed child",
		"Forty people, most of them women, were wounded.":            "[40,40] exact injured person",
		"We pulled nine bodies from the rubble.":                     "[9,9] exact killed body",
		"The quake survivor was named as Omar Haddad, 34.":           "",
		"The six victims — four men and two women — were shot.":      "[6,6] exact injured victim|[4,4] exact man|[2,2] exact woman",
		"Nine people (four of them children) were killed.":           "[9,9] exact killed person|[4,4] exact",
	})
	var got []string
	for _, c := range ofKind(claimsOf(t, "The death toll, initially put at 12, rose to 21 by the evening and later to 29."), claim.Count) {
		got = append(got, fmt.Sprintf("%s %s %v", c.Text, c.Event, c.Superseded))
	}
	if want := "12 killed true|21 killed true|29 killed false"; strings.Join(got, "|") != want {
		t.Errorf("revision chain: got %s, want %s", strings.Join(got, "|"), want)
	}
	var sources []string
	for _, c := range ofKind(claimsOf(t, "The defence ministry denied targeting civilians and said its jets struck a post."), claim.Attribution) {
		sources = append(sources, c.Source.Text+"/"+c.Cue)
	}
	if want := "The defence ministry/denied The defence ministry/said"; strings.Join(sources, " ") != want {
		t.Errorf("second cue: got %s, want %s", strings.Join(sources, " "), want)
	}
}

// scopeAt passes over words without the class cScopeStart, so every word
// that scopeGroups sorts must have it, and every word with it a group.
func TestScopeGroupsCoverScopeStarts(t *testing.T) {
	for w := range scopeStarts {
		if scopeGroups(w) == 0 {
			t.Errorf("scope start %q has no scope group", w)
		}
	}
	for _, w := range []string{"since", "in", "over", "within", "for", "during", "this", "last", "so", "by", "until",
		"earlier", "later", "the", "that", "a", "an", "another", "one", "throughout", "of"} {
		if !scopeStarts[w] {
			t.Errorf("%q has a scope group but is no scope start", w)
		}
	}
}

// A pronoun skips a person whose titles, in any mention of the surname,
// give the other sex; a title that gives none keeps the nearest person.
func TestPronounAgreesWithTheSexTitlesGive(t *testing.T) {
	for text, want := range map[string]string{
		"Anna Kovac, the finance minister, said taxes would rise. Mr Lind said they would not. She added that 40 jobs were safe.":                  "Anna Kovac",
		"Ms Kovac said taxes would rise. Piotr Lind, a banker, said they would not. Anna Kovac spoke later. He added that 40 jobs were safe.":      "Piotr Lind",
		"A spokeswoman, Dana Pik, said the road was shut. Sir Colin Mead said it was open. He added that 40 cars were stuck.":                      "Colin Mead",
		"Dana Pik said the road was shut. Colin Mead said it was open. She added that 40 cars were stuck.":                                         "Colin Mead",
		"Dr Fox said the road was shut. He added that 40 cars were stuck.":                                                                         "Fox",
		"Ms Wren's deputy, Tom Hale, said the road was shut. He added that 40 cars were stuck.":                                                    "Tom Hale",
		"Hillary Lane said the bridge was closed. Mrs. Lane said the road was shut. Bill Lane said it was open. He added that 40 cars were stuck.": "Bill Lane",
	} {
		var got []string
		for _, c := range claimsOf(t, text) {
			if c.Kind == claim.Count {
				got = append(got, c.Source.Name)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q\n source of the count %q, want %q", text, got, want)
		}
	}
}

// A party or employer before an office is part of the title when a full
// name follows; a name that holds a title word, a month or a generational
// suffix stays a name.
func TestTitlesBeforeNamesAndNamesThatLookLikeOtherWords(t *testing.T) {
	var got []string
	for _, c := range ofKind(claimsOf(t, "Labour MP Jo Brand met Acme CEO Dana Wu, Chad King Jr. and John Major. Theresa May and Jan Pall saw MPs in May, on June 3 and in Paris on Jan. 4."), claim.Name) {
		got = append(got, c.Text+"/"+c.Title)
	}
	want := "Jo Brand/Labour MP|Dana Wu/Acme CEO|Chad King Jr./|John Major/|Theresa May/|Jan Pall/|Paris/"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
	for text, want := range map[string]string{
		"Theresa May said the talks had failed.":                 "Theresa May person",
		"Green MEP Jo Brand said the talks had failed.":          "Jo Brand person Green MEP",
		"General Motors said the talks had failed.":              "General Motors organization",
		"Yesterday Acme Technologies said the talks had failed.": "Acme Technologies organization",
	} {
		s := sourceOf(t, text)
		if got := strings.TrimSpace(s.Name + " " + s.Kind + " " + s.Title); got != want {
			t.Errorf("%q: source %q, want %q", text, got, want)
		}
	}
}

// A pronoun looks back a bounded number of named people, so a long list of
// them costs each pronoun no more than a news story does: past the reach,
// "she" has no antecedent rather than one found after a long search.
func TestPronounLooksBackABoundedWay(t *testing.T) {
	var b strings.Builder
	b.WriteString("Ms Ana Wren said the gate was shut. ")
	for i := range antecedentReach + 8 {
		fmt.Fprintf(&b, "Mr Tom Hale%c said it was open. ", 'a'+rune(i%26))
	}
	b.WriteString("She added that 40 cars were stuck.")
	cs := ofKind(claimsOf(t, b.String()), claim.Count)
	if len(cs) != 1 || cs[0].Source.Kind != claim.Anonymous || cs[0].Source.Text != "She" {
		t.Errorf("counts %v, want one with an anonymous she", describeAll(cs))
	}
}

// A pronoun after a sentence whose subject is a titled person means that
// person, even where someone else spoke before.
func TestPronounMeansTheTitledSubjectBefore(t *testing.T) {
	for text, want := range map[string]string{
		"Ann Vale, a spokeswoman, said the road was shut.\n\nPresident Joao Lima toured the camp. He said the state would pay.": "Joao Lima",
		"Mr Reed said the dam held. Governor Tim Park visited the site on Monday. He said repairs would start soon.":            "Tim Park",
		"Ms Ruiz said the dam held. Mr Tim Park met the engineers. She said repairs would start soon.":                          "Ruiz",
		"Mr Reed said the dam held. The governor toured the site. He said repairs would start soon.":                            "Reed",
	} {
		cs := ofKind(claimsOf(t, text), claim.Attribution)
		if got := cs[len(cs)-1].Source.Name; got != want {
			t.Errorf("%q: the last pronoun is %q, want %q", text, got, want)
		}
	}
}

// A description beside a name is that person's own title, never a title
// that refers back to someone named earlier.
func TestAppositionTitleIsItsNames(t *testing.T) {
	text := "Prime Minister Ben Ortiz opened the bridge. Ana Ruiz, the state's transport minister, said it cost $3m."
	cs := ofKind(claimsOf(t, text), claim.Attribution)
	if s := cs[len(cs)-1].Source; s.Name != "Ana Ruiz" || s.Title != "state's transport minister" {
		t.Errorf("%q: source %+v", text, s)
	}
}

// A title word that is also a surname ("King", "Bishop", "Major") ends a
// name after a given name, and stays a title after a modifier or alone.
func TestSurnamesThatAreTitleWords(t *testing.T) {
	checkNamedSources(t, map[string]string{
		"Central bank governor Ewan King said rates would hold.":         "person|Ewan King|Central bank governor",
		"“We are ready,” said Lorna Bishop, a spokeswoman for the port.": "person|Lorna Bishop|",
		"Harbour master Tomas Major told reporters the quay was shut.":   "person|Tomas Major|",
		"The Crown Prince said the talks would resume.":                  "anonymous||Crown Prince",
		"A Crown Prince said the talks would resume.":                    "anonymous||Crown Prince",
		"The bishop said the church would reopen.":                       "anonymous||bishop",
	})
}

// A cue in the present of a plural subject ("critics argue") attributes
// as its past does; after "will" or "to" it reports nothing yet.
func TestPresentTenseCues(t *testing.T) {
	checkSources(t, map[string]string{
		"Critics argue the fee is too high.":                     "anonymous|Critics",
		"Analysts warn that prices will rise again.":             "anonymous|Analysts",
		"Officials deny that the plant leaked.":                  "anonymous|Officials",
		"Economists predict two rate cuts this year.":            "anonymous|Economists",
		"The army will confirm the figure on Monday.":            "|",
		"To confirm the figures, reporters called 12 hospitals.": "|",
		"Both unions insist their members were not consulted.":   "anonymous|Both unions",
	})
}

// "Saying" after a record that someone sent out reports its issuer, also
// when the record has a modifier or the verb a particle.
func TestIssuerOfAModifiedRecord(t *testing.T) {
	checkSources(t, map[string]string{
		"The union sent out a press release saying the strike would go on.":        "organization|The union",
		"The union put out a brief statement saying the strike would go on.":       "organization|The union",
		"Hours later, the union issued a statement saying the strike would go on.": "organization|the union",
	})
}

// A surname that ends as a nationality does but is none (notNationalities:
// "Guardian") stays a name, alone or after a given name.
func TestSurnameLikeANationality(t *testing.T) {
	checkSources(t, map[string]string{
		"Harbour Mayor Lena Guardian said the quay would reopen.": "person|Harbour Mayor Lena Guardian",
		"“The quay will reopen,” Guardian said.":                  "person|Guardian",
	})
}

// A reflexive that stresses the subject, or "however" without its commas,
// stands between a subject and its cue as an adverb does.
func TestReflexiveBeforeCue(t *testing.T) {
	checkSources(t, map[string]string{
		"The shipping company itself said the route was safe.": "organization|company",
		"Kowalski herself has said the quay will stay open.":   "person|Kowalski",
		"Jansens however told reporters the strike would end.": "person|Jansens",
	})
}

// A source of one capitalized word is a group when the verb agrees with a
// plural or the article writes the word in lower case too; a surname of
// someone named before, and one member of a coordination, stay people; a
// pronoun's contraction is the pronoun ("I'd say" with no one named).
func TestOneWordGroupSources(t *testing.T) {
	checkNamedSources(t, map[string]string{
		"Prosecutors allege that the firms fixed prices.":                   "anonymous||",
		"Dockers say the port is shut.":                                     "anonymous||",
		"Labour say the vote was close.":                                    "organization|Labour|",
		"Many shoppers queued overnight. Shoppers said prices had doubled.": "anonymous||",
		"Gordon Brown opened a brown envelope. Brown said it was empty.":    "person|Brown|",
		"Ana Ruiz met Mr Lopez. Ruiz and Lopez say the deal is done.":       "person|Lopez|",
		"I'd say 40 people came in all.":                                    "anonymous||",
	})
}
