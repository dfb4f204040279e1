// Word lists of names: the links inside a name, the function words that
// never are one, abbreviated titles.

package extract

// nameConnectors join the capitalized parts of one name.
var nameConnectors = set(`al al- bin ibn bint de del della der van von da di du la le el abu ben dos das`)

// functionWords open sentences in capitals without being names.
var functionWords = set(`the a an in on at as but and or so if when while after before since during this that
	these those there here it its he she they we i you his her their our my your what which who whom whose
	how why where meanwhile however also although though because despite yet still then now today yesterday
	tomorrow last next some many most more all both each every no not one two three four five six seven eight
	nine ten with without from for by of to into about under over between against among until unless whether
	according earlier later another late early separately furthermore moreover instead indeed even just only mr mrs ms dr
	home news source photo image video watch read click sign share related`)

// serviceFields are the fields that end the names of ministries, agencies
// and institutes after an "and".
var serviceFields = set(`affairs services studies prevention development trade technology technologies science sciences
	research security resources welfare education health industry industries commerce culture sport sports tourism
	energy environment planning finance infrastructure transport transportation agriculture fisheries food innovation
	skills training control management relief investment economics statistics policy justice communications media
	arts heritage housing labour labor employment immigration customs excise revenue pensions care families
	information broadcasting engineering medicine safety standards enforcement protection conservation wildlife
	reconstruction cooperation integration strategy governance markets forestry mines mining water sanitation`)

// longestTitleAbbreviation bounds the words looked up in titleAbbreviations.
const longestTitleAbbreviation = 4

// titleAbbreviations keep their period: "Gov. Doğan".
var titleAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gov": true, "sen": true, "rep": true, "gen": true, "lt": true,
	"col": true, "sgt": true, "capt": true, "prof": true, "rev": true, "hon": true, "pres": true, "supt": true,
	"insp": true, "det": true, "maj": true, "adm": true, "cmdr": true, "cpl": true, "pvt": true, "fr": true, "st": true, "jr": true, "sr": true,
	"ltd": true, "inc": true, "corp": true, "co": true, "bros": true, "sens": true, "reps": true, "govs": true,
}
