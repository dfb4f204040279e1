package report

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/checker/diagnostic"
	"github.com/factlint/factlint/checker/source"
)

const projectURL = "https://github.com/factlint/factlint"

// A hand-rolled model of the parts of SARIF 2.1.0 factlint writes, after
// staticcheck's: small, and every field named as the standard names it.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	ColumnKind  string            `json:"columnKind"`
	Results     []sarifResult     `json:"results"`
}

// sarifInvocation says whether the run succeeded, and why not (§3.20).
type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string           `json:"id"`
	Name                 string           `json:"name,omitempty"`
	ShortDescription     sarifText        `json:"shortDescription"`
	FullDescription      *sarifText       `json:"fullDescription,omitempty"`
	HelpURI              string           `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig  `json:"defaultConfiguration"`
	Properties           *sarifProperties `json:"properties,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifProperties struct {
	Tags []string `json:"tags,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          *resultProperties `json:"properties,omitempty"`
}

// resultProperties carry what SARIF has no field for: the story a finding
// across articles was raised in, and "weak" evidence on a finding its rule
// lowered (see the JSON format's evidence).
type resultProperties struct {
	Story    string `json:"story,omitempty"`
	Evidence string `json:"evidence,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

func sarifLevel(s diagnostic.Severity) string {
	switch s {
	case diagnostic.Error:
		return "error"
	case diagnostic.Warning:
		return "warning"
	}
	return "note"
}

func sarifPhysical(l diagnostic.Location) sarifPhysicalLocation {
	return sarifPhysicalLocation{ArtifactLocation: sarifArtifact{URI: sarifURI(l.File)},
		Region: sarifRegion{StartLine: l.Line, StartColumn: l.Column, EndLine: l.EndLine, EndColumn: l.EndColumn}}
}

// SARIF prints a SARIF 2.1.0 log for code scanning: rule metadata, columns
// in Unicode code points, related locations, and fingerprints computed from
// the facts involved rather than the line.
func SARIF(w io.Writer, r *Report) error {
	driver := sarifDriver{Name: "factlint", Version: r.Version, InformationURI: projectURL, Rules: []sarifRule{}}
	index := map[string]int{}
	for _, rule := range r.Rules {
		sr := sarifRule{ID: rule.ID, Name: rule.ID, ShortDescription: sarifText{rule.Title}, HelpURI: rule.Link,
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(rule.Severity)}}
		if rule.Description != "" {
			sr.FullDescription = &sarifText{rule.Description}
		}
		if rule.Pack != "" {
			sr.Properties = &sarifProperties{Tags: []string{rule.Pack}}
		}
		index[rule.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sr)
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	for _, d := range r.Diagnostics {
		res := sarifResult{RuleID: d.Rule, Level: sarifLevel(d.Severity),
			Message:             sarifText{sarifMessage(d)},
			Locations:           []sarifLocation{{PhysicalLocation: sarifPhysical(d.Primary)}},
			PartialFingerprints: map[string]string{"factlint/v1": d.Fingerprint()}}
		if i, ok := index[d.Rule]; ok {
			res.RuleIndex = &i
		}
		if d.Story != "" || d.Weak {
			res.Properties = &resultProperties{Story: d.Story}
			if d.Weak {
				res.Properties.Evidence = "weak"
			}
		}
		for i, rel := range d.Related {
			id := i + 1
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{ID: &id, PhysicalLocation: sarifPhysical(rel.Location), Message: &sarifText{rel.Message}})
		}
		run.Results = append(run.Results, res)
	}
	run.Invocations = []sarifInvocation{sarifInvocationOf(r)}
	return writeJSON(w, sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}})
}

// sarifMessage is a finding's message, its brackets escaped as plain text
// (§3.11.5), followed by a link to each related location by its id
// (§3.11.6: "[text](id)"), so a viewer can jump to the claim a finding
// conflicts with.
func sarifMessage(d diagnostic.Diagnostic) string {
	text := sarifEscape(d.Message)
	if len(d.Related) == 0 {
		return text
	}
	links := make([]string, len(d.Related))
	for i, rel := range d.Related {
		links[i] = fmt.Sprintf("[%s](%d)", sarifEscape(fmt.Sprintf("%s:%d:%d", rel.File, rel.Line, rel.Column)), i+1)
	}
	return text + " (see " + strings.Join(links, ", ") + ")"
}

var sarifEscaper = strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`)

func sarifEscape(s string) string { return sarifEscaper.Replace(s) }

// sarifInvocationOf reports the run's tool errors as notifications, each
// at its file position when it has one.
func sarifInvocationOf(r *Report) sarifInvocation {
	inv := sarifInvocation{ExecutionSuccessful: len(r.Errors) == 0 && !r.Incomplete}
	for _, err := range r.Errors {
		n := sarifNotification{Level: "error", Message: sarifText{err.Error()}}
		if pos, ok := errorPosition(err); ok {
			n.Message.Text = pos.msg
			n.Locations = []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifact{URI: sarifURI(pos.file)},
				Region: sarifRegion{StartLine: pos.line, StartColumn: pos.column, EndLine: pos.line, EndColumn: pos.column}}}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	return inv
}

// placedError is a tool error's file position and message without it.
type placedError struct {
	file         string
	line, column int
	msg          string
}

// errorPosition finds the position of an error that has one with a line.
func errorPosition(err error) (placedError, bool) {
	var se *source.Error
	if !errors.As(err, &se) || se.Pos.File == "" || se.Pos.Line < 1 {
		return placedError{}, false
	}
	col := max(se.Pos.Column, 1)
	return placedError{file: se.Pos.File, line: se.Pos.Line, column: col, msg: se.Msg}, true
}
