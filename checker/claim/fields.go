package claim

import (
	"strconv"
)

// Fields are the names rules read a claim's fields by (their expr tags),
// each once (TestFieldsNameEveryExprField holds the list to the Claim
// type, whose order differs: it groups its flags).
func Fields() []string {
	return []string{"kind", "file", "line", "column", "end_line", "end_column", "text",
		"value", "qualifier", "event", "subject", "modifiers", "scope", "superseded", "subset", "cumulative", "unit",
		"source", "speaker", "cue", "folded", "title",
		"in_headline", "paragraph", "sentence", "first_mention", "first_tally", "primary", "incident", "group", "weak", "story", "outlet", "as_of", "provisional", "others", "backed", "sourced_by", "frame", "index", "by"}
}

// AppendField appends the value of the field a rule names to b, written so
// that two different values never append the same bytes, and reports
// whether name is a field. The engine groups claims by what a rule reads of
// them: claims equal in every field the rule reads are one comparison.
func AppendField(b []byte, c *Claim, name string) ([]byte, bool) {
	switch name {
	case "kind":
		return appendString(b, c.Kind), true
	case "file":
		return appendString(b, c.File), true
	case "line":
		return appendInt(b, c.Line), true
	case "column":
		return appendInt(b, c.Column), true
	case "end_line":
		return appendInt(b, c.EndLine), true
	case "end_column":
		return appendInt(b, c.EndColumn), true
	case "text":
		return appendString(b, c.Text), true
	case "value":
		return appendFloat(appendFloat(b, c.Value.Min), c.Value.Max), true
	case "qualifier":
		return appendString(b, c.Qualifier), true
	case "event":
		return appendString(b, c.Event), true
	case "subject":
		return appendString(b, c.Subject), true
	case "modifiers":
		b = appendInt(b, len(c.Modifiers))
		for _, m := range c.Modifiers {
			b = appendString(b, m)
		}
		return b, true
	case "scope":
		return appendString(b, c.Scope), true
	case "superseded":
		return appendBool(b, c.Superseded), true
	case "subset":
		return appendBool(b, c.Subset), true
	case "cumulative":
		return appendBool(b, c.Cumulative), true
	case "unit":
		return appendString(b, c.Unit), true
	case "source":
		return appendSource(b, c.Source), true
	case "speaker":
		return appendSource(b, c.Speaker), true
	case "cue":
		return appendString(b, c.Cue), true
	case "folded":
		return appendString(b, c.Folded), true
	case "title":
		return appendString(b, c.Title), true
	case "in_headline":
		return appendBool(b, c.InHeadline), true
	case "paragraph":
		return appendInt(b, c.Paragraph), true
	case "sentence":
		return appendString(b, c.Sentence), true
	case "first_mention":
		return appendBool(b, c.FirstMention), true
	case "first_tally":
		return appendBool(b, c.FirstTally), true
	case "primary":
		return appendBool(b, c.Primary), true
	case "incident":
		return appendString(b, c.Incident), true
	case "group":
		return appendString(b, c.Group), true
	case "weak":
		return appendString(b, c.Weak), true
	case "story":
		return appendString(b, c.Story), true
	case "outlet":
		return appendString(b, c.Outlet), true
	case "as_of":
		return appendString(b, c.AsOf), true
	case "provisional":
		return appendString(b, c.Provisional), true
	case "others":
		b = appendInt(b, len(c.Others))
		for _, v := range c.Others {
			b = appendFloat(appendFloat(b, v.Min), v.Max)
		}
		return b, true
	case "backed":
		return appendBool(b, c.Backed), true
	case "sourced_by":
		return appendString(b, c.SourcedBy), true
	case "frame":
		return appendString(b, c.Frame), true
	case "index":
		return appendInt(b, c.Index), true
	case "by":
		return appendString(b, c.By), true
	}
	return b, false
}

func appendSource(b []byte, s Source) []byte {
	return appendString(appendString(appendString(appendString(appendString(b, s.Text), s.Name), s.Title), s.Role), s.Kind)
}

// appendString writes the length first, so no string's bytes can be read
// as the end of one value and the start of the next.
func appendString(b []byte, s string) []byte {
	return append(append(strconv.AppendInt(b, int64(len(s)), 10), ':'), s...)
}

func appendInt(b []byte, n int) []byte { return append(strconv.AppendInt(b, int64(n), 10), ';') }

func appendFloat(b []byte, f float64) []byte {
	return append(strconv.AppendFloat(b, f, 'g', -1, 64), ';')
}

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 't')
	}
	return append(b, 'f')
}
