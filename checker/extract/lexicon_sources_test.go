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

func TestKindOnlyBody(t *testing.T) {
	for name, want := range map[string]bool{
		"Police": true, "Sheriff's Office": true, "the Department": true,
		"Newburgh Police": false, "MCSO": false, "Los Angeles Police Department": false,
	} {
		if got := KindOnlyBody(name); got != want {
			t.Errorf("KindOnlyBody(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestOfficialTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Police Chief": true, "Capt.": true, "Harlan County Coroner": true, "sheriff's spokeswoman": true,
		"Mr": false, "Morris' mother": false, "neighbor": false, "": false,
	} {
		if got := OfficialTitle(title); got != want {
			t.Errorf("OfficialTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestInvestigatingBody(t *testing.T) {
	for name, want := range map[string]bool{
		"Tacoma Police": true, "Marion County Sheriff's Office": true, "Summit County Medical Examiner": true,
		"Police": false, "Sheriff's Office": false, "Elm Street": false, "Red Cross": false,
	} {
		if got := InvestigatingBody(name); got != want {
			t.Errorf("InvestigatingBody(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestSpeaksForABody(t *testing.T) {
	for text, want := range map[string]bool{
		"A spokesman for Lake County police": true, "a PCSO spokesperson": true, "A Pittsburgh Public Safety spokeswoman": true,
		"a police spokesman": false, "Sheriff's deputies": false, "a senior official": false, "Officials": false,
	} {
		if got := SpeaksForABody(text); got != want {
			t.Errorf("SpeaksForABody(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestOfficersOfABody(t *testing.T) {
	for text, want := range map[string]bool{
		"Jefferson County deputies": true, "Santa Cruz sheriff's deputies": true, "Saginaw County sheriff's officials": true,
		"Mercer County prosecutors": true, "Deputies": false, "Turkish officials": false, "Hospital officials": false,
		"Sheriff's deputies": false,
	} {
		if got := OfficersOfABody(text); got != want {
			t.Errorf("OfficersOfABody(%q) = %v, want %v", text, got, want)
		}
	}
	for name, want := range map[string]bool{"LMPD": true, "MCSO": true, "The FBI": true, "NATO": false} {
		if got := InvestigatingBody(name); got != want {
			t.Errorf("InvestigatingBody(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestPastTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"former transport minister":            true,
		"an ex-director of the port":           true,
		"the then-governor":                    true,
		"Mr, former communications director":   true,
		"press secretary":                      false,
		"Presidential Communications Director": false,
		"formerly":                             false,
	} {
		if got := PastTitle(title); got != want {
			t.Errorf("PastTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestOfficesAgree(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"secretary", "secretary", true},
		{"spokesman", "secretary", true},
		{"director", "spokesperson", true},
		{"secretary", "director", false},
		{"minister", "governor", false},
	} {
		if got := OfficesAgree(c.a, c.b); got != c.want {
			t.Errorf("OfficesAgree(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
