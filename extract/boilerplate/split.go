package boilerplate

import "regexp"

// splitGlued splits a body that holds two articles. The evidence must be
// clear on every count: a later paragraph opens an article (a headline and
// dateline line above it, or a lead such as "X月X日电" or "近日," when the
// body opened with a lead too), both sides are long, and their vocabularies
// are far apart (cosine of the character-bigram counts, and the share of
// frequent bigrams they have in common). An ordinary lead needs longer sides
// and a larger topic shift than a dateline.
func splitGlued(ls []line, segs []segment) []segment {
	var out []segment
	for _, sg := range segs {
		out = append(out, splitSegment(ls, sg)...)
	}
	return out
}

// splitSegment walks sg once, keeping the bigram statistics of the text
// before and after the current line up to date, and cuts wherever glued
// finds a second article.
func splitSegment(ls []line, sg segment) []segment {
	if !mayGlue(ls, sg) {
		return []segment{sg}
	}
	var out []segment
	cur := sg.start
	st := newSides(ls, sg.start, sg.end)
	for i := sg.start + 1; i < sg.end; i++ {
		st.move(ls, i-1)
		if ls[i].kind != kindContent || !opensArticle(ls, cur, i) || !st.glued(ls, i) {
			continue
		}
		out = append(out, segment{start: cur, end: i, next: i})
		cur = i
		st.reset()
	}
	return append(out, segment{start: cur, end: sg.end, next: sg.next})
}

// mayGlue reports whether some lead in sg has enough prose on both sides
// for the smallest split, so that most bodies skip the bigram statistics.
func mayGlue(ls []line, sg segment) bool {
	total := 0
	for i := sg.start; i < sg.end; i++ {
		if ls[i].kind == kindContent {
			total += ls[i].n
		}
	}
	before := 0
	for i := sg.start; i < sg.end; i++ {
		if i > sg.start && before >= strongMinSide && total-before >= strongMinSide && ls[i].kind == kindContent && opensArticle(ls, sg.start, i) {
			return true
		}
		if ls[i].kind == kindContent {
			before += ls[i].n
		}
	}
	return false
}

// Limits for a split: minimum prose runes on each side, maximum bigram
// cosine and maximum shared share of frequent bigrams.
const (
	strongMinSide, strongMaxCos, strongMaxShared = 300, 0.35, 0.35
	weakMinSide, weakMaxCos, weakMaxShared       = 500, 0.25, 0.25
)

// opensArticle reports whether line i could open a second article after the
// one starting at line first: a headline and dateline above it, or a lead
// when the first article also opened with one.
func opensArticle(ls []line, first, i int) bool {
	return afterDateline(ls, i) || (ls[first].lead != leadNone && ls[i].lead != leadNone)
}

// afterDateline reports a paragraph right after a standalone dateline line
// ("2024-03-29 15:07 来源:xx") that follows a short line: a headline and
// its dateline in the middle of a body open a new article.
func afterDateline(ls []line, i int) bool {
	if i < 2 || ls[i-1].reason != ReasonMeta {
		return false
	}
	if _, ok := findDate(ls[i-1].text); !ok {
		return false
	}
	return ls[i-2].kind == kindShort || ls[i-2].reason == ReasonTitleRepeat
}

// glued reports whether a second article starts at line i, given the sides.
func (st *sides) glued(ls []line, i int) bool {
	lead := ls[i].text
	minSide, maxCos, maxShared := weakMinSide, weakMaxCos, weakMaxShared
	if ls[i].lead == leadStrong || afterDateline(ls, i) {
		minSide, maxCos, maxShared = strongMinSide, strongMaxCos, strongMaxShared
	}
	if st.proseA < minSide || st.proseB < minSide {
		return false
	}
	if g := monthDayRe.FindString(leadHead(lead)); g != "" && st.days[g] {
		return false // the lead dates itself to a day already named: same story
	}
	return st.cosine() < maxCos && st.shared() < maxShared
}

var monthDayRe = regexp.MustCompile(`\d{1,2}月\d{1,2}日`)

// leadHead is the first 60 bytes or so of a paragraph, cut at a rune boundary.
func leadHead(s string) string {
	for i := range s {
		if i >= 60 {
			return s[:i]
		}
	}
	return s
}

// lineBigrams counts the Han character bigrams of one line.
func lineBigrams(s string) map[[2]rune]float64 {
	m := map[[2]rune]float64{}
	var prev rune
	for _, r := range s {
		if isHan(r) && isHan(prev) {
			m[[2]rune{prev, r}]++
		}
		prev = r
	}
	return m
}
