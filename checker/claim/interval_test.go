package claim

import (
	"math"
	"testing"
)

func TestIntervalNear(t *testing.T) {
	inf := math.Inf(1)
	for _, c := range []struct {
		a, b Interval
		want bool
	}{
		{Point(3.6e6), Interval{Min: 3.7e6, Max: inf}, true},
		{Point(6e6), Point(22e6), false},
		{Point(22e6), Point(6e6), false},
		{Point(3000), Interval{Min: 1800, Max: 2200}, true},
		{Point(3500), Point(2000), false},
		{Interval{Min: 10, Max: 20}, Point(15), true},
	} {
		if got := c.a.Near(c.b, 1.5); got != c.want {
			t.Errorf("%v.Near(%v, 1.5) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
