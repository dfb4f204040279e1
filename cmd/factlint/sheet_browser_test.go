package main

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestSheetInChromium opens the fact sheet of testdata/sheet (five dated
// reports of one strike) in headless Chromium, as a desk would in a
// browser: the DOM Chromium rendered holds the table's cells (values,
// times, links to file:line, marks), and screenshots at a phone's and a
// desktop's width are pictures, not blank pages. In CI the test installs
// Chromium from Debian's packages; elsewhere it is skipped when Chromium
// is missing.
func TestSheetInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("needs Chromium")
	}
	chromium := ensureChromium(t)
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "drafts"), os.DirFS(filepath.Join(repoRoot, "testdata", "sheet"))); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	if err := os.Mkdir("out", 0o755); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"sheet", "drafts", "-o", "out/sheet.html"}, bytes.NewReader(nil), &stdout, &stderr); code != 0 {
		t.Fatalf("factlint sheet: exit %d\n%s", code, stderr.String())
	}
	page := filepath.Join(dir, "out", "sheet.html")
	dom := headless(t, chromium, dir, "--dump-dom", "file://"+page)
	doc, err := html.Parse(bytes.NewReader(dom))
	if err != nil {
		t.Fatal(err)
	}
	rows := sheetRows(doc)
	for _, want := range []struct {
		section, label, source string
		fact                   renderedFact
	}{
		{"Death toll", "soldier", "Air strike in Idlib kills Turkish soldiers", renderedFact{"33", "◷ outdated", "as of 27 Feb 2026 06:00", "../drafts/a.md#L6", "drafts/a.md:6:1"}},
		{"Death toll", "soldier", "Toll of the Idlib strike rises", renderedFact{"34", "", "as of 27 Feb 2026 18:00", "../drafts/b.md#L6", "drafts/b.md:6:53"}},
		{"Injured", "soldier", "Toll of the Idlib strike rises", renderedFact{"32", "≠ conflict", "as of 27 Feb 2026 18:00", "../drafts/b.md#L8", "drafts/b.md:8:1"}},
		{"Injured", "soldier", "Ankara vows to answer the Idlib attack", renderedFact{"30", "≠ conflict", "as of 27 Feb 2026 18:00", "../drafts/c.md#L8", "drafts/c.md:8:1"}},
		{"Names", "Rahmi Doğan", "Toll of the Idlib strike rises", renderedFact{"Rahmi Dogan", "≠ conflict", "as of 27 Feb 2026 18:00", "../drafts/b.md#L6", "drafts/b.md:6:104"}},
		{"Titles", "Fahrettin Altun", "Ankara vows to answer the Idlib attack", renderedFact{"president's press secretary", "≠ conflict", "as of 27 Feb 2026 18:00", "../drafts/c.md#L10", "drafts/c.md:10:87"}},
	} {
		cell, ok := rows[want.section+"/"+want.label][want.source]
		if !ok {
			t.Errorf("%s %q: no cell for %q; rows: %v", want.section, want.label, want.source, rows[want.section+"/"+want.label])
			continue
		}
		if len(cell) == 0 || cell[0] != want.fact {
			t.Errorf("%s %q, %q:\n got %+v\nwant %+v", want.section, want.label, want.source, cell, want.fact)
		}
	}
	if cell := rows["Death toll/soldier"]["Refugees and the Idlib front"]; len(cell) != 1 || cell[0].value != "34" {
		t.Errorf("e.md's toll: %+v", cell)
	}
	// a link leads to the article, relative to the page
	if _, err := os.Stat(filepath.Join(dir, "out", "../drafts/a.md")); err != nil {
		t.Error(err)
	}
	if bytes.Contains(dom, []byte("<script")) || bytes.Contains(dom, []byte("<link")) {
		t.Error("the page loads a script or a stylesheet")
	}
	for _, size := range []struct {
		name string
		w, h int
	}{{"phone", 390, 844}, {"desktop", 1280, 800}} {
		shot := filepath.Join(dir, size.name+".png")
		headless(t, chromium, dir, "--screenshot="+shot, "--window-size="+strconv.Itoa(size.w)+","+strconv.Itoa(size.h), "file://"+page)
		checkPicture(t, shot, size.w, size.h)
	}
}

// renderedFact is a fact as the browser shows it.
type renderedFact struct {
	value, mark, when, href, place string
}

// sheetRows reads the rendered tables: section/label → source → facts.
func sheetRows(doc *html.Node) map[string]map[string][]renderedFact {
	out := map[string]map[string][]renderedFact{}
	section := ""
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.Data != "tr" {
			return true
		}
		switch {
		case hasClass(n, "section"):
			section = text(n)
		case hasClass(n, "fact-row"):
			var label string
			cells := map[string][]renderedFact{}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				switch {
				case c.Type != html.ElementNode:
				case c.Data == "th":
					label = text(c)
				case c.Data == "td":
					cells[attr(c, "data-source")] = renderedFacts(c)
				}
			}
			out[section+"/"+label] = cells
		}
		return false
	})
	return out
}

func renderedFacts(td *html.Node) []renderedFact {
	var out []renderedFact
	walk(td, func(n *html.Node) bool {
		if n.Type != html.ElementNode || !hasClass(n, "fact") {
			return true
		}
		var f renderedFact
		walk(n, func(m *html.Node) bool {
			switch {
			case m.Type != html.ElementNode:
			case hasClass(m, "value"):
				f.value = text(m)
			case hasClass(m, "mark"):
				f.mark = text(m)
			case hasClass(m, "when"):
				f.when = text(m)
			case hasClass(m, "place"):
				f.href, f.place = attr(m, "href"), text(m)
			}
			return true
		})
		out = append(out, f)
		return false
	})
	return out
}

// walk visits n and its descendants, those of a node visit returns false for excepted.
func walk(n *html.Node, visit func(*html.Node) bool) {
	if !visit(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, visit)
	}
}

func text(n *html.Node) string {
	var b strings.Builder
	walk(n, func(m *html.Node) bool {
		if m.Type == html.TextNode {
			b.WriteString(m.Data)
		}
		return true
	})
	return strings.TrimSpace(b.String())
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	return n.Type == html.ElementNode && strings.Contains(" "+attr(n, "class")+" ", " "+class+" ")
}

// checkPicture fails unless the file is a PNG of the window's size with
// more than one colour, not all white.
func checkPicture(t *testing.T, path string, w, h int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
		t.Errorf("%s is %dx%d, want %dx%d", path, b.Dx(), b.Dy(), w, h)
	}
	colours := map[[4]uint32]bool{}
	white := true
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, a := img.At(x, y).RGBA()
			colours[[4]uint32{r, g, bl, a}] = true
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				white = false
			}
		}
	}
	if len(colours) < 2 || white {
		t.Errorf("%s is blank: %d colours, all white: %v", path, len(colours), white)
	}
}

// headless runs Chromium without a window on a page and returns what it
// printed on standard output.
func headless(t *testing.T, chromium, dir string, args ...string) []byte {
	t.Helper()
	base := []string{"--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--no-first-run",
		"--disable-extensions", "--user-data-dir=" + filepath.Join(dir, "chromium-profile")}
	cmd := exec.Command(chromium, append(base, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", chromium, strings.Join(args, " "), err, errb.String())
	}
	return out.Bytes()
}

// ensureChromium finds Chromium, or installs Debian's package in CI.
func ensureChromium(t *testing.T) string {
	return ensureDebianTool(t, "chromium", "chromium", "chromium-browser", "google-chrome")
}
