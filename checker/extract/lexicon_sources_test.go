package extract

import "testing"

func TestOffice(t *testing.T) {
	for role, want := range map[string]bool{
		"secretary": true, "spokeswoman": true, "governor": true, "chairwoman": true,
		"detective": false, "officer": false, "chief": false, "": false,
	} {
		if got := Office(role); got != want {
			t.Errorf("Office(%q) = %v, want %v", role, got, want)
		}
	}
}
