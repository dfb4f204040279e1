package claim

import (
	"bytes"
	"reflect"
	"slices"
	"testing"
)

// exprFields lists the Claim's struct fields, its own and its facets', by
// their expr tags.
func exprFields(t *testing.T) map[string][]int {
	t.Helper()
	out := map[string][]int{}
	for _, f := range reflect.VisibleFields(reflect.TypeFor[Claim]()) {
		if tag := f.Tag.Get("expr"); tag != "" && tag != "-" {
			out[tag] = f.Index
		}
	}
	return out
}

func TestFieldsNameEveryExprField(t *testing.T) {
	var tags []string
	for tag := range exprFields(t) {
		tags = append(tags, tag)
	}
	got := Fields()
	slices.Sort(tags)
	slices.Sort(got)
	if !slices.Equal(tags, got) {
		t.Fatalf("Fields() = %v\nexpr tags = %v", got, tags)
	}
}

// change gives a field a value other than its zero one; every part of it
// is set, so a part AppendField forgot shows.
func change(t *testing.T, v reflect.Value, part int) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Int:
		v.SetInt(7)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Float64:
		v.SetFloat(2.5)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		change(t, v.Index(0), part)
	case reflect.Struct:
		change(t, v.Field(part%v.NumField()), 0)
	default:
		t.Fatalf("no test value for a %s", v.Kind())
	}
}

func TestAppendFieldSeesEveryChangeOfItsFieldOnly(t *testing.T) {
	fields := exprFields(t)
	for name, i := range fields {
		parts := 1
		if f := reflect.ValueOf(New(Facets{})).Elem().FieldByIndex(i); f.Kind() == reflect.Struct {
			parts = f.NumField()
		}
		for part := range parts {
			c := New(Facets{})
			change(t, reflect.ValueOf(c).Elem().FieldByIndex(i), part)
			for other := range fields {
				before, ok := AppendField(nil, New(Facets{}), other)
				after, _ := AppendField(nil, c, other)
				if !ok {
					t.Fatalf("AppendField does not know %q", other)
				}
				if differ := !bytes.Equal(before, after); differ != (other == name) {
					t.Errorf("changing %s (part %d): %s appends %q, was %q", name, part, other, after, before)
				}
			}
		}
	}
	if _, ok := AppendField(nil, New(Facets{}), "nope"); ok {
		t.Error("AppendField knows a field that does not exist")
	}
}

func TestAppendFieldKeepsValuesApart(t *testing.T) {
	// lengths come first, so a value cannot run into the next one
	a := New(Facets{Modifiers: []string{"a b", "c"}})
	b := New(Facets{Modifiers: []string{"a", "b c"}})
	x, _ := AppendField(nil, a, "modifiers")
	y, _ := AppendField(nil, b, "modifiers")
	if bytes.Equal(x, y) {
		t.Errorf("two modifier lists append the same bytes %q", x)
	}
	a, b = New(Facets{Source: Source{Name: "ab", Title: ""}}), New(Facets{Source: Source{Name: "a", Title: "b"}})
	x, _ = AppendField(nil, a, "source")
	y, _ = AppendField(nil, b, "source")
	if bytes.Equal(x, y) {
		t.Errorf("two sources append the same bytes %q", x)
	}
}

// Every plain text field and every flag, the claim's and its facets', a
// source's and a speaker's, has its reader by its name, which reads that
// field and no other, and knows whether it is a facet.
func TestTextAndFlagFieldsReadEveryPlainField(t *testing.T) {
	own := map[string]bool{}
	for _, f := range reflect.VisibleFields(reflect.TypeFor[Claim]()) {
		if len(f.Index) == 1 {
			own[f.Name] = true
		}
	}
	type field struct {
		name   string
		index  []int
		facets bool
	}
	var plain []field
	for _, f := range reflect.VisibleFields(reflect.TypeFor[Claim]()) {
		tag := f.Tag.Get("expr")
		if tag == "" || tag == "-" || tag == "kind" { // the kind: a rule's kinds test it
			continue
		}
		switch f.Type.Kind() {
		case reflect.String, reflect.Bool:
			plain = append(plain, field{tag, f.Index, !own[f.Name]})
		case reflect.Struct:
			if f.Type != reflect.TypeFor[Source]() {
				continue
			}
			for _, sf := range reflect.VisibleFields(f.Type) {
				plain = append(plain, field{tag + "." + sf.Tag.Get("expr"), append(slices.Clone(f.Index), sf.Index...), true})
			}
		}
	}
	for _, f := range plain {
		c := &Claim{Facets: &Facets{}}
		v := reflect.ValueOf(c).Elem().FieldByIndex(f.index)
		if v.Kind() == reflect.Bool {
			read, facets, ok := FlagField(f.name)
			if !ok || facets != f.facets {
				t.Errorf("FlagField(%q): ok %v, facets %v; want a reader, facets %v", f.name, ok, facets, f.facets)
				continue
			}
			v.SetBool(true)
			if !read(c) {
				t.Errorf("FlagField(%q) does not read its field", f.name)
			}
			continue
		}
		read, facets, ok := TextField(f.name)
		if !ok || facets != f.facets {
			t.Errorf("TextField(%q): ok %v, facets %v; want a reader, facets %v", f.name, ok, facets, f.facets)
			continue
		}
		if read(c) != "" {
			t.Errorf("TextField(%q) reads another field", f.name)
		}
		v.SetString("x")
		if read(c) != "x" {
			t.Errorf("TextField(%q) does not read its field", f.name)
		}
	}
	if _, _, ok := TextField("kind"); ok {
		t.Error("the kind is no plain text field")
	}
}
