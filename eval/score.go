package eval

import (
	"sort"

	"github.com/zhnews/zhnews/pipeline"
)

// Span statuses in Mark.
const (
	StatusTP       = "tp"       // matches a gold item
	StatusFP       = "fp"       // matches none
	StatusOK       = "ok"       // an entity listed in entities_also_ok
	StatusUnscored = "unscored" // the field is not labeled for the article
	StatusFN       = "fn"       // not a prediction: where a missed gold item occurs in the body
	StatusLeak     = "leak"     // not a prediction: a boilerplate sample found in the body
)

// Mark is a predicted span with how it scored, or (StatusFN) where a missed
// gold item occurs in the predicted body; for the HTML report.
type Mark struct {
	Kind       string // "entity", "figure" or "date"
	Start, End int    // rune offsets into the record's body
	Text       string
	Label      string
	Status     string
}

// docResult keeps one document's inputs and span marks.
type docResult struct {
	Doc   string
	Gold  []Article
	Recs  []pipeline.Record
	Pairs []Pair
	Marks [][]Mark // per record
}

type scorer struct {
	counts   map[string]*Counts
	articles map[string]int
	bodies   bodyAvg
	leaks    Leaks
	rep      *Report
	docRank  map[string]int
}

func newScorer() *scorer {
	return &scorer{
		counts:   map[string]*Counts{},
		articles: map[string]int{},
		rep:      &Report{Version: Version},
		docRank:  map[string]int{},
	}
}

func (s *scorer) add(field string, c Counts) {
	if s.counts[field] == nil {
		s.counts[field] = &Counts{}
	}
	*s.counts[field] = s.counts[field].Add(c)
}

func (s *scorer) scoreDoc(doc string, gold []Article, recs []pipeline.Record) {
	s.docRank[doc] = len(s.docRank)
	dr := &docResult{Doc: doc, Gold: gold, Recs: recs, Pairs: PairArticles(gold, recs)}
	dr.Marks = make([][]Mark, len(recs))
	s.rep.docs = append(s.rep.docs, dr)
	s.rep.Docs++
	s.rep.Articles += len(gold)
	s.rep.Records += len(recs)

	used := make([]bool, len(recs))
	for _, p := range dr.Pairs {
		rec := &pipeline.Record{}
		if p.Record >= 0 {
			rec = &recs[p.Record]
			used[p.Record] = true
			s.rep.Paired++
		}
		s.scorePair(dr, p.Gold, p.Record, &gold[p.Gold], rec)
	}
	empty := emptyLabels(gold)
	for r := range recs {
		if !used[r] {
			s.scorePair(dr, -1, r, &empty, &recs[r])
		}
	}
	s.scoreLeaks(dr)
}

// emptyLabels returns an article labeling, as empty, every field any of gold
// labels: scoring an extra record against it makes all its items FP.
func emptyLabels(gold []Article) Article {
	var e Article
	blank := ""
	for _, g := range gold {
		e.Doc = g.Doc
		if g.Title != nil {
			e.Title = &blank
		}
		if g.Published != nil {
			e.Published = &blank
		}
		if g.Source != nil {
			e.Source = &blank
		}
		e.Authors = emptyIf(e.Authors, g.Authors != nil)
		e.Body = emptyIf(e.Body, g.Body != nil)
		e.Entities = emptyIf(e.Entities, g.Entities != nil)
		e.Figures = emptyIf(e.Figures, g.Figures != nil)
		e.Dates = emptyIf(e.Dates, g.Dates != nil)
	}
	return e
}

func emptyIf[T any](s []T, labeled bool) []T {
	if s == nil && labeled {
		return []T{}
	}
	return s
}

func (s *scorer) report(name string) *Report {
	r := s.rep
	r.Gold = name
	for _, f := range fieldOrder {
		switch f {
		case FieldBoilerplate:
			continue
		case FieldBody:
			r.Fields = append(r.Fields, s.bodyField())
			continue
		}
		r.Fields = append(r.Fields, s.field(f, f))
		if f == FieldEntities {
			for _, t := range s.entityTypes() {
				r.Fields = append(r.Fields, s.field(f+"."+t, f))
			}
		}
	}
	r.Boilerplate = s.leaks
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	if r.Scores == nil {
		r.Scores = []ArticleScore{}
	}
	r.Errors = []DocError{}
	sortFindings(r.Findings, s.docRank)
	return r
}

// field returns the micro-averaged score of a field; articlesOf names the
// field whose labeled-article count applies (per-type entity fields use the
// count of "entities").
func (s *scorer) field(name, articlesOf string) FieldScore {
	fs := FieldScore{Field: name, Articles: s.articles[articlesOf]}
	if c := s.counts[name]; c != nil {
		fs.TP, fs.FP, fs.FN = c.TP, c.FP, c.FN
	}
	if fs.Articles > 0 {
		setPRF(&fs, Counts{TP: fs.TP, FP: fs.FP, FN: fs.FN}.PRF())
	}
	return fs
}

// bodyAvg accumulates per-article body scores. Precision is averaged over
// predicted records (paired or extra), recall over gold articles (an
// unpaired one scores 0), F1 over both (an extra record or unpaired article
// scores 0).
type bodyAvg struct {
	p, r, f1    float64
	np, nr, nf1 int
}

func (b *bodyAvg) add(gold, pred bool, s PRF) {
	if pred {
		b.p += s.P
		b.np++
	}
	if gold {
		b.r += s.R
		b.nr++
	}
	b.f1 += s.F1
	b.nf1++
}

func (s *scorer) bodyField() FieldScore {
	fs := s.field(FieldBody, FieldBody)
	b := s.bodies
	if b.nf1 == 0 || fs.Articles == 0 {
		return fs
	}
	setPRF(&fs, PRF{P: avg(b.p, b.np), R: avg(b.r, b.nr), F1: avg(b.f1, b.nf1)})
	return fs
}

func avg(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

func setPRF(fs *FieldScore, p PRF) {
	fs.P, fs.R, fs.F1 = &p.P, &p.R, &p.F1
}

// entityTypes returns the three standard entity types and any other type
// seen in gold or predictions, sorted after them.
func (s *scorer) entityTypes() []string {
	types := []string{"person", "org", "location"}
	var extra []string
	for f := range s.counts {
		if len(f) > len(FieldEntities)+1 && f[:len(FieldEntities)+1] == FieldEntities+"." {
			t := f[len(FieldEntities)+1:]
			if t != "person" && t != "org" && t != "location" {
				extra = append(extra, t)
			}
		}
	}
	sort.Strings(extra)
	return append(types, extra...)
}
