package dates

import (
	"time"

	"github.com/zhnews/zhnews/extract/cnnum"
)

// agoUnits are the spans that N…前 counts back by, with the precision the
// result keeps: 3天前 is a day, 5年前 only a year.
var agoUnits = []struct {
	text   []rune
	days   int // days per unit, 0 for months and years
	months int
	prec   int
}{
	{[]rune("个星期"), 7, 0, precDay}, {[]rune("个月"), 0, 1, precMonth},
	{[]rune("天"), 1, 0, precDay}, {[]rune("日"), 1, 0, precDay}, {[]rune("周"), 7, 0, precDay},
	{[]rune("年"), 0, 12, precYear},
}

// ago matches 3天前, 两周前, 5年前: a point counted back from the publish
// time. 多/余 (3天多前) and missing references are not resolved.
func (s *scanner) ago(i int) (int, bool) {
	rs := s.rs
	if !s.known || (i > 0 && (isDigit(rs[i-1]) || rs[i-1] == '近' || rs[i-1] == '第')) {
		return 0, false
	}
	e := i
	for e < len(rs) && e-i < 3 && (isDigit(rs[e]) || rs[e] == '十') {
		e++
	}
	n, ok := cnnum.Parse(string(rs[i:e]))
	if e == i || !ok || n < 1 || n > 100 {
		return 0, false
	}
	for _, u := range agoUnits {
		k := e + len(u.text)
		if !hasPrefix(rs[e:], u.text) || k >= len(rs) || rs[k] != '前' {
			continue
		}
		t := s.ref.AddDate(0, -int(n)*u.months, -int(n)*u.days)
		p := dayPoint(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC))
		p.prec = u.prec
		s.emit(i, k+1, p, p, false)
		return k + 1, true
	}
	return 0, false
}
