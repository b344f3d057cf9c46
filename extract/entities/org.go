package entities

import "strings"

// Organizations are found from their last word, a suffix such as 有限公司
// or 委员会, by walking left over the name: places and known names are
// anchors (上海市, 中国科学院), boundary words and punctuation stop the
// walk (推进, 与, ","). A name starts at its leftmost anchor; a name with
// no anchor must be short and stand right after a stop.

const (
	maxOrgLen     = 24 // runes, suffix included
	maxGeneric    = 6  // generic runes of an anchorless name after punctuation
	maxGenericWrd = 4  // ... after a boundary word
	maxLeadIn     = 2  // generic runes kept left of the leftmost anchor
	maxCore       = 16 // runes between a suffix and the first anchor
)

// orgs returns every organization candidate.
func (d *doc) orgs() []cand {
	out := d.enumerated()
	for _, m := range d.matches {
		if m.flags&fOrg != 0 && !d.splits(m.start) && !d.splits(m.end) {
			out = append(out, cand{start: m.start, end: m.end, typ: typeOrg})
		}
		if m.flags&fOrgSuffix == 0 || !d.suffixRightOK(m) {
			continue
		}
		if s, _ := d.longestTo(m.end, fOrgSuffix); s != m.start {
			continue // a longer suffix ends here and is tried on its own
		}
		if s, ok := d.orgStart(m); ok {
			out = append(out, cand{start: s, end: m.end, typ: typeOrg})
		} else if s, ok := d.partyCommittee(m); ok {
			out = append(out, cand{start: s, end: m.end, typ: typeOrg})
		}
	}
	return out
}

// suffixRightOK rejects a suffix that is the start of a longer word:
// 大学生, 局面.
func (d *doc) suffixRightOK(m match) bool {
	if d.splits(m.end) {
		return false
	}
	if s, _ := d.longestTo(m.end, fNotSuffix); s >= 0 && s < m.start {
		return false
	}
	if m.end >= len(d.rs) {
		return true
	}
	next := d.rs[m.end]
	last := d.rs[m.end-1]
	switch {
	case last == '学' && next == '生':
		return false
	case m.end-m.start == 1 && (next == '面' || next == '势' || next == '部' || next == '限' || next == '长'):
		return false
	}
	return true
}

// partyCommittee reads 奉贤区委 when segmentation cuts 奉贤/区委, so that
// the place 奉贤区 overlaps the suffix 区委.
func (d *doc) partyCommittee(m match) (int, bool) {
	if m.end-m.start != 2 || d.rs[m.end-1] != '委' || !strings.ContainsRune("市区县省州", d.rs[m.start]) {
		return 0, false
	}
	s, _ := d.longestTo(m.start+1, fLoc)
	if s < 0 {
		return 0, false
	}
	w := d.walkLeft(match{start: s, end: m.end, flags: m.flags})
	if w.anchor < 0 {
		return s, true
	}
	return w.anchor, true
}

// walk is what orgStart learned walking left from a suffix.
type walk struct {
	p           int // where the walk stopped
	anchor      int // start of the leftmost anchor, -1 if none
	anchorFlags uint32
	placed      bool // an anchor is a place or a known organization, not just a prefix such as 国家
	known       bool // a known organization stands right before the suffix
	core        bool // generic runes between the first anchor and the suffix
	hard        bool // stopped at punctuation, a line start or a boundary word
	byWord      bool // ... and it was a boundary word
	digit       bool // ... and it was a digit
	dirty       bool // a generic noun lies left of every anchor seen so far
	leadDirt    bool // a generic noun lies left of the leftmost anchor
}

func (d *doc) orgStart(m match) (int, bool) {
	w := d.walkLeft(m)
	if w.anchor >= 0 {
		if m.flags&fOrgCore != 0 && (!w.core && !w.known || !w.placed) {
			return 0, false
		}
		start := w.anchor
		if w.hard && !w.byWord && !w.digit && d.leadIn(w.p, w.anchor) {
			start = w.p
		}
		return start, true
	}
	if m.flags&fOrgStrong != 0 || w.dirty || !w.hard || w.digit || d.splits(w.p) {
		return 0, false
	}
	if w.byWord && d.hasToks && !d.nameToken(w.p, m.start) && !d.nameToken(w.p, m.end) {
		return 0, false // 旅游与国土资源学院: after 与 only a name segmentation knows
	}
	g := m.start - w.p
	switch {
	case g == 1:
		r := d.rs[w.p]
		return w.p, r == '市' || r == '区' || r == '县' || r == '省' || r == '州'
	case g < 1, g > maxGeneric, w.byWord && g > maxGenericWrd:
		return 0, false
	}
	return w.p, d.nounsOnly(w.p, m.start)
}

// nounsOnly reports whether segmentation, if known, sees no verb,
// adjective or adverb in rs[s:e]: 赋能商会 is no name.
func (d *doc) nounsOnly(s, e int) bool {
	if !d.hasToks {
		return true
	}
	for i := s; i < e; {
		n := max(int(d.tokLen[i]), 1)
		if pos := d.tokPos[i]; pos == "v" || pos == "a" || pos == "d" || pos == "ad" {
			return false
		}
		i += n
	}
	return true
}

func (d *doc) walkLeft(m match) walk {
	w := walk{p: m.start, anchor: -1}
	for w.p > 0 && m.end-w.p < maxOrgLen {
		p := w.p
		if s, f := d.longestTo(p, fLoc|fLocShort|fTown|fOrg|fOrgPrefix|fOrgPart); s >= 0 && !d.splits(s) {
			if !w.unit(s, f) {
				return w
			}
			continue
		}
		if d.stopsAt(&w, m, p) {
			return w
		}
		if s, _ := d.longestTo(p, fGeneric); s >= 0 {
			w.dirty, w.leadDirt = true, true
			w.p = s
			continue
		}
		if s := d.tokenBefore(p); s >= 0 && p-s > 1 {
			if stopPOS(d.tokPos[s]) && !(w.anchor < 0 && d.placeEndsAt(s)) {
				w.hard, w.byWord = true, true
				return w
			} // else 上海|广为|焊接设备有限公司: a place right before keeps the name going
			w.p = s
		} else {
			w.p = p - 1
		}
		if w.anchor < 0 {
			w.core = true
		}
	}
	w.hard = w.p == 0
	return w
}

// unit steps the walk over a place, known name or name part starting at s;
// it returns false where the walk must stop before it.
func (w *walk) unit(s int, f uint32) bool {
	if f&(fLoc|fLocShort|fTown|fOrg|fOrgPrefix) == 0 { // a part such as 经济和信息化
		w.core = w.core || w.anchor < 0
		w.p = s
		return true
	}
	if w.anchor >= 0 && smaller(f, w.anchorFlags) {
		w.hard = true // 奉贤区 before 南上海...: a district does not head a provincial name
		return false
	}
	w.anchor, w.anchorFlags, w.leadDirt = s, f, false
	w.placed = w.placed || f&(fLoc|fLocShort|fTown|fOrg) != 0
	w.known = w.known || !w.core && f&fOrg != 0 // 腾讯公司: a known name right before the suffix
	w.p = s
	return true
}

// stopsAt reports whether the walk ends at p: after another organization,
// a long generic run, a boundary word or punctuation.
func (d *doc) stopsAt(w *walk, m match, p int) bool {
	if s, _ := d.longestTo(p, fOrgSuffix); s >= 0 && w.anchor >= 0 {
		return true // another organization ends here
	}
	if w.anchor >= 0 && w.anchor-p > maxGeneric || w.anchor < 0 && m.start-p > maxCore {
		return true
	}
	if s, _ := d.longestTo(p, fBoundary); s >= 0 && !d.splits(s) && !d.splits(p) {
		w.hard, w.byWord = true, true // (为 inside the word 广为 is no boundary)
		return true
	}
	if !isHan(d.rs[p-1]) && !isASCIILetter(d.rs[p-1]) {
		w.hard = true
		w.digit = isDigit(d.rs[p-1]) // 2022年, 23家 are no edge for a name
		return true
	}
	return false
}

// placeEndsAt reports whether a place name ends at p.
func (d *doc) placeEndsAt(p int) bool {
	s, _ := d.longestTo(p, fLoc|fLocShort)
	return s >= 0 && !d.splits(s)
}

// stopPOS reports whether a gse part-of-speech tag marks a function word
// that never belongs to a name: pronoun, adverb, preposition, conjunction,
// particle, numeral, measure word, time word.
func stopPOS(pos string) bool {
	if pos == "" {
		return false
	}
	switch pos[0] {
	case 'r', 'd', 'p', 'c', 'u', 'm', 'q', 't', 'y', 'e', 'o':
		return true
	}
	return false
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// leadIn reports whether the few runes rs[p:anchor] before the leftmost
// anchor belong to the name (中铁 in 中铁上海设计院): short, not function
// characters, and one noun token when segmentation is known.
func (d *doc) leadIn(p, anchor int) bool {
	n := anchor - p
	if n < 1 || n > maxLeadIn || d.splits(p) {
		return false
	}
	for i := p; i < anchor; i++ {
		if d.lx.notGiven[d.rs[i]] || strings.ContainsRune("经自", d.rs[i]) || d.longestFrom(i, fBoundary|fGeneric) > 0 {
			return false
		}
	}
	if d.hasToks {
		pos := d.tokPos[p]
		return int(d.tokLen[p]) == n && pos != "" && (pos[0] == 'n' || pos[0] == 'j')
	}
	return true
}

// smaller reports whether a place with flags a is a lower division than one
// with flags b: names run from large to small (上海市奉贤区).
func smaller(a, b uint32) bool {
	return levelOf(a) > levelOf(b) && levelOf(b) > 0
}

func levelOf(f uint32) int {
	switch {
	case f&fTown != 0:
		return 4
	case f&fCounty != 0:
		return 3
	case f&fPrefecture != 0:
		return 2
	case f&fProvince != 0:
		return 1
	}
	return 0
}

// nameToken reports whether rs[s:e] is one token tagged as an
// organization, place or other proper noun (nt, ns, nz, j).
func (d *doc) nameToken(s, e int) bool {
	if !d.hasToks || int(d.tokLen[s]) != e-s {
		return false
	}
	switch d.tokPos[s] {
	case "nt", "ns", "nz", "j":
		return true
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
