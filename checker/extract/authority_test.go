package extract

import "testing"

// A force's plural alone is the body of the place; a part of a force, or a
// force of a body named otherwise, is not read here.
func TestForceOfThePlace(t *testing.T) {
	for text, want := range map[string]bool{
		"Deputies":           true,
		"sheriff's deputies": true,
		"the state troopers": true,
		"Officers":           false,
		"detectives":         false,
		"two deputies":       false,
		"Dunmore deputies":   false,
		"":                   false,
	} {
		if got := ForceOfThePlace(text); got != want {
			t.Errorf("%q: force of the place = %v, want %v", text, got, want)
		}
	}
}

// A label of capitalized words with a body's word puts the text to the
// body; a witness's label, a sentence with a colon, or a long run does not.
func TestBodyLabel(t *testing.T) {
	for text, want := range map[string]bool{
		"Police: 4 shot outside a rink":                       true,
		"Coroner: the victims were three brothers":            true,
		"Harlow County Sheriff: two dead":                     true,
		"Deputies: three children hurt":                       true,
		"Witness: four shot outside a rink":                   false,
		"Police said this: four shot":                         false,
		"Photo: Harlow County Sheriff's Office":               false,
		"The Grand Old Harlow County Police: a history":       false,
		"Police are investigating the shooting on Pine Road.": false,
	} {
		if got := BodyLabel(text); got != want {
			t.Errorf("%q: body label = %v, want %v", text, got, want)
		}
	}
}

// A Department of Public Safety runs a city's police: its name, or a
// spokesman's words that hold it, name a police body; a phrase that only
// holds the words does not.
func TestPublicSafetyIsAPoliceBody(t *testing.T) {
	for text, want := range map[string]bool{
		"Department of Public Safety":         true,
		"a Brackford Public Safety spokesman": true,
		"Public Safetyville Council":          false,
		"a public safety campaigner":          false,
	} {
		if got := InvestigatingOfficial(text); got != want {
			t.Errorf("%q: investigating official = %v, want %v", text, got, want)
		}
	}
	if !InvestigatingBody("Department of Public Safety") {
		t.Error("the Department of Public Safety is a police body")
	}
}
