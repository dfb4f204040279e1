package story

import (
	"fmt"
	"testing"
)

func ExampleDateline() {
	text := "---\ntitle: \"Boy hurt in Marlow Point shooting\"\n---\n\nMARLOW POINT, Ore. (KXYZ) — A boy was hurt Sunday.\n"
	fmt.Println(Dateline([]byte(text)))
	// Output: marlow point
}

func TestDateline(t *testing.T) {
	cases := []struct{ text, want string }{
		{"QUILLON -- A woman was shot on Tuesday.", "quillon"},
		{"QUILLON - A woman was shot.", "quillon"},
		{"QUILLON—A woman was shot.", "quillon"},
		{"PORT ARDEN, N.C. – Two men were hurt.", "port arden"},
		{"ST. OSWIN, Miss. (AP) — Police said.", "st. oswin"},
		{"**FENWICK** — A man died.", "fenwick"},
		{"Photo caption\n\nUPDATE — Police have named him.\nFENWICK — A man died.", "fenwick"}, // a page's word names no place
		// no dateline: a shout, a label, a name in the text, a wire alone
		{"BREAKING NEWS: a man was shot", ""},
		{"AP — A man was shot", ""},
		{"Police in Quillon - a small town - said", ""},
		{"A man was shot in QUILLON - police said", ""},
		{"WATCH LIVE — the chief speaks", ""},
		{"QUILLON (a very long bracket that is no call sign at all) — x", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := Dateline([]byte(c.text)); got != c.want {
			t.Errorf("Dateline(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// A report whose only mention of its town is the dateline shares the town
// with another report that writes it in its text.
func TestDatelineGivesTheTownAKey(t *testing.T) {
	a := names("2026-03-02")
	a.Dateline = "quillon"
	if sig := Sign(a); !containsKey(sig.Keys, "quillon") {
		t.Errorf("keys %q, want the dateline's town", sig.Keys)
	}
}

func containsKey(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}
