// Word lists of figures: qualifiers, units, currencies, and the words
// after which a number is a code, a street number or a score.

package extract

import "strings"

// codeWords name what a number after them identifies: "No. 5", "Flight
// 370", "Article 5", "Room 101".
var codeWords = set(`no. no number article section chapter room flight route highway interstate channel page vol
	vol. volume apt unit suite exit gate platform level grade class category phase stage model version rule
	resolution paragraph item district ward precinct lot pier terminal block building floor act figure`)

// Qualifiers before a figure, longest first; each maps to the contract's
// qualifier vocabulary. One table, documented in docs/extraction.md.
var qualifiersBefore = []struct {
	words []string
	q     string
}{
	{w("no fewer than"), "at_least"}, {w("no less than"), "at_least"}, {w("not less than"), "at_least"},
	{w("a minimum of"), "at_least"}, {w("at least"), "at_least"}, {w("at the least"), "at_least"},
	{w("more than"), "more_than"}, {w("in excess of"), "more_than"}, {w("an excess of"), "more_than"},
	{w("upwards of"), "more_than"}, {w("greater than"), "more_than"}, {w("well over"), "more_than"},
	{w("just over"), "more_than"}, {w("over"), "more_than"}, {w("above"), "more_than"}, {w("exceeding"), "more_than"},
	{w("just under"), "approx_below"}, {w("just shy of"), "approx_below"}, {w("close to"), "approx_below"},
	{w("nearly"), "approx_below"}, {w("almost"), "approx_below"}, {w("nigh on"), "approx_below"},
	{w("an estimated"), "approx"}, {w("approximately"), "approx"}, {w("roughly"), "approx"},
	{w("about"), "approx"}, {w("around"), "approx"}, {w("some"), "approx"}, {w("estimated"), "approx"},
	{w("circa"), "approx"}, {w("an approximate"), "approx"},
	{w("no more than"), "at_most"}, {w("not more than"), "at_most"}, {w("a maximum of"), "at_most"},
	{w("up to"), "at_most"}, {w("as many as"), "at_most"}, {w("as much as"), "at_most"}, {w("at most"), "at_most"},
	{w("fewer than"), "less_than"}, {w("less than"), "less_than"}, {w("under"), "less_than"}, {w("below"), "less_than"},
}

func w(s string) []string { return strings.Fields(s) }

// qualifierWords are the words of qualifiersBefore, one by one.
var qualifierWords = func() map[string]bool {
	m := map[string]bool{}
	for _, q := range qualifiersBefore {
		for _, word := range q.words {
			m[word] = true
		}
	}
	return m
}()

// QualifierWord reports whether a lower-case word is a word of a qualifier
// that stands before a figure ("more", "than", "at", "least", "nearly"): a
// reader of text before a figure steps back over it to the verb.
func QualifierWord(word string) bool { return qualifierWords[word] }

// stopAfterNumber ends the noun phrase a figure counts.
var stopAfterNumber = set(`were was have has had been are is be will would could should may might can do did does
	who which that whom whose and or but nor than as at in on of for from to by with without into onto over under
	after before during since until while when where why how if because although though so per across
	against among between about around near off out up down through via including includes included plus
	behind beside beneath along within beyond throughout underneath toward towards upon
	it they he she we you i this these those there here its their his her our my your them him us me
	said says say told according more less fewer other another each every all both either neither some any
	the a an not no also only just about nearly almost roughly overall total altogether alone
	now already still reportedly allegedly apparently later then again`)

// timeUnits make a figure a duration, not a count.
var timeUnits = set(`second seconds minute minutes hour hours day days week weeks month months year years decade
	decades century centuries night nights weekend weekends fortnight`)

// measureUnits make a figure a measured quantity; the value is the unit's
// name as the contract reports it.
var measureUnits = buildMeasureUnits()

func buildMeasureUnits() map[string]string {
	m := map[string]string{}
	for unit, words := range map[string]string{
		"percent":    `percent per_cent % pc percentage`,
		"km":         `km kilometre kilometres kilometer kilometers`,
		"mile":       `mile miles mi`,
		"metre":      `metre metres meter meters`,
		"foot":       `foot feet ft`,
		"inch":       `inch inches`,
		"yard":       `yard yards`,
		"kg":         `kg kilogram kilograms kilo kilos`,
		"tonne":      `tonne tonnes ton tons`,
		"pound":      `lb lbs`,
		"litre":      `litre litres liter liters`,
		"gallon":     `gallon gallons`,
		"barrel":     `barrel barrels`,
		"acre":       `acre acres`,
		"hectare":    `hectare hectares`,
		"degree":     `degree degrees deg`,
		"mph":        `mph`,
		"point":      `point points`,
		"USD":        `dollar dollars`,
		"GBP":        `pound pounds sterling quid`,
		"EUR":        `euro euros`,
		"JPY":        `yen`,
		"CNY":        `yuan renminbi`,
		"INR":        `rupee rupees`,
		"RUB":        `rouble roubles ruble rubles`,
		"TRY":        `lira liras`,
		"CHF":        `franc francs`,
		"cent":       `cent cents pence p`,
		"MW":         `mw megawatt megawatts`,
		"GW":         `gw gigawatt gigawatts`,
		"kWh":        `kwh`,
		"TB":         `tb terabyte terabytes`,
		"GB":         `gb gigabyte gigabytes`,
		"MB":         `mb megabyte megabytes`,
		"rpm":        `rpm`,
		"GHz":        `ghz`,
		"MHz":        `mhz`,
		"Hz":         `hz`,
		"Mbps":       `mbps`,
		"Gbps":       `gbps`,
		"kbps":       `kbps`,
		"mm":         `mm millimetre millimetres millimeter millimeters`,
		"cm":         `cm centimetre centimetres centimeter centimeters`,
		"g":          `g gram grams`,
		"mg":         `mg milligram milligrams`,
		"hp":         `hp horsepower`,
		"m2":         `m2 sqm`,
		"km2":        `km2`,
		"minute":     `min mins`,
		"second":     `sec secs`,
		"hour":       `hrs hr`,
		"year":       `yrs yr`,
		"MYR":        `ringgit`,
		"calorie":    `calorie calories`,
		"bps":        `bps`,
		"basispoint": `basis_points`,
		"sq ft":      `sq_ft sq._ft square_feet square_foot`,
		"sq mi":      `sq_mi square_miles square_mile`,
		"sq km":      `sq_km square_kilometres square_kilometers square_kilometre square_kilometer`,
		"lb-ft":      `pound-feet pound-foot lb-ft foot-pounds ft-lb`,
		"W":          `w watt watts`,
		"kW":         `kw kilowatt kilowatts`,
		"V":          `volt volts`,
		"degF":       `degf fahrenheit`,
		"degC":       `degc celsius centigrade`,
		"ILS":        `shekel shekels`,
		"peso":       `peso pesos`,
		"ZAR":        `rand`,
		"NGN":        `naira`,
		"AED":        `dirham dirhams`,
		"SAR":        `riyal riyals`,
		"THB":        `baht`,
		"BTC":        `bitcoin bitcoins`,
	} {
		for _, w := range strings.Fields(words) {
			m[strings.ReplaceAll(w, "_", " ")] = unit
		}
	}
	for _, w := range strings.Fields("second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries night nights weekend weekends fortnight") {
		m[w] = singular(w)
	}
	m["centuries"] = "century"
	return m
}

// currencySymbols stand before a figure.
var currencySymbols = map[string]string{
	"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₺": "TRY", "₽": "RUB",
	"us$": "USD", "usd": "USD", "gbp": "GBP", "eur": "EUR", "rs": "INR", "a$": "AUD", "c$": "CAD",
	"rm": "MYR", "us": "USD", "inr": "INR", "aud": "AUD", "cad": "CAD", "hk$": "HKD", "s$": "SGD", "nz$": "NZD",
}

// longestCurrencyPrefix is the length of the longest of currencyPrefixes.
const longestCurrencyPrefix = 3

// currencyPrefixes are currency letters written against the digits:
// "RM79", "$US55,931,000", "Rs500".
var currencyPrefixes = map[string]bool{"rm": true, "rs": true, "us": true, "usd": true, "eur": true, "gbp": true, "inr": true, "aud": true, "cad": true,
	"a": true, "c": true, "hk": true, "nz": true}

// streetWords end an address: "49 Zorro Ranch Road", "9 E 71st St".
var streetWords = set(`st st. street road rd rd. avenue ave ave. way boulevard blvd blvd. lane ln drive dr court ct place pl
	highway hwy parkway pkwy terrace circle square plaza trace trail trl pike loop cove alley crescent`)

// blockWays follow a distance in street blocks: "one block away", "two
// blocks north of the park".
var blockWays = set(`away from north south east west down up over off`)

// gunNouns follow a calibre: "a .38 revolver", "a 9mm pistol".
var gunNouns = set(`rifle rifles pistol pistols revolver revolvers handgun handguns gun guns shotgun shotguns
	magnum semi-automatic semiautomatic special round rounds bullet bullets ammunition shell shells casing casings`)

// raceWords follow a race's distance: "60m hurdles", "800m final".
var raceWords = set(`hurdles race races final finals title titles heat heats sprint sprints relay record records
	freestyle butterfly breaststroke backstroke medley dash champion champions gold silver bronze medal medals
	medallist medalist medallists medalists specialist specialists runner runners semi-final semi-finals`)

// numberSuffixes may follow digits without a space and stay separate
// tokens: scales ("1.2m"), ordinals ("33rd"), decades ("1990s"), units.
var numberSuffixes = map[string]bool{
	"m": true, "mn": true, "bn": true, "b": true, "k": true, "tn": true, "trn": true,
	"st": true, "nd": true, "rd": true, "th": true, "s": true,
	"am": true, "pm": true, "km": true, "kg": true, "mm": true, "cm": true, "mph": true, "ft": true, "lb": true, "lbs": true,
	"g": true, "ml": true, "gb": true, "mb": true, "tb": true, "kw": true, "mw": true, "gw": true, "kwh": true, "hz": true, "ghz": true, "mhz": true,
	"p": true, "x": true, "sq": true, "m2": true, "km2": true, "m3": true, "mbps": true, "gbps": true, "kbps": true,
	"hp": true, "w": true, "deg": true, "degf": true, "degc": true, "pc": true, "bps": true, "min": true, "mins": true, "hrs": true, "yrs": true, "sec": true, "secs": true, "mg": true,
}

// lowerCaseUnits are the unit symbols written only in lower case.
var lowerCaseUnits = map[string]bool{"g": true, "mg": true}

// ordinalWords are the ordinals a report counts deaths one by one with ("a
// third victim has died"), and the number each stands for.
var ordinalWords = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}

// ordinalSuffixes end an ordinal written in digits: "3rd", "4th".
var ordinalSuffixes = set(`st nd rd th`)

// placeOfDeathPrepositions open the words a report puts between a victim
// and the death it tells: "a fourth victim of the shooting has died", "a
// third man in Sunday's shooting dies".
var placeOfDeathPrepositions = set(`of in from at on near outside during`)

// rankedDeathVerbs tell the death of a victim told by rank, past the words
// of where it happened: "4th victim of the Elm Street shooting dies".
var rankedDeathVerbs = set(`dies died succumbs succumbed killed dead`)

// rankedDeathAuxiliaries may stand between a victim told by rank and the
// death: "has died", "later died", "was pronounced dead".
var rankedDeathAuxiliaries = set(`has have had was is also later now since pronounced reportedly`)

// multiples name a killing by how many it killed: "a double homicide" is
// two dead, "the quadruple murder" four.
var multiples = map[string]int{"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}

// killingNouns name a killing that a multiple counts; a shooting is none
// ("a triple shooting" may have left them all alive).
var killingNouns = set(`murder murders homicide homicides killing killings slaying slayings`)

// bareDeathParticiples tell a headline's bare person dead: "teen killed
// in crash", "boy slain on Elm Street".
var bareDeathParticiples = set(`killed slain murdered`)

// bareDeathFollowers may follow the participle of a bare person's death,
// where an object would not: "teen killed by a stray bullet", "boy killed
// while playing".
var bareDeathFollowers = set(`by while after when last early during`)

// attemptWords before a killing's noun say it failed and killed no one:
// "an attempted double murder".
var attemptWords = set(`attempted attempt`)

// suicideWords joined to a killing's noun add the killer's own death, which
// may or may not be in the multiple: "a double murder-suicide".
var suicideWords = set(`suicide`)

// shotParticiples are the participles of a shooting that a fatal adverb
// before them or a word of death after them makes a death: "fatally shot",
// "shot dead", "shot and killed".
var shotParticiples = set(`shot`)

// deathComplements after a participle of shooting tell that it killed:
// "shot dead".
var deathComplements = set(`dead`)

// ageSuffixes are written after an age's number ("a 24-year-old", "a
// 6-month-old"): the number is an age, not a count.
var ageSuffixes = set(`year-old years-old month-old`)
