package claim

import (
	"strconv"
	"strings"
)

// Fields are the names rules read a claim's fields by (their expr tags),
// each once (TestFieldsNameEveryExprField holds the list to the Claim
// type, whose order differs: it groups its flags).
func Fields() []string {
	return []string{"kind", "file", "line", "column", "end_line", "end_column", "text",
		"value", "qualifier", "event", "subject", "modifiers", "scope", "superseded", "subset", "cumulative", "unit",
		"source", "speaker", "speaker_by", "cue", "folded", "title",
		"in_headline", "paragraph", "sentence", "first_mention", "first_tally", "primary", "incident", "group", "weak", "story", "outlet", "as_of", "provisional", "others", "backed", "sourced_by", "frame", "index", "by"}
}

// AppendField appends the value of the field a rule names to b, written so
// that two different values never append the same bytes, and reports
// whether name is a field. The engine groups claims by what a rule reads of
// them: claims equal in every field the rule reads are one comparison.
func AppendField(b []byte, c *Claim, name string) ([]byte, bool) {
	if read, _, ok := TextField(name); ok && !strings.Contains(name, ".") {
		return appendString(b, read(c)), true
	}
	if read, _, ok := FlagField(name); ok {
		return appendBool(b, read(c)), true
	}
	switch name {
	case "kind":
		return appendString(b, c.Kind), true
	case "line":
		return appendInt(b, c.Line), true
	case "column":
		return appendInt(b, c.Column), true
	case "end_line":
		return appendInt(b, c.EndLine), true
	case "end_column":
		return appendInt(b, c.EndColumn), true
	case "value":
		return appendFloat(appendFloat(b, c.Value.Min), c.Value.Max), true
	case "modifiers":
		b = appendInt(b, len(c.Modifiers))
		for _, m := range c.Modifiers {
			b = appendString(b, m)
		}
		return b, true
	case "source":
		return appendSource(b, c.Source), true
	case "speaker":
		return appendSource(b, c.Speaker), true
	case "paragraph":
		return appendInt(b, c.Paragraph), true
	case "others":
		b = appendInt(b, len(c.Others))
		for _, v := range c.Others {
			b = appendFloat(appendFloat(b, v.Min), v.Max)
		}
		return b, true
	case "index":
		return appendInt(b, c.Index), true
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

// TextField is the reader of the plain text field a rule names ("event",
// "source.kind" of claim.source.kind), and whether the field is one of the
// facets (a claim without facets has none to read); ok is false for any
// other name. The kind is left out: a rule's kinds test it before its
// where runs. Every reader of a field by its name asks here, so
// a field added to the claim is added once.
func TextField(name string) (read func(*Claim) string, facets, ok bool) {
	f, ok := textFields[name]
	return f.read, f.facets, ok
}

// FlagField is the reader of the flag a rule names ("in_headline"), and
// whether it is one of the facets; ok is false for any other name.
func FlagField(name string) (read func(*Claim) bool, facets, ok bool) {
	f, ok := flagFields[name]
	return f.read, f.facets, ok
}

type textField struct {
	read   func(*Claim) string
	facets bool
}

type flagField struct {
	read   func(*Claim) bool
	facets bool
}

// textFields are the plain text fields by their expr names, a source's
// and a speaker's under theirs ("source.kind").
var textFields = map[string]textField{
	"text":          {func(c *Claim) string { return c.Text }, false},
	"file":          {func(c *Claim) string { return c.File }, true},
	"qualifier":     {func(c *Claim) string { return c.Qualifier }, true},
	"event":         {func(c *Claim) string { return c.Event }, true},
	"subject":       {func(c *Claim) string { return c.Subject }, true},
	"scope":         {func(c *Claim) string { return c.Scope }, true},
	"unit":          {func(c *Claim) string { return c.Unit }, true},
	"cue":           {func(c *Claim) string { return c.Cue }, true},
	"folded":        {func(c *Claim) string { return c.Folded }, true},
	"title":         {func(c *Claim) string { return c.Title }, true},
	"sentence":      {func(c *Claim) string { return c.Sentence }, true},
	"incident":      {func(c *Claim) string { return c.Incident }, true},
	"group":         {func(c *Claim) string { return c.Group }, true},
	"weak":          {func(c *Claim) string { return c.Weak }, true},
	"story":         {func(c *Claim) string { return c.Story }, true},
	"outlet":        {func(c *Claim) string { return c.Outlet }, true},
	"as_of":         {func(c *Claim) string { return c.AsOf }, true},
	"provisional":   {func(c *Claim) string { return c.Provisional }, true},
	"sourced_by":    {func(c *Claim) string { return c.SourcedBy }, true},
	"frame":         {func(c *Claim) string { return c.Frame }, true},
	"by":            {func(c *Claim) string { return c.By }, true},
	"speaker_by":    {func(c *Claim) string { return c.SpeakerBy }, true},
	"source.text":   {func(c *Claim) string { return c.Source.Text }, true},
	"source.name":   {func(c *Claim) string { return c.Source.Name }, true},
	"source.title":  {func(c *Claim) string { return c.Source.Title }, true},
	"source.role":   {func(c *Claim) string { return c.Source.Role }, true},
	"source.kind":   {func(c *Claim) string { return c.Source.Kind }, true},
	"speaker.text":  {func(c *Claim) string { return c.Speaker.Text }, true},
	"speaker.name":  {func(c *Claim) string { return c.Speaker.Name }, true},
	"speaker.title": {func(c *Claim) string { return c.Speaker.Title }, true},
	"speaker.role":  {func(c *Claim) string { return c.Speaker.Role }, true},
	"speaker.kind":  {func(c *Claim) string { return c.Speaker.Kind }, true},
}

// flagFields are the flags by their expr names.
var flagFields = map[string]flagField{
	"superseded":    {func(c *Claim) bool { return c.Superseded }, false},
	"subset":        {func(c *Claim) bool { return c.Subset }, false},
	"cumulative":    {func(c *Claim) bool { return c.Cumulative }, false},
	"in_headline":   {func(c *Claim) bool { return c.InHeadline }, false},
	"first_mention": {func(c *Claim) bool { return c.FirstMention }, false},
	"first_tally":   {func(c *Claim) bool { return c.FirstTally }, false},
	"primary":       {func(c *Claim) bool { return c.Primary }, false},
	"backed":        {func(c *Claim) bool { return c.Backed }, false},
}
