package boilerplate

import "math"

// sides holds the bigram statistics of the text before (a) and after (b) a
// candidate split point, updated line by line so that a whole body is
// searched in one pass.
type sides struct {
	a, b           map[[2]rune]float64
	dot, na2, nb2  float64 // dot product and squared norms of a and b
	fa, fb, fab    int     // bigrams frequent (>= 3) in a, in b, in both
	proseA, proseB int     // prose runes on each side
	days           map[string]bool
}

func newSides(ls []line, from, to int) *sides {
	st := &sides{a: map[[2]rune]float64{}, b: map[[2]rune]float64{}, days: map[string]bool{}}
	for i := from; i < to; i++ {
		if ls[i].kind == kindJunk {
			continue
		}
		for k, c := range lineBigrams(ls[i].text) {
			st.b[k] += c
		}
		if ls[i].kind == kindContent {
			st.proseB += ls[i].n
		}
	}
	for _, v := range st.b {
		st.nb2 += v * v
		if v >= 3 {
			st.fb++
		}
	}
	return st
}

// move takes line i from the after side to the before side.
func (st *sides) move(ls []line, i int) {
	if ls[i].kind == kindJunk {
		return
	}
	for k, c := range lineBigrams(ls[i].text) {
		st.add(k, -1)
		st.a[k] += c
		st.b[k] -= c
		st.add(k, +1)
	}
	if ls[i].kind == kindContent {
		st.proseA += ls[i].n
		st.proseB -= ls[i].n
	}
	for _, d := range monthDayRe.FindAllString(ls[i].text, -1) {
		st.days[d] = true
	}
}

// add adds (sign +1) or takes away (-1) the contribution of bigram k.
func (st *sides) add(k [2]rune, sign float64) {
	a, b := st.a[k], st.b[k]
	st.dot += sign * a * b
	st.na2 += sign * a * a
	st.nb2 += sign * b * b
	n := int(sign)
	if a >= 3 {
		st.fa += n
	}
	if b >= 3 {
		st.fb += n
	}
	if a >= 3 && b >= 3 {
		st.fab += n
	}
}

// reset empties the before side: a new article starts here.
func (st *sides) reset() {
	st.a = map[[2]rune]float64{}
	st.days = map[string]bool{}
	st.dot, st.na2, st.fa, st.fab, st.proseA = 0, 0, 0, 0, 0
}

func (st *sides) cosine() float64 {
	if st.na2 <= 0 || st.nb2 <= 0 {
		return 0
	}
	return st.dot / math.Sqrt(st.na2*st.nb2)
}

// shared is the share of bigrams frequent on both sides among those frequent
// on the side with fewer of them.
func (st *sides) shared() float64 {
	if min(st.fa, st.fb) == 0 {
		return 1
	}
	return float64(st.fab) / float64(min(st.fa, st.fb))
}
