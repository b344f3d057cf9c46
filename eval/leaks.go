package eval

import "strings"

// scoreLeaks counts the boilerplate samples of dr's gold articles found in
// any of its predicted bodies (width-folded, ignoring whitespace).
func (s *scorer) scoreLeaks(dr *docResult) {
	bodies := make([]string, len(dr.Recs))
	for i, r := range dr.Recs {
		bodies[i] = norm(r.Body)
	}
	for gi := range dr.Gold {
		g := &dr.Gold[gi]
		if g.Boilerplate == nil {
			continue
		}
		s.leaks.Articles++
		s.leaks.Samples += len(g.Boilerplate)
		for _, b := range g.Boilerplate {
			if ri := leakIn(bodies, norm(b)); ri >= 0 {
				s.leak(dr, gi, ri, b)
			}
		}
	}
}

func leakIn(bodies []string, sample string) int {
	if sample == "" {
		return -1
	}
	for i, b := range bodies {
		if strings.Contains(b, sample) {
			return i
		}
	}
	return -1
}

func (s *scorer) leak(dr *docResult, gi, ri int, sample string) {
	s.leaks.Leaks++
	for i := range s.rep.Scores {
		if a := &s.rep.Scores[i]; a.Doc == dr.Doc && a.Article == gi {
			a.Leaks++
		}
	}
	r := &dr.Recs[ri]
	c := &pairCtx{s: s, dr: dr, gi: gi, ri: ri, g: &dr.Gold[gi], r: r, pred: []rune(r.Body)}
	c.fp(FieldBoilerplate, sample, "", -1, -1)
	if start, end := locate(r.Body, sample); start >= 0 {
		dr.Marks[ri] = append(dr.Marks[ri], Mark{KindBoilerplate, start, end, sample, "", StatusLeak})
	}
}
