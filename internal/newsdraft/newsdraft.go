// Package newsdraft writes long synthetic news drafts for benchmarks of
// memory and speed on one large article. The text is made of paragraphs
// in the manner of a running story (tolls, money, votes, quotes, named
// officials and places), chosen and filled by a fixed sequence, so a
// draft of a given size is the same bytes on every run and its claims do
// not repeat one line.
package newsdraft

import (
	"fmt"
	"strings"
)

// The people, places and bodies a draft speaks of.
var (
	places    = []string{"Avonford", "Brackley", "Cresthaven", "Dunmere", "Elmsworth", "Fenwick", "Glenholm", "Harwick", "Ivybridge", "Jarrow Vale", "Kestle", "Lowmoor"}
	officials = []string{"Mara Quill", "Tomas Lerner", "Ines Varga", "Olu Bakare", "Petra Solis", "Dev Anand", "Hana Okafor", "Rui Castelo", "Greta Lindqvist", "Samir Haddad"}
	titles    = []string{"the mayor", "the county fire chief", "a spokeswoman for the regional police", "the health minister", "the head of the port authority", "a council member"}
	bodies    = []string{"the county council", "the regional government", "the Red Cross", "the national weather service", "the transport ministry", "the hospital trust"}
	days      = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// paragraph writes one paragraph of kind k with the numbers of step i.
type paragraph func(b *strings.Builder, i int, r *sequence)

var paragraphs = []paragraph{
	func(b *strings.Builder, i int, r *sequence) {
		fmt.Fprintf(b, "At least %d people were killed and %d injured when the storm reached %s on %s, %s, %s, said. ",
			r.n(2, 90), r.n(5, 170), r.pick(places), r.pick(days), r.pick(titles), r.pick(officials))
		fmt.Fprintf(b, "Crews worked through the night to clear fallen trees from %d roads, according to %s.", r.n(12, 300), r.pick(bodies))
	},
	func(b *strings.Builder, i int, r *sequence) {
		who := r.pick(officials)
		fmt.Fprintf(b, "\"We have never seen water rise this fast in %s,\" said %s, who has lived by the river for %d years. ",
			r.pick(places), who, r.n(20, 60))
		fmt.Fprintf(b, "%s said %d families had spent a second night in the sports hall.", lastName(who), r.n(30, 400))
	},
	func(b *strings.Builder, i int, r *sequence) {
		fmt.Fprintf(b, "Repairs to the sea wall will cost about $%d million and take at least %d weeks, %s said on %s. ",
			r.n(3, 80), r.n(2, 20), r.pick(bodies), r.pick(days))
		fmt.Fprintf(b, "The budget set aside only $%.1f million for flood defences this year.", float64(r.n(5, 95))/10)
	},
	func(b *strings.Builder, i int, r *sequence) {
		fmt.Fprintf(b, "More than %d homes in %s and %s were still without power late on %s, down from %d the day before. ",
			r.n(1000, 40000), r.pick(places), r.pick(places), r.pick(days), r.n(40000, 90000))
		fmt.Fprintf(b, "Engineers expect to restore the rest within %d days.", r.n(2, 9))
	},
	func(b *strings.Builder, i int, r *sequence) {
		who := r.pick(officials)
		fmt.Fprintf(b, "%s, %s, told reporters that %d rescuers and %d boats had been sent to the villages along the estuary. ",
			who, r.pick(titles), r.n(40, 900), r.n(6, 60))
		fmt.Fprintf(b, "\"Every hour counts now,\" %s said. \"The roads to %s are cut, and the helicopters cannot fly in this wind.\"",
			lastName(who), r.pick(places))
	},
	func(b *strings.Builder, i int, r *sequence) {
		fmt.Fprintf(b, "The river at %s peaked at %.1f metres on %s, %d centimetres above the record set in %d, the national weather service said. ",
			r.pick(places), 4+float64(r.n(0, 40))/10, r.pick(days), r.n(5, 80), r.n(1950, 2019))
		b.WriteString("Forecasters warned of more rain before the weekend.")
	},
	func(b *strings.Builder, i int, r *sequence) {
		fmt.Fprintf(b, "Hospitals in %s treated %d patients for injuries linked to the storm, %d of them children, %s said. ",
			r.pick(places), r.n(20, 500), r.n(2, 40), r.pick(bodies))
		fmt.Fprintf(b, "%d people remain in critical condition.", r.n(1, 15))
	},
	func(b *strings.Builder, i int, r *sequence) {
		fmt.Fprintf(b, "Insurers estimate claims of %d million euros, roughly %d percent more than after the floods of %d. ",
			r.n(50, 900), r.n(5, 60), r.n(1990, 2021))
		fmt.Fprintf(b, "%s, who chairs the insurers' association, said the figure could rise as farms in %s report their losses.",
			r.pick(officials), r.pick(places))
	},
	func(b *strings.Builder, i int, r *sequence) {
		fmt.Fprintf(b, "The council voted %d to %d on %s to release emergency funds, after a debate that ran past midnight. ",
			r.n(20, 40), r.n(0, 19), r.pick(days))
		fmt.Fprintf(b, "Opposition members said the %d shelters in %s were already full.", r.n(3, 30), r.pick(places))
	},
	func(b *strings.Builder, i int, r *sequence) {
		fmt.Fprintf(b, "Schools across %s will stay closed until next week, affecting about %d pupils, according to the education office. ",
			r.pick(places), r.n(2000, 60000))
		fmt.Fprintf(b, "Three of the %d schools were damaged by the wind.", r.n(10, 120))
	},
	func(b *strings.Builder, i int, r *sequence) {
		who := r.pick(officials)
		fmt.Fprintf(b, "\"I lost the barn, %d sheep and most of the hay,\" %s said, standing in the mud outside %s. ",
			r.n(10, 300), who, r.pick(places))
		b.WriteString("\"The water came in through the back door before we could move anything.\"")
	},
	func(b *strings.Builder, i int, r *sequence) {
		fmt.Fprintf(b, "The rail line between %s and %s reopened on %s after %d hours, the transport ministry said, though trains run at reduced speed. ",
			r.pick(places), r.pick(places), r.pick(days), r.n(10, 90))
		fmt.Fprintf(b, "About %d passengers were stranded at the main station overnight.", r.n(100, 3000))
	},
}

// Draft is a Markdown article of about size bytes (at least size), with a
// front matter and a subheading every twenty paragraphs.
func Draft(size int) []byte {
	var b strings.Builder
	b.Grow(size + 1024)
	b.WriteString("---\ntitle: Storm batters the coast, leaving thousands without power\noutlet: The Harwick Courier\ndate: 2026-03-14\n---\n\n")
	b.WriteString("# Storm batters the coast, leaving thousands without power\n\n")
	r := &sequence{state: 1}
	for i := 0; b.Len() < size; i++ {
		if i > 0 && i%20 == 0 {
			fmt.Fprintf(&b, "## Update %d: %s\n\n", i/20, r.pick(places))
		}
		paragraphs[r.n(0, len(paragraphs)-1)](&b, i, r)
		b.WriteString("\n\n")
	}
	return []byte(b.String())
}

func lastName(full string) string {
	f := strings.Fields(full)
	return f[len(f)-1]
}

// sequence is a small linear congruential generator: the same draft on
// every run without math/rand's global state.
type sequence struct{ state uint64 }

// n is a number from lo to hi, both included.
func (r *sequence) n(lo, hi int) int {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return lo + int((r.state>>33)%uint64(hi-lo+1))
}

func (r *sequence) pick(words []string) string { return words[r.n(0, len(words)-1)] }
