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
