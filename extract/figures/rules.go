package figures

import (
	"github.com/zhnews/zhnews/extract/cnnum"
)

// dateLike reports whether the number (or range) ending at hi is part of a
// date or time: a month, a day, a clock time, a year, 2023-03-25.
func dateLike(rs []rune, lo, hi cnnum.Number, used int) bool {
	e := skipSpaces(rs, hi.End)
	if e >= len(rs) {
		return used == 1 && yearLike(lo) && yearLike(hi)
	}
	if _, end, ok := units.match(rs, e); ok && end-e >= 2 && rs[e] != '年' { // 日元, 个月
		return false
	}
	switch x := rs[e]; x {
	case '月', '日', '号', '號', '时', '時', '点', '點':
		return true
	case '-', '－', '/', '.':
		return e+1 < len(rs) && cnnum.IsArabic(rs[e+1])
	case '年':
		decade := e+1 < len(rs) && (rs[e+1] == '代' || rs[e+1] == '级') // 90年代, 二年级
		return decade || yearLike(hi) || (used == 1 && yearLike(lo)) || monthFollows(rs, e+1)
	}
	return used == 1 && yearLike(lo) && yearLike(hi)
}

// yearLike reports whether n reads as a calendar year: four Arabic digits
// from 1000 to 2999, or two to four Chinese digits written one by one
// (二〇二五, 六八年).
func yearLike(n cnnum.Number) bool {
	t := []rune(n.Text)
	if len(t) < 2 || len(t) > 4 || n.Approx || (len(t) != 4 && cnnum.IsArabic(t[0])) {
		return false
	}
	arabic, chinese := 0, 0
	for _, r := range t {
		switch {
		case cnnum.IsArabic(r):
			arabic++
		case cnnum.IsDigit(r) && r != '两' && r != '兩':
			chinese++
		}
	}
	if arabic == 4 {
		return n.Value >= 1000 && n.Value < 3000
	}
	return chinese == len(t)
}

// monthFollows reports whether a month (N月) starts at rs[i]: 18年10月.
func monthFollows(rs []rune, i int) bool {
	k := i
	for k < len(rs) && k-i < 3 && (cnnum.IsDigit(rs[k]) || rs[k] == '十' || rs[k] == '正') {
		k++
	}
	return k > i && k < len(rs) && rs[k] == '月'
}

// attachUnit reads the unit and inner approximation after the number and
// decides whether the whole is a figure.
func attachUnit(rs []rune, c *candidate, lo, hi cnnum.Number) bool {
	if perCent(hi) {
		return fractionPercent(rs, c, hi)
	}
	if u, at, end, ok := multiplierUnit(rs, hi); ok {
		return applyUnit(rs, c, lo, hi, u, at, end)
	}
	j := hi.End
	inner := at(approx.inner, rs, j)
	k := skipSpaces(rs, j+inner)
	u, end, ok := units.match(rs, k)
	if !ok || (k > j+inner && (u.class == classClassifier || u.class == classRank)) {
		return bare(rs, c, lo, hi) // no space before a measure word: 2010 大 is not 2010大
	}
	if inner > 0 {
		c.approx = true
	}
	return applyUnit(rs, c, lo, hi, u, k, end)
}

// skipSpaces steps over up to four spaces at rs[i].
func skipSpaces(rs []rune, i int) int {
	for k := i; k < len(rs) && k-i < 4 && rs[k] == ' '; k++ {
		if k+1 < len(rs) && rs[k+1] != ' ' {
			return k + 1
		}
	}
	return i
}

// perCent reports a fraction over a bare multiplier: 百分之五, 千分之三,
// 万分之二 (but not the plain fraction 一百分之二).
func perCent(n cnnum.Number) bool {
	return n.Den >= 100 && cnnum.IsMultiplier([]rune(n.Text)[0])
}

// multiplierUnit handles units that start with a multiplier character which
// the numeral swallowed: 12千米, 5兆瓦, 3百分点.
func multiplierUnit(rs []rune, hi cnnum.Number) (unit, int, int, bool) {
	t := []rune(hi.Text)
	if len(t) < 2 || !cnnum.IsMultiplier(t[len(t)-1]) {
		return unit{}, 0, 0, false
	}
	u, end, ok := units.match(rs, hi.End-1)
	if !ok || len(u.text) < 2 {
		return unit{}, 0, 0, false
	}
	return u, hi.End - 1, end, true
}

// fractionPercent turns 百分之五 into 5 %, 千分之三 into 3 ‰ and 万分之二
// into 0.02 %.
func fractionPercent(rs []rune, c *candidate, hi cnnum.Number) bool {
	scale := 100.0
	c.unit = "%"
	if hi.Den == 1000 {
		scale, c.unit = 1000, "‰"
	}
	c.value *= scale
	c.max *= scale
	c.end = hi.End
	c.end += suffix(rs, c)
	return true
}

// bare decides on a number without unit: a figure only when written with a
// multiplier (900万, 两千, 3至5万) or as a 四五千 range.
func bare(rs []rune, c *candidate, lo, hi cnnum.Number) bool {
	t := []rune(hi.Text)
	first := []rune(lo.Text)[0]
	if !(cnnum.IsDigit(first) || first == '十' || first == '拾' || first == '负' || first == '-') {
		return false
	}
	has := lo.Max > 0
	for _, r := range t {
		if cnnum.IsMultiplier(r) {
			has = true
		}
	}
	if !has && !(lo.Start > 0 && currencySigns[rs[lo.Start-1]] != "") {
		return false
	}
	c.end = hi.End
	c.end += suffix(rs, c)
	return true
}

// suffix consumes an approximation marker after the figure (左右, 以上).
func suffix(rs []rune, c *candidate) int {
	w := at(approx.suffix, rs, c.end)
	if w > 0 {
		c.approx = true
	}
	return w
}
