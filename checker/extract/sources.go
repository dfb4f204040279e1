package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/numwords"
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
	predicts contends concedes reveals discloses testifies`)

// figureCues attribute only the figure they give: "put the toll at 33".
var figureCues = set(`put puts raised revised updated lowered`)

// figureFollows: the object of a figure cue is a figure. A word for one
// ("the toll", "it", "its estimate") counts in the next four tokens, a
// number in the next six and only after "to" or "at" ("revised to 33", "put the
// losses at $640m"): "raised $100,000" and "put 300 staff on leave"
// attribute nothing.
func figureFollows(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := &toks[j]
		if j <= k+4 && (t.in(cAnaphoric) || t.event() != "" || estimateNouns[t.lower]) {
			return true
		}
		if t.kind == tNumber || numwords.IsNumberWord(t.lower) {
			p := j - 1
			if toks[p].in(cCurrencySymbol) || currencyPrefixes[toks[p].lower] {
				p--
			}
			if p > k && toks[p].is("to", "at") {
				return true
			}
		}
	}
	return false
}

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
var titleWords = set(`president presidential vice prime minister ministers secretary spokesman spokeswoman
	spokesperson governor gov. gov mayor senator sen. sen rep. rep representative congressman congresswoman
	director chief chairman chairwoman chair head commander general gen. gen lieutenant lt. colonel col. major
	maj. captain capt. sergeant sgt. officer ambassador envoy adviser advisor king queen prince princess sheikh
	emir president-elect leader deputy undersecretary under-secretary chancellor premier judge justice attorney
	prosecutor sheriff detective det. inspector superintendent constable chief-of-staff mr mr. mrs mrs. ms ms.
	dr dr. prof prof. professor rev. reverend pope bishop cardinal imam rabbi communications press foreign
	defence defense interior national security former acting senior top coach manager ceo executive founder
	analyst economist councillor councilman councilwoman lawmaker legislator minister-president secretary-general
	presidency-elect candidate nominee speaker lord lady sir dame baroness baron mp mps msp msps mep meps mla mlas`)

// titleModifiers are the title words that qualify an office rather than
// name one: "Former", "National" or "Foreign" last before a name hold none.
var titleModifiers = set(`former acting senior top national security foreign defence defense interior
	communications press vice prime deputy presidential under`)

// orgWords make a source an organization.
var orgWords = set(`ministry ministries department agency agencies observatory council party government
	police army military navy force forces committee commission office directorate presidency embassy
	network newspaper paper group organization organisation organizations union association institute
	university company corporation corp bank fund court parliament congress senate pentagon kremlin
	administration campaign authority service services bureau board foundation federation alliance coalition
	command fleet guard corps station channel television tv radio times post journal news press
	hospital center centre unit school college league club team nato un eu unicef unhcr state-run
	state-owned regime cabinet secretariat inc ltd llc plc watchdog monitor charity firm
	retailer retailers carmaker carmakers automaker automakers airline airlines lender lenders insurer insurers
	supermarket supermarkets manufacturer manufacturers broadcaster broadcasters regulator regulators
	conglomerate exchange chain startup start-up giant motors motor electric dynamics holdings airways
	enterprises technologies systems brands foods pharmaceuticals`)

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
	nurse nurses spokesmen spokeswomen regulators investigators agents allies associates colleagues advisers advisors confidants loyalists backers`)

// Words that may stand between a subject and its speech verb, or inside
// the subject's noun phrase (see beforeAdverbs and clauseSubject).
var (
	subjectAdverbs = set(`also later then further previously earlier had has have was is once first now still too
		already again often never always long especially mostly generally both all each`)
	nounsInLy = set(`family ally assembly supply rally monopoly anomaly bully folly homily reply daily weekly
		monthly quarterly nightly yearly belly jelly lily melancholy`)
	parentheticals = set(`though however too meanwhile instead moreover nonetheless nevertheless furthermore
		likewise similarly also still then now`)
	possessives  = set(`his her its their our my your`)
	determiners  = set(`the a an both many most several these those all some his her its their our each every other another any`)
	subjectLinks = set(`of in for from at with on and across around near among between his her its their our
		these those both all some many most several each every other`)
	issuedRecords = set(`statement statements release letter note memo report tweet post message video`)
	issueVerbs    = set(`issued released published sent posted put tweeted wrote`)
	refusals      = set(`declined declines declining refused refuses refusing`)
	commentVerbs  = set(`comment discuss elaborate say respond confirm speak answer disclose identify reveal specify`)
)

// sourceDeterminers open a common-noun source: "the narrator", "both
// congressmen", "many economists".
var sourceDeterminers = set(`the a an both many most several these those all`)

// documentNouns are records that can be cited as a source with a verb of
// evidence: "records show", "polls suggest", "tax returns show".
var documentNouns = set(`record records document documents data figure figures number numbers poll polls email emails
	filing filings return returns survey surveys polling statistic statistics study studies memo memos papers letter letters
	analysis audit estimates`)

// evidenceVerbs cite a document: "records show that …".
var evidenceVerbs = set(`show shows showed shown reveal reveals revealed suggest suggests suggested indicate
	indicates indicated`)

var pronouns = map[string]string{"he": claim.Person, "she": claim.Person, "they": claim.Anonymous, "it": claim.Organization, "we": claim.Anonymous, "i": claim.Person,
	"one": claim.Anonymous, "another": claim.Anonymous, "someone": claim.Anonymous, "others": claim.Anonymous, "many": claim.Anonymous, "some": claim.Anonymous}

func isTitleWord(w string) bool { return titleWords[w] }

// pronounOf is the pronoun a token is or opens in a contraction ("I'd",
// "they’ve"), or "".
func pronounOf(t *token) string {
	if t.in(cPronoun) {
		return t.lower
	}
	if t.shape&sApostrophe == 0 {
		return ""
	}
	i := strings.IndexAny(t.lower, "'’")
	if i <= 0 || pronouns[t.lower[:i]] == "" {
		return ""
	}
	_, size := utf8.DecodeRuneInString(t.lower[i:])
	switch t.lower[i+size:] {
	case "d", "ve", "m", "ll", "re":
		return t.lower[:i]
	}
	return "" // "I'Anson" is a name
}

// attribution is a cue with its source in a sentence.
type attribution struct {
	cue         int // token index of the cue
	first, last int // source tokens [first, last)
	source      claim.Source
	dangling    bool // a cue with nothing attributed
	document    bool // a record cited by a verb of evidence ("records show")
	common      bool // a common noun phrase whose head noun, at head, decides the kind
	head        int
}

// docState carries what earlier sentences established: whom "he" or "it"
// refers to.
type docState struct {
	lastOrg   claim.Source
	lastEvent string
	persons   []claim.Source // named people seen, for "he" and "the governor"
}

// nextTrigger is the index of the first word at or after k that can start
// an attribution, or len(toks) (see scan.go).
func nextTrigger(toks []token, k int) int {
	for k < len(toks) && toks[k].cls&cAttributionTrigger == 0 && toks[k].lower != "cited" {
		k++
	}
	return k
}

// attributionsIn finds "X said", "said X", "according to X", "X told Y"
// and "as X put it" in a sentence, skipping tokens inside quotes, and
// appends them to out, whose storage serves one sentence after another.
// A sentence without a word of cAttributionTrigger has none (the caller
// knows its classes and does not ask).
func attributionsIn(out []attribution, toks []token, quoted func(int) bool, st *docState) []attribution {
	start := len(out)
	// every case below starts at a trigger word outside a quote
	for k := nextTrigger(toks, 0); k < len(toks); k = nextTrigger(toks, k+1) {
		t := &toks[k]
		if quoted(k) {
			continue
		}
		var a attribution
		var ok bool
		if t.in(cEvidenceVerb) && k > 0 && documentNouns[toks[k-1].lower] {
			// "Records show", "some recent polls show", "tax returns show."
			a, ok = documentSource(toks, k, quoted)
		}
		switch {
		case ok:
		case t.lower == "according" && tokAt(toks, k+1).lower == "to":
			a, ok = forwardSource(toks, k, k+2, quoted)
		case t.is("citing", "cited") && k > 0 && tokAt(toks, k-1).lower == ",":
			a, ok = forwardSource(toks, k, k+1, quoted)
		case t.in(cAmbiguousCue) && k > 0 && (toks[k-1].capitalized() && k > 1 || toks[k-1].in(cPronoun)) &&
			(tokAt(toks, k+1).is("that", ",", "on", "in", "to", ".", "”", "\"", "the", "a", "he", "she", "it", "they") || k+1 == len(toks)):
			a, ok = backwardSource(toks, k, quoted)
		case t.in(cCue) && tokAt(toks, k+1).lower == "by" && passiveCue(toks, k):
			// "was first reported by the Journal", "a figure cited by officials"
			a, ok = forwardSource(toks, k, k+2, quoted)
		case t.is("asked", "requested") && anonymityAsked(toks, k+1):
			// "who asked not to be named" says why a source is unnamed, not what it said
		case t.in(cFigureCue) && !figureFollows(toks, k):
			// "raised questions" is no attribution; "raised the toll to 33" is
		case t.in(cCue) && tokAt(toks, k-1).is("and", "but") && k > 2:
			if f, l, found := subjectSpan(toks[:k]); found {
				if n := len(out); n > start && out[n-1].first == f && out[n-1].last > l {
					l = out[n-1].last // the subject an earlier cue read whole: "The defence ministry denied … and said"
				}
				a, ok = attribution{cue: k, first: f, last: l}, true
			}
		case t.in(cCue):
			a, ok = backwardSource(toks, k, quoted)
			// "said the governor" inverts its subject; "Raised the
			// threshold to 100,000" (a list item) does not
			if !ok && (k == 0 || tokAt(toks, k-1).kind == tPunct && parentheticalStart(toks, k-1) == 0) && t.lower != "saying" && !t.in(cFigureCue) {
				a, ok = invertedSource(toks, k, quoted)
			}
			if speechCue(t) {
				a, ok = widerSubject(toks, k, quoted, a, ok)
			}
			if t.lower == "saying" {
				a, ok = issuer(toks, k, quoted, a, ok)
			}
		case t.in(cRefusal) && tokAt(toks, k+1).lower == "to" && tokAt(toks, k+2).in(cCommentVerb):
			// "The hospital declined to comment": a statement that there is none
			a, ok = backwardSource(toks, k, quoted)
			a, ok = widerSubject(toks, k, quoted, a, ok)
		}
		if ok {
			a.source = resolve(toks, a, st)
			if a.document {
				// a record speaks for no one it names: "Census Bureau figures show" cites figures
				a.source = claim.Source{Text: joinTokens(toks[a.first:a.last]), Kind: claim.Anonymous}
			}
			a.source.Role = role(a.source.Title)
			if a.source.Kind != "" {
				out = append(out, a)
			}
		} else if t.in(cCue) && t.lower != "saying" && tokAt(toks, k-1).is(",", "”", "\"") && (k+1 == len(toks) || tokAt(toks, k+1).lower == ".") {
			// "…, said." attributes the sentence to no one
			out = append(out, attribution{cue: k, first: k, last: k + 1, dangling: true})
		}
	}
	return out
}

// nounPhraseWord says whether a token can be part of a source's noun phrase.
func nounPhraseWord(t *token) bool {
	if t.kind != tWord {
		return false
	}
	if t.in(cWeekday) || t.in(cMonth) || t.in(cCue) || t.in(cPronoun) && !t.capitalized() {
		return false
	}
	if t.capitalized() {
		return !t.in(cClauseOpener)
	}
	return t.in(cTitle | cOrg | cAnonymous | cSourceAdjective | cSourceLink)
}

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

// backwardSource reads the source standing before a cue: "the governor of
// Hatay, Rahmi Doğan, said", "Security sources told", "he added".
func backwardSource(toks []token, cue int, quoted func(int) bool) (attribution, bool) {
	if tokAt(toks, cue-1).is("is", "was", "are", "were", "be", "been") && tokAt(toks, cue+1).lower == "to" {
		return attribution{}, false // "which is said to be selling well": hearsay with no source
	}
	p := subjectEnd(toks, cue)
	if p < 0 || quoted(p) && !interruptionEnd(toks, p, quoted) {
		return attribution{}, false
	}
	if pr := &toks[p]; pr.in(cPronoun) || pr.text == "who" || pr.text == "which" && p == cue-1 && tokAt(toks, p-1).lower == "," && speechCue(&toks[cue]) || pr.is("one", "another", "someone", "others", "many", "some") && (p == 0 || toks[p-1].kind == tPunct) {
		return attribution{cue: cue, first: p, last: p + 1}, true
	}
	last := p + 1
	if interruptionEnd(toks, p, quoted) {
		// apposition: "X, a Republican and ally of the president, said";
		// the appositive may hold a comma of its own ("the governor of
		// Hatay province in south-eastern Turkey, on the border, said"),
		// and a quotation ("Reyes, who wore a shirt reading “Count every
		// vote,” shouted"; "Ms. Ortega, noting that the “figures are grim,”
		// added")
		q := p
		for seg := 0; seg < 2; seg++ {
			segEnd := q
			q--
			for q >= 0 && q > p-40 && (quoted(q) && q < p || toks[q].lower != "," && (toks[q].kind != tPunct || toks[q].is("-", "(", ")", "’s", "'s"))) {
				q--
			}
			if q < 0 || toks[q].lower != "," {
				return attribution{}, false
			}
			quotes, words := 0, 0
			for k := q + 1; k < segEnd; k++ {
				if quoted(k) {
					quotes++
				} else {
					words++
				}
			}
			if words == 0 && quotes > 0 {
				continue // "Smith, “We will win,” said Jones": the quotation is what was said
			}
			end := p
			if next := tokAt(toks, q+1); next.is("who", "which", "whose") || quotes > 0 ||
				next.shape&sUpper == 0 && strings.HasSuffix(next.lower, "ing") && !tokAt(toks, q+2).in(cTitle|cRole|cAnonymous) {
				// a relative or participial clause describes the source, it
				// is not part of it ("Mr. Lee, noting that …, added"); a
				// title is ("John Gill, managing director of …")
				end = q
			}
			first := npStart(toks, q-1, quoted)
			if first <= q-1 && clauseStart(toks, first) {
				return attribution{cue: cue, first: first, last: end}, true
			}
			if q > 0 && first > q-1 {
				described := nameBetween(toks, q+1, p) || tokAt(toks, q+1).is("who", "whose")
				if d, ok := determinedNoun(toks, q-1, quoted, described); ok {
					return attribution{cue: cue, first: d, last: end}, true // "The companies, which …, said"
				}
			}
		}
		return attribution{}, false
	}
	first := npStart(toks, p, quoted)
	if first > p {
		if d, ok := determinedNoun(toks, p, quoted, false); ok {
			return attribution{cue: cue, first: d, last: last}, true
		}
		return attribution{}, false
	}
	return attribution{cue: cue, first: first, last: last}, true
}

// issuer is whoever issued the statement that "saying" at cue reports: in
// "the ministry issued a statement saying", the ministry, not the
// statement. a is the source read otherwise.
func issuer(toks []token, cue int, quoted func(int) bool, a attribution, ok bool) (attribution, bool) {
	v := cue - 3
	if v < 1 || !toks[cue-1].in(cIssuedRecord) || !toks[cue-2].in(cDeterminer) || !toks[v].in(cIssueVerb) {
		return a, ok
	}
	if b, found := backwardSource(toks, v, quoted); found {
		b.cue = cue
		return b, true
	}
	return a, ok
}

// gerund: a lower-case word in -ing ("of creating a rift").
func gerund(t *token) bool {
	return t.kind == tWord && !t.capitalized() && strings.HasSuffix(t.lower, "ing")
}

// passiveCue: the cue at k is a participle whose agent follows "by": after
// a form of "be" ("was reported by"), possibly with an adverb, or right
// after a noun ("the figure cited by officials").
func passiveCue(toks []token, k int) bool {
	w := toks[k].lower
	if !strings.HasSuffix(w, "ed") && !toks[k].is("told", "written", "quoted", "shown", "put") || k == 0 {
		return false
	}
	p := k - 1
	for p > 0 && (toks[p].in(cSubjectAdverb) || adverbInLy(&toks[p])) && !toks[p].in(cAuxiliary) {
		p--
	}
	b := &toks[p]
	return b.is("was", "were", "been", "be", "being", "is", "are") || p == k-1 && b.kind == tWord && !b.in(cFunctionWord|cPronoun|cAuxiliary)
}

// subjectEnd is the last token of the subject of the cue at cue, past a
// time adverbial and adverbs ("Trump on Friday also said").
func subjectEnd(toks []token, cue int) int {
	p := cue - 1
	if n := timeBefore(toks, p); n > 0 && p-n >= 0 && (toks[p-n].kind == tWord && !toks[p-n].is("and", "but", "said")) {
		p -= n
	}
	return beforeAdverbs(toks, p)
}

// beforeAdverbs walks left from p, the token before a cue, over what may
// stand between a subject and its verb: adverbs ("also", "especially",
// "reportedly"), auxiliaries ("has said") and a parenthetical between commas
// (", though,", ", for their part,"). It returns the subject's last token.
func beforeAdverbs(toks []token, p int) int {
	for p >= 0 {
		switch t := &toks[p]; {
		case t.in(cSubjectAdverb) || adverbInLy(t) || p == 0 && openingAdverb(t):
			p--
			continue
		case t.lower == ",":
			if q := parentheticalStart(toks, p); q > 0 {
				p = q - 1
				continue
			}
		}
		return p
	}
	return p
}

// adverbInLy: a lower-case adverb in -ly ("privately", "widely"), not one of
// the nouns that end so ("the family said", "a US ally said").
func adverbInLy(t *token) bool {
	return t.kind == tWord && !t.capitalized() && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !t.in(cNounInLy)
}

// openingAdverb: a capitalized word opening a sentence with an adverb's
// suffix ("Originally", "Recently"); names in -ly ("Kelly", "Connolly",
// "Beverly") end otherwise.
func openingAdverb(t *token) bool {
	if t.kind != tWord || len(t.lower) < 7 {
		return false
	}
	for _, suf := range []string{"ally", "ently", "antly", "ously", "ately", "edly", "ively", "fully", "lessly"} {
		if strings.HasSuffix(t.lower, suf) {
			return true
		}
	}
	return false
}

// parentheticalStart is the comma opening ", though," or ", for its part,"
// when the comma at p closes one, else 0.
func parentheticalStart(toks []token, p int) int {
	switch {
	case p >= 2 && toks[p-2].lower == "," && (toks[p-1].in(cParenthetical) || adverbInLy(&toks[p-1])):
		return p - 2
	case p >= 3 && toks[p-3].lower == "," && toks[p-2].lower == "in" && toks[p-1].lower == "turn":
		return p - 3
	case p >= 4 && toks[p-4].lower == "," && toks[p-3].lower == "for" && toks[p-2].in(cPossessive) && toks[p-1].lower == "part":
		return p - 4
	}
	return 0
}

// clauseSubject reads a speech verb's subject when it is a common noun
// phrase the stricter readings leave alone: a head noun of people, of a body
// or of a record, with its modifiers, a prepositional phrase or a second
// coordinated noun phrase, back to the clause's start ("Shop owners in both
// towns say", "the court filing says", "Spokesmen for the mayor and the
// council declined"). Any verb on the way means the phrase is no subject.
func clauseSubject(toks []token, cue int, quoted func(int) bool) (attribution, bool) {
	p := subjectEnd(toks, cue)
	if p < 0 || quoted(p) || toks[p].kind != tWord {
		return attribution{}, false
	}
	first := -1
	for j := p; j >= 0 && j > p-16 && !quoted(j); j-- {
		t := &toks[j]
		if t.kind == tPunct && t.lower != "-" || t.in(cCue) || t.in(cPronoun) && !t.in(cPossessive) ||
			t.in(cStopAfterNumber) && !t.in(cSubjectLink|cDeterminer) || isVerbForm(t.lower) && !nounModifierForm(toks, j, p) {
			break
		}
		if clauseStart(toks, j) && (!t.in(cSubjectLink) || t.in(cDeterminer)) {
			first = j // the farthest start wins: "X and Y said" is both
		}
	}
	if first < 0 {
		return attribution{}, false
	}
	head := first
	for head < p && !toks[head+1].in(cSubjectLink) || toks[head].in(cDeterminer) && head < p {
		head++
	}
	if !commonHead(&toks[head]) {
		return attribution{}, false
	}
	return attribution{cue: cue, first: first, last: p + 1, common: true, head: head}, true
}

// widerSubject is the cue's subject read as a common noun phrase when
// backwardSource found none, or only the last of coordinated phrases
// ("Spokesmen for the mayor and the council declined").
func widerSubject(toks []token, cue int, quoted func(int) bool, a attribution, ok bool) (attribution, bool) {
	if ok && (a.first == 0 || toks[a.first-1].lower != "and") {
		return a, ok
	}
	if b, found := clauseSubject(toks, cue, quoted); found && (!ok || b.first < a.first) {
		return b, true
	}
	return a, ok
}

// commonHead: a noun that heads a source's common noun phrase: people, a
// body or a record.
func commonHead(t *token) bool {
	w := singular(t.lower)
	return t.kind == tWord && (t.in(cAnonymous|cOrg) || documentNouns[t.lower] || personNoun(w) || titleWords[w])
}

// commonSource is the kind of a source that is a common noun phrase, by
// its head: a body is an organization, people or a record are anonymous.
func commonSource(head *token) string {
	if head.in(cOrg) && !head.in(cAnonymous) {
		return claim.Organization
	}
	return claim.Anonymous
}

// nounModifierForm: a word in -ing or -ed inside a noun phrase is a modifier
// or a noun ("elected officials", "the court filing"), not a verb, when a
// noun follows it or it heads the phrase after a determiner or modifier.
func nounModifierForm(toks []token, j, p int) bool {
	if j < p {
		return !toks[j+1].in(cStopAfterNumber)
	}
	return j > 0 && (toks[j-1].in(cDeterminer) || lowercaseModifier(&toks[j-1]) && !isVerbForm(toks[j-1].lower))
}

// interruptionEnd reports whether the token before a cue closes an
// interrupting phrase: a comma, or a quotation that ends in one ("…
// reading “Count every vote,” shouted").
func interruptionEnd(toks []token, p int, quoted func(int) bool) bool {
	return toks[p].lower == "," || quoted(p) && toks[p].is("”", "\"", "’") && tokAt(toks, p-1).lower == ","
}

// documentSource reads a document cited by a verb of evidence: its noun
// phrase back to the clause's start ("tax returns", "some recent polls").
func documentSource(toks []token, cue int, quoted func(int) bool) (attribution, bool) {
	d := cue - 1
	for d > 0 && d > cue-6 && !quoted(d-1) && !clauseStart(toks, d) && (lowercaseModifier(&toks[d-1]) || toks[d-1].capitalized() ||
		sourceDeterminers[toks[d-1].lower] || toks[d-1].is("'s", "’s", "/", "its", "their")) {
		d--
	}
	if !clauseStart(toks, d) {
		return attribution{}, false
	}
	return attribution{cue: cue, first: d, last: cue, document: true}, true
}

// anonymityAsked: the words at j ask for a source's name to be kept out
// ("not to be named", "not to be identified", "for anonymity").
func anonymityAsked(toks []token, j int) bool {
	return tokAt(toks, j).lower == "not" && tokAt(toks, j+1).lower == "to" && tokAt(toks, j+2).lower == "be" ||
		tokAt(toks, j).lower == "for" && tokAt(toks, j+1).lower == "anonymity"
}

// nameBetween: the tokens from i to j are a name, every one capitalized
// ("Leila Haddad", "Lord Skidelsky").
func nameBetween(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if !toks[k].capitalized() {
			return false
		}
	}
	return i < j
}

// determinedNoun reads a common noun phrase that opens a clause and ends at
// p: a determiner, modifiers, a noun ("the CNN host", "a bartender", "both
// congressmen", "many economists"). It returns the determiner's position.
// When an apposition names or describes the phrase (named), any determiner
// or a number opens it too ("One shopper, Leila Haddad,", "Two residents,
// who asked not to be named,"), where alone it would count or qualify
// people ("Two senior lawmakers").
func determinedNoun(toks []token, p int, quoted func(int) bool, named bool) (int, bool) {
	if !lowercaseModifier(&toks[p]) {
		return 0, false
	}
	for d := p - 1; d >= 0 && d >= p-4 && !quoted(d); d-- {
		if (sourceDeterminers[toks[d].lower] || named && toks[d].in(cDeterminer|cNumberHead)) && clauseStart(toks, d) {
			return d, true
		}
		if !lowercaseModifier(&toks[d]) && !toks[d].capitalized() {
			break
		}
	}
	return 0, false
}

// timeBefore is the length of a time adverbial that ends at p, between a
// subject and its verb: "Trump on Friday said", "the company yesterday said".
func timeBefore(toks []token, p int) int {
	switch t := tokAt(toks, p); {
	case t.in(cWeekday) && tokAt(toks, p-1).lower == "on":
		return 2
	case t.is("yesterday", "today", "tonight"):
		return 1
	case t.is("week", "month", "year", "night", "weekend", "morning", "afternoon", "evening") && tokAt(toks, p-1).is("last", "this"):
		return 2
	case t.in(cMonth) && tokAt(toks, p-1).lower == "in":
		return 2 // "Comey in June said"
	}
	return 0
}

// subjectSpan finds the noun phrase a sentence opens with, past a
// dateline ("WASHINGTON (AP) —"), conjunctions and an opening subordinate
// clause ("Since assuming office, Duterte …"): a pronoun, or capitalized
// words with their titles, followed by a lower-case word (the verb).
func subjectSpan(toks []token) (first, last int, ok bool) {
	k := 0
	for d := 0; d < len(toks) && d < 8; d++ {
		if toks[d].is("—", "–", "--") && d > 0 && strings.ToUpper(toks[0].text) == toks[0].text {
			k = d + 1 // a dateline
			break
		}
	}
	if k < len(toks) && toks[k].is("since", "after", "before", "while", "when", "although", "though", "as", "because", "if", "once", "in", "on", "at", "during", "despite", "following", "speaking", "asked", "unlike", "like") {
		for c := k + 1; c < len(toks) && c < k+15; c++ {
			if toks[c].lower == "," {
				k = c + 1
				break
			}
		}
	}
	for k < len(toks) && toks[k].is("but", "and", "so", "still", "yet", "instead", "meanwhile", "later", "then", "also", "now", "“", "\"", ",", "though", "although", "while", "when") {
		k++
	}
	if k >= len(toks) {
		return 0, 0, false
	}
	if pronouns[toks[k].lower] == claim.Person {
		return k, k + 1, true
	}
	e := k
	for e < len(toks) && e < k+8 && (toks[e].capitalized() || toks[e].is("'s", "’s", "-") || toks[e].in(cTitle) && e > k) {
		e++
	}
	if e == k || e >= len(toks) || toks[e].kind != tWord || toks[e].capitalized() {
		return 0, 0, false
	}
	return k, e, true
}

// clauseStart: the sentence starts at k, or punctuation or a conjunction
// stands before it.
func clauseStart(toks []token, k int) bool {
	if k == 0 {
		return true
	}
	p := &toks[k-1]
	return p.kind == tPunct || p.is("and", "but", "while", "as", "when", "after", "because", "though", "although", "meanwhile", "whereas")
}

// npStart walks left from p over a source noun phrase and returns its first
// token (p+1 when there is none).
func npStart(toks []token, p int, quoted func(int) bool) int {
	j := p
	for j >= 0 && !quoted(j) {
		t := &toks[j]
		switch {
		case t.lower == ")":
			o := j - 1
			for o >= 0 && o > j-6 && toks[o].lower != "(" {
				o--
			}
			if o < 0 || toks[o].lower != "(" {
				break
			}
			j = o - 1
			continue
		case t.lower == "of" && j < p:
			// "the governor of the southeastern Turkish province of Hatay"
			d := j - 1
			for d >= 0 && d > j-6 && (nounPhraseWord(&toks[d]) || lowercaseModifier(&toks[d])) && toks[d].lower != "of" {
				d--
			}
			if d >= 0 && toks[d].is("the", "a", "an") && d < j-1 {
				j = d - 1
				continue
			}
			j--
			continue
		case nounPhraseWord(t):
			j--
			continue
		case t.lower == "-" && !t.space:
			j--
			continue
		case lowercaseModifier(t) && j < p && nounPhraseWord(&toks[j+1]):
			// "the fire chief", "the regional governor": modifiers up to an article
			d := j
			for d >= 0 && d > j-3 && lowercaseModifier(&toks[d]) {
				d--
			}
			if d >= 0 && toks[d].is("the", "a", "an") {
				j = d - 1
				continue
			}
		case t.kind == tNumber && j < p:
			j--
			continue
		case t.is("a", "an", "the", "two", "three", "several", "some", "many", "one") && j < p:
			j--
		}
		break
	}
	first := j + 1
	for first <= p && toks[first].is("of", "for", "'s", "’s", "-") {
		first++
	}
	// a leading determiner is kept; a trailing connector is not a source
	if first <= p && toks[p].is("of", "for") {
		return p + 1
	}
	return first
}

// forwardSource reads the source after "according to", "citing" or an
// inverted cue ("…,” said a spokesman").
func forwardSource(toks []token, cue, j int, quoted func(int) bool) (attribution, bool) {
	k := j
	for k < len(toks) && k < j+12 && !quoted(k) {
		t := &toks[k]
		if t.lower == "," {
			// apposition of a name: "according to the governor of Hatay, Rahmi Doğan."
			m := k + 1
			for m < len(toks) && toks[m].capitalized() {
				m++
			}
			if m > k+1 && (m == len(toks) || toks[m].kind == tPunct) {
				k = m
			}
			break
		}
		if t.kind == tPunct && !t.is("-", "(", ")") || t.lower == "-" && t.space ||
			t.is("that", "which", "who", "from", "in", "on", "at", "after", "during", "when", "while", "as", "and", "to", "with",
				"what", "whether", "how", "why", "if", "is", "are", "was", "were", "has", "have", "had", "will", "would", "over",
				"against", "about") ||
			t.is("of", "for") && gerund(tokAt(toks, k+1)) ||
			k > j && (t.in(cSubjectAdverb) || adverbInLy(t)) {
			break // a clause or a verb follows the source
		}
		k++
	}
	if k == j {
		return attribution{}, false
	}
	return attribution{cue: cue, first: j, last: k}, true
}

// invertedSource reads the noun phrase after a cue in "…,” said a
// spokesman" or "…, added Mr Smith".
func invertedSource(toks []token, cue int, quoted func(int) bool) (attribution, bool) {
	k := cue + 1
	for k < len(toks) && k < cue+10 && !quoted(k) {
		t := &toks[k]
		if nounPhraseWord(t) && !(k > cue+1 && t.lower == "of" && !tokAt(toks, k+1).capitalized() && tokAt(toks, k+1).lower != "the") ||
			t.is("a", "an", "the") && k == cue+1 || lowercaseModifier(t) && (k == cue+1 || determinedAfter(toks, cue, k)) || t.lower == "-" && !t.space {
			k++
			continue
		}
		break
	}
	if k == cue+1 && tokAt(toks, k).is("another", "one", "others") && (k+1 == len(toks) || toks[k+1].kind == tPunct) {
		return attribution{cue: cue, first: k, last: k + 1}, true // "…,” said another."
	}
	for k > cue+1 && toks[k-1].is("of", "for", "the", "a", "an", "-") {
		k--
	}
	if k == cue+1 {
		return attribution{}, false
	}
	// "…, said NetBlocks, a group that monitors the internet": the
	// appositive that follows says what the source is
	if tokAt(toks, k).lower == "," && tokAt(toks, k+1).is("a", "an", "the") {
		e := k + 2
		for e < len(toks) && e < k+14 && !quoted(e) && toks[e].kind != tPunct {
			e++
		}
		return attribution{cue: cue, first: cue + 1, last: e}, true
	}
	return attribution{cue: cue, first: cue + 1, last: k}, true
}

// determinedAfter: the words from just after the cue up to k are a
// determiner and lower-case modifiers ("said the local narrator"), so the
// word at k may still belong to the noun phrase.
func determinedAfter(toks []token, cue, k int) bool {
	if !toks[cue+1].in(cDeterminer) || k > cue+4 {
		return false
	}
	for j := cue + 2; j < k; j++ {
		if !lowercaseModifier(&toks[j]) {
			return false
		}
	}
	return true
}

// lowercaseModifier: a lower-case word that can open a source's noun phrase
// ("shooting victim Devon McNeal").
func lowercaseModifier(t *token) bool {
	return t.kind == tWord && !t.capitalized() && !t.in(cStopAfterNumber) && !t.in(cCue) && !isVerbForm(t.lower) && t.event() == ""
}

// antecedent is the latest named person a personal pronoun can refer to:
// one whose title does not give the other sex ("she" skips "Mr Fox").
func (st *docState) antecedent(pronoun string) claim.Source {
	want := pronounSex[pronoun]
	for i := len(st.persons) - 1; i >= 0 && i >= len(st.persons)-antecedentReach; i-- {
		if p := st.persons[i]; want == 0 || st.sexOf(p) != -want {
			return p
		}
	}
	return claim.Source{}
}

// antecedentReach and mentionReach bound how far back a pronoun looks for
// its person and for other mentions of a surname, so that an article of
// thousands of named people costs no more per pronoun than a news story.
const (
	antecedentReach = 32
	mentionReach    = 256
)

// sexOf is the sex the titles of a person give, read from every mention of
// the same surname: "Ms Kovac" makes "Anna Kovac, the minister" a woman.
// When two people of the article share the surname ("Bill Clinton",
// "Hillary Clinton"), only the person's own title counts.
func (st *docState) sexOf(p claim.Source) int {
	if sex := titleSex(p.Title); sex != 0 {
		return sex
	}
	surname, full, sex := lastWord(p.Name), "", 0
	for _, q := range st.persons[max(0, len(st.persons)-mentionReach):] {
		if lastWord(q.Name) != surname {
			continue
		}
		if len(q.Name) > len(surname) {
			if full != "" && full != q.Name {
				return 0
			}
			full = q.Name
		}
		if s := titleSex(q.Title); s != 0 {
			sex = s
		}
	}
	return sex
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// pronounSex is +1 for the masculine pronouns and -1 for the feminine.
var pronounSex = map[string]int{"he": 1, "him": 1, "his": 1, "himself": 1, "she": -1, "her": -1, "hers": -1, "herself": -1}

// titleSex is +1 for a title only men hold, -1 for one only women hold,
// and 0 for any other. A title that names another person by a possessive
// says nothing of this one: "Ms Jowell's deputy".
func titleSex(title string) int {
	sex := 0
	words := strings.Fields(strings.ToLower(title))
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) && (strings.HasSuffix(words[i+1], "'s") || strings.HasSuffix(words[i+1], "’s")) {
			i++
			continue
		}
		switch strings.TrimSuffix(words[i], ".") {
		case "mr", "sir", "lord", "baron", "king", "prince", "spokesman", "chairman", "congressman", "councilman", "emir", "sheikh":
			sex = 1
		case "mrs", "ms", "miss", "lady", "dame", "baroness", "queen", "princess", "spokeswoman", "chairwoman", "congresswoman", "councilwoman":
			sex = -1
		}
	}
	return sex
}

// resolve classifies a source and resolves pronouns and bare titles.
func resolve(toks []token, a attribution, st *docState) claim.Source {
	words := toks[a.first:a.last]
	s := claim.Source{Text: phrase(toks, a.first, a.last-a.first)}
	pr := ""
	if len(words) == 1 {
		pr = pronounOf(&words[0])
	}
	if pr != "" {
		switch pronouns[pr] {
		case claim.Person:
			p := st.antecedent(pr)
			s.Kind, s.Name, s.Title = claim.Person, p.Name, p.Title
			if s.Name == "" {
				s.Kind = claim.Anonymous
			}
		case claim.Organization:
			s.Kind, s.Name = claim.Organization, st.lastOrg.Name
			if s.Name == "" {
				return claim.Source{}
			}
		default:
			s.Kind = claim.Anonymous
		}
		return s
	}
	if len(words) == 1 && (words[0].text == "who" || words[0].text == "which") {
		return relativeSource(toks, a.first, s, st)
	}
	if a.common {
		s.Kind = commonSource(&toks[a.head])
		return s
	}
	s.Name, s.Title, s.Kind = classify(words, st)
	if s.Kind == "" {
		return claim.Source{}
	}
	return s
}

// speechCue is a cue that reports words, not a record's evidence or a
// belief: "the UN, which said" is a source, "the channel, which shows the series"
// is not.
func speechCue(t *token) bool {
	return t.in(cCue) && !t.in(cEvidenceVerb) && !t.is("finds", "found", "read", "reads", "thinks", "think", "believes", "believe", "posts", "posted")
}

// relativeSource resolves a relative pronoun that stands as a source to
// the name it follows: "the governor of Hatay, Rahmi Doğan, who said" is
// Rahmi Doğan, "the United Nations, which said" the United Nations. The
// text stays "who", as written; an antecedent that is no name ("a nurse,
// who said") leaves an unnamed source.
func relativeSource(toks []token, k int, s claim.Source, st *docState) claim.Source {
	unnamed := claim.Source{} // "the plan, which said": no source
	if toks[k].text == "who" {
		unnamed = s // "a nurse, who said": someone unnamed
		unnamed.Kind = claim.Anonymous
	}
	if k < 2 || toks[k-1].lower != "," {
		return unnamed
	}
	first := npStart(toks, k-2, func(int) bool { return false })
	if first > k-2 {
		return unnamed
	}
	name, title, kind := classify(toks[first:k-1], st)
	switch {
	case name == "":
		return unnamed
	case toks[k].text == "which":
		s.Kind, s.Name = claim.Organization, name // "which" speaks of no person
	case kind == claim.Person || kind == claim.Organization:
		s.Kind, s.Name, s.Title = kind, name, title
	default:
		return unnamed
	}
	return s
}

// classify names the kind of a source phrase: a named person, a named
// body, or no name at all. An apposition is split at its comma: the name
// may stand on either side, and a description opened by an article ("a
// civil society group") decides the kind by its head noun.
func classify(words []token, st *docState) (name, title, kind string) {
	s1, s2 := words, []token(nil)
	for i, w := range words {
		if w.lower == "," {
			s1, s2 = words[:i], words[i+1:]
			for len(s2) > 0 && s2[len(s2)-1].lower == "," {
				s2 = s2[:len(s2)-1]
			}
			break
		}
	}
	// a relative clause describes, it does not name: "a group which monitors the internet"
	for i, w := range s2 {
		if w.is("which", "who", "that", "whose") {
			s2 = s2[:i]
			break
		}
	}
	if len(s2) == 0 && len(s1) < len(words) {
		words = s1 // "The official, who is not authorized to comment, said": the clause is no source
	}
	if len(s2) > 0 {
		n1, t1, k1 := classify(s1, st)
		st2 := st
		if n1 != "" {
			// a description beside a name is that name's, not a title
			// that refers back to someone earlier ("Noel Dempsey, the
			// communications minister" after "Prime Minister Ahern")
			st2 = &docState{}
		}
		n2, t2, k2 := classify(s2, st2)
		switch {
		case s2[0].is("a", "an", "the") && n2 == "" || n2 == "" && t2 != "":
			// "NetBlocks, a civil society group": the description decides
			if k1 == "" || k2 == claim.Organization {
				return firstNonEmpty(n1, n2), t2, firstNonEmpty(k2, k1)
			}
			return firstNonEmpty(n1, n2), trimArticle(t2), claim.Person
		case n1 != "":
			return n1, trimArticle(joinNonEmpty(t1, t2)), k1
		default:
			return n2, trimArticle(joinNonEmpty(t1, t2)), k2
		}
	}
	if len(words) == 0 {
		return "", "", ""
	}
	if w := words[0].lower; len(words) == 1 && w != singular(w) && (personNoun(singular(w)) || nationality(singular(w))) {
		return "", "", claim.Anonymous // "Deputies found …", "Officers said", "Europeans say": people, not a name
	}
	if n, t, k, ok := possessorOfRecord(words, st); ok {
		return n, t, k // "according to Smith's memo": Smith
	}
	name, title, start, end := splitName(words)
	head := words[len(words)-1].lower
	for i, w := range words {
		if w.is("of", "for") && i > 0 {
			if orgWords[words[i-1].lower] && !anyRole(words[i:len(words)-1]) {
				// "the Russian Ministry of Defense" is a ministry; "Bank of Japan
				// chief Toshihiko Fukui" is the chief
				head = words[i-1].lower
			} else if anonymousNouns[words[i-1].lower] {
				head = words[i-1].lower // "a spokesperson for Delta Airlines" is unnamed
			}
			break
		}
	}
	if start > 0 && words[start-1].is("of", "for", "in") {
		// "the governor of Hatay": Hatay is part of the title, governor the head
		for i, w := range words[:start] {
			if w.is("of", "for", "in") && i > 0 {
				head = words[i-1].lower
				break
			}
		}
		if !orgWords[head] {
			name, title, start, end = "", joinTokens(words), 0, 0
		}
	}
	lastTitle := -1
	for i, w := range words {
		if w.in(cTitle) {
			lastTitle = i
		}
	}
	orgAfterTitle := false
	for _, w := range words[lastTitle+1:] {
		if w.capitalized() && w.in(cOrg) {
			orgAfterTitle = true
		}
	}
	switch {
	case name != "" && start > 0 && start < end && honorifics[words[start-1].lower]:
		return name, trimArticle(title), claim.Person // "Dr Fox": a person, whatever else the name is
	case name != "" && places[strings.ToLower(name)] && !orgWords[head]:
		return name, "", claim.Organization // "Russia said", "Washington says"
	case name != "" && start == 1 && end == len(words) && words[0].lower == "the" && !demonymNoun(strings.ToLower(name)):
		return name, "", claim.Organization // "the Herald", "the Tories": people take no article
	case name != "" && start > 0 && (!words[start-1].capitalized() || start == 1) && bodyKinds[words[start-1].lower] && end == len(words) && !anyIn(words[:start], cTitle):
		return name, "", claim.Organization // a body after its kind: "carmaker Maruti", "Film giant Disney"
	case name != "" && !orgAfterTitle && !orgWords[head] && !acronymOrAgency(words[start:end]):
		if end < len(words) && anonymousNouns[head] && !words[len(words)-1].capitalized() {
			// "Hamas officials", "a Google spokesperson": people the name
			// only qualifies, under a title ("Mike Lake, a Yukos spokesman")
			return "", trimArticle(title), claim.Anonymous
		}
		return name, trimArticle(title), claim.Person
	case anonymousNouns[head] && !acronymOrAgency(words[len(words)-1:]):
		return "", "", claim.Anonymous
	case orgAfterTitle || orgWords[head] || acronymOrAgency(words):
		if !words[len(words)-1].capitalized() && onlyPlaceModifiers(words) {
			return "", "", claim.Organization // "the German regulator", "US retailers": unnamed
		}
		return orgName(words), "", claim.Organization
	case titleWords[head]:
		// "the governor": the person with that title named earlier
		for i := len(st.persons) - 1; i >= 0; i-- {
			if strings.Contains(strings.ToLower(st.persons[i].Title), head) {
				return st.persons[i].Name, st.persons[i].Title, claim.Person
			}
		}
		return "", trimArticle(joinTokens(words)), claim.Anonymous
	case len(words) > 1 && sourceDeterminers[words[0].lower]:
		return "", "", claim.Anonymous // "a bartender", "the narrator", "both congressmen": someone unnamed
	}
	return "", "", ""
}

// possessorOfRecord classifies the named possessor of a record cited as a
// source: "Smith's memo", "the ministry's statement".
func possessorOfRecord(words []token, st *docState) (name, title, kind string, ok bool) {
	n := len(words)
	if n < 3 || !documentNouns[words[n-1].lower] {
		return "", "", "", false
	}
	for i := n - 2; i > 0; i-- {
		if words[i].is("'s", "’s") {
			name, title, kind = classify(words[:i], st)
			return name, title, kind, name != ""
		}
	}
	return "", "", "", false
}

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

// role is the last role word of a title, or "".
func role(title string) string {
	r := ""
	if title == "" {
		return r // most sources have no title
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(title), func(c rune) bool { return c == ' ' || c == ',' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		if roleWords[w] {
			r = w
		}
	}
	return r
}

// trimArticle drops a leading "the", "a" or "an" from a title.
func trimArticle(s string) string {
	for _, a := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(s, a) {
			return s[len(a):]
		}
	}
	return s
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func joinNonEmpty(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + ", " + b
}

// acronymOrAgency: a news agency or an acronym ("NATO", "AA").
func acronymOrAgency(words []token) bool {
	for _, w := range words {
		if w.in(cKnownAgency) {
			return true
		}
		if len(w.text) >= 2 && w.text == strings.ToUpper(w.text) && w.kind == tWord && !strings.Contains(w.text, ".") && w.text != "US" {
			return true
		}
	}
	return false
}

// anyRole: some word is a role ("chief" in "Bank of Japan chief …"); a
// title's modifiers ("National" in "Office for National Statistics") are
// none.
func anyRole(words []token) bool {
	for i := range words {
		if roleWords[words[i].lower] {
			return true
		}
	}
	return false
}

// onlyPlaceModifiers: the capitalized words of a phrase are all places
// or nationalities, which describe a body without naming it.
func onlyPlaceModifiers(words []token) bool {
	for i := range words {
		w := &words[i]
		if w.capitalized() && !w.in(cFunctionWord) && !placeWord(w) {
			return false
		}
	}
	return true
}

// placeWord: a country or a word for a nationality ("US", "Germany",
// "German", "Syrian", "Dutch").
func placeWord(w *token) bool {
	return places[w.lower] || countryCodes[w.lower] || w.in(cDemonym) || demonymNouns[w.lower] ||
		nationality(w.lower) && !notNationalities[w.lower]
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

// surnameTitle reports a surname that is a title word ending the
// capitalized run before end, after a given name: a capitalized word the
// lexicon does not know at all (so no title, modifier, body or common
// word: "Prime Minister" stays a title) and after no article ("the Crown
// Prince" does too).
func surnameTitle(words []token, end int) bool {
	if end < 2 || !surnameTitles[words[end-1].lower] || !words[end-1].capitalized() {
		return false
	}
	given := &words[end-2]
	if end > 2 && words[end-3].is("the", "a", "an") {
		return false // a name takes no article: "the Crown Prince"
	}
	return given.kind == tWord && given.capitalized() && given.cls == 0 && !nationality(given.lower)
}

// splitName separates a name from its title: in "Presidential
// Communications Director Fahrettin Altun" the name is the run of
// capitalized words after the last title word. head is the last word.
func splitName(words []token) (name, title string, start, end int) {
	if len(words) == 0 {
		return "", "", 0, 0
	}
	// the name is the last run of capitalized words that are not titles
	end = len(words)
	for end > 0 && !words[end-1].capitalized() {
		end--
	}
	start = end
	if surnameTitle(words, end) {
		start-- // "Mervyn King", "John Bishop": a given name makes the title word a surname
	}
	for start > 0 && words[start-1].capitalized() && !words[start-1].in(cTitle) && !words[start-1].in(cOrg) &&
		!nationality(words[start-1].lower) && !words[start-1].in(cFunctionWord) && !words[start-1].in(cAnonymous) {
		start--
	}
	// "Rahmi Doğan" after a comma in an apposition is still the name; a
	// possessor ("Erdogan’s communications director") is not
	if start == end || end < len(words) && words[end].is("’s", "'s") {
		return "", joinTokens(words), end, end
	}
	name = joinTokens(words[start:end])
	var kept [8]token // the title's words, on the stack for most titles
	t := kept[:0]
	for _, w := range words[:start] {
		if w.is("the", "a", "an", ",") {
			continue
		}
		t = append(t, w)
	}
	if end < len(words) {
		for _, w := range words[end:] {
			if w.lower != "," {
				t = append(t, w)
			}
		}
	}
	return name, joinTokens(t), start, end
}

// demonymNoun: a word for a person by nationality, who does take an
// article: "the German", "the Frenchman", "the Australian".
func demonymNoun(w string) bool {
	return nationality(w) || demonymNouns[w] || strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman")
}

// demonymNouns are words for a person by nationality that nationality's
// suffixes miss; some are surnames too ("Mr German"), so they stay names.
var demonymNouns = set(`german scot dane swede finn turk kurd pole czech greek`)

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

// orgName is the capitalized stretch of an organization's phrase.
func orgName(words []token) string {
	first, last := -1, -1
	for i, w := range words {
		if (w.capitalized() && !w.in(cFunctionWord)) || w.in(cKnownAgency) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return ""
	}
	return joinTokens(words[first : last+1])
}

// joinTokens is the text of tokens with one space where the text has any.
func joinTokens(ts []token) string {
	switch len(ts) {
	case 0:
		return ""
	case 1:
		return ts[0].text
	}
	// joined on the stack, so the string is the only allocation
	var buf [64]byte
	return string(appendJoined(buf[:0], ts, false))
}

// appendJoined appends to b the text of tokens, or their lower case, with
// one space where the text has any.
func appendJoined(b []byte, ts []token, lower bool) []byte {
	for i := range ts {
		t := &ts[i]
		if i > 0 && t.space {
			b = append(b, ' ')
		}
		if lower {
			b = append(b, t.lower...)
		} else {
			b = append(b, t.text...)
		}
	}
	return b
}
