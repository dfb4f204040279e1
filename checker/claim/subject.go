package claim

// subjectClasses groups subjects that count the same people: a toll of
// "33 soldiers" and one of "34 troops" speak of one group, as do "five
// people" and "five victims" (and a figure with no noun: "2 dead").
var subjectClasses = map[string]string{
	"": "person", "person": "person", "individual": "person", "victim": "person", "other": "person", "casualty": "person",
	"soldier": "soldier", "troop": "soldier", "personnel": "soldier", "serviceman": "soldier", "servicemember": "soldier",
	"service member": "soldier", "trooper": "soldier",
}

// SubjectClass is the group a singular subject belongs to, or the subject.
func SubjectClass(s string) string {
	if c, ok := subjectClasses[s]; ok {
		return c
	}
	return s
}
