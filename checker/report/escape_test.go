package report

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/factlint/factlint/checker/diagnostic"
)

// hostileName is a file name a pull request can add: a line break that
// starts a forged finding and a workflow command, a percent escape the
// runner would decode, ESC and BEL, and a legacy ##[ command.
const hostileName = "d/x\n::error file=a.md::forged %0A \x1b]0;t\a ##[warning]y, z.md"

func namedReport(name string, n int) *Report {
	loc := diagnostic.Location{File: name, Line: 5, Column: 1, EndLine: 5, EndColumn: 9}
	rel := diagnostic.Location{File: name, Line: 3, Column: 1, EndLine: 3, EndColumn: 9}
	r := &Report{}
	for i := 0; i < n; i++ {
		r.Diagnostics = append(r.Diagnostics, diagnostic.Diagnostic{Rule: "death-toll-within", Severity: diagnostic.Error,
			Message: "death toll 3 conflicts with 2", Primary: loc, Related: []diagnostic.Related{{Location: rel, Message: "conflicting death toll"}}})
	}
	return r
}

var controls = regexp.MustCompile("[\x00-\x08\x0b-\x1f\x7f]")

// In the formats read line by line, a hostile name adds no line, starts no
// workflow command, and leaves no control character.
func TestNamesCannotForgeLines(t *testing.T) {
	for _, c := range []struct {
		format string
		lines  int // of one finding with one related place (and the summary line of text)
	}{{"text", 3}, {"github", 1}, {"markdown", 5}} {
		f, _ := Lookup(c.format)
		var b bytes.Buffer
		if err := f(&b, namedReport(hostileName, 1)); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if n := strings.Count(out, "\n"); n != c.lines {
			t.Errorf("%s: %d lines, want %d:\n%s", c.format, n, c.lines, out)
		}
		if controls.MatchString(out) {
			t.Errorf("%s: control character in %q", c.format, out)
		}
		for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if c.format == "github" && i == 0 {
				if !strings.HasPrefix(l, "::error file=d/x%0A%3A%3Aerror file=a.md%3A%3Aforged %250A \\x1b]0;t\\a ##[warning]y%2C z.md,line=5,") {
					t.Errorf("github: file property %q", l)
				}
				continue
			}
			if strings.HasPrefix(strings.TrimLeftFunc(l, unicode.IsSpace), "::") || strings.Contains(l, "##[") {
				t.Errorf("%s: line %d is a workflow command: %q", c.format, i+1, l)
			}
		}
	}
}

// The findings past GitHub's annotation limit are plain log lines: the
// runner reads no command in them, ::stop-commands:: having stopped it
// under a token that the lines do not hold.
func TestGitHubHiddenFindingsAreInert(t *testing.T) {
	var b bytes.Buffer
	if err := GitHub(&b, namedReport(hostileName, 12)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 10+1+2+1+1 {
		t.Fatalf("%d lines:\n%s", len(lines), b.String())
	}
	stop, hidden, resume := lines[10], lines[11:13], lines[13]
	token, ok := strings.CutPrefix(stop, "::stop-commands::")
	if !ok || len(token) < 32 || resume != "::"+token+"::" {
		t.Fatalf("commands are not stopped around the hidden findings:\n%s", b.String())
	}
	for _, l := range hidden {
		if !strings.HasPrefix(l, `d/x\n::error file=a.md::forged %0A \x1b]0;t\a ##\x5bwarning]y, z.md:5:1: error: `) || strings.Contains(l, token) {
			t.Errorf("hidden finding %q", l)
		}
	}
	var again bytes.Buffer
	GitHub(&again, namedReport(hostileName, 12))
	if again.String() != b.String() {
		t.Fatalf("the token changes from run to run")
	}
}

// The Markdown table takes a draft's text and a file's name literally:
// no cell break, link, image, HTML, code span or mention.
func TestMarkdownEscapesLinksAndMentions(t *testing.T) {
	r := namedReport("d/`a`|[x](https://evil.example)@bob\n.md", 1)
	r.Diagnostics[0].Message = "see [the list](https://evil.example) ![i](x.png) <img src=x> `c` a|b *em* @everyone &#64;all \\[x\\]"
	var b bytes.Buffer
	if err := Markdown(&b, r); err != nil {
		t.Fatal(err)
	}
	row := strings.Split(b.String(), "\n")[4]
	want := "| ❌ | ``d/`a`\\|[x](https://evil.example)@bob\\n.md:5:1`` | `death-toll-within` | " +
		"see \\[the list\\](https://evil.example) !\\[i\\](x.png) &lt;img src=x&gt; \\`c\\` a\\|b \\*em\\* @&#8203;everyone &amp;#64;all \\\\\\[x\\\\\\]" +
		"<br>d/\\`a\\`\\|\\[x\\](https://evil.example)@&#8203;bob\\\\n.md:3:1: conflicting death toll |"
	if row != want {
		t.Fatalf("row\n got %s\nwant %s", row, want)
	}
}

func TestMarkdownCodeFenceOutgrowsBackticks(t *testing.T) {
	for in, want := range map[string]string{
		"a.md":     "`a.md`",
		"a`b.md":   "``a`b.md``",
		"`a``.md":  "``` `a``.md ```",
		"a|b\n.md": "`a\\|b\\n.md`",
	} {
		if got := markdownCode(in); got != want {
			t.Errorf("markdownCode(%q) = %q, want %q", in, got, want)
		}
	}
}

// SARIF's artifactLocation.uri is an RFC 3986 URI reference that reads back
// as the file's path: relative paths stay relative, nothing is taken for a
// scheme or an authority.
func TestSARIFURIIsPercentEncoded(t *testing.T) {
	for in, want := range map[string]string{
		"drafts/flood.md":    "drafts/flood.md",
		"drafts/a b#1?.md":   "drafts/a%20b%231%3F.md",
		"Doğan 100%.md":      "Do%C4%9Fan%20100%25.md",
		"../up/x.md":         "../up/x.md",
		"a:b/c.md":           "./a:b/c.md",
		"/abs/x.md":          "/abs/x.md",
		"//host/x.md":        "/.//host/x.md",
		"C:/drafts/x.md":     "file:///C:/drafts/x.md",
		hostileName:          "d/x%0A::error%20file=a.md::forged%20%250A%20%1B%5D0;t%07%20%23%23%5Bwarning%5Dy,%20z.md",
		"back\\slash\xff.md": "back%5Cslash%FF.md",
	} {
		got := sarifURI(in)
		if got != want {
			t.Errorf("sarifURI(%q) = %q, want %q", in, got, want)
			continue
		}
		u, err := url.Parse(got)
		if err != nil {
			t.Errorf("%q: %v", got, err)
			continue
		}
		if strings.HasPrefix(in, "C:") {
			continue
		}
		if u.Scheme != "" || u.Host != "" || strings.TrimPrefix(strings.TrimPrefix(u.Path, "./"), "/.") != in {
			t.Errorf("%q reads back as scheme %q host %q path %q", got, u.Scheme, u.Host, u.Path)
		}
	}
}

// The JSON formats carry the exact name; the encoding makes it safe.
func TestJSONFormatsCarryTheExactName(t *testing.T) {
	for format, path := range map[string]func(any) any{
		"json": func(v any) any { return v.(map[string]any)["violations"].([]any)[0].(map[string]any)["file"] },
		"rdjson": func(v any) any {
			return v.(map[string]any)["diagnostics"].([]any)[0].(map[string]any)["location"].(map[string]any)["path"]
		},
	} {
		f, _ := Lookup(format)
		var b bytes.Buffer
		if err := f(&b, namedReport(hostileName, 1)); err != nil {
			t.Fatal(err)
		}
		if controls.Match(b.Bytes()) {
			t.Errorf("%s: raw control character", format)
		}
		var v any
		if err := json.Unmarshal(b.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		if got := path(v); got != hostileName {
			t.Errorf("%s: file %q", format, got)
		}
	}
}

func TestPluralOfStoriesAndFiles(t *testing.T) {
	for _, c := range []struct {
		n          int
		word, want string
	}{{1, "story", "1 story"}, {2, "story", "2 stories"}, {3, "file", "3 files"}, {2, "day", "2 days"}} {
		if got := Plural(c.n, c.word); got != c.want {
			t.Errorf("Plural(%d, %q) = %q, want %q", c.n, c.word, got, c.want)
		}
	}
}
