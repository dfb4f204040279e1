package extract

import "testing"

// A force's plural alone is the body of the place, its officers and
// detectives too; investigators, a part of a force, or a force of a body
// named otherwise, are not read here.
func TestForceOfThePlace(t *testing.T) {
	for text, want := range map[string]bool{
		"Deputies":           true,
		"sheriff's deputies": true,
		"the state troopers": true,
		"Officers":           true,
		"the detectives":     true,
		"investigators":      false,
		"officials":          false,
		"two officers":       false,
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

// The force of the place told as a verb's subject is the police a reader
// takes "police said" for; the force word as a noun's modifier, with
// "and", or after a capitalized word is none.
func TestForceActing(t *testing.T) {
	for text, want := range map[string]string{
		"Police are investigating the shooting.":            "Police are",
		"On Monday police arrested a man at his home.":      "police arrested",
		"Deputies have not released the names.":             "Deputies have",
		"The shots rang out. Police found two men wounded.": "Police found",
		"Later police found a rifle.":                       "police found",
		"A police shooting review board met.":               "",
		"LMPD responded to a shooting at the club.":         "LMPD responded",
		"Police tape ringed the lot.":                       "",
		"Police and firefighters responded.":                "",
		"A soldier said Military police arrested him.":      "",
		"Police: five shot at a party":                      "",
	} {
		if got := ForceActing(text); got != want {
			t.Errorf("ForceActing(%q) = %q, want %q", text, got, want)
		}
	}
}
