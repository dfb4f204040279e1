package suggest

import "testing"

func TestClosest(t *testing.T) {
	ids := []string{"death-toll-within", "death-toll-across", "name-spelling-within"}
	for word, want := range map[string]string{
		"death-toll-withn":  "death-toll-within",
		"death-tol-across":  "death-toll-across",
		"name-speling":      "",
		"quote":             "",
		"death-toll-within": "",
	} {
		if got := Closest(word, ids); got != want {
			t.Errorf("Closest(%q) = %q, want %q", word, got, want)
		}
	}
	if got := Closest("evnt", []string{"event", "text"}); got != "event" {
		t.Errorf("evnt: %q", got)
	}
	if got := DidYouMean("valeu", []string{"value"}); got != `; did you mean "value"?` {
		t.Error(got)
	}
}
