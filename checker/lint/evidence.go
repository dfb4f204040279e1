package lint

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/extract"
	"github.com/factlint/factlint/checker/fold"
)

// The evidence the casualty rules ask before they call a disagreement an
// error: a count told twice in its article (Backed), and the words a
// sentence says of its figure (Frame), which show two statements to be one
// sentence in two versions ("left five people injured early Friday" and
// "left four people injured early Friday").

// noteBacked marks the counts an article tells twice (claim.Backed): a
// figure the headline and the lead both give, or two paragraphs, is the
// article's own count, where a figure told once may be a part told as a
// step of the story ("one victim was taken to a hospital"), the count on
// arrival, or a stale caption. The casualty rules call a disagreement an
// error only with that evidence (their `strong`), so a figure told once
// against another told once is a doubt, not a conflict.
//
// Two statements back each other when they count one event of one group in
// one incident, neither has a doubt on it (weak), neither is an estimate
// ("several"), they stand in different sentences, and their intervals meet
// ("at least 33" backs 34). It runs after checker/incident has marked the
// article, whose marks it reads.
func noteBacked(cs []*claim.Claim) {
	var told []*claim.Claim
	for _, c := range cs {
		c.Backed = false
		if backable(c) {
			told = append(told, c)
		}
	}
	// one bucket per event, group and incident; pairs only inside a bucket
	slices.SortStableFunc(told, func(a, b *claim.Claim) int {
		return cmp.Or(cmp.Compare(a.Event, b.Event), cmp.Compare(a.Group, b.Group), cmp.Compare(a.Incident, b.Incident))
	})
	for lo := 0; lo < len(told); {
		hi := lo + 1
		for hi < len(told) && sameBucket(told[lo], told[hi]) {
			hi++
		}
		markBacked(told[lo:hi])
		lo = hi
	}
}

// backable: a count of people of a known incident with no doubt on it.
func backable(c *claim.Claim) bool {
	return c.Kind == claim.Count && c.Event != "" && c.Group != "" && c.Incident == "main" &&
		c.Weak == "" && !c.Superseded && !c.Subset && c.Scope == "" && c.Qualifier != claim.Vague
}

func sameBucket(a, b *claim.Claim) bool {
	return a.Event == b.Event && a.Group == b.Group && a.Incident == b.Incident
}

// maxPairedBucket bounds the pairwise search of one bucket: beyond it (a
// pasted list of a thousand figures) only equal figures back each other,
// found in one sorted pass, so the work stays near linear in the claims.
const maxPairedBucket = 64

func markBacked(b []*claim.Claim) {
	if len(b) <= maxPairedBucket {
		for i, c := range b {
			for _, d := range b[i+1:] {
				if !sameSentence(c, d) && c.Value.Overlaps(d.Value) {
					c.Backed, d.Backed = true, true
				}
			}
		}
		return
	}
	s := slices.Clone(b)
	slices.SortStableFunc(s, func(x, y *claim.Claim) int {
		return cmp.Or(cmp.Compare(x.Value.Min, y.Value.Min), cmp.Compare(x.Value.Max, y.Value.Max))
	})
	for lo := 0; lo < len(s); {
		hi := lo + 1
		for hi < len(s) && s[hi].Value == s[lo].Value {
			hi++
		}
		for _, c := range s[lo:hi] {
			if !sameSentence(c, s[lo]) {
				for _, d := range s[lo:hi] {
					d.Backed = true
				}
				break
			}
		}
		lo = hi
	}
}

// sameSentence: one statement cannot back itself ("two people were shot,
// two of them fatally" says one thing once).
func sameSentence(a, b *claim.Claim) bool {
	return a.InHeadline == b.InHeadline && a.Paragraph == b.Paragraph && a.Sentence == b.Sentence
}

// frameWords is how many words after a figure its frame keeps: enough for
// a predicate and its place or time ("were killed in the flood on
// Monday"), few enough that a clause's tail does not make two statements
// differ.
const frameWords = 6

// noteFrames gives each count of people that could back another (see
// backable) the words that follow it in its clause (claim.Frame), folded:
// "were killed in the flood" for "Twelve people were killed in the flood,
// the mayor said". Two figures of one event with the same frame are told
// in the same words. src is the text the claims' spans index.
func noteFrames(src []byte, cs []*claim.Claim) {
	for _, c := range cs {
		frame := ""
		if backable(c) && c.Span.End <= len(src) {
			frame = frameAfter(src[c.Span.End:])
		}
		if c.Frame != frame {
			c.Edit().Frame = frame
		}
	}
}

// frameAfter reads up to frameWords words of text, stopping at the end of
// the clause; digits are masked, so "on June 3" and "on June 4" are one
// frame.
func frameAfter(text []byte) string {
	var b strings.Builder
	rest := string(text[:min(len(text), 200)])
	for n := 0; n < frameWords; n++ {
		rest = strings.TrimLeft(rest, " \t")
		end := strings.IndexFunc(rest, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
		})
		if end < 0 {
			end = len(rest)
		}
		if end == 0 {
			break // punctuation or a line's end: the clause is over
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		word := rest[:end]
		if !fold.IsASCII(word) {
			word = fold.Fold(word)
		}
		for _, r := range word {
			switch {
			case unicode.IsDigit(r):
				r = '0'
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			}
			b.WriteRune(r)
		}
		rest = rest[end:]
		if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			break
		}
	}
	return b.String()
}

// notATally are the doubts (claim.Weak) that say a figure is no count of
// people at all: an age, a bare numeral, a quotation's words. The casualty
// rules' list (rules/builtin/casualties.yaml) leaves out two more, "vague"
// and "none", from comparing figures; here they stay: "dozens were hurt" is
// still a tally whose source a desk asks for, and "no one was hurt" counts
// nobody, which the first tally's value above zero already leaves out.
var notATally = map[string]bool{"age": true, "numeral": true, "quote": true, "long": true}

// noteFirstTally marks the body's first count of the dead or injured that
// tallies victims (claim.FirstTally): a count of people (a group whose
// subject is a person noun, or a bare number) of more than nobody, made by
// a pattern that tallies (extract.Tallies: no victim described or named
// alone, no sum of such singles), with no doubt that it is no count (an
// age, a bare numeral), not superseded, not of another incident, and not
// a toll recalled as background (recalled; see background.go). A rule on
// an article's casualty figures as a whole (casualty-named-source) reports
// there, found in one pass instead of a search of the article from every
// figure.
func noteFirstTally(cs []*claim.Claim, recalled func(*claim.Claim) bool) {
	found := false
	for _, c := range cs {
		c.FirstTally = false
		if !found && c.Kind == claim.Count && (c.Event == "killed" || c.Event == "injured") && !c.InHeadline &&
			!c.Superseded && c.Scope != claim.FurnitureScope && c.Incident != "other" && c.Group != "" && c.Value.Max > 0 && extract.Tallies(c.By) && !notATally[c.Weak] &&
			(c.Subject == "" || extract.PersonNoun(c.Subject)) && !recalled(c) {
			c.FirstTally, found = true, true
		}
	}
}

// casualtyEvents are the events of counts that report casualties.
var casualtyEvents = map[string]bool{"killed": true, "injured": true, "shot": true}

// noteSourcedBy gives each count of the dead, injured or shot of the body
// the named source it rests on (claim.SourcedBy): its own, when named; or
// the named speaker of an attribution before it in its paragraph, since news lets
// an account run on over the sentences that follow it without repeating
// "police said" ("Chief Ana Ruiz said the first call came at noon. Six
// people had been shot."); or else the article's authority (see
// authorityOf): the body or official the article names as the one that
// speaks for the investigation, whom a reader takes for the source of the
// counts told without one or put to "police" or "officials".
func noteSourcedBy(src []byte, blocks []*document.Block, cs []*claim.Claim) {
	// the authority is looked for only when a casualty count needs it:
	// most articles of an archive count no casualties, and the search reads
	// every name of the article
	authority, looked := "", false
	authorityFor := func() string {
		if !looked {
			authority, looked = authorityOf(src, blocks, cs), true
		}
		return authority
	}
	paragraph, speaker := -1, ""
	for _, c := range cs {
		if c.SourcedBy != "" {
			c.Edit().SourcedBy = ""
		}
		if c.InHeadline {
			continue
		}
		if c.Paragraph != paragraph {
			paragraph, speaker = c.Paragraph, ""
		}
		named := namedSource(c.Source)
		switch {
		case c.Kind == claim.Attribution && named:
			speaker = c.Source.Text
		case c.Kind == claim.Count && casualtyEvents[c.Event] && named:
			c.Edit().SourcedBy = c.Source.Text
		case c.Kind == claim.Count && casualtyEvents[c.Event] && speaker != "":
			c.Edit().SourcedBy = speaker
		case c.Kind == claim.Count && casualtyEvents[c.Event] && c.Scope != claim.FurnitureScope && authorityFor() != "":
			c.Edit().SourcedBy = authority
		}
	}
}

// namedSource: a source the reader can weigh, a named person or a body.
// "police said" and "Police said" at a sentence's start are one source,
// the police of the place the story is about, which a reader of local
// news identifies by the dateline; the rule is after the figures that
// rest on "officials", "a source" or nobody.
func namedSource(s claim.Source) bool {
	return s.Kind == claim.Person && s.Name != "" || s.Kind == claim.Organization
}

// authorityOf is the first source of the article, headline included, that
// speaks for a police or inquest body (the one that counts a shooting's
// victims): the body ("the Marion County Sheriff's Office said in a news
// release", "police said": see namedSource), the force of the place
// ("deputies said", as "police said"), an officer of it ("Police Chief Jim Lowe said", "said
// Capt. Ann Kay", "a spokesman for Lake County police", "Jefferson
// County deputies", "LMPD"), or the body named
// as it acts ("Tacoma Police are investigating"), or the force of the
// place as it acts ("Police are investigating"); else a block of the
// article that the body labels ("Police: 5 shot at a party", "Coroner:
// the victims were ..."; see labelled). A reporter names that
// authority once and lets the rest of the account, figures included,
// rest on it. Anyone else named (a governor, a witness, a relative)
// covers only their own paragraph: they may speak of something else.
func authorityOf(src []byte, blocks []*document.Block, cs []*claim.Claim) string {
	for _, c := range cs {
		if c.Kind == claim.Name && extract.InvestigatingBody(c.Text) {
			return c.Text
		}
		if c.Kind == claim.Name {
			if officers := officersAfter(src, c); officers != "" {
				return c.Text + " " + officers
			}
		}
		if c.Kind != claim.Attribution && c.Kind != claim.Count {
			continue
		}
		s := c.Source
		switch {
		case s.Kind == claim.Organization && extract.InvestigatingOfficial(s.Text),
			s.Kind == claim.Person && s.Name != "" && extract.InvestigatingOfficial(s.Title+" "+s.Text),
			s.Kind == claim.Anonymous && extract.SpeaksForABody(s.Text) && extract.InvestigatingOfficial(s.Text),
			s.Kind != claim.Organization && extract.OfficersOfABody(s.Text),
			s.Kind == claim.Anonymous && extract.ForceOfThePlace(s.Text):
			return s.Text
		}
	}
	if acting := forceActing(blocks); acting != "" {
		return acting
	}
	return labelled(blocks)
}

// forceActing is the words of the first block of the article, headline
// included, that tells the force of the place act ("Police are
// investigating"; extract.ForceActing), or "": the police a reader takes
// "police said" for. Page furniture is no statement of this article's.
func forceActing(blocks []*document.Block) string {
	for _, b := range blocks {
		if b.Furniture && !b.Headline {
			continue
		}
		if acting := extract.ForceActing(b.Text); acting != "" {
			return acting
		}
	}
	return ""
}

// labelled is the label of the first block of the article, headline
// included, that opens with a police or inquest body as its label
// (extract.BodyLabel), or "". Captions and links to other stories are
// page furniture, no statement of this article's.
func labelled(blocks []*document.Block) string {
	for _, b := range blocks {
		if b.Furniture && !b.Headline || !extract.BodyLabel(b.Text) {
			continue
		}
		label, _, _ := strings.Cut(b.Text, ":")
		return label
	}
	return ""
}

// officersAfter is the word after a name that makes it a police body's or
// its officers' ("Polk County" in "Polk County deputies are seeking"),
// or "". Every place the name stands is read, not only the claim's own: a
// town named first in a headline is named again as its police act ("Fort
// Worth police are investigating"), and a name is claimed once.
//
// The other places are looked for only in the first window bytes of the
// source, and only for names claimed there: a report names its police near
// its top, and a huge draft of many names would otherwise cost a scan of
// the whole source per name.
func officersAfter(src []byte, c *claim.Claim) string {
	const reach = 16        // bytes after the name: one word of a body
	const window = 32 << 10 // bytes of the source whose names are read again
	name := src[c.Span.Start:min(c.Span.End, len(src))]
	if len(name) == 0 || extract.Demonym(c.Text) {
		return ""
	}
	end := len(src)
	if c.Span.Start >= window {
		end = min(len(src), c.Span.End+reach) // its own place only
	} else {
		end = min(len(src), max(window, c.Span.End+reach))
	}
	for at := c.Span.Start; at < end; {
		i := bytes.Index(src[at:end], name)
		if i < 0 {
			break
		}
		after := at + i + len(name)
		if word := wordAt(src[after:min(len(src), after+reach)]); word != "" &&
			(extract.OfficersOfABody(c.Text+" "+word) || extract.InvestigatingBody(c.Text+" "+word)) {
			return word
		}
		at = after
	}
	return ""
}

// wordAt is the word (letters and apostrophes) after the one space that
// opens rest, or "".
func wordAt(rest []byte) string {
	if len(rest) == 0 || rest[0] != ' ' {
		return ""
	}
	end := 1
	for end < len(rest) {
		r, size := utf8.DecodeRune(rest[end:])
		if !unicode.IsLetter(r) && r != '\'' {
			break
		}
		end += size
	}
	return string(rest[1:end])
}
