package webpage

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/width"
)

// dateline matches a calendar date with an optional time of day as pages
// print it: 2024年03月29日 15:07, 2024-03-29 15:07:43, 2024/3/29.
var dateline = regexp.MustCompile(`((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?:\s*日)?(?:[T\s]*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?`)

// usDate matches the month-first dates that some Chinese sites print through
// US-locale servers: 9/17/2004 5:54:13 AM.
var usDate = regexp.MustCompile(`(?:^|[^\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?)?`)

// zone is the offset assumed for a time printed without one.
const zone = "+08:00"

// normDate turns one dateline match into ISO 8601, or "" when it is not a
// real date.
func normDate(m []string) string {
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return ""
	}
	if time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC).Day() != d {
		return ""
	}
	date := fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	if m[4] == "" {
		return date
	}
	h, _ := strconv.Atoi(m[4])
	mi, _ := strconv.Atoi(m[5])
	s, _ := strconv.Atoi(m[6])
	if h > 23 || mi > 59 || s > 59 {
		return date
	}
	return fmt.Sprintf("%sT%02d:%02d:%02d%s", date, h, mi, s, zone)
}

// findDate returns the first real date in text, normalized.
func findDate(text string) string {
	if !hasYear(text) {
		return ""
	}
	text = width.Fold.String(text)
	best, at := "", len(text)+1
	for _, m := range dateline.FindAllStringSubmatchIndex(text, 4) {
		if d := normDate(groups(text, m)); d != "" {
			best, at = d, m[0]
			break
		}
	}
	for _, m := range usDate.FindAllStringSubmatchIndex(text, 4) {
		if m[0] >= at {
			break
		}
		g := groups(text, m)
		// Reorder to year, month, day, hour, minute, second.
		if g[7] != "" && g[4] != "" {
			h, _ := strconv.Atoi(g[4])
			switch pm := strings.EqualFold(g[7], "pm"); {
			case pm && h < 12:
				g[4] = strconv.Itoa(h + 12)
			case !pm && h == 12:
				g[4] = "0"
			}
		}
		if d := normDate([]string{g[0], g[3], g[1], g[2], g[4], g[5], g[6]}); d != "" {
			return d
		}
	}
	return best
}

// groups turns submatch indexes into strings, "" for a group that did not match.
func groups(text string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = text[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// china is the zone times are given in: the instant is kept, and the day is
// the one readers in China saw.
var china = time.FixedZone("CST", 8*3600)

// metaDate normalizes a machine-readable time from a meta tag or JSON-LD.
// A time with a zone is moved to +08:00; one without is taken as +08:00.
func metaDate(v string) string {
	v = strings.TrimSpace(v)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05.000Z07:00", "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t.In(china).Format(time.RFC3339)
		}
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil && len(v) >= 10 && len(v) <= 13 {
		if len(v) == 13 {
			n /= 1000
		}
		return time.Unix(n, 0).In(china).Format(time.RFC3339)
	}
	return findDate(v)
}

// copyrightLine reports a block that only carries a copyright year.
func copyrightLine(s string) bool {
	low := strings.ToLower(s)
	return strings.Contains(low, "copyright") || strings.Contains(s, "©") || strings.Contains(s, "版权")
}

// hasYear reports whether text holds four digits in a row, half- or
// full-width: a cheap test before the date patterns run.
func hasYear(text string) bool {
	run := 0
	for _, r := range text {
		if (r >= '0' && r <= '9') || (r >= '０' && r <= '９') {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// shortDateline matches a publish label with a date that lacks the century
// or the year, often run into its time: 发布时间：09-3022:46 (30 September,
// 22:46), 发布时间：18-03-0823:16.
var shortDateline = regexp.MustCompile(`(?:发布时间|發布時間|发表时间|發表時間|发布于|發布於|发表于|發表於)\s*[:：]?\s*(?:(\d{2})-)?(\d{2})-(\d{2})\s*(\d{2})[:：](\d{2})`)

// shortDate reads a shortDateline in text. A two-digit year is taken as
// 20YY; a missing year comes from the first of known (times the page gives
// elsewhere, such as its update time) on the same month and day. It returns
// "" when no year can be found.
func shortDate(text string, known []string) string {
	g := shortDateline.FindStringSubmatch(width.Fold.String(text))
	if g == nil {
		return ""
	}
	year := ""
	if g[1] != "" {
		year = "20" + g[1]
	}
	for _, k := range known {
		if year != "" {
			break
		}
		if d := metaDate(k); len(d) >= 10 && d[5:7] == g[2] && d[8:10] == g[3] {
			year = d[:4]
		}
	}
	if year == "" {
		return ""
	}
	return normDate([]string{"", year, g[2], g[3], g[4], g[5], ""})
}

// updateLine reports a line that gives the time of the last update, not of
// publication (最后更新: 2019-09-07 09:27:48).
func updateLine(s string) bool {
	for _, w := range updateWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
