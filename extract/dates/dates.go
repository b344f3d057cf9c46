// Package dates finds date and time expressions in Chinese news text and
// normalizes them to ISO 8601 at the precision the text gives: 2025,
// 2025-07, 2025-07-09, 2025-07-09T13:59, 2025-W28; a range is "start/end".
//
// Offsets are runes (Unicode code points) into the text, end exclusive.
// Relative expressions (7月9日, 9日, 今年, 上半年, 当日) resolve against the
// article's publish time ref; with a zero ref only absolute expressions are
// returned. News convention: a bare day after ref's day is in the previous
// month. Vague words (近日, 日前, 目前, 近年来) are not dates. The relative
// words and parts of a year are embedded data files. Extract is a pure
// function, safe for concurrent use.
package dates

import (
	"fmt"
	"strings"
	"time"

	"github.com/zhnews/zhnews/extract"
)

// Precisions of a point in time.
const (
	precNone = iota
	precYear
	precMonth
	precDay
	precMinute
	precSecond
	precWeek
)

// point is a date at some precision; fields below the precision are unset.
type point struct {
	y, m, d    int
	hh, mi, ss int
	week       int
	prec       int
}

// String formats p in ISO 8601 at its precision.
func (p point) String() string {
	switch p.prec {
	case precYear:
		return fmt.Sprintf("%04d", p.y)
	case precMonth:
		return fmt.Sprintf("%04d-%02d", p.y, p.m)
	case precDay:
		return fmt.Sprintf("%04d-%02d-%02d", p.y, p.m, p.d)
	case precMinute:
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", p.y, p.m, p.d, p.hh, p.mi)
	case precSecond:
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:%02d", p.y, p.m, p.d, p.hh, p.mi, p.ss)
	case precWeek:
		return fmt.Sprintf("%04d-W%02d", p.y, p.week)
	}
	return ""
}

// valid reports whether the fields of p form a real calendar date.
func (p point) valid() bool {
	if p.y < 1 || p.y > 9999 {
		return false
	}
	if p.prec >= precMonth && p.prec != precWeek && (p.m < 1 || p.m > 12) {
		return false
	}
	if p.prec >= precDay && p.prec != precWeek {
		t := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
		if t.Day() != p.d || p.hh > 23 || p.mi > 59 || p.ss > 59 {
			return false
		}
	}
	return true
}

func dayPoint(t time.Time) point {
	return point{y: t.Year(), m: int(t.Month()), d: t.Day(), prec: precDay}
}

func (p point) time() time.Time {
	return time.Date(p.y, time.Month(max(p.m, 1)), max(p.d, 1), 0, 0, 0, 0, time.UTC)
}

// Extract returns the dates in text, left to right, without overlaps. ref is
// the publish time; the zero time means unknown.
func Extract(text string, ref time.Time) []extract.Date {
	s := &scanner{rs: []rune(text), ref: ref, known: !ref.IsZero()}
	for i := 0; i < len(s.rs); {
		if !triggers.has(s.rs[i]) && !isDigit(s.rs[i]) {
			i++
			continue
		}
		if end, ok := s.at(i); ok {
			i = end
			continue
		}
		i++
	}
	return s.out
}

// scanner holds the state of one Extract call.
type scanner struct {
	rs    []rune
	ref   time.Time
	known bool // ref is set
	out   []extract.Date

	lastDay   point // last day-precision date mentioned, for 次日
	lastCtx   point // last day- or month-precision date mentioned, for 当日
	lastYear  int   // last year mentioned, for 当年
	lastMonth point // last month mentioned, for 当月
}

// emit records a date or range over rs[start:end].
func (s *scanner) emit(start, end int, from, to point, isRange bool) {
	v := from.String()
	if isRange && to.String() != v {
		v += "/" + to.String()
	}
	s.out = append(s.out, extract.Date{Text: string(s.rs[start:end]), Value: v, Start: start, End: end})
	last := from
	if isRange {
		last = to
	}
	if last.prec >= precDay && last.prec != precWeek {
		s.lastDay = point{y: last.y, m: last.m, d: last.d, prec: precDay}
	}
	if last.prec >= precMonth && last.prec != precWeek && (!isRange || last.prec >= precDay) {
		s.lastCtx = point{y: last.y, m: last.m, d: last.d, prec: min(last.prec, precDay)}
	}
	if last.prec != precWeek && last.y > 0 {
		s.lastYear = last.y
	}
	if last.prec >= precMonth && last.prec != precWeek {
		s.lastMonth = point{y: last.y, m: last.m, prec: precMonth}
	}
}

// at tries every date form at rs[i] and emits the first that matches.
func (s *scanner) at(i int) (int, bool) {
	if isDigit(s.rs[i]) && i > 0 && (isArabic(s.rs[i-1]) || isLetter(s.rs[i-1]) || s.rs[i-1] == '.' || s.rs[i-1] == '第') {
		return 0, false
	}
	if end, ok := s.decade(i); ok {
		return end, true
	}
	if end, ok := s.numeric(i); ok {
		return end, true
	}
	if end, ok := s.compound(i); ok {
		return end, true
	}
	if end, ok := s.weekday(i); ok {
		return end, true
	}
	if end, ok := s.ago(i); ok {
		return end, true
	}
	if end, ok := s.titleYear(i); ok {
		return end, true
	}
	return 0, false
}

// titleYear matches a year written without 年 at the start of a title or
// quoted name that it dates: 《2022上海产业技术创新发展报告》.
func (s *scanner) titleYear(i int) (int, bool) {
	rs := s.rs
	if i == 0 || !strings.ContainsRune("《“「", rs[i-1]) {
		return 0, false
	}
	y, e, ok := arabicN(rs, i, 4, 4)
	if !ok || y < 1900 || y > 2099 || e >= len(rs) || !han(rs[e]) || strings.ContainsRune("年月日号届期", rs[e]) {
		return 0, false
	}
	p := point{y: y, prec: precYear}
	s.emit(i, e, p, p, false)
	return e, true
}

func han(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }
