package story

import "strings"

// The word tables of story signatures. A word here is asked about one way:
// table[word], on folded words.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// commonWords never tie two articles on their own: days and months, the
// bodies every crime or disaster report names, the states and regions of
// the countries news most often covers, the words of a byline or a page.
// Rarity over the run weighs the rest; this table is what makes a run of
// two articles safe, where rarity cannot be measured. The words of the
// states' names (stateNames) are among them.
var commonWords = withWordsOf(stateNames, set(`
	monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
	january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
	police sheriff sheriff's deputies deputy officers officer troopers trooper fbi atf dea cia nypd lapd
	department office county city town state states national federal district
	fire rescue ems hospital medical center centre school high university college church court
	government ministry minister president governor mayor senator congress congressman senate house parliament
	north south east west northern southern eastern western central northeast northwest southeast southwest
	street road avenue drive lane boulevard highway interstate route
	the a an and of in on at for to by with from new old first last mr mrs ms dr st jr sr
	america american americans us usa u.s u.s. united kingdom uk britain british england english
	europe european africa african asia asian china chinese russia russian india indian
	associated press ap reuters afp cnn bbc abc cbs nbc fox msnbc npr upi
	facebook twitter instagram youtube google tiktok x whatsapp
	copyright rights reserved reporter editor staff writer photo video news update updated breaking incident
	god christmas easter thanksgiving
	democrat democrats democratic republican republicans gop
`))

// stateNames are the states of the US, a name of two words joined by "_"
// ("new_york"). Their words are common (commonWords): a state ties no two
// reports. A street named after one is a street ("Idaho Street", "New
// York Avenue", stateStreet), as rare as any other, so the table is kept
// apart from commonWords, which would drop it whole.
var stateNames = set(`
	alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
	illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
	mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico new_york
	north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina
	south_dakota tennessee texas utah vermont virginia washington west_virginia wisconsin wyoming
`)

// withWordsOf adds to table each word of the names of names ("_" between
// a name's words) and returns it.
func withWordsOf(names, table map[string]bool) map[string]bool {
	for n := range names {
		for _, w := range strings.Split(n, "_") {
			table[w] = true
		}
	}
	return table
}

// titleWords stand before a name as its title or rank ("Police Chief Tim
// O'Sullivan", "Sgt. Ana Ruiz"); what follows the last of them is the name.
var titleWords = set(`
	chief sheriff sgt sgt. sergeant lt lt. lieutenant capt capt. captain officer deputy detective det det.
	trooper cpl corporal inspector commissioner superintendent agent spokesman spokeswoman spokesperson
	president governor gov gov. mayor senator sen sen. rep rep. representative judge justice attorney
	prosecutor coroner minister secretary director dr dr. mr mr. mrs mrs. ms ms. prof professor rev reverend
	pastor father sister brother coach principal general gen gen. col colonel major maj supt supt.
	editor reporter producer anchor correspondent photographer neighbor
`)

// officeTitles are the titles of an office that speaks of every event of
// its place ("Mayor", "Police Chief", "Prosecutor"): a name written after
// one is cited in office (citedInOffice). A rank (Sgt., Officer, Deputy)
// is not one: the officer a report names by rank may be the one shot.
var officeTitles = set(`
	chief sheriff mayor judge gov governor attorney prosecutor superintendent supt coroner
	commissioner president senator sen rep councilman councilwoman spokesperson spokeswoman spokesman
	constable chancellor
`)

// institutionWords make a name a body's, not a person's ("Franklin Police",
// "Eskanazi Hospital", "Greene County Sheriff's Office").
var institutionWords = set(`
	police department dept office sheriff sheriff's county city town township village state
	hospital center centre clinic school academy university college church mosque temple court
	council committee commission agency bureau service services ministry government party company
	corporation corp inc ltd group association union club team news times post tribune journal herald
	gazette daily weekly radio television tv channel network airport station mall market bank
	globe chronicle observer examiner inquirer enquirer dispatch courier sentinel bulletin
	institution correctional jail prison penitentiary unit task force stoppers crimestoppers
	coroner coroner's crimes health
`)

// vehicleWords are the makes of cars a report describes a suspect's or a
// victim's car by ("a silver Chevrolet Malibu"): a name with one is a
// thing's, not a person's, and many reports of a large run write the same
// model. Makes that are also surnames (Ford, Lincoln, Dodge) are left out.
var vehicleWords = set(`
	chevrolet chevy toyota honda nissan jeep gmc buick cadillac chrysler hyundai kia mazda subaru
	volkswagen vw bmw lexus acura infiniti pontiac mitsubishi volvo oldsmobile saturn
`)

// placeWords make a name a place's ("Bridlewood Drive", "Lake Street").
var placeWords = set(`
	street st road rd avenue ave drive dr lane ln boulevard blvd way place court ct highway hwy
	interstate route park square bridge river lake mountain hill hills valley beach island bay
	north south east west heights gardens village apartments estates
`)

// compassWords are the points of the compass among placeWords: a part of a
// place's name ("Far South Side", "Oakvale East"), never a person's.
var compassWords = set(`north south east west`)

// chromeWords are the words of a page's furniture, which news sites write
// in capitals around every article ("Copy Link", "Stay Up To Date", "Posted
// 10:21 AM EDT", "Email Alerts"): a name with one of them is no name, and
// would tie every article of one site to every other.
var chromeWords = set(`
	copy link links email alerts alert caption image images close share shares tweet tweets print comment
	comments subscribe subscription sign login log newsletter newsletters advertisement advertise ad ads
	related stories story video videos photo photos gallery watch read more click here download player
	flash javascript cookies cookie privacy policy terms posted updated edt est pdt pst cdt cst mdt mst
	am pm follow page join conversation stay date weather sports traffic menu search home contact skip
	content getty spam junk thing wire media file transcript hide show loading slideshow whenever
	pause browser explorer offers send
`)

// edgeWords are words of a sentence's grammar, never a name's first or
// last word: a headline in title case ("Mom Says The Boy Was Shot") or a
// sentence's opening word read into a name ("Is A", "Say The") leaves them
// at its edges, and what remains may be a name or nothing.
var edgeWords = set(`
	is are was were be been being has have had do does did say says tell tells told
	when while although though because after before since until if as once whether
	where why how who what which this these those there here it its he she they we you
	his her their our your my not no so but or nor yet the a an and of in on at for to by with from
`)

// suffixWords end a person's name without being its surname.
var suffixWords = set(`jr jr. sr sr. ii iii iv`)

// abbreviations of a street's kind, written out so "Plymouth Ave N" meets
// "Plymouth Avenue North".
var abbreviations = map[string]string{
	"st": "street", "rd": "road", "ave": "avenue", "av": "avenue", "dr": "drive", "ln": "lane",
	"blvd": "boulevard", "hwy": "highway", "ct": "court", "pl": "place", "pkwy": "parkway",
	"n": "north", "s": "south", "e": "east", "w": "west", "mt": "mount", "ft": "fort",
}

// joinWords inside a name make it a body's or a title's, never a person's
// ("Department of Children and Families").
var joinWords = set(`and of for the & on at`)

// headlineGrammar are the words of a headline's grammar, which tell no
// event: articles, pronouns, prepositions, auxiliaries, the verbs of
// reporting, and numbers, which a toll key reads (toll.go).
var headlineGrammar = set(`
	the a an and or but nor so yet of in on at to for by with from into onto over under after before
	during while since until about around near off out up down through via amid among against between
	without within upon toward towards per than then as if when where why how who whom whose what which
	that this these those there here it its it's he she they we you him her them his hers their our your
	is are was were be been being has have had do does did will would could should can may might must
	says said say tells told according reports reported report shows asks
	not no nor all any some more most many much other another each every both either neither
	just also still now only even again new old
	one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
	seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
	dozen dozens several multiple first second third fourth fifth sixth seventh eighth ninth tenth
`)
