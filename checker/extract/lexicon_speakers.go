// Word lists of speakers: who or what a quote is put in the mouth of when
// no verb of saying names its source (see speakers.go).

package extract

// speakerNouns are the heads of common noun phrases that speak a quote
// besides the sources of lexicon_sources.go: people by trade, role or
// standing in public life ("the billionaire businessman", "the retired
// neurosurgeon", "the front-runner") and the media that carry words of
// their own ("the ad claims “…”", "a banner reading “…”", "the
// editorial reads"). Singular forms: a plural is asked by its singular.
// A word that is already a source's head (commonHead: a title, a body, a
// person noun) is not repeated here.
var speakerNouns = set(`businessman businesswoman billionaire millionaire mogul tycoon magnate
	developer financier surgeon neurosurgeon psychiatrist psychologist academic
	anchor anchorman anchorwoman narrator announcer presenter interviewer
	actor actress comedian singer rapper musician star celebrity filmmaker producer novelist poet
	preacher priest evangelist cleric televangelist
	hopeful challenger incumbent front-runner frontrunner newcomer outsider underdog populist
	conservative liberal progressive moderate evangelical independent libertarian republican democrat
	statesman stateswoman
	heiress monarch dictator strongman autocrat
	publication outlet tabloid magazine daily weekly broadsheet website site blog podcast show
	ad advert advertisement commercial spot mailer flyer leaflet brochure pamphlet poster placard banner sign
	billboard slogan headline editorial column op-ed tweet message video clip narration voice-over voiceover
	textbook book memoir manual playbook card page petition resolution platform manifesto`)

// headComplements are the prepositions that open a complement of a
// speaker's head noun after it: "an editorial in the Gazette", "a letter
// from the union", "the ad for Ruiz".
var headComplements = set(`in of from for at on by`)

// signatureDashes open a signature line under a quotation: "— Ana Ruiz".
var signatureDashes = set(`- -- — – ―`)
