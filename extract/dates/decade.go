package dates

import "github.com/zhnews/zhnews/extract/cnnum"

// centuries are the words naming the century of a decade, with the
// century's first year; 0 means "the century of the publish year".
var centuries = []struct {
	text  []rune
	start int
}{
	{[]rune("上世纪"), -100}, {[]rune("上个世纪"), -100}, {[]rune("本世纪"), 0},
	{[]rune("二十世纪"), 1900}, {[]rune("20世纪"), 1900}, {[]rune("二十一世纪"), 2000}, {[]rune("21世纪"), 2000},
	{[]rune("十九世纪"), 1800}, {[]rune("19世纪"), 1800},
}

// decade matches 90年代, 上世纪90年代, 20世纪80年代, 九十年代: the ten years
// as a range. Without a century, a decade after the publish year's is in
// the previous century.
func (s *scanner) decade(i int) (int, bool) {
	rs := s.rs
	j, base, hasBase := i, 0, false
	for _, c := range centuries {
		if hasPrefix(rs[i:], c.text) {
			j, base, hasBase = i+len(c.text), c.start, true
			break
		}
	}
	d, e, ok := decadeNumber(rs, j)
	if !ok || e+1 >= len(rs) || rs[e] != '年' || rs[e+1] != '代' {
		return 0, false
	}
	if !hasBase || base <= 0 {
		if !s.known {
			return 0, false
		}
		century := s.ref.Year() / 100 * 100
		switch {
		case hasBase && base < 0:
			base = century - 100
		case hasBase:
			base = century
		case century+d > s.ref.Year():
			base = century - 100
		default:
			base = century
		}
	}
	from, to := point{y: base + d, prec: precYear}, point{y: base + d + 9, prec: precYear}
	s.emit(i, e+2, from, to, true)
	return e + 2, true
}

// decadeNumber reads the 90 of 90年代 or the 九十 of 九十年代.
func decadeNumber(rs []rune, j int) (int, int, bool) {
	if v, e, ok := arabicN(rs, j, 2, 2); ok {
		return v, e, v%10 == 0
	}
	e := j
	for e < len(rs) && e-j < 2 && (isDigit(rs[e]) || rs[e] == '十') {
		e++
	}
	if e == j || (j > 0 && isDigit(rs[j-1])) {
		return 0, j, false
	}
	v, ok := cnnum.Parse(string(rs[j:e]))
	return int(v), e, ok && int(v)%10 == 0 && v >= 10 && v <= 90
}
