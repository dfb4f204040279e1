// Word lists of sources: speech verbs, titles, organizations, anonymous
// sources, pronouns, places and demonyms (see attribution.go, coreference.go
// and sourcekind.go).

package extract

import (
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// cueWords introduce what someone said, wrote or reported.
// Plural-looking present forms that are mostly nouns ("reports", "claims",
// "states") are left out.
var cueWords = set(`said says say saying told tells added adds stressed stresses noted confirmed confirms
	announced announces reported claimed denied denies warned warns urged urges tweeted
	wrote writes explained explains insisted insists argued argues stated declared declares acknowledged
	acknowledges admitted admits asserted asserts alleged alleges commented remarked replied responded recalled
	predicted emphasized emphasised emphasizes observed testified posted indicated indicates cited quoted
	suggested suggests estimated revealed disclosed continued asked asks cautioned contended maintained
	conceded countered concluded complained recounted described assured assures believes vowed promised
	pledged boasted joked quipped shouted yelled lamented hinted charged accused blasted slammed criticized
	criticised praised dubbed labeled labelled dismissed responded answered mused reiterated repeated clarified
	projected forecast suggested shows showed finds found informed advised tweets posts insisted argued
	thinks believe think wrote read reads gushed raved snapped scoffed sneered fumed exclaimed whispered muttered
	growled chided teased laughed cracked bragged marveled marvelled wondered pleaded begged demanded retorted
	interjected confided confessed sighed groaned recalls explains adds notes advises advised recommends
	recommended cautions emailed texted messaged put puts raised revised updated lowered
	argue insist warn deny suggest explain admit acknowledge contend assert allege predict concede emphasize
	emphasise describe describes mentioned echoed confirm announce declare reveal disclose testify urge reiterate reiterates
	predicts contends concedes reveals discloses testifies
	chanted chanting screamed bellowed roared hollered shrieked thundered proclaimed proclaims exhorted opined opines remembered concludes answers beamed barked intoned lectured preached elaborated relayed reasoned surmised retweeted summarized summarised`)

// stanceVerbs attribute a position, a wish, a belief or a judgement to
// their subject, the way news English reports what a politician stands for
// without quoting a word: "the senator opposed the bill", "Trump wants a
// wall", "Muslim advocates hailed the nomination". Unlike cueWords they
// only read a subject before them ("called the plan a disaster" names no
// one after the verb). Forms that are more often plural nouns ("calls",
// "plans", "views", "thanks") are left out, and so are forms more often
// non-finite than a stance ("want to", "is expected to", "feel free"), and
// "spoke", which reports an occasion more often than a position.
var stanceVerbs = set(`called endorsed endorses endorse sought seeks voted proposed proposes propose agreed agrees agree
	disagrees supported supports expressed expresses offered refused defended defends defend opposed
	opposes oppose attacked questioned rejected rejects reject backed hoped hopes hope decided worried
	pushed denounced denounces mocked mocks blamed blames encouraged preferred prefers prefer
	threatened threatens challenged thanked requested favored favors favor favoured railed highlighted
	voiced feared fear knew knows know thought felt wanted wants learned considered expect welcomed
	welcomes hailed hails applauded condemned condemns downplayed rebuked embraced embraces pressed
	touted touts championed lauded derided ridiculed scolded lambasted assailed disputed disputes
	refuted contested appealed recognized recognizes talked pointed discussed sees see saw doubts doubt
	wished wishes vetoed ruled weighed`)

// participleCues report words or a stance in a participle clause that
// hangs on the sentence's subject: "Trump hammered Clinton, calling her
// reckless", "The mayor spoke for an hour, adding that …". "saying" is a
// cue word too.
var participleCues = set(`saying adding calling telling noting arguing explaining insisting accusing declaring
	remarking stating tweeting writing asking warning urging suggesting claiming describing acknowledging
	announcing criticizing criticising denouncing promising praising blaming questioning vowing pledging
	predicting complaining stressing conceding admitting joking recalling referring arguing contending
	dismissing rejecting defending lamenting boasting pointing
	seeking portraying touting highlighting hailing mocking thanking echoing expressing signaling signalling demanding endorsing supporting opposing slamming blasting attacking labeling labelling`)

// figureCues attribute only the figure they give: "put the toll at 33".
var figureCues = set(`put puts raised revised updated lowered`)

// estimateNouns are what a figure cue revises besides a toll: "raised its
// forecast", "lowered the estimate".
var estimateNouns = set(`estimate estimates forecast forecasts projection projections prediction predictions`)

// pluralCues are the cues in the form a plural subject takes in the
// present ("analysts say", "critics argue"): those whose third person
// singular is a cue too, but for the forms that are also a past ("put",
// "read").
var pluralCues = func() map[string]bool {
	m := map[string]bool{}
	for w := range cueWords {
		third := w + "s"
		switch {
		case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ay"):
			third = w[:len(w)-1] + "ies"
		case strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "ss"):
			third = w + "es"
		}
		if cueWords[third] && !figureCues[w] && w != "read" {
			m[w] = true
		}
	}
	return m
}()

// ambiguousCues are cue verbs that are more often plural nouns ("reports",
// "claims"); they count only after a name or a pronoun and before a clause.
var ambiguousCues = set(`reports claims`)

// titleWords are titles and offices, kept apart from names.
var titleWords = set(`president presidential vice prime minister shadow ministers secretary spokesman spokeswoman
	spokesperson governor gov. gov mayor senator sen. sen rep. rep representative congressman congresswoman
	director chief chairman chairwoman chair head commander general gen. gen lieutenant lt. colonel col. major
	maj. captain capt. sergeant sgt. officer ambassador envoy adviser advisor king queen prince princess sheikh
	emir president-elect leader deputy undersecretary under-secretary chancellor premier judge justice attorney
	prosecutor sheriff detective det. inspector superintendent constable chief-of-staff coroner examiner mr mr. mrs mrs. ms ms.
	dr dr. prof prof. professor rev. reverend pope bishop cardinal imam rabbi communications press foreign
	defence defense interior national security former acting senior top coach manager ceo executive founder
	analyst economist councillor councilman councilwoman lawmaker legislator minister-president secretary-general
	presidency-elect candidate nominee speaker lord lady sir dame baroness baron mp mps msp msps mep meps mla mlas`)

// titleModifiers are the title words that qualify an office rather than
// name one: "Former", "National" or "Foreign" last before a name hold none.
var titleModifiers = set(`former acting senior top national security foreign defence defense interior
	communications press vice prime deputy presidential under`)

// orgWords make a source an organization. "watch" ends a monitor's name
// ("Harbour Rights Watch") though it is a function word too, as a page's
// "Watch:" is furniture: without it here such a name classified as no one.
var orgWords = set(`ministry ministries department agency agencies observatory council party government
	police army military navy force forces committee commission office directorate presidency embassy
	network newspaper paper group organization organisation organizations union association institute
	university company corporation corp bank fund court parliament congress senate pentagon kremlin
	administration campaign authority service services bureau board foundation federation alliance coalition
	command fleet guard corps station channel television tv radio times post journal news press
	hospital center centre unit school college league club team nato un eu unicef unhcr state-run
	state-owned regime cabinet secretariat inc ltd llc plc watchdog monitor charity firm
	watch retailer retailers carmaker carmakers automaker automakers airline airlines lender lenders insurer insurers
	supermarket supermarkets manufacturer manufacturers broadcaster broadcasters regulator regulators
	conglomerate exchange chain startup start-up giant motors motor electric dynamics holdings airways
	enterprises technologies systems brands foods pharmaceuticals`)

// stationBrandWords follow a channel's number in a broadcaster's name
// ("13 News", "7 Eyewitness News", "5 Investigates"): words no count of
// people is followed by in a title-case headline, as "Alive" or "On" are.
var stationBrandWords = set(`news newschannel eyewitness investigates`)

// knownAgencies are news agencies and outlets often cited by name alone.
var knownAgencies = set(`anadolu reuters afp ap interfax ria tass xinhua sana irna bloomberg cnn bbc
	yonhap kyodo efe dpa ansa pti aa trt al-jazeera aljazeera fox nbc abc cbs msnbc politico axios`)

// anonymousNouns are sources with no name.
var anonymousNouns = set(`son daughter wife husband father mother brother sister
	source sources official officials spokesperson spokesman spokeswoman witness witnesses
	report reports resident residents analyst analysts expert experts aide aides diplomat diplomats insider
	insiders observer observers activist activists someone people person authorities security medic medics
	rescuer rescuers person familiar member members staff staffer staffers employee employees worker workers
	doctor doctors neighbor neighbors neighbour neighbours relative relatives friend friends media statement
	voter voters farmer farmers owner owners critic critics supporter supporters opponent opponents protester
	protesters demonstrator demonstrators investor investors trader traders parent parents scientist scientists
	researcher researchers historian historians lawyer lawyers advocate advocates campaigner campaigners organizer
	organizers organiser organisers customer customers consumer consumers donor donors citizen citizens locals
	villager villagers survivor survivors families economist economists executive executives leaders strategist
	strategists pollster pollsters commentator commentators delegate delegates student students teacher teachers
	nurse nurses spokesmen spokeswomen regulators investigators agents allies associates colleagues advisers advisors confidants loyalists backers
	user users reader readers viewer viewers fan fans attendee attendees participant participants columnist columnists
	blogger bloggers writer writers author authors reporter reporters journalist journalists editor editors host hosts
	veteran veterans operative operatives consultant consultants commenter commenters
	politician politicians rival rivals scholar scholars pundit pundits respondent respondents proponent proponents
	technologist technologists forecaster forecasters superdelegate superdelegates
	conservatives liberals progressives moderates evangelicals independents
	specialist specialists lobbyist lobbyists academics demographer demographers statistician statisticians
	surrogate surrogates partisans officeholder officeholders contender contenders hopefuls moderator moderators
	panelist panelists physician physicians clergy pastor pastors banker bankers entrepreneur entrepreneurs
	taxpayer taxpayers retiree retirees millennials immigrant immigrants refugee refugees`)

// subjectOpeners open a sentence with a subordinate clause or an adverbial
// phrase that a comma closes before the subject: "Since assuming office,
// Duterte …", "Amid calls for a boycott, the senator …", "Asked about the
// poll, Ruiz said". A capitalized one is no name: "Amid" is no speaker.
var subjectOpeners = set(`since after before while when although though as because if once in on at during
	despite following speaking asked unlike like amid amidst among throughout within without upon under
	given`)

// Words that may stand between a subject and its speech verb, or inside
// the subject's noun phrase (see beforeAdverbs and clauseSubject): an
// adverb ("Carter however said") or a reflexive that stresses the subject
// ("Ford itself said the deal was on").
var (
	subjectAdverbs = set(`also later then further previously earlier had has have was is once first now still too
		already again often never always long especially mostly generally both all each however
		even just yet ever almost only soon
		itself himself herself themselves`)
	nounsInLy = set(`family ally assembly supply rally monopoly anomaly bully folly homily reply daily weekly
		monthly quarterly nightly yearly belly jelly lily melancholy`)
	parentheticals = set(`though however too meanwhile instead moreover nonetheless nevertheless furthermore
		likewise similarly also still then now`)
	possessives  = set(`his her its their our my your`)
	determiners  = set(`the a an both many most several these those all some his her its their our each every other another any`)
	subjectLinks = set(`of in for from at with on and across around near among between his her its their our
		these those both all some many most several each every other familiar close`)
	issuedRecords = set(`statement statements release letter note memo report tweet post message video`)
	issueVerbs    = set(`issued released published sent posted put tweeted wrote`)
	refusals      = set(`declined declines declining refused refuses refusing`)
	commentVerbs  = set(`comment discuss elaborate say respond confirm speak answer disclose identify reveal specify`)
)

// nonSpeakerLabels are the words of a heading that a colon ends, no
// speaker's name (see speakerLabel): "Editor's note:", "UPDATE:", a
// match report's "Subs not used:" and "Referee:", and the interjections a
// headline opens with ("BUSTED:", "Wow:").
var nonSpeakerLabels = set(`note notes update updated updates related photo photos video videos watch read
	editor editors correction corrections clarification tags tag filed credit credits caption source sources
	contact email follow subscribe share advertisement warning spoiler breaking exclusive live listen
	image images picture pictures graphic chart map maps replacements subs substitutes reserves referee
	goals booked att attendance scorers profile result results preview obituary analysis background
	summary disclosure disclaimer transcript more also see why what where when who how bottom key
	takeaway takeaways pros cons step tip tips fact facts question questions answer answers episode part
	chapter section article verse act scene day week round stage game season volume issue level
	location time date title images reporting additional writing edited produced translated latest look
	busted wow whoa boom shocking bombshell
	plus name age city job pay remember just leaked readers`)

// notSourcesAfterAccording are what things go according to, no source:
// "according to plan", "according to the rules".
var notSourcesAfterAccording = set(`plan plans schedule tradition traditions custom customs script form rules
	protocol protocols design expectations expectation law laws instructions procedure procedures`)

// sourceDeterminers open a common-noun source: "the narrator", "both
// congressmen", "many economists".
var sourceDeterminers = set(`the a an both many most several these those all another`)

// documentNouns are records that can be cited as a source with a verb of
// evidence: "records show", "polls suggest", "tax returns show".
var documentNouns = set(`record records document documents data figure figures number numbers poll polls email emails
	filing filings return returns survey surveys polling statistic statistics study studies memo memos papers letter letters
	analysis audit estimates report reports`)

// evidenceVerbs cite a document: "records show that …".
var evidenceVerbs = set(`show shows showed shown reveal reveals revealed suggest suggests suggested indicate
	indicates indicated`)

var pronouns = map[string]string{"he": claim.Person, "she": claim.Person, "they": claim.Anonymous, "it": claim.Organization, "we": claim.Anonymous, "i": claim.Person,
	"one": claim.Anonymous, "another": claim.Anonymous, "someone": claim.Anonymous, "others": claim.Anonymous, "many": claim.Anonymous, "some": claim.Anonymous}

// personalSubjects are the personal pronouns that stand only as a
// subject, so a verb follows them: in a headline set in title case they
// show a statement after a speaker's label ("Webb: I Won't Run", see
// titleCaseStatement).
var personalSubjects = set(`i we he she they`)

func isTitleWord(w string) bool { return titleWords[w] }

// clauseOpeners, capitalized, open a clause rather than a source's name;
// sourceLinks join the words of a source's noun phrase.
var (
	clauseOpeners = set(`the a an but and or so then while in on at as if when after before also this that there meanwhile however`)
	sourceLinks   = set(`of for 's ’s de al bin van von da di del la le el ibn abu`)
)

// sourceAdjectives modify a source noun: "a senior military source".
var sourceAdjectives = set(`senior local military security state top former deputy unnamed anonymous regional
	federal national foreign defence defense interior presidential communications press news several two three
	four many some other provincial municipal county city government western eastern northern southern
	intelligence health medical hospital emergency civil civilian informed independent`)

// pronounSex is +1 for the masculine pronouns and -1 for the feminine.
var pronounSex = map[string]int{"he": 1, "him": 1, "his": 1, "himself": 1, "she": -1, "her": -1, "hers": -1, "herself": -1}

// honorifics are the titles only a person takes.
var honorifics = set(`mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady baroness baron`)

// roleWords are the head nouns of titles, the part two titles of one person
// must share: "Presidential Communications Director" and "communications
// director" agree; "press secretary" and "communications director" do not.
var roleWords = set(`president minister secretary spokesman spokeswoman spokesperson governor mayor senator
	representative congressman congresswoman director chief chairman chairwoman chair head commander general
	colonel captain sergeant officer ambassador envoy adviser advisor king queen prince leader deputy chancellor
	premier judge prosecutor sheriff detective inspector superintendent coach manager ceo founder analyst
	economist lawmaker candidate nominee speaker secretary-general mp msp mep mla`)

// offices are the roles a person holds as an office, the ones whose two
// titles for one person can be judged to disagree; ranks and jobs
// ("detective", "officer", "chief", "analyst") describe a person too
// loosely for that.
var offices = set(`secretary director minister spokesman spokeswoman spokesperson adviser advisor governor mayor
	president ambassador chairman chairwoman senator chancellor premier envoy`)

// Office reports whether a title's role (claim.Source.Role) is an office.
func Office(role string) bool { return offices[role] }

// spokesRoles speak for a body: a function that a press secretary, a
// director or a shadow minister also performs, so beside another office
// it is no second office ("David Ng, the party's spokesman" and "David Ng,
// its shadow home secretary" are both true).
var spokesRoles = set(`spokesman spokeswoman spokesperson`)

// OfficesAgree reports whether two roles of one person's titles can both
// be true at once: the same role, or one of them speaking for a body
// (spokesRoles).
func OfficesAgree(a, b string) bool { return a == b || spokesRoles[a] || spokesRoles[b] }

// pastTitleWords date a title to the past ("former minister", "the
// then-governor"): a person collects such titles over a career, so one
// never conflicts with another.
var pastTitleWords = set(`former ex erstwhile onetime one-time then late retired`)

// PastTitle reports whether a title names a post held before
// (pastTitleWords, or a prefix "ex-"/"then-": "ex-minister").
func PastTitle(title string) bool {
	for w := range strings.FieldsFuncSeq(strings.ToLower(title), func(r rune) bool { return r == ' ' || r == ',' || r == '\'' || r == '’' }) {
		if pastTitleWords[w] || strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "then-") {
			return true
		}
	}
	return false
}

// notNationalities end like nationalities and are not: "the Guardian
// newspaper" names a paper.
var notNationalities = set(`guardian christian victorian median comedian musician politician librarian`)

// countryCodes are countries written as initials.
var countryCodes = set(`us uk eu uae usa`)

// bodyKinds name what kind of body a name after them is: "carmaker
// Maruti", "watchdog Ofcom". Words that are also a player's position or a
// place ("centre", "guard", "post") are left out.
var bodyKinds = set(`firm company group bank agency newspaper paper network channel broadcaster broadcasters
	regulator watchdog charity institute union party club university council commission ministry retailer carmaker
	automaker airline lender insurer manufacturer conglomerate exchange giant startup start-up journal magazine
	corporation foundation association federation coalition alliance`)

// places are countries and capitals, which speak for governments.
var places = set(`russia turkey syria iran iraq israel china india pakistan afghanistan ukraine france germany
	britain england italy spain greece egypt lebanon jordan japan korea america canada mexico brazil
	moscow ankara damascus tehran baghdad beijing washington london paris berlin kyiv kiev jerusalem cairo
	riyadh tokyo delhi seoul brussels athens rome madrid ottawa pyongyang kabul islamabad doha
	united_states united_kingdom united_arab_emirates saudi_arabia south_korea north_korea new_zealand south_africa
	czech_republic european_union united_nations`)

// surnameTitles are the title words that are also common surnames.
var surnameTitles = set(`king bishop judge major prince pope`)

// demonymNouns are words for a person by nationality that nationality's
// suffixes miss; some are surnames too ("Mr German"), so they stay names.
var demonymNouns = set(`german scot dane swede finn turk kurd pole czech greek`)

// Demonym reports whether name is one word of nationality ("Turkish",
// "Syrian"): the police it names are a country's, not the body that
// investigates a count ("Turkish police ... have been ordered").
func Demonym(name string) bool {
	return !strings.Contains(name, " ") && nationality(strings.ToLower(name))
}

// nationality guesses demonyms, which modify sources but are no names.
func nationality(w string) bool {
	for _, suf := range []string{"ish", "ian", "ese", "ean", "can"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return demonyms[w]
}

var demonyms = set(`us u.s. uk u.k. eu iraqi israeli pakistani saudi kuwaiti yemeni qatari omani bangladeshi
	somali afghani emirati azerbaijani nepali thai swiss dutch french greek czech danish finnish irish polish
	scottish welsh british spanish swedish turkish kurdish jewish arab arabic islamic western eastern`)

// kindOnlyBodyWords name a body by its kind alone: "Police", "the Sheriff's
// Office", "the Department". Capitals on them come from a sentence's start
// or a house style, not from a name that says which body it is.
var kindOnlyBodyWords = set(`the police department office sheriff sheriff's sheriff’s bureau agency unit division
	station service authority authorities`)

// KindOnlyBody reports whether an organization's name says only what kind
// of body it is ("Police" opening "Police said", "the Sheriff's Office"),
// not which one: a name with a word of its own ("Newburgh Police",
// "MCSO") names one (see InvestigatingBody).
func KindOnlyBody(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if !kindOnlyBodyWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// OfficialTitle reports whether a title holds an office, a rank or a
// post ("Police Chief", "Capt.", "sheriff's spokeswoman"): the person
// speaks for a body. An honorific ("Mr") or a relation ("her mother", "a
// neighbor") holds none.
func OfficialTitle(title string) bool {
	for w := range strings.FieldsFuncSeq(strings.ToLower(title), func(c rune) bool { return c == ' ' || c == ',' }) {
		if titleWords[w] && !honorifics[w] && !titleModifiers[w] {
			return true
		}
	}
	return false
}
