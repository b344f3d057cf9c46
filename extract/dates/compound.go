package dates

import (
	"strings"
	"time"

	"github.com/zhnews/zhnews/extract/cnnum"
)

// result is one parsed expression: a point or a range.
type result struct {
	from, to point
	isRange  bool
	end      int
}

// compound matches the Chinese forms (2025年7月9日, 7月9日至11日, 今年5月,
// 上半年, 当日) and emits them.
func (s *scanner) compound(i int) (int, bool) {
	r, ok := s.expr(i, nil)
	if !ok {
		if r.end > i { // an impossible or unresolvable date is consumed, not reported,
			s.lastCtx, s.lastDay = point{}, point{} // and a later 当日 cannot refer past it
		}
		return r.end, r.end > i
	}
	if k := rangeSep(s.rs, skipSpace(s.rs, r.end)); k > r.end && !r.isRange {
		if r2, ok := s.expr(skipSpace(s.rs, k), &r.from); ok && !r2.isRange && r2.from.prec == r.from.prec {
			if !after(r2.from, r.from) && r2.from.prec == precMonth && r2.from.y == r.from.y && !s.hasYear(k) {
				r2.from.y++ // 8月至2月 runs into the next year
			}
			if after(r2.from, r.from) {
				r.to, r.isRange, r.end = r2.from, true, r2.end
			}
		}
	}
	if !r.isRange && r.from.prec == precDay {
		r.end = trailingWeekday(s.rs, r.end)
	}
	s.emit(i, r.end, r.from, r.to, r.isRange)
	return r.end, true
}

// skipSpace steps over one space at rs[i].
func skipSpace(rs []rune, i int) int {
	if i < len(rs) && rs[i] == ' ' {
		return i + 1
	}
	return i
}

// after reports whether b is later than a.
func after(b, a point) bool {
	ta := time.Date(a.y, time.Month(max(a.m, 1)), max(a.d, 1), a.hh, a.mi, a.ss, 0, time.UTC)
	tb := time.Date(b.y, time.Month(max(b.m, 1)), max(b.d, 1), b.hh, b.mi, b.ss, 0, time.UTC)
	return tb.After(ta)
}

// expr parses one expression at rs[i]. base, when set, is the start of a
// range whose missing year and month the expression inherits.
func (s *scanner) expr(i int, base *point) (result, bool) {
	if base == nil {
		if r, ok := s.dayWord(i); ok {
			return r, true
		}
	}
	var p point
	j := i
	if y, e, ok := s.year(i); ok {
		p.y, p.prec, j = y, precYear, e
		if per, ok := periodAt(s.rs, j, true); ok {
			return s.period(p.y, per, j+len(per.text)), true
		}
		j = s.monthWordAfterYear(&p, skipSpace(s.rs, j))
	}
	m2 := 0
	if m1, mm2, e, ok := s.month(skipSpace(s.rs, j)); ok && p.m == 0 {
		p.m, p.prec, j, m2 = m1, precMonth, e, mm2
	}
	j, d2 := s.dayPart(&p, j, base != nil)
	if p.prec == precNone {
		return s.barePeriod(i, base)
	}
	if !s.fill(&p, base) {
		return result{end: j}, false
	}
	r := result{from: p, to: p, end: j}
	if m2 > p.m && p.prec == precMonth {
		r.to.m, r.isRange = m2, true
	}
	if d2 > p.d && p.prec == precDay {
		r.to.d, r.isRange = d2, true
	}
	return r, r.from.valid() && r.to.valid()
}

// dayPart reads the day (and a time of day) after the year and month read
// so far into p, returning where it ends and the end of a day range.
func (s *scanner) dayPart(p *point, j int, inRange bool) (int, int) {
	if d1, d2, e, ok := s.day(j, p.m != 0 || inRange, p.y != 0 && p.m == 0); ok {
		p.d, p.prec = d1, precDay
		return clock(s.rs, p, e), d2
	}
	if d, e, ok := spokenDay(s.rs, j, p.m != 0); ok {
		p.d, p.prec = d, precDay
		return e, 0
	}
	return j, 0
}

// monthWordAfterYear reads 本月 or 当月 after a year (去年本月十日).
func (s *scanner) monthWordAfterYear(p *point, j int) int {
	w, ok := wordAt(s.rs, j)
	if !ok || (w.kind != "month" && w.kind != "samemonth") || w.offset != 0 || !s.known {
		return j
	}
	p.m, p.prec = int(s.ref.Month()), precMonth
	return j + len(w.text)
}

// spokenDay reads a Chinese day written without 日 right after a month
// written in Chinese (八月十五, 一月二十三).
func spokenDay(rs []rune, j int, afterMonth bool) (int, int, bool) {
	if !afterMonth || j < 2 || rs[j-1] != '月' || isArabic(rs[j-2]) {
		return 0, j, false
	}
	d, e, ok := smallNumber(rs, j, true)
	if !ok || isArabic(rs[j]) || (e < len(rs) && (isDigit(rs[e]) || strings.ContainsRune("个天年号日次岁", rs[e]))) {
		return 0, j, false
	}
	return d, e, true
}

// fill completes a point's missing year and month from the range start,
// the text's context or the publish time. It fails when the reference is
// needed but unknown.
func (s *scanner) fill(p *point, base *point) bool {
	if base != nil {
		if p.y == 0 {
			p.y = base.y
		}
		if p.m == 0 && p.prec >= precDay {
			p.m = base.m
		}
		return true
	}
	if p.y != 0 && (p.m != 0 || p.prec == precYear) {
		return true
	}
	if !s.known {
		return false
	}
	if p.m == 0 { // a bare day: this month, or the previous one if still to come
		t := time.Date(s.ref.Year(), s.ref.Month(), 1, 0, 0, 0, 0, time.UTC)
		if p.d > s.ref.Day() {
			t = t.AddDate(0, -1, 0)
		}
		for k := 0; k < 2 && p.d > daysIn(t); k++ { // 29日 in March: January, not February
			t = t.AddDate(0, -1, 0)
		}
		p.y, p.m = t.Year(), int(t.Month())
		return true
	}
	p.y = s.ref.Year()
	if p.time().After(s.ref.AddDate(0, 6, 0)) { // 12月 in a January article
		p.y--
	}
	for p.m == 2 && p.d == 29 && !p.valid() && p.y > s.ref.Year()-4 { // the last leap year
		p.y--
	}
	return true
}

// year reads 2025年, 二〇二五年, 18年 before a month, or a relative year word.
func (s *scanner) year(i int) (int, int, bool) {
	rs := s.rs
	if y, e, ok := arabicN(rs, i, 4, 4); ok {
		if e = skipSpace(rs, e); e < len(rs) && rs[e] == '年' {
			return y, e + 1, y >= 1000 && y <= 2999
		}
	}
	if y, e, ok := chineseYear(rs, i); ok {
		return y, e, true
	}
	if y, e, ok := s.spokenYear(i); ok {
		return y, e, true
	}
	if yy, e, ok := arabicN(rs, i, 2, 2); ok && e < len(rs) && rs[e] == '年' {
		if _, _, _, ok := s.month(e + 1); ok {
			if yy < 50 {
				return 2000 + yy, e + 1, true
			}
			return 1900 + yy, e + 1, true
		}
	}
	w, ok := wordAt(rs, i)
	if !ok || (w.kind != "year" && w.kind != "sameyear") {
		return 0, 0, false
	}
	if e := i + len(w.text); e < len(rs) && strings.ContainsRune("龄纪轻级华会", rs[e]) {
		return 0, 0, false // 本年龄段, 当年轻人: 年 belongs to the next word
	}
	switch {
	case w.kind == "sameyear" && s.lastYear != 0:
		return s.lastYear, i + len(w.text), true
	case s.known:
		return s.ref.Year() + w.offset, i + len(w.text), true
	}
	return 0, 0, false
}

// chineseYear reads four Chinese digits written one by one before 年.
func chineseYear(rs []rune, i int) (int, int, bool) {
	if i+4 >= len(rs) || rs[i+4] != '年' {
		return 0, 0, false
	}
	for _, r := range rs[i : i+4] {
		if !isDigit(r) || isArabic(r) || r == '两' {
			return 0, 0, false
		}
	}
	if i > 0 && isDigit(rs[i-1]) {
		return 0, 0, false
	}
	v, ok := cnnum.Parse(string(rs[i : i+4]))
	return int(v), i + 5, ok && v >= 1000
}

// spokenYear reads a year in Chinese numerals with multipliers or in three
// digits (两千零四年, 三六七年), only when a month follows: alone these
// read as durations.
func (s *scanner) spokenYear(i int) (int, int, bool) {
	rs := s.rs
	if i > 0 && (isDigit(rs[i-1]) || rs[i-1] == '十') {
		return 0, 0, false
	}
	e := i
	for e < len(rs) && e-i < 6 && (isDigit(rs[e]) && !isArabic(rs[e]) || cnnum.IsUnit(rs[e])) {
		e++
	}
	if e-i < 2 || e >= len(rs) || rs[e] != '年' {
		return 0, 0, false
	}
	if _, _, _, ok := s.month(e + 1); !ok {
		return 0, 0, false
	}
	v, ok := cnnum.Parse(string(rs[i:e]))
	if !ok || v < 100 || v > 2999 || (e-i == 2 && v < 1000) {
		return 0, 0, false
	}
	return int(v), e + 1, true
}

// smallNumber reads a month or day number: up to two Arabic digits, or a
// Chinese numeral of up to three characters when chinese is set.
func smallNumber(rs []rune, i int, chinese bool) (int, int, bool) {
	if v, e, ok := arabicN(rs, i, 1, 2); ok {
		return v, e, true
	}
	if !chinese {
		return 0, i, false
	}
	e := i
	for e < len(rs) && e-i < 3 && (isDigit(rs[e]) && !isArabic(rs[e]) || rs[e] == '十') {
		e++
	}
	if e == i || (i > 0 && (isDigit(rs[i-1]) || rs[i-1] == '十')) {
		return 0, i, false
	}
	v, ok := cnnum.Parse(string(rs[i:e]))
	return int(v), e, ok && v >= 1 && v <= 31
}

// daysIn returns the number of days in t's month.
func daysIn(t time.Time) int {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// hasYear reports whether a year is written at rs[i].
func (s *scanner) hasYear(i int) bool {
	_, _, ok := s.year(skipSpace(s.rs, i))
	return ok
}
