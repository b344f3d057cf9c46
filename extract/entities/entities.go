// Package entities finds the persons, organizations and places named in a
// clean Simplified Chinese news body, with rules and word lists only.
//
// Offsets are runes into the text given, end exclusive. Word lists live in
// data/*.txt (embedded, loaded once); data/divisions.txt is generated from
// the GB/T 2260 division list by gen_divisions.go (see NOTICE).
package entities

import (
	"sort"

	"github.com/zhnews/zhnews/extract"
)

const (
	typePerson = extract.EntityPerson
	typeOrg    = extract.EntityOrg
	typeLoc    = extract.EntityLocation
)

// cand is a candidate entity before overlaps are resolved.
type cand struct {
	start, end int
	typ        string
	role       string
}

// Extract returns the entities of text, sorted and non-overlapping; where
// candidates overlap the longest wins. toks is text's segmentation with
// byte offsets and part-of-speech tags; it may be nil, and then boundaries
// come from the word lists alone. Extract is safe for concurrent use.
func Extract(text string, toks []extract.Token) []extract.Entity {
	if text == "" {
		return nil
	}
	d := newDoc(load(), text, toks)
	orgs := d.orgs()
	locs := d.locations()
	ends := map[int]bool{}
	for _, c := range orgs {
		ends[c.end] = true
	}
	for _, c := range locs {
		ends[c.end] = true
	}
	roleOf := d.roleStart(orgs, locs)
	all := append(append(orgs, locs...), d.persons(ends, roleOf)...)
	return d.resolve(all)
}

// resolve keeps the longest of overlapping candidates; on equal length a
// person beats an organization, which beats a place.
func (d *doc) resolve(all []cand) []extract.Entity {
	sort.Slice(all, func(i, j int) bool {
		li, lj := all[i].end-all[i].start, all[j].end-all[j].start
		if li != lj {
			return li > lj
		}
		if ri, rj := rank(all[i].typ), rank(all[j].typ); ri != rj {
			return ri < rj
		}
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return len(all[i].role) > len(all[j].role) // the same name: keep the one with a role
	})
	taken := make([]bool, len(d.rs))
	var out []extract.Entity
	for _, c := range all {
		if c.start < 0 || c.end > len(d.rs) || c.start >= c.end || anyTaken(taken, c.start, c.end) {
			continue
		}
		for i := c.start; i < c.end; i++ {
			taken[i] = true
		}
		out = append(out, extract.Entity{Text: d.text(c.start, c.end), Type: c.typ, Start: c.start, End: c.end, Role: c.role})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func rank(typ string) int {
	switch typ {
	case typePerson:
		return 0
	case typeOrg:
		return 1
	}
	return 2
}

func anyTaken(taken []bool, s, e int) bool {
	for i := s; i < e; i++ {
		if taken[i] {
			return true
		}
	}
	return false
}

// roleStart returns a function giving where the role ending in a title
// at s begins: 上海市科委副主任 extends 副主任 over the organization before
// it, and 上海市委副书记、市长 over an earlier title joined by 、.
func (d *doc) roleStart(orgs, locs []cand) func(s int) int {
	startOf := map[int]int{}
	for _, cs := range [][]cand{locs, orgs} {
		for _, c := range cs {
			if st, ok := startOf[c.end]; !ok || c.start < st {
				startOf[c.end] = c.start
			}
		}
	}
	return func(s int) int {
		atTitle := true // s starts a title
		for n := 0; n < 6 && s > 0; n++ {
			if st, ok := startOf[s]; ok {
				s, atTitle = st, false
				continue
			}
			if st, _ := d.longestTo(s, fTitle); st >= 0 {
				s, atTitle = st, true
				continue
			}
			if atTitle && d.rs[s-1] == '、' && s > 1 {
				if st, _ := d.longestTo(s-1, fTitle); st >= 0 {
					s = st
					continue
				}
			}
			break
		}
		return s
	}
}
