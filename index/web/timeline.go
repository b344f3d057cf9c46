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
	X, Y   int // position of the bar in the chart, in SVG units
	W, H   int
	Label  bool // the month is labelled under the axis
	Active bool // the date filter is exactly this month
}

// Timeline is the chart of matching articles per month.
type Timeline struct {
	Bars          []Bar
	Width, Height int
	Max           int
	First, Last   string
}

// Chart geometry, in SVG user units.
const (
	chartWidth  = 720
	chartHeight = 64
	maxMonths   = 240
)

// timelineOf lays out the month facet as bars, one per calendar month from
// the first to the last month with matches (empty months included, so gaps
// show); nil when fewer than one month has matches. Months are counted
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
	tl := &Timeline{Width: chartWidth, Height: chartHeight, First: first.Format("2006-01"), Last: last.Format("2006-01")}
	for i := range n {
		m := first.AddDate(0, i, 0).Format("2006-01")
		tl.Max = max(tl.Max, byMonth[m])
		tl.Bars = append(tl.Bars, Bar{Month: m, Count: byMonth[m], Active: m == active})
	}
	step := chartWidth / n
	gap := max(1, step/5)
	every := max(1, (n+7)/8) // about eight labels
	for i := range tl.Bars {
		b := &tl.Bars[i]
		b.X, b.W = i*step, max(1, step-gap)
		b.H = 0
		if b.Count > 0 {
			b.H = max(2, b.Count*chartHeight/tl.Max)
		}
		b.Y = chartHeight - b.H
		b.Label = (n <= 12 || i%every == 0) && step*every >= 40
	}
	return tl
}

// months returns how many calendar months b is after a.
func months(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

// Title is the hover text of a bar.
func (b Bar) Title() string { return fmt.Sprintf("%s：%d 篇", b.Month, b.Count) }
