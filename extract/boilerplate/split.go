package boilerplate

import (
	"math"
	"regexp"
	"strings"
)

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

func splitSegment(ls []line, sg segment) []segment {
	if !isLead(ls[sg.start].text) {
		return []segment{sg}
	}
	for i := sg.start + 1; i < sg.end; i++ {
		if ls[i].kind != kindContent || !isLead(ls[i].text) {
			continue
		}
		if gluedAt(ls, sg, i) {
			first := segment{start: sg.start, end: i, next: i}
			rest := splitSegment(ls, segment{start: i, end: sg.end, next: sg.next})
			return append([]segment{first}, rest...)
		}
	}
	return []segment{sg}
}

// Limits for a split: minimum prose runes on each side, maximum bigram
// cosine and maximum shared share of frequent bigrams.
const (
	strongMinSide, strongMaxCos, strongMaxShared = 300, 0.35, 0.35
	weakMinSide, weakMaxCos, weakMaxShared       = 500, 0.25, 0.25
)

// gluedAt reports whether a second article starts at line i of sg.
func gluedAt(ls []line, sg segment, i int) bool {
	minSide, maxCos, maxShared := weakMinSide, weakMaxCos, weakMaxShared
	if isStrongLead(ls[i].text) {
		minSide, maxCos, maxShared = strongMinSide, strongMaxCos, strongMaxShared
	}
	if proseRunes(ls, sg.start, i) < minSide || proseRunes(ls, i, sg.end) < minSide {
		return false
	}
	if sameEvent(ls, sg.start, i) {
		return false
	}
	a, b := bigrams(ls, sg.start, i), bigrams(ls, i, sg.end)
	return cosine(a, b) < maxCos && sharedFrequent(a, b) < maxShared
}

// sameEvent reports whether the lead at line i dates itself to a day that
// the text before it already named ("11月18日"): then it continues the story.
func sameEvent(ls []line, from, i int) bool {
	g := monthDayRe.FindStringSubmatch(leadHead(ls[i].text))
	if g == nil {
		return false
	}
	for j := from; j < i; j++ {
		if strings.Contains(ls[j].text, g[0]) {
			return true
		}
	}
	return false
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

// sharedFrequent is the share of bigrams frequent (3 or more) on both sides
// among those frequent on the side with fewer of them.
func sharedFrequent(a, b map[[2]rune]float64) float64 {
	na, nb, both := 0, 0, 0
	for k, v := range a {
		if v >= 3 {
			na++
			if b[k] >= 3 {
				both++
			}
		}
	}
	for _, v := range b {
		if v >= 3 {
			nb++
		}
	}
	if min(na, nb) == 0 {
		return 1
	}
	return float64(both) / float64(min(na, nb))
}

func proseRunes(ls []line, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if ls[i].kind == kindContent {
			n += ls[i].n
		}
	}
	return n
}

// bigrams counts the Han character bigrams of the non-junk lines [from, to).
func bigrams(ls []line, from, to int) map[[2]rune]float64 {
	m := map[[2]rune]float64{}
	for i := from; i < to; i++ {
		if ls[i].kind == kindJunk {
			continue
		}
		var prev rune
		for _, r := range ls[i].text {
			if isHan(r) && isHan(prev) {
				m[[2]rune{prev, r}]++
			}
			prev = r
		}
	}
	return m
}

func cosine(a, b map[[2]rune]float64) float64 {
	var dot, na, nb float64
	for k, v := range a {
		na += v * v
		dot += v * b[k]
	}
	for _, v := range b {
		nb += v * v
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
