package safetext

import (
	"strings"
	"testing"
	"unicode"
)

func TestNameEscapesOnlyUnsafeRunes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"drafts/flood.md", "drafts/flood.md"},
		{`C:\drafts\Doğan, 3 killed.md`, `C:\drafts\Doğan, 3 killed.md`},
		{"a\nb.md", `a\nb.md`},
		{"a\r\n\t\a\b\f\v.md", `a\r\n\t\a\b\f\v.md`},
		{"a\x1b[31mred\x07\x00\x7f.md", `a\x1b[31mred\a\x00\x7f.md`},
		{"a\u0085\u009b.md", `a\u0085\u009b.md`},
		{"a\u2028b\u2029.md", `a\u2028b\u2029.md`},
		{"evil\u202egnp.md", `evil\u202egnp.md`},
		{"a\xffb.md", `a\xffb.md`},
		{"x\n::error::forged.md", `x\n::error::forged.md`},
		{"::error::forged.md", `\x3a:error::forged.md`},
		{" \u00a0::warning::x.md", " \u00a0\\x3a:warning::x.md"},
		{"a ##[error]forged.md", `a ##\x5berror]forged.md`},
		{"100%0A.md", "100%0A.md"},
		{"a::b.md", "a::b.md"},
	} {
		if got := Name(c.in); got != c.want {
			t.Errorf("Name(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNameIsOneInertLine(t *testing.T) {
	var all strings.Builder
	for r := rune(0); r < 0x3000; r++ {
		all.WriteRune(r)
	}
	all.WriteString("##[error]\xfe")
	got := Name(all.String())
	for _, r := range got {
		if unsafeRune(r) {
			t.Fatalf("unsafe rune %U left in %q", r, got)
		}
	}
	if strings.Contains(got, "##[") {
		t.Fatalf("##[ left in the name")
	}
	if !strings.HasPrefix(Name("\t::x"), `\t`) || strings.HasPrefix(strings.TrimLeftFunc(Name("  ::x"), unicode.IsSpace), "::") {
		t.Fatalf("a leading :: survives")
	}
}

func TestLinesKeepsLineBreaksAndMakesEachLineInert(t *testing.T) {
	in := "factlint: a.md: bad\n::error::forged\x1b[2J\n  ##[warning]x\ngoroutine 1 [running]:"
	want := "factlint: a.md: bad\n\\x3a:error::forged\\x1b[2J\n  ##\\x5bwarning]x\ngoroutine 1 [running]:"
	if got := Lines(in); got != want {
		t.Fatalf("Lines = %q, want %q", got, want)
	}
	if s := "plain\nmessage"; Lines(s) != s {
		t.Fatalf("Lines changed a safe message")
	}
}

func BenchmarkNameSafe(b *testing.B) {
	for b.Loop() {
		Name("drafts/2024/flood-in-the-valley.md")
	}
}

// Whatever the name, Name prints one line with no unsafe rune and no
// workflow command, and leaves a safe name as it is; Lines keeps the line
// breaks only.
func FuzzName(f *testing.F) {
	f.Add("x\n::error::y\x1b[31m\a%0A##[warning]\u202e\xff")
	f.Add(" \u00a0::notice::x")
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{Name(s), Lines(s)} {
			for _, l := range strings.Split(out, "\n") {
				for _, r := range l {
					if unsafeRune(r) {
						t.Fatalf("%q: unsafe rune %U in %q", s, r, l)
					}
				}
				if strings.Contains(l, "##[") || strings.HasPrefix(strings.TrimLeftFunc(l, unicode.IsSpace), "::") {
					t.Fatalf("%q: workflow command in %q", s, l)
				}
			}
		}
		if strings.Contains(Name(s), "\n") || strings.Count(Lines(s), "\n") != strings.Count(s, "\n") {
			t.Fatalf("%q: line breaks changed", s)
		}
		if safe(s, "") != (Name(s) == s) {
			t.Fatalf("%q: safe is %v but Name gives %q", s, safe(s, ""), Name(s))
		}
	})
}
