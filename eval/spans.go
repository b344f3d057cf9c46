package eval

import (
	"strconv"
	"strings"
)

// Mark kinds.
const (
	KindEntity = "entity"
	KindFigure = "figure"
	KindDate   = "date"
	// KindBoilerplate marks a leaked boilerplate sample (StatusLeak).
	KindBoilerplate = "boilerplate"
)

// kindOf returns the mark kind of a span field, or "" for other fields.
func kindOf(field string) string {
	switch field {
	case FieldEntities:
		return KindEntity
	case FieldFigures:
		return KindFigure
	case FieldDates:
		return KindDate
	}
	return ""
}

// itemMatch is the matching of one field of one pair: predictions are
// deduplicated by key, then matched to gold items.
type itemMatch struct {
	uniq   []int // first prediction of every distinct key
	rep    []int // for every prediction, its position in uniq
	predTo []int // for every uniq position, the gold item it matched or -1
	hit    []bool
}

func matchField(np, ng int, key func(p int) string, eq func(p, g int) bool) *itemMatch {
	m := &itemMatch{}
	m.uniq, m.rep = dedup(np, key)
	m.predTo, m.hit = matchItems(len(m.uniq), ng, func(u, g int) bool { return eq(m.uniq[u], g) })
	return m
}

// status returns how prediction p scored.
func (m *itemMatch) status(p int) string {
	if m.predTo[m.rep[p]] >= 0 {
		return StatusTP
	}
	return StatusFP
}

// count tallies field (and, when sub is set, each item's sub-field) and
// reports every unmatched distinct prediction to fp and every missed gold
// item to fn. skip exempts an unmatched prediction (entities_also_ok).
func (c *pairCtx) count(field string, m *itemMatch, skip func(p int) bool, fp, fn func(int) string) {
	add := func(sub string, n Counts) {
		c.s.add(field, n)
		if sub != "" {
			c.s.add(field+"."+sub, n)
		}
	}
	for u, g := range m.predTo {
		p := m.uniq[u]
		switch {
		case g >= 0:
			add(c.subOf(field, p, -1), Counts{TP: 1})
		case !skip(p):
			add(fp(p), Counts{FP: 1})
		}
	}
	for g, ok := range m.hit {
		if !ok {
			add(fn(g), Counts{FN: 1})
		}
	}
}

// subOf is the per-type sub-field of a predicted (p) or gold (g) entity.
func (c *pairCtx) subOf(field string, p, g int) string {
	if field != FieldEntities {
		return ""
	}
	if p >= 0 {
		return typeKey(c.r.Entities[p].Type)
	}
	return typeKey(c.g.Entities[g].Type)
}

func noSkip(int) bool { return false }

func (c *pairCtx) entities() {
	pred, gold := c.r.Entities, c.g.Entities
	if gold == nil {
		for _, e := range pred {
			c.mark(Mark{KindEntity, e.Start, e.End, e.Text, e.Type, StatusUnscored})
		}
		return
	}
	c.labeled(FieldEntities)
	m := matchField(len(pred), len(gold), func(p int) string {
		return norm(pred[p].Text) + "\x00" + typeKey(pred[p].Type)
	}, func(p, g int) bool {
		return norm(pred[p].Text) == norm(gold[g].Text) && typeKey(pred[p].Type) == typeKey(gold[g].Type)
	})
	ok := map[string]bool{}
	for _, t := range c.g.EntitiesAlsoOK {
		ok[norm(t)] = true
	}
	alsoOK := func(p int) bool { return ok[norm(pred[p].Text)] }
	c.count(FieldEntities, m, alsoOK, func(p int) string {
		t := typeKey(pred[p].Type)
		c.fp(FieldEntities, pred[p].Text, t, pred[p].Start, pred[p].End)
		return t
	}, func(g int) string {
		t := typeKey(gold[g].Type)
		c.fn(FieldEntities, gold[g].Text, t)
		return t
	})
	for p, e := range pred {
		st := m.status(p)
		if st == StatusFP && alsoOK(p) {
			st = StatusOK
		}
		c.mark(Mark{KindEntity, e.Start, e.End, e.Text, e.Type, st})
	}
}

func typeKey(t string) string { return strings.ToLower(strings.TrimSpace(t)) }

func (c *pairCtx) figures() {
	pred, gold := c.r.Figures, c.g.Figures
	status := func(int) string { return StatusUnscored }
	if gold != nil {
		c.labeled(FieldFigures)
		m := matchField(len(pred), len(gold), func(p int) string {
			f := pred[p]
			return norm(f.Text) + "\x00" + figureLabel(f.Value, f.Max, norm(f.Unit))
		}, func(p, g int) bool {
			return sameUnit(pred[p].Unit, gold[g].Unit) && sameValue(pred[p].Value, gold[g].Value)
		})
		c.count(FieldFigures, m, noSkip, func(p int) string {
			f := pred[p]
			c.fp(FieldFigures, f.Text, figureLabel(f.Value, f.Max, f.Unit), f.Start, f.End)
			return ""
		}, func(g int) string {
			c.fn(FieldFigures, gold[g].Text, figureLabel(gold[g].Value, nil, gold[g].Unit))
			return ""
		})
		status = m.status
	}
	for p, f := range pred {
		c.mark(Mark{KindFigure, f.Start, f.End, f.Text, figureLabel(f.Value, f.Max, f.Unit), status(p)})
	}
}

func (c *pairCtx) dates() {
	pred, gold := c.r.Dates, c.g.Dates
	status := func(int) string { return StatusUnscored }
	if gold != nil {
		c.labeled(FieldDates)
		m := matchField(len(pred), len(gold), func(p int) string {
			return norm(pred[p].Text) + "\x00" + strings.TrimSpace(pred[p].Value)
		}, func(p, g int) bool {
			return strings.TrimSpace(pred[p].Value) == strings.TrimSpace(gold[g].Value)
		})
		c.count(FieldDates, m, noSkip, func(p int) string {
			c.fp(FieldDates, pred[p].Text, pred[p].Value, pred[p].Start, pred[p].End)
			return ""
		}, func(g int) string {
			c.fn(FieldDates, gold[g].Text, gold[g].Value)
			return ""
		})
		status = m.status
	}
	for p, d := range pred {
		c.mark(Mark{KindDate, d.Start, d.End, d.Text, d.Value, status(p)})
	}
}

func (c *pairCtx) authors() {
	pred, gold := c.r.Authors, c.g.Authors
	if gold == nil {
		return
	}
	c.labeled(FieldAuthors)
	m := matchField(len(pred), len(gold), func(p int) string { return norm(pred[p]) },
		func(p, g int) bool { return norm(pred[p]) == norm(gold[g]) })
	c.count(FieldAuthors, m, noSkip, func(p int) string {
		c.fp(FieldAuthors, pred[p], "", -1, -1)
		return ""
	}, func(g int) string {
		c.fn(FieldAuthors, gold[g], "")
		return ""
	})
}

// figureLabel writes a figure's value and unit, as findings show it.
func figureLabel(v float64, max *float64, unit string) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if max != nil {
		s += "~" + strconv.FormatFloat(*max, 'f', -1, 64)
	}
	if unit = strings.TrimSpace(unit); unit != "" {
		s += " " + unit
	}
	return s
}
