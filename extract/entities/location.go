package entities

// locations returns the places: gazetteer and place-list words that
// segmentation does not cut, adjacent places joined into one
// (上海市奉贤区, 马来西亚砂拉越州), and one-character province
// abbreviations after a verb of place (在沪).
func (d *doc) locations() []cand {
	var out []cand
	for _, m := range d.matches {
		if m.flags&(fLoc|fLocShort|fTown) == 0 || d.splits(m.start) || d.splits(m.end) {
			continue
		}
		if m.flags&(fLoc|fTown) == 0 && (d.longestFrom(m.start, fLoc|fTown) > m.end || d.commonWordToken(m.start, m.end)) {
			continue
		}
		out = append(out, cand{start: m.start, end: m.end, typ: typeLoc})
	}
	out = append(out, d.townShorts(out)...)
	out = append(out, d.joinPlaces(out)...)
	return append(out, d.abbrevs()...)
}

// townShorts finds the short form of a town named in full elsewhere in the
// same text: after 梅陇镇, 梅陇 alone is the town too. Town short names are
// too often ordinary words to be listed on their own.
func (d *doc) townShorts(locs []cand) []cand {
	shorts := map[string]bool{}
	firsts := map[rune]bool{}
	for _, c := range locs {
		if !d.is(c.start, c.end, fTown) {
			continue
		}
		e := c.end - 1
		if d.rs[e] == '道' && e-1 > c.start && d.rs[e-1] == '街' {
			e--
		}
		if e-c.start >= 2 {
			shorts[d.text(c.start, e)] = true
			firsts[d.rs[c.start]] = true
		}
	}
	var out []cand
	if len(shorts) == 0 {
		return out
	}
	for i, r := range d.rs {
		if !firsts[r] || d.splits(i) {
			continue
		}
		for n := 2; n <= 4 && i+n <= len(d.rs); n++ {
			if shorts[d.text(i, i+n)] && !d.splits(i+n) {
				out = append(out, cand{start: i, end: i + n, typ: typeLoc})
			}
		}
	}
	return out
}

// joinPlaces adds a candidate for each chain of places that touch, where
// every place after the first is a full name: 上海市+奉贤区, 南京+江北新区.
func (d *doc) joinPlaces(locs []cand) []cand {
	longestAt := map[int]int{}
	for _, c := range locs {
		if c.end > longestAt[c.start] && d.is(c.start, c.end, fLoc|fTown) {
			longestAt[c.start] = c.end
		}
	}
	var out []cand
	for _, c := range locs {
		e, f := c.end, d.flagsOf(c.start, c.end)
		for n := 0; n < 4; n++ {
			next, ok := longestAt[e]
			if !ok {
				break
			}
			nf := d.flagsOf(e, next)
			if nf&fTop != 0 || levelOf(nf) != 0 && levelOf(nf) <= levelOf(f) {
				break // 加拿大美国, 南京上海: a list, not one name
			}
			e, f = next, nf
		}
		if e > c.end {
			out = append(out, cand{start: c.start, end: e, typ: typeLoc})
		}
	}
	return out
}

// commonWordToken reports whether segmentation sees rs[s:e] as one word
// tagged as an adjective, verb or adverb: 安康 in 幸福安康 is no place.
func (d *doc) commonWordToken(s, e int) bool {
	if !d.hasToks || int(d.tokLen[s]) != e-s {
		return false
	}
	pos := d.tokPos[s]
	return pos != "" && (pos[0] == 'a' || pos[0] == 'v' || pos[0] == 'd')
}

// flagsOf returns the flags of the exact word rs[s:e].
func (d *doc) flagsOf(s, e int) uint32 {
	var f uint32
	for m := d.byStart[s]; m < d.byStart[s+1]; m++ {
		if d.matches[m].end == e {
			f |= d.matches[m].flags
		}
	}
	return f
}

func (d *doc) abbrevs() []cand {
	var out []cand
	for _, m := range d.matches {
		if m.flags&fAbbrev == 0 || m.end-m.start != 1 {
			continue
		}
		s := m.start
		ok := false
		for n := 1; n <= 2 && s-n >= 0; n++ {
			if d.lx.abbrevCtx[d.text(s-n, s)] {
				ok = true
			}
		}
		if ok && (s+1 >= len(d.rs) || d.startsWith(s)&(fLoc|fLocShort|fOrg) == 0) {
			out = append(out, cand{start: s, end: s + 1, typ: typeLoc})
		}
	}
	return out
}
