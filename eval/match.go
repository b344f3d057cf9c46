package eval

import (
	"math"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// FigureTolerance is the relative difference under which a predicted figure
// value equals a labeled one.
const FigureTolerance = 1e-6

// matchItems pairs np predictions with ng gold items so that each gold item
// matches at most one prediction, taking predictions in order and each the
// first unmatched gold item it equals. It returns the gold index of every
// prediction (-1 when unmatched) and whether every gold item was matched.
func matchItems(np, ng int, eq func(p, g int) bool) (predTo []int, goldHit []bool) {
	predTo = make([]int, np)
	goldHit = make([]bool, ng)
	for p := range predTo {
		predTo[p] = -1
		for g := range goldHit {
			if !goldHit[g] && eq(p, g) {
				predTo[p] = g
				goldHit[g] = true
				break
			}
		}
	}
	return predTo, goldHit
}

// dedup returns the index of the first item of every distinct key, in
// order, and for every item the position in that list of its first twin.
// Labels list each distinct item once per article, so predictions are
// compared the same way: an entity mentioned five times is predicted once.
func dedup(n int, key func(i int) string) (uniq []int, rep []int) {
	seen := map[string]int{}
	rep = make([]int, n)
	for i := 0; i < n; i++ {
		k := key(i)
		j, ok := seen[k]
		if !ok {
			j = len(uniq)
			seen[k] = j
			uniq = append(uniq, i)
		}
		rep[i] = j
	}
	return uniq, rep
}

// norm is how labeled and predicted texts are compared: width-folded, with
// all whitespace removed.
func norm(s string) string { return string(squeeze(s)) }

// dayOf returns the date part of an ISO 8601 date or date-time.
func dayOf(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "T "); i >= 0 {
		s = s[:i]
	}
	return s
}

// sameValue reports whether two figure values agree within FigureTolerance.
func sameValue(a, b float64) bool {
	if a == b {
		return true
	}
	scale := math.Max(math.Abs(a), math.Abs(b))
	return math.Abs(a-b) <= FigureTolerance*scale
}

// sameUnit compares units as labeled and predicted texts are compared.
func sameUnit(a, b string) bool { return norm(a) == norm(b) }

// ContextRunes is how many runes of context a finding shows on each side.
const ContextRunes = 15

// locate returns the rune span of text in body, or -1, -1. When the byte
// search fails it tries again width-folded.
func locate(body, text string) (start, end int) {
	if text == "" {
		return -1, -1
	}
	i := strings.Index(body, text)
	if i < 0 {
		i = strings.Index(width.Fold.String(body), width.Fold.String(text))
		if i < 0 {
			return -1, -1
		}
		body = width.Fold.String(body)
	}
	start = utf8.RuneCountInString(body[:i])
	return start, start + utf8.RuneCountInString(text)
}

// spanOK reports whether [start, end) is a valid rune span of body whose
// text equals text (compared width-folded, ignoring whitespace).
func spanOK(body []rune, start, end int, text string) bool {
	if start < 0 || end > len(body) || start >= end {
		return false
	}
	return norm(string(body[start:end])) == norm(text)
}

// window returns up to ContextRunes runes on each side of [start, end).
func window(body []rune, start, end int) (before, after string) {
	lo := max(0, start-ContextRunes)
	hi := min(len(body), end+ContextRunes)
	return string(body[lo:start]), string(body[end:hi])
}
