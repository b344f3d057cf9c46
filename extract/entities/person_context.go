package entities

// bylines finds the names of a dateline byline: 电 (闫姣 田鹏鹤),
// 电(记者 孟歆迪). Every item must be a name for any to count.
func (d *doc) bylines() []cand {
	var out []cand
	for i := 1; i < len(d.rs); i++ {
		if d.rs[i] != '(' && d.rs[i] != '（' {
			continue
		}
		j := i - 1
		for j > 0 && isSpace(d.rs[j]) {
			j--
		}
		if d.rs[j] != '电' && d.rs[j] != '讯' {
			continue
		}
		out = append(out, d.bylineItems(i+1)...)
	}
	return out
}

func (d *doc) bylineItems(p int) []cand {
	var out []cand
	role := ""
	if e := d.longestFrom(p, fTitle); e > 0 {
		role = d.text(p, e)
		p = e
	}
	for n := 0; n < 6 && p < len(d.rs); n++ {
		for p < len(d.rs) && (isSpace(d.rs[p]) || d.rs[p] == '、') {
			p++
		}
		if p < len(d.rs) && (d.rs[p] == ')' || d.rs[p] == '）') {
			return out
		}
		e := p
		for e < len(d.rs) && isHan(d.rs[e]) {
			e++
		}
		if e-p < 2 || e-p > 4 || !d.nameAtExact(p, e) {
			if e-p >= 2 && (d.is(p, e, fNameCtx) || e-p == 2 && d.rs[e-1] == '摄') {
				continue // 报道, 摄影
			}
			return nil
		}
		out = append(out, cand{start: p, end: e, typ: typePerson, role: role})
		p = e
	}
	return nil
}

// dotNames finds transliterated foreign names with a middle dot
// (戴维·阿迪昂) when a title precedes them or a Latin name follows in
// parentheses: 拉明·亚马尔(Lamine Yamal).
func (d *doc) dotNames() []cand {
	var out []cand
	for i := 1; i+1 < len(d.rs); i++ {
		if r := d.rs[i]; r != '·' && r != '•' && r != '・' && r != '‧' {
			continue
		}
		s := i
		for s > 0 && i-s < 6 && d.lx.translit[d.rs[s-1]] {
			s--
		}
		e := i + 1
		for e < len(d.rs) && e-i <= 6 && d.lx.translit[d.rs[e]] {
			e++
		}
		if i-s < 2 || e-i-1 < 2 || !d.dotContext(s, e) {
			continue
		}
		out = append(out, cand{start: s, end: e, typ: typePerson, role: d.titleBefore(s)})
	}
	return out
}

// foreignAfterTitle reads a transliterated name without a middle dot after
// a country and a title: 美国总统拜登, 德国总理朔尔茨. It returns the end
// of the name at p, or -1.
func (d *doc) foreignAfterTitle(title, p int) int {
	if st, f := d.longestTo(title, fLoc); st < 0 || f&fTop == 0 {
		return -1
	}
	e := p
	for e < len(d.rs) && e-p < 5 && d.lx.translit[d.rs[e]] {
		e++
	}
	for ; e-p >= 2; e-- {
		if d.rightClean(e) && !d.splits(e) && !d.is(p, e, fLoc|fOrg|fNotName) {
			return e
		}
	}
	return -1
}

func (d *doc) dotContext(s, e int) bool {
	if d.titleBefore(s) != "" {
		return true
	}
	if e+1 < len(d.rs) && (d.rs[e] == '(' || d.rs[e] == '（') && isASCIILetter(d.rs[e+1]) {
		return true
	}
	st, _ := d.longestTo(s, fLoc)
	return st >= 0
}

func (d *doc) titleBefore(s int) string {
	if st, _ := d.longestTo(s, fTitle); st >= 0 {
		return d.text(st, s)
	}
	return ""
}

// again adds later mentions of names found in context: 李政指出. Only
// names of three or more characters, or two-character names that
// segmentation does not cut, are searched.
func (d *doc) again(found []cand) []cand {
	if len(found) == 0 {
		return found
	}
	names := map[string]bool{}
	firsts := map[rune]bool{}
	for _, c := range found {
		if c.end-c.start >= 2 {
			names[d.text(c.start, c.end)] = true
			firsts[d.rs[c.start]] = true
		}
	}
	have := map[int]bool{}
	for _, c := range found {
		have[c.start] = true
	}
	out := found
	for i := range d.rs {
		if !firsts[d.rs[i]] || have[i] || d.splits(i) || i > 0 && d.rs[i-1] == '·' {
			continue
		}
		for _, n := range []int{4, 3, 2} {
			if i+n > len(d.rs) || d.splits(i+n) || !names[d.text(i, i+n)] {
				continue
			}
			if i+n < len(d.rs) && (d.rs[i+n] == '·' || n == 2 && !d.rightClean(i+n) && !d.rightClean(i+n+1)) {
				continue
			}
			out = append(out, cand{start: i, end: i + n, typ: typePerson})
			break
		}
	}
	return out
}
