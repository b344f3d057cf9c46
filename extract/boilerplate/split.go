package boilerplate

import "regexp"

// splitGlued splits a body that holds two articles. The evidence must be
// clear on every count: the body opens with a lead and a later paragraph
// opens with another (a dateline "X月X日电" or an ordinary lead "近日,"), both
// sides are long, and their vocabularies are far apart (cosine of the
// character-bigram counts, and the share of frequent bigrams they have in
// common). An ordinary lead needs longer sides and a larger topic shift.
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
	if !isLead(ls[sg.start].text) {
		return []segment{sg}
	}
	if !mayGlue(ls, sg) {
		return []segment{sg}
	}
	var out []segment
	cur := sg.start
	st := newSides(ls, sg.start, sg.end)
	for i := sg.start + 1; i < sg.end; i++ {
		st.move(ls, i-1)
		if ls[i].kind != kindContent || !isLead(ls[i].text) || !st.glued(ls[i].text) {
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
		if i > sg.start && before >= strongMinSide && total-before >= strongMinSide && ls[i].kind == kindContent && isLead(ls[i].text) {
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

// glued reports whether a second article starts with lead, given the sides.
func (st *sides) glued(lead string) bool {
	minSide, maxCos, maxShared := weakMinSide, weakMaxCos, weakMaxShared
	if isStrongLead(lead) {
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
