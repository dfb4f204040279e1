package rules

import (
	"testing"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"

	"github.com/factlint/factlint/checker/claim"
)

// compileWhere compiles src as a rule's where is compiled.
func compileWhere(t *testing.T, src string) *vm.Program {
	t.Helper()
	opts := append([]expr.Option{expr.AsBool(), expr.Env(ClaimEnv{}), expr.MaxNodes(maxNodes)}, functionOptions()...)
	p, err := expr.Compile(src, opts...)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return p
}

// guardClaims are claims that differ in every field a guard reads, and
// one without facets.
func guardClaims() []*claim.Claim {
	var out []*claim.Claim
	for _, event := range []string{"", "killed", "injured", "missing"} {
		for _, flags := range []int{0, 1, 2, 3} {
			for _, source := range []claim.Source{{}, {Kind: "person", Name: "Ana Ruiz", Role: "chief"}, {Kind: "organization", Name: "the county"}} {
				c := claim.New(claim.Facets{Kind: claim.Count, Event: event, Source: source, Speaker: source, Subject: event, AsOf: event})
				c.Text = "“We counted them all, one by one, through the night and the morning,” she said."
				c.InHeadline, c.FirstTally, c.Primary = flags&1 != 0, flags&2 != 0, flags == 3
				out = append(out, c)
			}
		}
	}
	return append(out, &claim.Claim{Text: "no facets"})
}

// A guard rejects a claim only where the where itself is false, and
// without an error: for every built-in rule's where and some written
// here, over claims that pass and fail each test.
func TestGuardRejectsOnlyWhatTheWhereRejects(t *testing.T) {
	s, err := LoadSet(SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	wheres := map[string]Expr{}
	for _, r := range s.Rules {
		if r.Where.Defined() {
			wheres[r.ID] = r.Where
		}
	}
	written := []string{
		`claim.event == "killed" && claim.value.min > 1`,
		`"injured" == claim.event`,
		`claim.event != "" && !claim.in_headline && claim.primary`,
		`claim.source.kind == "person" && claim.source.name != "" && claim.speaker.name != ""`,
		`claim.event in ["killed", "missing"] && claim.first_tally`,
		`not claim.in_headline and claim.as_of != ""`,
		`claim.source.kind == "person" && office(claim.source.role) && !pastTitle(claim.source.title)`,
		`ownFigure(claim) && claim.event != ""`,
		`!ownFigure(claim) && claim.event == "missing"`,
	}
	for _, src := range written {
		p := compileWhere(t, src)
		wheres[src] = Expr{Program: p, Guard: guardOf(p.Node())}
	}
	rejected := map[string]int{}
	for id, w := range wheres {
		var v vm.VM
		for _, c := range guardClaims() {
			if !w.Guard.Rejects(c) {
				continue
			}
			rejected[id]++
			out, err := v.Run(w.Program, &ClaimEnv{Claim: c, Doc: &claim.Article{Claims: []*claim.Claim{c}}})
			if err != nil || out != false {
				t.Errorf("%s: the guard rejects %+v, the where gives %v (error %v)", id, c, out, err)
			}
		}
	}
	// a guard that rejects nothing would pass the loop above: each where
	// written here opens with a test some of the claims fail
	for _, src := range written {
		if rejected[src] == 0 {
			t.Errorf("%s: the guard rejects none of the claims", src)
		}
	}
}

// A guard takes only the tests that open the expression: a test after
// anything else (a function, an ||) may never be reached, and what runs
// before it may spend a meter or fail.
func TestGuardTakesOnlyTheOpeningTests(t *testing.T) {
	for src, want := range map[string]int{
		`claim.event == "killed"`:                                         1,
		`claim.event == "killed" && claim.in_headline`:                    2,
		`claim.event == "killed" && len(claim.text) > 3 && claim.primary`: 1,
		`len(claim.text) > 3 && claim.event == "killed"`:                  0,
		`claim.event == "killed" || claim.primary`:                        0,
		`claim.kind == "count" && claim.primary`:                          0, // kind is HasKind's
		`claim.value.min > 3`:                                             0,
		`claim.source.role == "chief" && claim.speaker.kind == "person"`:  2,
	} {
		if got := len(guardOf(compileWhere(t, src).Node()).tests); got != want {
			t.Errorf("%s: %d tests in the guard, want %d", src, got, want)
		}
	}
}

// The built-in casualty rules open on their event, so most claims never
// run their where.
func TestBuiltinCasualtyRulesHaveGuards(t *testing.T) {
	s, err := LoadSet(SetOptions{Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	guarded := 0
	for _, r := range s.Rules {
		if len(r.Where.Guard.tests) > 0 {
			guarded++
		}
	}
	if guarded < 8 {
		t.Errorf("%d built-in rules have a guard, want at least 8", guarded)
	}
}

// An expression that is one text field reads it as the machine does, and
// leaves every other expression, and a claim without the facets the field
// is in, to the machine.
func TestPlainTextReadsAsTheMachine(t *testing.T) {
	c := &claim.Claim{Text: "a text", Facets: &claim.Facets{Folded: "ana ruiz", Speaker: claim.Source{Name: "Ana Ruiz"}}}
	for _, tc := range []struct {
		src   string
		plain bool
	}{
		{"claim.folded", true}, {"claim.text", true}, {"claim.speaker.name", true},
		{"claim.folded + \"\"", false}, {"surname(claim.folded)", false}, {"claim.value.min", false}, {"claim.kind", false},
	} {
		prog, err := expr.Compile(tc.src, expr.Env(ClaimEnv{}), expr.Function("surname", func(...any) (any, error) { return "", nil }))
		if err != nil {
			t.Fatal(err)
		}
		e := Expr{Program: prog, plain: plainTextOf(prog.Node())}
		got, ok := e.Text(c)
		if ok != tc.plain {
			t.Errorf("%s: read without the machine %v, want %v", tc.src, ok, tc.plain)
			continue
		}
		if !ok {
			continue
		}
		want, err := vm.Run(prog, &ClaimEnv{Claim: c})
		if err != nil || got != want {
			t.Errorf("%s = %q, the machine says %v (%v)", tc.src, got, want, err)
		}
		if _, ok := e.Text(&claim.Claim{Text: "x"}); ok && tc.src != "claim.text" {
			t.Errorf("%s read of a claim without facets", tc.src)
		}
	}
}

// The predicates a guard asks in Go answer as the library's functions do
// in an expression, for texts and claims that pass and fail them, and a
// guard takes them, negated or not, where they open a where.
func TestGuardPredicatesAreTheLibrarys(t *testing.T) {
	library := map[string]bool{}
	for _, f := range Functions() {
		library[f.Name] = true
	}
	texts := []string{"", "governor", "mayor", "chief", "former minister", "the then-governor", "spokesman", "Governor"}
	var v vm.VM
	for name, p := range textPredicates {
		if !library[name] {
			t.Errorf("%s is no function of the library", name)
		}
		prog := compileWhere(t, name+"(claim.source.title)")
		for _, text := range texts {
			c := claim.New(claim.Facets{Source: claim.Source{Title: text}})
			out, err := v.Run(prog, &ClaimEnv{Claim: c})
			if err != nil || out != p(text) {
				t.Errorf("%s(%q): the library says %v (%v), the guard's %v", name, text, out, err, p(text))
			}
		}
	}
	for name, p := range claimPredicates {
		if !library[name] {
			t.Errorf("%s is no function of the library", name)
		}
		prog := compileWhere(t, name+"(claim)")
		for _, c := range guardClaims()[:len(guardClaims())-1] {
			for _, weak := range []string{"", "vague", "quote"} {
				c.Weak = weak
				out, err := v.Run(prog, &ClaimEnv{Claim: c})
				if err != nil || out != p(c) {
					t.Errorf("%s(%+v): the library says %v (%v), the guard's %v", name, c, out, err, p(c))
				}
			}
		}
	}
	for src, want := range map[string]int{
		`office(claim.source.role) && !pastTitle(claim.source.title)`:  2,
		`claim.event == "killed" && ownFigure(claim) && claim.primary`: 3,
		`not ownFigure(claim)`:                 1,
		`office(claim.source.role + "s")`:      0,
		`surname(claim.source.name) == "ruiz"`: 0,
		`office(lower(claim.source.role))`:     0,
	} {
		if got := len(guardOf(compileWhere(t, src).Node()).tests); got != want {
			t.Errorf("%s: %d tests in the guard, want %d", src, got, want)
		}
	}
}
