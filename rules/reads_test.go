package rules

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/expr-lang/expr"

	"github.com/factlint/factlint/checker/claim"
)

func TestPairReadsNameWhatTheAssertReads(t *testing.T) {
	all := strings.Join(claim.Fields(), " ")
	for assert, want := range map[string]string{
		`lower(a.text) == lower(b.text)`:                      "text",
		`overlaps(a.value, b.value) || !compatible(a, b)`:     "modifiers subject value",
		`a.source.role == b.source.role`:                      "source",
		`a.value.min > 3 && b?.line > 0`:                      "line value",
		`figure(a) != figure(b)`:                              "qualifier unit value",
		`let s = similar(a.text, b.text); s < 0.6 || s > 0.9`: "text",
		`a == b`:                  all,
		`let x = a; x.text != ""`: all,
		`len([a, b]) == 2`:        all,
		`a["text"] != b.text`:     "text",
		`true`:                    "",
	} {
		src := "- id: r\n  claims: name\n  pairs: any\n  key: claim.text\n  assert: '" + assert + "'\n  message: m\n"
		p, err := Load("r.yaml", []byte(src))
		if err != nil {
			t.Fatalf("%s: %v", assert, err)
		}
		if got := strings.Join(p.Rules[0].Assert.Reads, " "); got != want {
			t.Errorf("%s: reads %q, want %q", assert, got, want)
		}
	}
}

// A function given a whole claim must read no field beyond those it
// declares, or the engine would take two claims for one.
func TestFunctionsReadOnlyWhatTheyDeclare(t *testing.T) {
	base := func() *claim.Claim {
		return &claim.Claim{Facets: &claim.Facets{Kind: claim.Count, Qualifier: claim.MoreThan, Subject: "soldier", Unit: "", Scope: "", Modifiers: []string{"Turkish", "wounded"}}, Value: claim.Interval{Min: 34, Max: math.Inf(1)}}
	}
	// compatible with base, so a change of base that matters shows
	other := &claim.Claim{Facets: &claim.Facets{Kind: claim.Count, Subject: "soldier", Modifiers: []string{"Turkish"}}, Value: claim.Point(2)}
	calls := map[string]string{"figure": "figure(a)", "comparable": "comparable(a)", "sameToll": "sameToll(a)", "compatible": "compatible(a, b)", "later": "later(a, b)", "when": "when(a)", "shares": "shares(a, b)", "whole": "whole(a)", "sameCount": "sameCount(a, b)", "ownFigure": "ownFigure(a)", "gunmanApart": "gunmanApart(a, b)", "rounded": "rounded(a, b)"}
	for _, f := range Functions() {
		if f.reads == nil {
			continue
		}
		src, ok := calls[f.Name]
		if !ok {
			t.Fatalf("%s declares what it reads: add a call of it to this test", f.Name)
		}
		prog, err := expr.Compile(src, append([]expr.Option{expr.Env(PairEnv{})}, functionOptions()...)...)
		if err != nil {
			t.Fatal(err)
		}
		call := func(a *claim.Claim) any {
			out, err := expr.Run(prog, &PairEnv{A: a, B: other})
			if err != nil {
				t.Fatalf("%s: %v", src, err)
			}
			return out
		}
		want := call(base())
		typ := reflect.TypeFor[claim.Claim]()
		for i := range typ.NumField() {
			tag := typ.Field(i).Tag.Get("expr")
			if tag == "" || tag == "-" || slices.Contains(f.reads, tag) {
				continue
			}
			c := base()
			setNonZero(reflect.ValueOf(c).Elem().Field(i))
			if got := call(c); got != want {
				t.Errorf("%s reads %s, which it does not declare: %v, was %v", src, tag, got, want)
			}
		}
	}
}

func setNonZero(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("Other")
	case reflect.Int:
		v.SetInt(9)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		setNonZero(v.Index(0))
	case reflect.Float64:
		v.SetFloat(v.Float() + 7)
	case reflect.Struct:
		for i := range v.NumField() {
			setNonZero(v.Field(i))
		}
	}
}
