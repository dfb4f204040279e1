package extract

import (
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// set builds a lookup table from a space-separated word list.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// eventWords maps a trigger word to the normalised event (a participle, per
// the contract's vocabulary).
var eventWords = buildEventWords()

func buildEventWords() map[string]string {
	m := map[string]string{}
	for event, words := range map[string]string{
		"killed": `killed kill kills killing dead died die dies dying death deaths fatalities fatality fatally
			martyred martyrdom martyrs slain massacred perished executed murdered murders murder murdering homicides homicide toll deceased`,
		"injured": `injured injuring injures injuries injury wounded wounding wounds wound hurt hospitalized hospitalised
			hospitalizing injuried`,
		"shot":        `shot shooting`,
		"missing":     `missing unaccounted`,
		"displaced":   `displaced uprooted homeless`,
		"arrested":    `arrested arrests arresting detained detaining detentions apprehended`,
		"neutralized": `neutralized neutralised neutralizing neutralising neutralize neutralise neutralises neutralizes`,
		"evacuated":   `evacuated evacuating evacuate`,
		"rescued":     `rescued`,
		"infected":    `infected`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] = event
		}
	}
	return m
}

// eventAdjectives can stand right after a number or inside its noun phrase
// ("2 dead", "32 wounded Turkish soldiers").
var eventAdjectives = set(`dead killed injured wounded hurt shot missing displaced arrested detained evacuated`)

// anaphoricFigures refer back to a figure already given ("increased the
// number to 22").
var anaphoricFigures = set(`number figure tally count total toll it`)

// auxiliaries may stand between a counted noun phrase and its event verb.
var auxiliaries = set(`were was have has had been being be are is am reportedly also all later now confirmed
	believed feared thought reported said to who that which subsequently already allegedly apparently
	then initially originally eventually since left remain remained remains still both each more others
	of them whom critically seriously severely slightly fatally badly pronounced found declared
	sustained suffered suffering received receiving minor serious non-life-threatening
	life-threatening multiple`)

// leftBridge words may stand between a left-side event word and the number
// ("the death toll was revised to 33", "killing at least").
var leftBridge = set(`to at of as the was is has had have been now stood stands rose risen climbed reached
	revised raised increased jumped put up officially confirmed reportedly initially originally first later
	eventually further another an a its their total number rising climbing since`)

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

// humanNouns can be counted implicitly: "a man was killed" is one killed.
var humanNouns = set(`man woman person boy girl child teen teenager baby infant toddler student soldier officer
	policeman policewoman deputy trooper victim civilian resident worker driver passenger pedestrian bystander
	customer employee guard journalist reporter gunman shooter suspect attacker assailant motorist cyclist
	father mother son daughter brother sister husband wife friend neighbor neighbour relative youth adult
	juvenile individual inmate prisoner patient nurse doctor teacher pupil firefighter marine sailor pilot
	fighter militant rebel serviceman servicewoman grandfather grandmother grandson granddaughter uncle aunt
	nephew niece cousin stepfather stepmother stepson stepdaughter boyfriend girlfriend fiance fiancee`)

// personNoun: a singular noun that counts people.
func personNoun(w string) bool {
	return w != "" && (humanNouns[w] || claim.SubjectClass(w) == "person")
}

// irregular plurals.
var irregularSingular = map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "police": "police", "personnel": "personnel", "troops": "troop",
	"lives": "life", "wives": "wife", "knives": "knife", "staff": "staff", "sheep": "sheep", "fish": "fish",
	"series": "series", "species": "species", "news": "news", "aircraft": "aircraft", "data": "data",
	"crisis": "crisis", "analysis": "analysis", "bus": "bus", "gas": "gas",
}

// singular reduces a plural noun to its singular.
func singular(s string) string {
	if v, ok := irregularSingular[s]; ok {
		return v
	}
	switch {
	case len(s) <= 3 || strings.HasSuffix(s, "ss") || strings.HasSuffix(s, "us") || strings.HasSuffix(s, "is"):
		return s
	case strings.HasSuffix(s, "men") && !singularInMen[s]:
		return s[:len(s)-3] + "man" // gunmen, policemen, congresswomen
	case strings.HasSuffix(s, "ies"):
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "ches"), strings.HasSuffix(s, "shes"), strings.HasSuffix(s, "xes"), strings.HasSuffix(s, "sses"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "s"):
		return s[:len(s)-1]
	}
	return s
}

// singularInMen are singular nouns that end like "gunmen".
var singularInMen = set(`specimen abdomen regimen acumen hymen semen stamen omen amen yemen`)

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
	highway hwy parkway pkwy terrace circle square plaza`)

// gunNouns follow a calibre: "a .38 revolver", "a 9mm pistol".
var gunNouns = set(`rifle rifles pistol pistols revolver revolvers handgun handguns gun guns shotgun shotguns
	magnum semi-automatic semiautomatic special round rounds bullet bullets ammunition shell shells casing casings`)

// raceWords follow a race's distance: "60m hurdles", "800m final".
var raceWords = set(`hurdles race races final finals title titles heat heats sprint sprints relay record records
	freestyle butterfly breaststroke backstroke medley dash champion champions gold silver bronze medal medals
	medallist medalist medallists medalists specialist specialists runner runners semi-final semi-finals`)

var months = set(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.`)

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// scopeNouns are events a partial scope can name: "in the night strike".
var scopeNouns = set(`strike strikes attack attacks bombing bombings raid raids blast blasts shelling assault
	incident incidents clash clashes battle battles offensive operation operations campaign war conflict
	fighting violence airstrike airstrikes explosion explosions crash shooting shootings ambush wave round day
	collapse fire flood floods storm quake earthquake landslide derailment stampede avalanche`)

// scopeModifiers restrict such an event to a part of the story.
var scopeModifiers = set(`night morning evening afternoon overnight first second third earlier previous latest
	separate other another initial subsequent last later same recent new`)

// partsOfDay after a weekday restrict to part of a day: "on Thursday morning".
var partsOfDay = set(`morning evening afternoon night`)

// cumulativeWords mark a running total.
var cumulativeWords = set(`total overall altogether cumulative`)

// revisionEarly marks a figure that was later replaced.
var revisionEarly = set(`initially originally first earlier previously preliminary initial`)

// revisionLate marks the figure that replaced it.
var revisionLate = set(`later eventually subsequently revised raised increased updated rose risen climbed
	jumped finally since now`)
