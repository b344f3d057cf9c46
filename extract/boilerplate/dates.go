package boilerplate

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// stamp is a date found in text, with the time when one was given.
type stamp struct {
	y, m, d    int
	hh, mm, ss int
	hasTime    bool
	hasSec     bool
	start, end int // byte offsets of the match
}

// iso formats s as 2025-07-09 or 2025-07-09T15:07:43+08:00.
func (s stamp) iso() string {
	if !s.hasTime {
		return fmt.Sprintf("%04d-%02d-%02d", s.y, s.m, s.d)
	}
	if !s.hasSec {
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d+08:00", s.y, s.m, s.d, s.hh, s.mm)
	}
	return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:%02d+08:00", s.y, s.m, s.d, s.hh, s.mm, s.ss)
}

var (
	fullDateRe = regexp.MustCompile(`(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2}))(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?`)
	leadDateRe = regexp.MustCompile(`^(.{0,30}?)(\d{1,2})月(\d{1,2})日\s*(?:电|電|讯|訊|消息)`)
	yearRe     = regexp.MustCompile(`(\d{4})年`)
)

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// findDate returns the first valid full date (with year) in s.
func findDate(s string) (stamp, bool) {
	all := findDates(s, 1)
	if len(all) == 0 {
		return stamp{}, false
	}
	return all[0], true
}

// findDates returns up to max valid full dates in s (max <= 0: all).
func findDates(s string, max int) []stamp {
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	var out []stamp
	for _, m := range fullDateRe.FindAllStringSubmatchIndex(s, -1) {
		g := func(k int) string {
			if m[2*k] < 0 {
				return ""
			}
			return s[m[2*k]:m[2*k+1]]
		}
		st := stamp{y: atoi(g(1)), m: atoi(g(2) + g(4)), d: atoi(g(3) + g(5)), start: m[0], end: m[1]}
		if g(6) != "" {
			st.hasTime, st.hh, st.mm, st.ss = true, atoi(g(6)), atoi(g(7)), atoi(g(8))
			st.hasSec = g(8) != ""
			if !st.validTime() {
				st.hasTime, st.hasSec = false, false
				st.end = m[2*5+1]
				if st.end < 0 {
					st.end = m[2*3+1]
				}
			}
		}
		if !st.valid() {
			continue
		}
		out = append(out, st)
		if max > 0 && len(out) >= max {
			break
		}
	}
	return out
}

func (s stamp) valid() bool {
	if s.y < 1980 || s.y > 2100 || s.m < 1 || s.m > 12 || s.d < 1 {
		return false
	}
	return s.d <= time.Date(s.y, time.Month(s.m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (s stamp) validTime() bool { return s.hh < 24 && s.mm < 60 && s.ss < 60 }

// leadDate reads a dateline lead such as "中新网上海7月9日电" at the start of a
// paragraph: the text before the date (agency and place) and month and day.
func leadDate(p string) (prefix string, m, d int, ok bool) {
	head := p
	if len(head) > 120 {
		head = head[:120]
	}
	g := leadDateRe.FindStringSubmatch(head)
	if g == nil {
		return "", 0, 0, false
	}
	m, d = atoi(g[2]), atoi(g[3])
	if m < 1 || m > 12 || d < 1 || d > 31 || strings.ContainsAny(g[1], "。，,；;") {
		return "", 0, 0, false
	}
	return g[1], m, d, true
}

// inferYear picks the year of month m, day d from the page: the year of a
// full date with the same month and day, else of the full date nearest in the
// calendar (within two months), else the latest year written in prose.
func inferYear(m, d int, pg *page) int {
	best, bestDist := 0, 1<<30
	for _, s := range pg.dates {
		dist := abs((s.m-m)*31 + s.d - d)
		if dist < bestDist {
			best, bestDist = s.y, dist
		}
	}
	if best != 0 && bestDist <= 62 {
		return best
	}
	y := 0
	for _, v := range pg.years {
		if v >= 1980 && v <= 2100 && v > y {
			y = v
		}
	}
	return y
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
