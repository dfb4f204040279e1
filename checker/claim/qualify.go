package claim

import (
	"math"
	"strconv"
)

// Qualify is the interval a qualified figure allows: "at least 33" is
// [33, ∞), "more than 30" of a count [31, ∞), "nearly 1,000" [900, 999].
// whole says the figure counts whole things (a count, not a measured
// amount), so the bounds of "more than" and "nearly" step by one. ok is
// false for a qualifier that is no bound of one number (exact, range,
// vague). Extraction and the registry of confirmed facts read figures
// through it, so "at least 34" means one thing in a draft and in the
// registry.
func Qualify(q string, v float64, whole bool) (Interval, bool) {
	step := 0.0
	if whole {
		step = 1
	}
	inf := math.Inf(1)
	switch q {
	case AtLeast:
		return Interval{Min: v, Max: inf}, true
	case MoreThan:
		return Interval{Min: v + step, Max: inf}, true
	case AtMost:
		return Interval{Min: 0, Max: v}, true
	case LessThan:
		return Interval{Min: 0, Max: v - step}, true
	case Approx:
		lo, hi := tidy(0.9*v), tidy(1.1*v)
		if whole {
			lo, hi = math.Floor(lo), math.Ceil(hi)
		}
		return Interval{Min: lo, Max: hi}, true
	case ApproxBelow:
		lo := tidy(0.9 * v)
		if whole {
			lo = math.Floor(lo)
		}
		return Interval{Min: lo, Max: math.Max(lo, v-step)}, true
	}
	return Point(v), false
}

// tidy drops the binary noise of a product ("1.1 × 6650" is
// 7315.000000000001), so a bound is not rounded up a whole unit and output
// shows the number a reader would write.
func tidy(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
	return v
}
