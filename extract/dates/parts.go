package dates

import "time"

// month reads 7月, 七月, 1-6月 (a range), with 份 and 初/上旬/底 after it.
func (s *scanner) month(i int) (m1, m2, end int, ok bool) {
	rs := s.rs
	m1, e, ok := smallNumber(rs, i, true)
	if !ok || m1 < 1 || m1 > 12 {
		return 0, 0, 0, false
	}
	m2 = m1
	if k := rangeSep(rs, e); k > e {
		if v, e2, ok := smallNumber(rs, k, true); ok && v > m1 && v <= 12 && e2 < len(rs) && rs[e2] == '月' {
			m2, e = v, e2
		}
	}
	if e >= len(rs) || rs[e] != '月' {
		return 0, 0, 0, false
	}
	e++
	if e < len(rs) && rs[e] == '份' {
		e++
	}
	return m1, m2, e + monthPart(rs, e), true
}

// monthPart returns the length of 初, 上旬, 中旬, 下旬, 底 or 末 at rs[e].
func monthPart(rs []rune, e int) int {
	for _, w := range []string{"上旬", "中旬", "下旬", "初", "底", "末"} {
		if hasPrefix(rs[e:], []rune(w)) {
			return len([]rune(w))
		}
	}
	return 0
}

// day reads 9日, 九日, 9号 (after a month), 8-10日 (a range). Without a
// month only Arabic days written with 日 count, and not after 近, 前, 每...
func (s *scanner) day(i int, withMonth, yearOnly bool) (d1, d2, end int, ok bool) {
	rs := s.rs
	if yearOnly {
		return 0, 0, 0, false
	}
	if !withMonth && i > 0 && notBeforeDay[rs[i-1]] {
		return 0, 0, 0, false
	}
	d1, e, ok := smallNumber(rs, i, withMonth)
	if !ok || d1 < 1 || d1 > 31 {
		return 0, 0, 0, false
	}
	d2 = d1
	if k := rangeSep(rs, e); k > e {
		if v, e2, ok := smallNumber(rs, k, withMonth); ok && v > d1 && v <= 31 && e2 < len(rs) && dayMark(rs[e2], withMonth) {
			d2, e = v, e2
		}
	}
	if e >= len(rs) || !dayMark(rs[e], withMonth) {
		return 0, 0, 0, false
	}
	if !withMonth && e+1 < len(rs) && (rs[e+1] == '内' || rs[e+1] == '均') {
		return 0, 0, 0, false
	}
	return d1, d2, e + 1, true
}

func dayMark(r rune, withMonth bool) bool {
	return r == '日' || (withMonth && (r == '号' || r == '號'))
}

// notBeforeDay lists characters that make N日 a span of days (近3日) or
// something else than a date.
var notBeforeDay = map[rune]bool{
	'近': true, '前': true, '后': true, '這': true, '这': true, '每': true, '数': true, '第': true,
	'余': true, '个': true, '月': true, '年': true, '少': true, '超': true, '逾': true, '约': true, '共': true, '计': true, '隔': true, '逐': true, '连': true, '满': true, '半': true,
}

// dayWord matches 今天, 昨日, 当日, 次日 and 本周-style weeks.
func (s *scanner) dayWord(i int) (result, bool) {
	w, ok := wordAt(s.rs, i)
	if !ok {
		return result{}, false
	}
	end := i + len(w.text)
	var p point
	switch {
	case w.kind == "day" && s.known:
		p = dayPoint(s.ref.AddDate(0, 0, w.offset))
	case w.kind == "sameday" && s.lastCtx.prec != precNone:
		p = s.lastCtx // at the precision the context allows: 今年5月...当天 is 2025-05
	case w.kind == "sameday" && s.known:
		p = dayPoint(s.ref)
	case w.kind == "nextday" && s.lastDay.prec == precDay:
		p = dayPoint(s.lastDay.time().AddDate(0, 0, 1))
	case w.kind == "week" && s.known && !weekdayAt(s.rs, end):
		y, wk := s.ref.AddDate(0, 0, 7*w.offset).ISOWeek()
		p = point{y: y, week: wk, prec: precWeek}
	case (w.kind == "month" || w.kind == "samemonth") && s.known:
		return s.monthWord(w, end)
	default:
		return result{}, false
	}
	return result{from: p, to: p, end: end}, true
}

// monthWord resolves 本月, 上个月, 当月, and a day that follows (本月十日).
func (s *scanner) monthWord(w word, end int) (result, bool) {
	t := time.Date(s.ref.Year(), s.ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, w.offset, 0)
	p := point{y: t.Year(), m: int(t.Month()), prec: precMonth}
	if w.kind == "samemonth" && s.lastMonth.prec == precMonth {
		p = s.lastMonth
	}
	if d, _, e, ok := s.day(end, true, false); ok {
		p.d, p.prec, end = d, precDay, e
	}
	return result{from: p, to: p, end: end}, p.valid()
}

// period resolves a part of year y.
func (s *scanner) period(y int, per period, end int) result {
	from := point{y: y, m: per.first, prec: precMonth}
	to := point{y: y, m: per.last, prec: precMonth}
	return result{from: from, to: to, isRange: per.first != per.last, end: end}
}

// barePeriod matches 上半年 or 一季度 with no year, in the publish year.
func (s *scanner) barePeriod(i int, base *point) (result, bool) {
	if base != nil || !s.known || (i > 0 && (isDigit(s.rs[i-1]) || s.rs[i-1] == '十')) {
		return result{}, false // 六八年底: the year is there but unread; do not guess it
	}
	per, ok := periodAt(s.rs, i, false)
	if !ok {
		return result{}, false
	}
	return s.period(s.ref.Year(), per, i+len(per.text)), true
}
