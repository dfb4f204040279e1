package incident

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/piecetext"
)

// cueReferences are the expressions the cues were written as before
// wordCues, each beside the cue that must match as it does.
var cueReferences = []struct {
	name  string
	re    *regexp.Regexp
	holds func(string) bool
}{
	{"injuredCondition", regexp.MustCompile(`(?i)\b(critical(?:ly)?|serious(?:ly)?|stable|life-threatening|non-life|condition|minor|treated|released|grazed?|hospitali[sz]ed|hospitals?|medical center|transported|at the scene|on the scene|fatally|mortally|has died|have died|later died|since died|succumbed)\b`), injuredCondition.holds},
	{"revised", regexp.MustCompile(`(?i)\b(originally|initially|at first|first reported|earlier reported|later clarified|clarified|revised|updated|correction)\b`), revised.holds},
	{"increment", regexp.MustCompile(`(?i)\b(more|additional|another|further|other)\b`), increment.holds},
	{"distributed", regexp.MustCompile(`(?i)\b(the other|the second|another)\b`), distributed.holds},
	{"deathPlace", regexp.MustCompile(`(?i)\b(at the scene|on the scene|on scene|at (?:the|a|an) [a-z ]*hospital|later died|died later|has since died|died (?:at|in) (?:the|a) hospital|succumbed)\b`),
		func(s string) bool { return deathPlace.holds(s) || atHospital(s) }},
	{"ownDeath", regexp.MustCompile(`(?i)\b(himself|herself|themselves|suicide|self-inflicted|including the (?:gunman|shooter|suspect|attacker))\b`), ownDeath.holds},
	{"sameIncident", regexp.MustCompile(`(?i)\bthe same (?:place|time|shooting|incident|attack|vicinity|location|scene)\b`), sameIncident.holds},
}

func checkCues(t *testing.T, text string) {
	t.Helper()
	for _, r := range cueReferences {
		if want, got := r.re.MatchString(text), r.holds(text); want != got {
			t.Errorf("%s(%q) = %v, the expression says %v", r.name, text, got, want)
		}
	}
}

func TestWordCuesMatchTheirExpressions(t *testing.T) {
	for _, text := range []string{
		"", "more", "More.", "furthermore", "_more", "more_", "3more", "more3", "MORE people",
		"He was taken to a hospital", "at the county  hospital", "at the Hospital's door", "at the hospitals",
		"at an old hospital.", "at the 2nd hospital", "at thehospital", "flat the hospital", "at the hospitalized",
		"died in a hospital", "died in the Hospital", "non-life-threatening", "Nonlife", "self-inflicted wound",
		"the same shooting", "The Same Scene", "the  same scene", "critically", "criticalLY hurt", "grazed", "grazes",
		"hospitalised", "hospitalized", "hospitalred", "ta\u212ae more", "the long \u017fcene at the scene", "\u212aelvin",
		"suicide\u2019s", "“more”", "at the \u00e9 hospital", "at the hospital\u00e9", "himself—", "including the  gunman",
	} {
		checkCues(t, text)
	}
}

// TestWordCuesOnRandomText checks the cues against their expressions on
// texts made of the cues' own pieces, case changes and marks.
func TestWordCuesOnRandomText(t *testing.T) {
	pieces := []string{"at", "the", "a", "an", "hospital", "scene", "on", "more", "other", "same", "died", "in",
		"later", "since", "has", "critical", "ly", "graze", "d", "s", "self", "-", "inflicted", "including", "gunman",
		" ", " ", " ", ".", ",", "_", "3", "’", "é", "\u212a", "HOSPITAL", "At", "THE", "Scene", "non", "life", "threatening"}
	for text := range piecetext.Texts(1, 20000, 12, pieces...) {
		checkCues(t, text)
	}
}

// TestWordCuesOnTheBenchCorpus checks the cues against their expressions
// on every paragraph of the first files of the shared bench corpus, where
// it is beside the repository.
func TestWordCuesOnTheBenchCorpus(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "bench", "corpus", "*.txt"))
	if len(paths) == 0 {
		t.Skip("../shared/bench/corpus not found")
	}
	paths = paths[:min(len(paths), 200)]
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(src), "\n") {
			checkCues(t, line)
		}
	}
}

// checkYearsAndMonths holds findMonths, findYears and findInYears to the
// expressions they spare most sentences.
func checkYearsAndMonths(t *testing.T, text string) {
	t.Helper()
	if got, want := findMonths(text), monthWord.FindAllString(text, -1); !slices.Equal(got, want) {
		t.Errorf("findMonths(%q) = %q, the expression finds %q", text, got, want)
	}
	eq := func(a, b []int) bool { return slices.Equal(a, b) }
	if got, want := findYears(text), yearWord.FindAllStringIndex(text, -1); !slices.EqualFunc(got, want, eq) {
		t.Errorf("findYears(%q) = %v, the expression finds %v", text, got, want)
	}
	if got, want := findInYears(text), inYear.FindAllStringSubmatchIndex(text, -1); !slices.EqualFunc(got, want, eq) {
		t.Errorf("findInYears(%q) = %v, the expression finds %v", text, got, want)
	}
}

func TestYearsAndMonthsAsTheExpressionsFindThem(t *testing.T) {
	for _, text := range []string{"", "In 1998 and in 2016, Jan. 3", "Sept. 9", "XJanuary", "_May", "in 2000s", "in 19",
		"June 23: a boy", "the 2004 tsunami", "on Dec. 1, 2015", "Mayor", "1950", "2099"} {
		checkYearsAndMonths(t, text)
	}
	pieces := []string{"in", "In", " ", "19", "20", "98", "5", "Jan", "uary", "Sept", ".", "May", "Dec", "x", "_", ",", "é"}
	for text := range piecetext.Texts(2, 20000, 10, pieces...) {
		checkYearsAndMonths(t, text)
	}
}
