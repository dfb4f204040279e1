package incident_test

import "testing"

// A victim told again by a definite noun is the one of another incident
// that noun names back: a roundup's dead man, told again as "The man", is
// the roundup's, so the article tells no death of its own.
func TestTheManOfARoundupIsTheRoundups(t *testing.T) {
	cs := marked(t, "# Weekend shootings across Harbour City\n\n"+
		"A man was killed and four others were hurt in citywide shootings over the weekend, police said.\n\n"+
		"The man, 41, was pronounced dead at a hospital after being shot near the docks.\n\n"+
		"A teenager was shot in the arm on Elm Street on Sunday.\n")
	c := cs["The man"]
	if c == nil {
		t.Fatalf("no count \"The man\"; have %v", keys(cs))
	}
	if c.Incident != "other" || c.Scope == "" {
		t.Errorf("\"The man\": incident=%q scope=%q, want the roundup's", c.Incident, c.Scope)
	}
	// told of the article's own shooting, "the man" stays its own
	own := marked(t, "# Man killed on Elm Street\n\nA man was shot dead on Elm Street on Sunday.\n\nThe man, 41, was pronounced dead at the scene.\n")
	if c := own["The man"]; c == nil || c.Incident == "other" || c.Scope != "" {
		t.Errorf("own \"The man\": %+v", c)
	}
}
