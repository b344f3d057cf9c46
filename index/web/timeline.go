package web

import (
	"fmt"
	"time"

	"github.com/zhnews/zhnews/index"
)

// Bar is one month of the timeline.
type Bar struct {
	Month  string // YYYY-MM
	Count  int
	Level  int  // height in steps of 5% of the highest month, 0 to 20
	Label  bool // the month is labelled under the axis
	Active bool // the date filter is exactly this month
}

// Timeline is the chart of matching articles per month.
type Timeline struct {
	Bars        []Bar
	Max         int
	First, Last string
}

// maxMonths is the longest span the timeline shows, counted back from the
// last month with matches.
const maxMonths = 240

// timelineOf lays out the month facet as bars, one per calendar month from
// the first to the last month with matches (empty months included, so gaps
// show); nil when no month has matches. Months are counted
// back from the last when the span exceeds maxMonths.
func timelineOf(counts []index.FacetCount, active string) *Timeline {
	byMonth := map[string]int{}
	var first, last time.Time
	for _, c := range counts {
		t, err := time.Parse("2006-01", c.Term)
		if err != nil || c.Count <= 0 {
			continue
		}
		byMonth[c.Term] += c.Count
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	if len(byMonth) == 0 {
		return nil
	}
	n := months(first, last) + 1
	if n > maxMonths {
		first, n = last.AddDate(0, 1-maxMonths, 0), maxMonths
	}
	tl := &Timeline{First: first.Format("2006-01"), Last: last.Format("2006-01")}
	for i := range n {
		m := first.AddDate(0, i, 0).Format("2006-01")
		tl.Max = max(tl.Max, byMonth[m])
		tl.Bars = append(tl.Bars, Bar{Month: m, Count: byMonth[m], Active: m == active})
	}
	every := max(1, (n+7)/8) // about eight labels
	for i := range tl.Bars {
		b := &tl.Bars[i]
		if b.Count > 0 {
			b.Level = max(1, (b.Count*20+tl.Max/2)/tl.Max)
		}
		b.Label = i%every == 0
	}
	return tl
}

// months returns how many calendar months b is after a.
func months(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

// Title is the hover text of a bar.
func (b Bar) Title() string { return fmt.Sprintf("%s：%d 篇", b.Month, b.Count) }
