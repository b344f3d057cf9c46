package boilerplate

import "math"

// splitGlued splits a body that holds two articles: at a paragraph that opens
// with a lead, when both sides are long and the bigram vocabularies of the two
// sides are far apart. A dateline lead ("X月X日电") needs less topic evidence
// than an ordinary lead ("近日,").
func splitGlued(ls []line, segs []segment) []segment {
	var out []segment
	for _, sg := range segs {
		out = append(out, splitSegment(ls, sg)...)
	}
	return out
}

func splitSegment(ls []line, sg segment) []segment {
	for i := sg.start + 1; i < sg.end; i++ {
		if ls[i].kind != kindContent || !isLead(ls[i].text) {
			continue
		}
		before, after := proseRunes(ls, sg.start, i), proseRunes(ls, i, sg.end)
		if before < 200 || after < 200 {
			continue
		}
		sim := cosine(bigrams(ls, sg.start, i), bigrams(ls, i, sg.end))
		limit := splitWeak
		if isStrongLead(ls[i].text) {
			limit = splitStrong
		}
		if sim < limit {
			first := segment{start: sg.start, end: i, next: i}
			rest := splitSegment(ls, segment{start: i, end: sg.end, next: sg.next})
			return append([]segment{first}, rest...)
		}
	}
	return []segment{sg}
}

// Cosine similarity limits below which a lead paragraph starts a new article.
const (
	splitWeak   = 0.30
	splitStrong = 0.45
)

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
