// Package baseline records the findings a team has accepted, by
// fingerprint (rule, file and the facts involved, not the line), so a
// check can report only what is new and an edit above a finding does not
// bring it back.
package baseline

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/factlint/factlint/checker/diagnostic"
)

// Version of the file format.
const Version = 1

// Entry is one accepted finding.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Message     string `json:"message"`
}

// File is a baseline file.
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// From records findings, sorted so the file diffs well.
func From(ds []diagnostic.Diagnostic) File {
	f := File{Version: Version, Findings: []Entry{}}
	seen := map[string]bool{}
	for _, d := range ds {
		fp := d.Fingerprint()
		if seen[fp] {
			continue
		}
		seen[fp] = true
		f.Findings = append(f.Findings, Entry{Fingerprint: fp, Rule: d.Rule, File: d.Primary.File, Message: d.Message})
	}
	sort.Slice(f.Findings, func(i, j int) bool {
		a, b := f.Findings[i], f.Findings[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Fingerprint < b.Fingerprint
	})
	return f
}

// Marshal renders a baseline file.
func (f File) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(f, "", "  ")
	return append(b, '\n'), err
}

// Parse reads a baseline file.
func Parse(name string, data []byte) (File, error) {
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return f, fmt.Errorf("%s: not a factlint baseline: %v", name, err)
	}
	if f.Version != Version {
		return f, fmt.Errorf("%s: baseline version %d, this factlint reads version %d", name, f.Version, Version)
	}
	return f, nil
}

// Filter drops the findings the baseline holds.
func (f File) Filter(ds []diagnostic.Diagnostic) []diagnostic.Diagnostic {
	known := map[string]bool{}
	for _, e := range f.Findings {
		known[e.Fingerprint] = true
	}
	var out []diagnostic.Diagnostic
	for _, d := range ds {
		if !known[d.Fingerprint()] {
			out = append(out, d)
		}
	}
	return out
}
