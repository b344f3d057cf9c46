// Package figures finds quantities in Chinese news text: money, percentages
// and points, counts with measure words, measurements, temperatures, ages
// and durations, each with its value normalized to a plain number.
//
// Offsets are runes (Unicode code points) into the text, end exclusive.
// Multipliers (万 亿 万亿 千 百) go into the value, never into the unit:
// 4.72万亿元 is 4.72e12 元. Years, dates, times of day, ordinals (第一),
// codes, slogans such as 3+6 and the indefinite 一 of 一个 are not figures.
// Units, measure words and approximation markers are embedded data files.
// Extract is a pure function, safe for concurrent use.
package figures

import (
	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/cnnum"
)

// Extract returns the figures in text, left to right, without overlaps.
func Extract(text string) []extract.Figure {
	rs := []rune(text)
	nums := cnnum.FindRunes(rs)
	var out []extract.Figure
	floor := 0 // figures may not reach back before the previous one's end
	mags := magnitudes(rs)
	for k := 0; k < len(nums); k++ {
		c, used := build(rs, nums, k, floor)
		k += used
		if !c.ok || slogan(rs, c.start, c.end) {
			continue
		}
		for len(mags) > 0 && mags[0].Start < c.end {
			if mags[0].End <= c.start { // before this figure; an overlapping one is dropped
				out = append(out, mags[0])
			}
			mags = mags[1:]
		}
		out = append(out, c.figure(rs))
		floor = c.end
	}
	return append(out, mags...)
}

// candidate is a figure being assembled around one or two numbers.
type candidate struct {
	start, end int
	value, max float64
	hasMax     bool
	unit       string
	class      string
	approx     bool
	ok         bool
}

func (c candidate) figure(rs []rune) extract.Figure {
	f := extract.Figure{
		Text: string(rs[c.start:c.end]), Value: cnnum.Tidy(c.value), Unit: c.unit,
		Approx: c.approx, Start: c.start, End: c.end,
	}
	if c.hasMax {
		m := cnnum.Tidy(c.max)
		f.Max = &m
	}
	return f
}

// build assembles the figure that starts with nums[k]; used is how many
// further numbers it consumed (the high end of a range).
func build(rs []rune, nums []cnnum.Number, k, floor int) (candidate, int) {
	lo := nums[k]
	hi, used := lo, 0
	if k+1 < len(nums) && rangeBetween(rs, lo.End, nums[k+1].Start) {
		hi, used = nums[k+1], 1
	}
	if foreignLeft(rs, lo) || foreignRight(rs, hi) || leadingZero(lo) || leadingZero(hi) {
		return candidate{}, used
	}
	c := candidate{start: lo.Start, end: hi.End, value: lo.Value, approx: lo.Approx || hi.Approx}
	if used == 1 {
		c.value, c.max, c.hasMax = scaleLow(lo, hi), hi.Value, true
	} else if lo.Max > 0 {
		c.max, c.hasMax = lo.Max, true
	}
	if dateLike(rs, lo, hi, used) {
		return candidate{}, used
	}
	c.ok = attachUnit(rs, &c, lo, hi)
	if c.ok {
		attachPrefix(rs, &c, lo, floor)
	}
	return c, used
}

// foreignLeft reports whether what precedes a number makes it part of
// something that is not a quantity: an ordinal, a code, a version, a time,
// a 3+6 slogan.
func foreignLeft(rs []rune, n cnnum.Number) bool {
	if s := n.Start; s > 0 {
		p := rs[s-1]
		switch {
		case p == '第' || p == '+' || p == '＋' || p == '×' || p == '*' || p == '#' || p == '_' || p == '@' || p == '周' || p == '期' || p == '拜':
			return true
		case (p == '.' || p == ':' || p == '：' || p == '/' || p == '-' || p == '－') && s > 1 && alnum(rs[s-2]):
			return true
		case isASCII(p) && isLetterOrDigit(p):
			return true
		}
	}
	return false
}

// foreignRight is foreignLeft for what follows the number.
func foreignRight(rs []rune, n cnnum.Number) bool {
	if e := n.End; e < len(rs) {
		x := rs[e]
		switch {
		case x == '+' || x == '＋' || x == '×' || x == '@' || x == '_':
			return true
		case (x == ':' || x == '：' || x == '.' || x == '/') && e+1 < len(rs) && cnnum.IsArabic(rs[e+1]):
			return true
		}
	}
	return false
}

// leadingZero reports an Arabic number such as 0021 or 600519-style codes
// written with a leading zero.
func leadingZero(n cnnum.Number) bool {
	t := []rune(n.Text)
	return len(t) > 1 && (t[0] == '0' || t[0] == '０') && cnnum.IsArabic(t[1])
}

func alnum(r rune) bool           { return cnnum.IsArabic(r) || isLetter(r) }
func isASCII(r rune) bool         { return r < 0x80 }
func isLetterOrDigit(r rune) bool { return isLetter(r) || (r >= '0' && r <= '9') }

// rangeBetween reports whether rs[a:b] is a range separator: 至 到 - ~ —.
func rangeBetween(rs []rune, a, b int) bool {
	sep := string(rs[a:b])
	switch sep {
	case "至", "到", "-", "－", "~", "～", "—", "–", "〜", "——", "－－":
		return true
	}
	return false
}

// scaleLow applies the high end's trailing multiplier to a bare low end:
// 3至5万 is 30000 to 50000.
func scaleLow(lo, hi cnnum.Number) float64 {
	t := []rune(hi.Text)
	e := len(t)
	for e > 0 && cnnum.IsMultiplier(t[e-1]) {
		e--
	}
	if e == len(t) || e == 0 {
		return lo.Value
	}
	base, ok := cnnum.Parse(string(t[:e]))
	if !ok || base == 0 || lo.Value > base {
		return lo.Value
	}
	return lo.Value * hi.Value / base
}
