package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"

	"github.com/factlint/factlint/checker/claim"
	"github.com/factlint/factlint/checker/safetext"
	"github.com/factlint/factlint/rules"
)

// jsonValue is an interval with null for an unbounded side.
type jsonValue struct {
	Min *float64 `json:"min"`
	Max *float64 `json:"max"`
}

type jsonSource struct {
	Text  string `json:"text"`
	Name  string `json:"name"`
	Title string `json:"title,omitempty"`
	Role  string `json:"role,omitempty"`
	Kind  string `json:"kind"`
}

// jsonClaim is the contract of `claims --format json`: the fields of each
// kind, with the names rules use.
type jsonClaim struct {
	Kind       string      `json:"kind"`
	File       string      `json:"file"`
	Line       int         `json:"line"`
	Column     int         `json:"column"`
	EndLine    int         `json:"end_line"`
	EndColumn  int         `json:"end_column"`
	Text       string      `json:"text"`
	Value      *jsonValue  `json:"value,omitempty"`
	Qualifier  string      `json:"qualifier,omitempty"`
	Unit       string      `json:"unit,omitempty"`
	Event      *string     `json:"event,omitempty"`
	Subject    *string     `json:"subject,omitempty"`
	Modifiers  []string    `json:"modifiers,omitempty"`
	Scope      *string     `json:"scope,omitempty"`
	Superseded *bool       `json:"superseded,omitempty"`
	Subset     bool        `json:"subset,omitempty"`
	Primary    bool        `json:"primary,omitempty"`
	Backed     bool        `json:"backed,omitempty"`     // told twice in its article
	Frame      string      `json:"frame,omitempty"`      // the words after it in its clause
	SourcedBy  string      `json:"sourced_by,omitempty"` // the named source it rests on
	Cumulative bool        `json:"cumulative,omitempty"`
	InHeadline bool        `json:"in_headline,omitempty"`
	Incident   string      `json:"incident,omitempty"`
	Group      string      `json:"group,omitempty"`
	Weak       string      `json:"weak,omitempty"`
	Cue        string      `json:"cue,omitempty"`
	Source     *jsonSource `json:"source,omitempty"`
	Speaker    any         `json:"speaker,omitempty"` // null when no speaker was found
	Folded     string      `json:"folded,omitempty"`
	Title      string      `json:"title,omitempty"`
	AsOf       string      `json:"as_of,omitempty"` // when the article says it was written
	// Provisional is the article's phrase that its account is not final
	Provisional string `json:"provisional,omitempty"`
	By          string `json:"by,omitempty"` // the extraction pattern
	// SpeakerBy is the reading that found a quote's speaker
	SpeakerBy string `json:"speaker_by,omitempty"`
}

func toJSONClaim(c *claim.Claim) jsonClaim {
	j := jsonClaim{Kind: string(c.Kind), File: c.File, Line: c.Line, Column: c.Column, EndLine: c.EndLine,
		EndColumn: c.EndColumn, Text: c.Text, InHeadline: c.InHeadline, AsOf: c.AsOf, Provisional: c.Provisional, By: c.By}
	switch c.Kind {
	case claim.Count, claim.Quantity:
		v := jsonValue{Min: num(c.Value.Min), Max: num(c.Value.Max)}
		j.Value, j.Qualifier = &v, c.Qualifier
		if c.Kind == claim.Count {
			j.Event, j.Subject, j.Scope, j.Superseded = &c.Event, &c.Subject, &c.Scope, &c.Superseded
			j.Modifiers, j.Subset, j.Cumulative, j.Primary, j.Backed = c.Modifiers, c.Subset, c.Cumulative, c.Primary, c.Backed
			j.Incident, j.Group, j.Weak, j.Frame, j.SourcedBy = c.Incident, c.Group, c.Weak, c.Frame, c.SourcedBy
		} else {
			j.Unit = c.Unit
			if c.Event != "" {
				j.Event = &c.Event
			}
		}
	case claim.Attribution:
		j.Cue = c.Cue
	case claim.Quote:
		j.Speaker = json.RawMessage("null")
		if c.Speaker.Kind != "" {
			j.Speaker, j.SpeakerBy = src(c.Speaker), c.SpeakerBy
		}
	case claim.Name:
		j.Folded, j.Title = c.Folded, c.Title
	}
	if c.Source.Kind != "" || c.Kind == claim.Attribution {
		j.Source = src(c.Source)
	}
	return j
}

func src(s claim.Source) *jsonSource {
	return &jsonSource{Text: s.Text, Name: s.Name, Title: s.Title, Role: s.Role, Kind: s.Kind}
}

func num(v float64) *float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return nil
	}
	return &v
}

// ClaimsJSON prints {"claims": [...]}.
func ClaimsJSON(w io.Writer, arts []*claim.Article) error {
	out := struct {
		Claims []jsonClaim `json:"claims"`
	}{Claims: []jsonClaim{}}
	for _, a := range arts {
		for _, c := range a.Claims {
			out.Claims = append(out.Claims, toJSONClaim(c))
		}
	}
	return writeJSON(w, out)
}

// ClaimsText prints one claim a line: place, kind, what it states.
func ClaimsText(w io.Writer, arts []*claim.Article) error {
	b := bufio.NewWriter(w)
	for _, a := range arts {
		for _, c := range a.Claims {
			fmt.Fprintf(b, "%s:%d:%d: %s %s\n", safetext.Name(c.File), c.Line, c.Column, c.Kind, describe(c))
		}
	}
	return b.Flush()
}

func describe(c *claim.Claim) string {
	s := fmt.Sprintf("%q", Clean(c.Text))
	switch c.Kind {
	case claim.Count, claim.Quantity:
		s += " = " + rules.Figure(c)
		if c.Unit != "" {
			s += " " + c.Unit
		}
		if c.Event != "" {
			s += " " + c.Event
		}
		if c.Subject != "" {
			s += " (" + c.Subject + ")"
		}
		if c.Scope != "" {
			s += fmt.Sprintf(" scope=%q", c.Scope)
		}
		if c.Superseded {
			s += " superseded"
		}
		if c.Subset {
			s += " subset"
		}
		if c.Group != "" {
			s += fmt.Sprintf(" group=%s incident=%s", c.Group, or(c.Incident, "unknown"))
		}
		if c.Weak != "" {
			s += " weak=" + c.Weak
		}
	case claim.Name:
		s += " folded=" + c.Folded
	case claim.Quote:
		if c.Speaker.Kind != "" {
			s += fmt.Sprintf(" speaker=%q", c.Speaker.Text)
			if c.SpeakerBy != "" {
				s += " speaker_by=" + c.SpeakerBy
			}
		}
	}
	if c.Source.Kind != "" && c.Kind != claim.Quote {
		s += fmt.Sprintf(" source=%q (%s)", c.Source.Text, c.Source.Kind)
	}
	if c.By != "" {
		s += " by=" + c.By
	}
	return s
}

// or is s, or alt when s is empty.
func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
