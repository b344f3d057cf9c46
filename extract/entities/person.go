package entities

import "strings"

// Persons are a surname plus a one- or two-character given name, accepted
// only in context: a title before (副主任翟金国, 记者 陈静) or after
// (钟志华院士), a speech verb after a clean left edge (龚正表示), or a
// dateline byline ((闫姣 田鹏鹤)). A name seen in context is then found
// again anywhere in the text (李政指出 after 副市长李政).

// person returns the end of a name starting at s, choosing between a one-
// and a two-character given name by what follows; -1 if there is none.
// strong says the context is a title, which relaxes the word checks.
func (d *doc) nameAt(s int, strong bool) int {
	sn := d.surnameAt(s)
	if sn < 0 {
		return -1
	}
	g := sn
	if !d.givenOK(g) {
		return -1
	}
	two := d.givenOK(g+1) && !d.ctxAt(g+1)
	switch {
	case two && d.han(g+2) && d.ctxAt(g+2) && d.nameOK(s, g+2, strong):
		return g + 2 // 杜小刚强调: 强调 wins over the word 刚强
	case two && !d.tokenWordAt(g+1) && d.rightClean(g+2) && d.nameOK(s, g+2, strong):
		return g + 2
	case d.rightClean(g+1) && d.nameOK(s, g+1, strong):
		return g + 1
	}
	return -1
}

// surnameAt returns the end of the longest surname at s, -1 if none.
func (d *doc) surnameAt(s int) int {
	if !d.han(s) || d.splits(s) {
		return -1
	}
	return d.longestFrom(s, fSurname)
}

func (d *doc) givenOK(i int) bool {
	return d.han(i) && !d.lx.notGiven[d.rs[i]]
}

func (d *doc) ctxAt(i int) bool {
	return d.startsWith(i)&(fNameCtx|fTitle|fTitleAfter) != 0
}

// tokenWordAt reports a word of two or more characters from segmentation
// that starts at i and runs past i+1: 表示 in 龚正表示.
func (d *doc) tokenWordAt(i int) bool {
	if !d.hasToks || i >= len(d.tokLen) {
		return false
	}
	n := int(d.tokLen[i])
	return n >= 2 && d.tokPos[i] != "nr"
}

// rightClean reports whether a name may end at e.
func (d *doc) rightClean(e int) bool {
	if e >= len(d.rs) || !isHan(d.rs[e]) {
		return true
	}
	if d.splits(e) {
		return false
	}
	if d.startsWith(e)&(fNameCtx|fTitle|fTitleAfter|fOrg|fLoc|fBoundary) != 0 {
		return true
	}
	return d.hasToks && d.tokenWordAt(e)
}

// leftClean reports whether a name may start at s.
func (d *doc) leftClean(s int, ends map[int]bool) bool {
	if s == 0 || !isHan(d.rs[s-1]) || ends[s] {
		return true
	}
	if d.splits(s) {
		return false
	}
	st, _ := d.longestTo(s, fBoundary|fTitle|fNameCtx)
	return st >= 0
}

// nameOK rejects common words: the whole name, or for weak context its
// first two characters, may not be a listed non-name or a place.
func (d *doc) nameOK(s, e int, strong bool) bool {
	if d.is(s, e, fNotName|fLoc|fLocShort|fOrg|fTitle) || !d.tokensAllowName(s, e) {
		return false
	}
	if !strong && e-s == 3 && d.is(s, s+2, fNotName|fLoc|fLocShort) {
		return false
	}
	return true
}

// persons finds the names in context; orgEnds holds where organization and
// place candidates end, which is a clean left edge for a name (南京大学陈懿院士).
func (d *doc) persons(ends map[int]bool, roleOf func(s int) int) []cand {
	var out []cand
	for _, m := range d.matches {
		switch {
		case m.flags&fTitle != 0:
			out = d.afterTitle(m, roleOf, out)
		}
		if m.flags&fTitleAfter != 0 {
			if c, ok := d.beforeTitle(m, ends); ok {
				out = append(out, c)
			}
		}
		if m.flags&fNameVerb != 0 {
			if c, ok := d.beforeVerb(m, ends); ok {
				out = append(out, c)
			}
		}
	}
	out = append(out, d.bylines()...)
	out = append(out, d.dotNames()...)
	return d.again(out)
}

// afterTitle reads a name, then more names separated by a space or 、, after a title.
func (d *doc) afterTitle(m match, roleOf func(s int) int, out []cand) []cand {
	if s, _ := d.longestTo(m.end, fTitle); s != m.start {
		return out // a longer title ends here
	}
	if d.longestFrom(m.start, fTitle) != m.end || d.splits(m.start) {
		return out
	}
	role := d.text(roleOf(m.start), m.end)
	p := m.end
	if p < len(d.rs) && isSpace(d.rs[p]) {
		p++
	}
	for n := 0; n < 8 && p < len(d.rs); n++ {
		if m.flags&fTitleWeak != 0 && d.lx.weakSurname[d.rs[p]] && d.hasToks && !strings.HasPrefix(d.tokPos[p], "nr") {
			return out // 同学都投来
		}
		e := d.nameAt(p, true)
		if e < 0 && n == 0 {
			e = d.foreignAfterTitle(m.start, p)
		}
		if e < 0 {
			return out
		}
		if n > 0 && !d.listEnd(e) {
			return out
		}
		out = append(out, cand{start: p, end: e, typ: typePerson, role: role})
		if e+1 >= len(d.rs) || !(isSpace(d.rs[e]) || d.rs[e] == '、') {
			return out
		}
		p = e + 1
	}
	return out
}

// beforeTitle reads a name that ends where a title such as 院士 starts.
func (d *doc) beforeTitle(m match, ends map[int]bool) (cand, bool) {
	t := m.start
	for _, n := range []int{4, 3, 2} {
		s := t - n
		if s < 0 || !d.leftClean(s, ends) || n > 2 && d.functionWord(s) {
			continue
		}
		if e := d.nameAtExact(s, t); e {
			return cand{start: s, end: t, typ: typePerson, role: d.text(m.start, m.end)}, true
		}
	}
	return cand{}, false
}

// nameAtExact reports whether rs[s:e] is surname plus a one- or
// two-character given name.
func (d *doc) nameAtExact(s, e int) bool {
	sn := d.surnameAt(s)
	if sn < 0 || e-sn < 1 || e-sn > 2 || d.splits(e) {
		return false
	}
	for i := sn; i < e; i++ {
		if !d.givenOK(i) {
			return false
		}
	}
	return d.nameOK(s, e, true)
}

// beforeVerb reads a name that stands between a clean left edge and a
// speech verb: ,龚正表示.
func (d *doc) beforeVerb(m match, ends map[int]bool) (cand, bool) {
	t := m.start
	for _, n := range []int{3, 2} {
		s := t - n
		if s < 0 {
			continue
		}
		// gse's name tag stands in for a clean left edge: 会上陈静表示
		tagged := d.hasToks && int(d.tokLen[s]) == n && strings.HasPrefix(d.tokPos[s], "nr")
		if !tagged && !d.leftClean(s, ends) || n > 2 && d.functionWord(s) || !d.nameAtExact(s, t) || !d.nameOK(s, t, false) {
			continue
		}
		if d.hasToks && d.tokLen[s] == int16(n) && d.tokPos[s] != "" && d.tokPos[s] != "nr" {
			continue // segmentation knows this word and it is not a name
		}
		return cand{start: s, end: t, typ: typePerson}, true
	}
	return cand{}, false
}

// tokensAllowName reports whether segmentation, if known, lets rs[s:e] be
// a name: no word of two or more characters that is not tagged as a name
// may start at the name (母亲 in 母亲却, 信服, 苏联人) and, after a weak
// surname, none may cover its given name (一半 in 付一半, 清楚 in 才清楚;
// but 大为 in 马大为 is fine).
func (d *doc) tokensAllowName(s, e int) bool {
	if !d.hasToks {
		return true
	}
	if n := int(d.tokLen[s]); n >= 2 && !nameTag(d.tokPos[s]) {
		return false
	}
	if !d.lx.weakSurname[d.rs[s]] {
		return true
	}
	for i := s + 1; i < e; i++ {
		if n := int(d.tokLen[i]); n >= 2 && i+n <= e && !nameTag(d.tokPos[i]) {
			return false
		}
	}
	return true
}

// nameTag reports a gse tag that a name may carry: nr (person), nrt,
// nrfg, nz (other proper noun) or none.
func nameTag(pos string) bool {
	return pos == "" || pos == "nz" || strings.HasPrefix(pos, "nr")
}

// functionWord reports a one-character boundary word at s (和, 与, 由):
// 和李政 is 和 + 李政 even though 和 is also a surname.
func (d *doc) functionWord(s int) bool {
	return d.longestFrom(s, fBoundary) == s+1
}

// listEnd reports whether a later name of a list may end at e: only before
// punctuation, a space, a title or a word such as 等, never before a place
// or organization (王悦、安迪苏中国区 is no third name).
func (d *doc) listEnd(e int) bool {
	if e >= len(d.rs) || !isHan(d.rs[e]) {
		return true
	}
	return d.startsWith(e)&(fNameCtx|fTitle|fTitleAfter) != 0
}
