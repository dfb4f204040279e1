package story

import (
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/claim"
)

// A person's age and sex, as extraction reads them ("a 15-year-old girl"),
// are a key of their own: "15-year-old female". Many reports of a large run
// write it, so it says nothing across days; but two reports of the same or
// the next day that tell the same two people by age and sex ("a 30-year-old
// man and a 31-year-old woman"), or one of them and a rare word, most
// likely tell one event (ageWeight).
const ageSuffix = "-year-old "

// sexOf reads the noun after an age: the sex of the person it describes.
var sexOf = map[string]string{
	"man": "male", "boy": "male", "male": "male",
	"woman": "female", "girl": "female", "female": "female",
}

// ageKey is the age key of an age claim ("16-year-old boy" → "16-year-old
// male"), "" for other claims and for ages told without the person's sex
// or as a range.
func ageKey(c *claim.Claim) string {
	if c.Kind != claim.Quantity || c.By != "age" || c.Unit != "year" || c.Value.Min != c.Value.Max {
		return ""
	}
	age := c.Value.Min
	if age < 0 || age > 120 || age != float64(int(age)) {
		return ""
	}
	words := strings.Fields(strings.ToLower(c.Text))
	for _, w := range words[min(1, len(words)):] {
		if sex, ok := sexOf[strings.Trim(w, `.,;:'"()`)]; ok {
			return strconv.Itoa(int(age)) + ageSuffix + sex
		}
	}
	return ""
}

// isAgeKey reports whether a key is an age key (ageKey): no name's key is,
// since names are written capitalized and an age never is.
func isAgeKey(key string) bool {
	i := strings.Index(key, ageSuffix)
	if i <= 0 {
		return false
	}
	_, err := strconv.Atoi(key[:i])
	return err == nil
}
