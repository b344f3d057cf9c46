package boilerplate

import (
	"regexp"
	"strings"

	"github.com/zhnews/zhnews/extract"
)

// pageMeta is metadata known from outside the text lines (HTML meta tags).
type pageMeta struct {
	Title, Published, Source string
	Authors                  []string
	// html: the lines are the main content webpage.Parse chose from the
	// DOM, and its metadata (from tags) wins over what the text shows.
	html bool
}

// segment is the body of one article: lines [start, end) of the page, and the
// lines [end, next) that follow it up to the next article, which it owns.
type segment struct {
	start, end, next int
}

// build runs the whole text path over classified lines.
func build(ls []line, opt Options, pm pageMeta) []Article {
	classify(ls)
	if !pm.html {
		markMenuRuns(ls)
	}
	start := mainBlock(ls, pm.html)
	title, titleAt := chooseTitle(ls, start, opt, pm)
	markTitleRepeats(ls, title)
	if start >= 0 && ls[start].kind == kindJunk { // the chosen start became a title repeat
		start = bodyStart(ls, start, pm.html)
	}
	if start < 0 {
		return []Article{headerOnly(ls, title, opt, pm)}
	}
	segs := findSegments(ls, start, pm.html)
	segs = splitGlued(ls, segs)
	dates := readPage(ls)
	dates.site = siteOf(opt, pm)
	out := make([]Article, 0, len(segs))
	for k, sg := range segs {
		a := Article{}
		if k == 0 {
			a.Title = title
			a.Removed = removeRange(ls, 0, sg.start, ReasonNav, titleAt)
			headerMeta(&a, ls[:sg.start], pm)
		} else {
			a.Title = glueTitle(ls, sg.start)
			headerMeta(&a, glueHeader(ls, sg.start), pageMeta{})
		}
		fillBody(&a, ls, sg, dates, pm.html)
		if k == 0 {
			finishMeta(&a, opt, pm)
		}
		removeInjected(&a)
		out = append(out, a)
	}
	return out
}

// bodyStart returns the first prose line at or after from, or -1. For
// content chosen from HTML, any line that is not junk starts the body.
func bodyStart(ls []line, from int, html bool) int {
	for i := from; i < len(ls); i++ {
		if ls[i].kind == kindContent || (html && ls[i].kind == kindShort) {
			return i
		}
	}
	return -1
}

// mainBlock returns the start of the article body: the first prose line (any
// non-junk line for HTML content) of the first block that holds at least
// 40% as much prose as the largest one. Blocks are separated by hard junk
// lines the text does not resume after; comment threads and related lists
// that outweigh the article come after it. It returns -1 without prose.
func mainBlock(ls []line, html bool) int {
	type block struct{ start, score int }
	var blocks []block
	most := 0
	for i := 0; i < len(ls); {
		start := bodyStart(ls, i, html)
		if start < 0 {
			break
		}
		end := bodyEnd(ls, start, html)
		score := 0
		for j := start; j < end; j++ {
			if ls[j].kind == kindContent {
				score += ls[j].n
			}
		}
		blocks = append(blocks, block{start, score})
		most = max(most, score)
		i = end
	}
	for _, b := range blocks {
		if b.score > 0 && b.score*10 >= most*4 {
			return b.start
		}
	}
	return -1
}

// bodyEnd returns the first hard junk line after start that the article does
// not resume after, or len(ls).
func bodyEnd(ls []line, start int, html bool) int {
	for i := start + 1; i < len(ls); i++ {
		if ls[i].kind == kindJunk && ls[i].hard && !resumes(ls, i, html) {
			return i
		}
	}
	return len(ls)
}

// resumes reports whether prose goes on after the hard line i: a promo,
// meta, footer or counter line (not a list header, disclaimer or end mark)
// followed, before any other junk, by at least 100 runes of prose in one
// line or 80 in two. In content chosen from HTML, a related-list header
// followed by whole paragraphs (two or more, 200 runes) is resumed after too:
// the DOM already kept it as part of the article.
func resumes(ls []line, i int, html bool) bool {
	lines, runes := 0, 0
	for j := i + 1; j < len(ls) && ls[j].kind != kindJunk; j++ {
		if ls[j].kind == kindContent {
			lines, runes = lines+1, runes+ls[j].n
		}
	}
	switch ls[i].reason {
	case ReasonPromo, ReasonMeta, ReasonFooter, ReasonCounter:
		return (lines >= 1 && runes >= 100) || (lines >= 2 && runes >= 80)
	case ReasonRelated:
		return html && lines >= 2 && runes >= 200
	}
	return false
}

// findSegments finds the article bodies: the first starts at start; after a
// body ends, another starts only where a dateline lead opens a long prose run
// that is not part of a list.
func findSegments(ls []line, start int, html bool) []segment {
	var segs []segment
	run := runs(ls)
	for start >= 0 {
		end := bodyEnd(ls, start, html)
		next := nextLead(ls, end, run)
		segs = append(segs, segment{start: start, end: end, next: next})
		if next == len(ls) {
			break
		}
		start = next
	}
	return segs
}

// nextLead finds, at or after from, a content line opening a new article:
// it starts with a dateline lead and is followed by at least 200 runes of prose
// before any junk. It returns len(ls) when there is none.
func nextLead(ls []line, from int, run []int) int {
	for i := from; i < len(ls); i++ {
		if run[i] >= 200 && ls[i].kind == kindContent && ls[i].lead != leadNone && (i == 0 || ls[i-1].reason != ReasonRelated) {
			return i
		}
	}
	return len(ls)
}

// runs returns for each line the runes from it to the next junk line.
func runs(ls []line) []int {
	run := make([]int, len(ls)+1)
	for i := len(ls) - 1; i >= 0; i-- {
		if ls[i].kind != kindJunk {
			run[i] = run[i+1] + ls[i].n
		}
	}
	return run
}

// removeRange lists the lines [from, to) as removed. Lines that matched no
// rule get def as their reason, except the title line, a title repeat.
func removeRange(ls []line, from, to int, def string, titleAt int) []extract.Removed {
	var out []extract.Removed
	for i := from; i < to; i++ {
		r := ls[i].reason
		if i == titleAt {
			r = ReasonTitleRepeat
		} else if r == "" {
			r = def
		}
		out = append(out, extract.Removed{Text: ls[i].full(), Reason: r})
	}
	return out
}

// tailReasons gives reasons to the unmatched lines after a body: prose
// inherits the section it sits in (a related list, a disclaimer), short lines
// are footer unless they follow a related item.
func tailReasons(ls []line, from, to int) []extract.Removed {
	var out []extract.Removed
	section, prev := ReasonFooter, ""
	for i := from; i < to; i++ {
		r := ls[i].reason
		switch {
		case r != "":
			section = r
		case ls[i].kind == kindContent && inheritable(section):
			r = section
		case section == ReasonRelated && prev == ReasonRelated:
			r = ReasonRelated
		default:
			r = ReasonFooter
		}
		prev = r
		out = append(out, extract.Removed{Text: ls[i].full(), Reason: r})
	}
	return out
}

func inheritable(r string) bool {
	switch r {
	case ReasonRelated, ReasonDisclaimer, ReasonPromo, ReasonTicker, ReasonSpam:
		return true
	}
	return false
}

// fillBody moves the lines of sg into a: kept paragraphs, removed junk, and
// the tail up to the next article.
func fillBody(a *Article, ls []line, sg segment, dates *page, html bool) {
	last := sg.start
	for i := sg.start; i < sg.end; i++ {
		if ls[i].kind == kindContent {
			last = i
		}
	}
	for i := sg.start; i < sg.end; i++ {
		l := ls[i]
		switch {
		case l.kind == kindJunk:
			if l.reason == ReasonByline {
				a.Authors = appendNames(a.Authors, bylineNames(l.text))
			}
			if l.reason == ReasonMeta && a.Source == "" {
				a.Source = sourceFrom(l.text)
			}
			a.Removed = append(a.Removed, extract.Removed{Text: l.full(), Reason: l.reason})
		case !html && i > last && l.kind == kindShort:
			a.Removed = append(a.Removed, extract.Removed{Text: l.full(), Reason: ReasonFooter})
		default:
			addParagraph(a, l.text, dates)
			if l.link != "" {
				a.Removed = append(a.Removed, extract.Removed{Text: strings.TrimFunc(l.link, isSpace), Reason: ReasonNav})
			}
		}
	}
	tail := tailReasons(ls, sg.end, sg.next)
	for _, r := range tail {
		if r.Reason == ReasonMeta && a.Source == "" {
			a.Source = sourceFrom(r.Text)
		}
	}
	a.Removed = append(a.Removed, tail...)
}

// headerOnly is the article of a page that has no prose at all.
func headerOnly(ls []line, title string, opt Options, pm pageMeta) Article {
	a := Article{Title: title}
	a.Removed = removeRange(ls, 0, len(ls), ReasonNav, -1)
	headerMeta(&a, ls, pm)
	finishMeta(&a, opt, pm)
	return a
}

// glueTitle returns the headline just before a glued article, if there is one.
// Metadata lines (a dateline, a byline) may stand between the two.
func glueTitle(ls []line, start int) string {
	for i := start - 1; i >= 0 && i >= start-4; i-- {
		switch {
		case ls[i].kind == kindShort && ls[i].n >= 6 && ls[i].n <= 60:
			return ls[i].text
		case ls[i].reason != ReasonMeta && ls[i].reason != ReasonByline:
			return ""
		}
	}
	return ""
}

// glueHeader returns the lines just above a glued article that are not
// prose (its headline, dateline, byline), at most six.
func glueHeader(ls []line, start int) []line {
	i := start
	for i > 0 && i > start-6 && ls[i-1].kind != kindContent {
		i--
	}
	return ls[i:start]
}

// page holds the dates of a page that help date a dateline lead.
type page struct {
	dates []stamp // full dates outside counter widgets
	years []int   // years written as "YYYY年" in prose, not as a target
	site  string  // the outlet the page belongs to, for "本报"; may be empty
}

var futureYearRe = regexp.MustCompile(`(到|至|预计|預計|计划|計劃|目标|目標|力争|力爭|争取|爭取|将于|將於)\s*$`)

// readPage collects the dates and years of the page.
func readPage(ls []line) *page {
	pg := &page{}
	for _, l := range ls {
		if l.reason == ReasonCounter {
			continue
		}
		pg.dates = append(pg.dates, findDates(l.text, 0)...)
		if l.kind == kindJunk {
			continue
		}
		for _, m := range yearRe.FindAllStringSubmatchIndex(l.text, -1) {
			lead := l.text[max(0, m[0]-9):m[0]]
			if futureYearRe.MatchString(lead) {
				continue
			}
			pg.years = append(pg.years, atoi(l.text[m[2]:m[3]]))
		}
	}
	return pg
}

func normTitle(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}
