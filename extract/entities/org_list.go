package entities

// Company short names have no suffix to find them by, but news lists them:
// 包括采埃孚、佛吉亚、伟巴斯特等全球百强企业. enumerated reads the items of
// such a list, which must end in 等 and a head noun for companies
// (enumHeads), each item a short name that is not a common word.

const (
	maxEnumGap  = 10 // runes between 等 and the head noun
	maxEnumItem = 6  // runes of one item
)

var enumHeads = []string{"企业", "公司", "车企", "厂商", "供应商", "龙头", "巨头", "集团", "品牌商", "制造商", "运营商"}

func (d *doc) enumerated() []cand {
	var out []cand
	for i, r := range d.rs {
		if r != '等' || i == 0 || !d.enumHead(i+1) {
			continue
		}
		out = append(out, d.enumItems(i)...)
	}
	return out
}

// enumHead reports whether a head noun follows within maxEnumGap runes,
// with no punctuation in between.
func (d *doc) enumHead(p int) bool {
	for j := p; j < len(d.rs) && j-p <= maxEnumGap; j++ {
		if !isHan(d.rs[j]) && !isDigit(d.rs[j]) {
			return false
		}
		for _, h := range enumHeads {
			if d.hasAt(j, h) {
				return true
			}
		}
	}
	return false
}

func (d *doc) hasAt(j int, w string) bool {
	for _, r := range w {
		if j >= len(d.rs) || d.rs[j] != r {
			return false
		}
		j++
	}
	return true
}

// enumItems reads "A、B、C" backwards from 等 at i; all items must pass
// or none is taken.
func (d *doc) enumItems(i int) []cand {
	var items []cand
	e := i
	for len(items) < 12 {
		s := e
		for s > 0 && e-s <= maxEnumItem && (isHan(d.rs[s-1]) || isASCIILetter(d.rs[s-1])) && d.rs[s-1] != '、' {
			s--
		}
		if st, _ := d.longestTo(e, fBoundary); st >= s && len(items) > 0 {
			return nil
		}
		if st := d.enumStart(s, e); st >= 0 {
			s = st
		}
		if e-s < 2 || e-s > maxEnumItem || !d.enumItemOK(s, e) {
			return nil
		}
		items = append(items, cand{start: s, end: e, typ: typeOrg})
		if s == 0 || d.rs[s-1] != '、' {
			break
		}
		e = s - 1
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// enumStart cuts the first item after a word that opens the list
// (包括, 如, 以及): 包括采埃孚 -> 采埃孚.
func (d *doc) enumStart(s, e int) int {
	for p := e - 2; p > s; p-- {
		if st, _ := d.longestTo(p, fBoundary); st >= s {
			return p
		}
	}
	return -1
}

// enumItemOK rejects items that are places, generic nouns or words
// segmentation knows as common words.
func (d *doc) enumItemOK(s, e int) bool {
	if d.splits(s) || d.splits(e) && d.rs[e] != '等' { // 特等 in 伟巴斯特等
		return false
	}
	for i := s; i < e; i++ {
		if d.longestFrom(i, fGeneric|fBoundary) > 0 && d.longestFrom(i, fGeneric|fBoundary) <= e {
			return false
		}
	}
	if d.is(s, e, fLoc|fLocShort|fTitle|fNotName) {
		return false
	}
	if d.hasToks && int(d.tokLen[s]) == e-s {
		switch d.tokPos[s] {
		case "nz", "nt", "j", "nrt", "":
		default:
			return false
		}
	}
	return true
}
