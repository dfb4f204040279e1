package extract

// Role is the office a title names, as extraction reads it for a source's
// role: the last role word of the title's head ("governor of Hatay" is a
// governor, "an ally of the president" holds none). The registry of
// confirmed facts reads its titles with it, so a registry's title and a
// draft's are compared by one reading.
func Role(title string) string { return role(title) }
