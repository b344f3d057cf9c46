package zhconv

import (
	"sort"
	"unicode/utf8"
)

// Alignment maps rune offsets of a converted text back to rune offsets of the
// text it was converted from. Most conversions replace each character by one
// character; only the places where a phrase changed length are stored, so the
// zero Alignment is the identity and an alignment costs nothing when nothing
// changed length.
type Alignment struct {
	units []unit // sorted, non-overlapping, only where lengths differ
}

// unit says that output runes [out0,out1) come from input runes [in0,in1).
type unit struct {
	in0, in1, out0, out1 int32
}

// Identity reports whether every output rune offset equals its input offset.
func (a Alignment) Identity() bool { return len(a.units) == 0 }

// Source maps the output rune span [start,end) to the input span it came
// from. A span edge inside a replaced phrase widens to the whole phrase.
func (a Alignment) Source(start, end int) (srcStart, srcEnd int) {
	return a.offset(start, false), a.offset(end, true)
}

// Offset maps an output rune offset to the input rune offset it came from;
// an offset inside a replaced phrase maps to the phrase's start.
func (a Alignment) Offset(i int) int { return a.offset(i, false) }

func (a Alignment) offset(i int, end bool) int {
	// First unit that ends after i.
	k := sort.Search(len(a.units), func(k int) bool { return int(a.units[k].out1) > i })
	if k < len(a.units) && int(a.units[k].out0) < i {
		if end {
			return int(a.units[k].in1)
		}
		return int(a.units[k].in0)
	}
	if k == 0 {
		return i
	}
	u := a.units[k-1]
	return i + int(u.in1-u.out1)
}

// recorder collects the units of a whole conversion, segment by segment.
type recorder struct {
	units           []unit
	inBase, outBase int32
}

// add appends the units of one segment, given in segment-local offsets.
func (r *recorder) add(in, out string, local []unit) {
	for _, u := range local {
		r.units = append(r.units, unit{u.in0 + r.inBase, u.in1 + r.inBase, u.out0 + r.outBase, u.out1 + r.outBase})
	}
	r.inBase += int32(utf8.RuneCountInString(in))
	r.outBase += int32(utf8.RuneCountInString(out))
}

// localRecorder collects the units of one pass over one string.
type localRecorder struct {
	units []unit
	pos   int   // byte offset counted up to
	runes int32 // runes in s[:pos]
	delta int32 // output runes minus input runes so far
}

// unit records that the key at byte p of s (keyN runes) became valN runes.
func (r *localRecorder) unit(s string, p int, keyN, valN int32) {
	r.runes += int32(utf8.RuneCountInString(s[r.pos:p]))
	r.pos = p
	in0 := r.runes
	out0 := in0 + r.delta
	r.units = append(r.units, unit{in0, in0 + keyN, out0, out0 + valN})
	r.delta += valN - keyN
}

// compose returns the units of g after f, where f maps a string a to b (m
// runes) and g maps b to c. Offsets of b that are edges in both f and g are
// edges of the result; between two of them lies one unit.
func compose(f, g []unit, m int) []unit {
	if len(f) == 0 {
		return g
	}
	if len(g) == 0 {
		return f
	}
	fromA := edges(f, m, func(u unit) (int32, int32, int32) { return u.out0, u.out1, u.in1 })
	toC := edges(g, m, func(u unit) (int32, int32, int32) { return u.in0, u.in1, u.out1 })
	var out []unit
	prevA, prevC := int32(0), int32(0)
	for j := 1; j <= m; j++ {
		if fromA[j] < 0 || toC[j] < 0 {
			continue
		}
		if fromA[j]-prevA != toC[j]-prevC {
			out = append(out, unit{prevA, fromA[j], prevC, toC[j]})
		}
		prevA, prevC = fromA[j], toC[j]
	}
	return out
}

// edges maps each offset 0..m of a string to the offset on the other side of
// the units, or -1 for an offset strictly inside a unit. side returns a
// unit's span on this string (lo, hi) and its end on the other (ohi).
func edges(us []unit, m int, side func(unit) (lo, hi, ohi int32)) []int32 {
	e := make([]int32, m+1)
	delta := int32(0)
	k := 0
	for j := int32(0); j <= int32(m); j++ {
		for k < len(us) {
			lo, hi, ohi := side(us[k])
			if j < hi {
				if j > lo {
					e[j] = -1
				} else {
					e[j] = j + delta
				}
				break
			}
			delta = ohi - hi
			k++
		}
		if k == len(us) {
			e[j] = j + delta
		}
	}
	return e
}
