package boilerplate

// weakOccurrences finds title bigrams at clause starts in the gaps after each
// strong fragment and keeps those that sit in the same fragment's gap at least
// twice: the cycle inserts the same short pieces after the same fragment.
func (in *injector) weakOccurrences(strong []occ) []occ {
	after := map[pos]bool{}
	for _, o := range strong {
		after[pos{o.para, o.at + o.n}] = true
	}
	type gapItem struct {
		o   occ
		gap int
	}
	byType := map[string][]gapItem{}
	for k, o := range strong {
		limit := pos{o.para, len(in.paras[o.para])}
		if k+1 < len(strong) {
			limit = strong[k+1].pos
		}
		for _, w := range in.gap(pos{o.para, o.at + o.n}, limit, after) {
			byType[o.text] = append(byType[o.text], gapItem{w, k})
		}
	}
	var out []occ
	for _, items := range byType {
		gaps := map[string]map[int]bool{}
		for _, it := range items {
			if gaps[it.o.text] == nil {
				gaps[it.o.text] = map[int]bool{}
			}
			gaps[it.o.text][it.gap] = true
		}
		type key struct {
			gap  int
			text string
		}
		taken := map[key]bool{} // one removal per text per gap
		for _, it := range items {
			key := key{it.gap, it.o.text}
			if len(gaps[it.o.text]) >= 2 && !taken[key] {
				taken[key] = true
				out = append(out, it.o)
			}
		}
	}
	return out
}

// gap lists the title bigrams at clause starts in [from, to).
func (in *injector) gap(from, to pos, after map[pos]bool) []occ {
	var out []occ
	for pi := from.para; pi <= to.para && pi < len(in.paras); pi++ {
		p := in.paras[pi]
		i0, i1 := 0, len(p)
		if pi == from.para {
			i0 = from.at
		}
		if pi == to.para {
			i1 = to.at
		}
		for i := i0; i+2 <= i1; i++ {
			if in.boundary(p, i, after, pi) && in.bigrams[[2]rune{p[i], p[i+1]}] {
				out = append(out, occ{pos: pos{pi, i}, text: string(p[i : i+2]), n: 2})
			}
		}
	}
	return out
}

// maxCycle bounds the fragment types searched inside clauses.
const maxCycle = 32

// midClause finds the strong fragments of a spun page where no clause
// starts: once a fragment has recurred at clause starts in the cycle, its
// other occurrences are noise too (it is not the title's wording).
func (in *injector) midClause(strong []occ) []occ {
	types := map[string]bool{}
	at := map[pos]bool{}
	for _, o := range strong {
		types[o.text] = true
		at[o.pos] = true
	}
	if len(types) > maxCycle {
		return nil // spinners cycle through a few fragments; keep this linear
	}
	var out []occ
	for t := range types {
		tr := []rune(t)
		for pi, p := range in.paras {
			for i := 0; i+len(tr) <= len(p); i++ {
				if p[i] == tr[0] && !at[pos{pi, i}] && string(p[i:i+len(tr)]) == t {
					out = append(out, occ{pos: pos{pi, i}, text: t, n: len(tr)})
				}
			}
		}
	}
	return out
}

// leadIn finds the fragment the spinner inserted before its first strong
// fragment, inside a clause where no boundary marks it. The cycle says which
// text to look for: the weak fragment that, every time round, comes right
// before the first strong fragment's type. It must sit between two Han
// characters in the same paragraph before the first strong fragment, with
// both joins (the character before + its first, its last + the character
// after) found nowhere else on the page; the nearest such place is taken.
func (in *injector) leadIn(strong, weak []occ) (occ, bool) {
	w, ok := in.cyclePredecessor(strong, weak)
	if !ok {
		return occ{}, false
	}
	first := strong[0]
	p := in.paras[first.para]
	wr := []rune(w)
	for i := first.at - len(wr); i >= 1; i-- {
		if string(p[i:i+len(wr)]) != w || i+len(wr) >= len(p) {
			continue
		}
		prev, next := p[i-1], p[i+len(wr)]
		if !isHan(prev) || !isHan(next) {
			continue
		}
		if in.count([2]rune{prev, wr[0]}) == 1 && in.count([2]rune{wr[len(wr)-1], next}) == 1 {
			return occ{pos: pos{first.para, i}, text: w, n: len(wr)}, true
		}
	}
	return occ{}, false
}

// cyclePredecessor returns the weak fragment found right before every later
// occurrence of the first strong fragment's type.
func (in *injector) cyclePredecessor(strong, weak []occ) (string, bool) {
	w, seen := "", false
	for k := 1; k < len(strong); k++ {
		if strong[k].text != strong[0].text {
			continue
		}
		var last *occ
		for i := range weak {
			if before(strong[k-1].pos, weak[i].pos) && before(weak[i].pos, strong[k].pos) {
				if last == nil || before(last.pos, weak[i].pos) {
					last = &weak[i]
				}
			}
		}
		if last == nil || (seen && last.text != w) {
			return "", false
		}
		w, seen = last.text, true
	}
	return w, seen
}

// count returns how many times the bigram b occurs in the paragraphs.
func (in *injector) count(b [2]rune) int {
	if in.counts == nil {
		in.counts = map[[2]rune]int{}
		for _, p := range in.paras {
			for i := 0; i+1 < len(p); i++ {
				in.counts[[2]rune{p[i], p[i+1]}]++
			}
		}
	}
	return in.counts[b]
}
