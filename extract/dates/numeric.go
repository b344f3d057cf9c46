package dates

import "github.com/zhnews/zhnews/extract/cnnum"

func isArabic(r rune) bool { return cnnum.IsArabic(r) }
func isDigit(r rune) bool  { return cnnum.IsDigit(r) }
func isLetter(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }

func digitAt(rs []rune, i int) bool { return i < len(rs) && isArabic(rs[i]) }

// arabicN reads min to max Arabic digits at rs[i] that are not followed by
// another digit.
func arabicN(rs []rune, i, min, max int) (int, int, bool) {
	v, j := 0, i
	for j < len(rs) && j-i < max && isArabic(rs[j]) {
		v = v*10 + int(foldDigit(rs[j])-'0')
		j++
	}
	if j-i < min || digitAt(rs, j) {
		return 0, i, false
	}
	return v, j, true
}

func foldDigit(r rune) rune {
	if r >= '０' && r <= '９' {
		return r - '０' + '0'
	}
	return r
}

// numeric matches dates written with digits and separators: 2023-03-25,
// 2023/3/25 13:59, 2025-2027, 2024-03.
func (s *scanner) numeric(i int) (int, bool) {
	rs := s.rs
	y, j, ok := arabicN(rs, i, 4, 4)
	if !ok || y < 1000 || y > 2999 || j+1 >= len(rs) {
		return 0, false
	}
	if j+2 < len(rs) && rs[j] == ' ' && isRangeSep(rs[j+1]) && rs[j+2] == ' ' {
		return s.yearRange(i, y, j+3) // 1995 - 1997年
	}
	sep := rs[j]
	if !isNumericSep(sep) && !isRangeSep(sep) {
		return 0, false
	}
	if isNumericSep(sep) {
		if end, ok := s.ymd(i, y, j, sep); ok {
			return end, true
		}
	}
	if isRangeSep(sep) {
		return s.yearRange(i, y, j+1)
	}
	return 0, false
}

// yearRange reads the second year of 2025-2027 at rs[k].
func (s *scanner) yearRange(i, y, k int) (int, bool) {
	rs := s.rs
	y2, e, ok := arabicN(rs, k, 4, 4)
	if !ok || y2 <= y || y2-y > 100 {
		return 0, false
	}
	if e < len(rs) && rs[e] == '年' {
		e++
	}
	s.emit(i, e, point{y: y, prec: precYear}, point{y: y2, prec: precYear}, true)
	return e, true
}

func isNumericSep(r rune) bool { return r == '-' || r == '/' || r == '.' || r == '－' || r == '／' }

// ymd matches the month and day after "YYYY-".
func (s *scanner) ymd(i, y, j int, sep rune) (int, bool) {
	rs := s.rs
	m, k, ok := arabicN(rs, j+1, 1, 2)
	if !ok {
		return 0, false
	}
	if k+1 < len(rs) && rs[k] == sep {
		d, e, ok := arabicN(rs, k+1, 1, 2)
		if !ok {
			return 0, false
		}
		p := point{y: y, m: m, d: d, prec: precDay}
		e = clock(rs, &p, e)
		if !p.valid() {
			return 0, false
		}
		s.emit(i, e, p, p, false)
		return e, true
	}
	if k-(j+1) != 2 || sep == '.' || m < 1 || m > 12 || (k < len(rs) && (isNumericSep(rs[k]) || isLetter(rs[k]))) {
		return 0, false
	}
	p := point{y: y, m: m, prec: precMonth}
	s.emit(i, k, p, p, false)
	return k, true
}

// clock extends a day with a time of day written HH:MM or HH:MM:SS,
// optionally after one space or T.
func clock(rs []rune, p *point, e int) int {
	k := e
	if k < len(rs) && (rs[k] == ' ' || rs[k] == 'T' || rs[k] == '\u3000') {
		k++
	}
	hh, k2, ok := arabicN(rs, k, 1, 2)
	if !ok || k2 >= len(rs) || (rs[k2] != ':' && rs[k2] != '：') {
		return e
	}
	mi, k3, ok := arabicN(rs, k2+1, 2, 2)
	if !ok || hh > 23 || mi > 59 {
		return e
	}
	p.hh, p.mi, p.prec = hh, mi, precMinute
	if k3+1 < len(rs) && (rs[k3] == ':' || rs[k3] == '：') {
		if ss, k4, ok := arabicN(rs, k3+1, 2, 2); ok && ss <= 59 {
			p.ss, p.prec = ss, precSecond
			return k4
		}
	}
	return k3
}

// isRangeSep reports a character joining the two ends of a range.
func isRangeSep(r rune) bool {
	switch r {
	case '-', '－', '—', '–', '~', '～', '〜', '至', '到':
		return true
	}
	return false
}

// rangeSep returns the index after a range separator at rs[j], or j. 至今
// (until now) is not a separator.
func rangeSep(rs []rune, j int) int {
	if j >= len(rs) || !isRangeSep(rs[j]) {
		return j
	}
	if rs[j] == '至' && j+1 < len(rs) && rs[j+1] == '今' {
		return j
	}
	if rs[j] == '—' && j+1 < len(rs) && rs[j+1] == '—' {
		return j + 2
	}
	return j + 1
}
