package dates

import (
	"strings"
	"time"
)

// weekPrefixes shift a weekday by whole weeks: 上周一 is Monday last week.
var weekPrefixes = []struct {
	text   []rune
	offset int
}{
	{[]rune("上上个"), -2}, {[]rune("下下个"), 2}, {[]rune("上上個"), -2}, {[]rune("下下個"), 2},
	{[]rune("上上"), -2}, {[]rune("下下"), 2},
	{[]rune("这个"), 0}, {[]rune("上个"), -1}, {[]rune("下个"), 1},
	{[]rune("這個"), 0}, {[]rune("上個"), -1}, {[]rune("下個"), 1}, {[]rune("這"), 0},
	{[]rune("本"), 0}, {[]rune("这"), 0}, {[]rune("上"), -1}, {[]rune("下"), 1},
}

var weekWords = [][]rune{[]rune("星期"), []rune("礼拜"), []rune("禮拜"), []rune("周"), []rune("週")}

var weekdayNumber = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '日': 7, '天': 7}

// weekdayAt reports whether a weekday number follows at rs[i] (上周 + 一).
func weekdayAt(rs []rune, i int) bool {
	return i < len(rs) && weekdayNumber[rs[i]] != 0
}

// weekday matches 周一, 星期五, 上周三, 这个礼拜天: a day in the publish week,
// shifted by the prefix.
func (s *scanner) weekday(i int) (int, bool) {
	rs := s.rs
	if !s.known || (i > 0 && (rs[i-1] == '每' || isDigit(rs[i-1]) || rs[i-1] == '个')) {
		return 0, false
	}
	j, offset := i, 0
	for _, p := range weekPrefixes {
		if hasPrefix(rs[j:], p.text) {
			j, offset = j+len(p.text), p.offset
			break
		}
	}
	k := j
	for _, w := range weekWords {
		if hasPrefix(rs[j:], w) {
			k = j + len(w)
			break
		}
	}
	if k == j || k >= len(rs) || weekdayNumber[rs[k]] == 0 {
		return 0, false
	}
	if k+1 < len(rs) && (rs[k+1] == '次' || rs[k+1] == '年' || rs[k+1] == '岁') {
		return 0, false
	}
	dow := weekdayNumber[rs[k]]
	refDow := int(s.ref.Weekday()+6)%7 + 1 // Monday 1 .. Sunday 7
	t := s.ref.AddDate(0, 0, 7*offset+dow-refDow)
	p := dayPoint(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC))
	s.emit(i, k+1, p, p, false)
	return k + 1, true
}

// trailingWeekday returns the end of a weekday that restates a date just
// before it: 10月12号，星期一 or 7月9日(周三).
func trailingWeekday(rs []rune, e int) int {
	k := e
	if k < len(rs) && strings.ContainsRune("，,(（ ", rs[k]) {
		k++
	}
	for _, w := range weekWords {
		if !hasPrefix(rs[k:], w) {
			continue
		}
		d := k + len(w)
		if d >= len(rs) || weekdayNumber[rs[d]] == 0 {
			return e
		}
		d++
		if rs[e] == '(' || rs[e] == '（' {
			if d < len(rs) && (rs[d] == ')' || rs[d] == '）') {
				return d + 1
			}
			return e
		}
		return d
	}
	return e
}
