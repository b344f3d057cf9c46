package index

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// phraseQuery is bleve's MatchPhraseQuery, cheaper.
//
// Unspaced Chinese is a phrase (新材料 is the words 新 材料 side by side),
// so phrases are the common query here, not the rare one. Bleve checks a
// candidate document by turning the flat list of its term locations into
// maps of maps and walking every path through them; over 20,000 articles
// where both words occur almost everywhere, that was two thirds of a
// search. Both searchers here score a match by the same conjunction of
// term searchers as bleve (so the same matches and the same scores):
// scanSearcher when the search wants no locations (ranking, counts,
// facets), phraseSearcher when it does (snippets).
//
// It handles phrases of one term per position with no gaps, which is what
// the query analyzer makes of a query; anything else goes to bleve.
type phraseQuery struct {
	text     string
	field    string
	analyzer string
	boost    query.Boost
}

func newPhraseQuery(text, field, analyzer string, boost float64) *phraseQuery {
	return &phraseQuery{text: text, field: field, analyzer: analyzer, boost: query.Boost(boost)}
}

func (q *phraseQuery) Field() string      { return q.field }
func (q *phraseQuery) SetField(f string)  { q.field = f }
func (q *phraseQuery) SetBoost(b float64) { q.boost = query.Boost(b) }
func (q *phraseQuery) Boost() float64     { return q.boost.Value() }

// terms analyzes the phrase into the terms at each position, as bleve's
// MatchPhraseQuery does.
func (q *phraseQuery) terms(m mapping.IndexMapping) ([][]string, error) {
	a := m.AnalyzerNamed(q.analyzer)
	if a == nil {
		return nil, fmt.Errorf("no analyzer named %q", q.analyzer)
	}
	tokens := a.Analyze([]byte(q.text))
	if len(tokens) == 0 {
		return nil, nil
	}
	first, last := tokens[0].Position, tokens[0].Position
	for _, t := range tokens {
		first, last = min(first, t.Position), max(last, t.Position)
	}
	phrase := make([][]string, last-first+1)
	for _, t := range tokens {
		phrase[t.Position-first] = append(phrase[t.Position-first], string(t.Term))
	}
	return phrase, nil
}

func (q *phraseQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	phrase, err := q.terms(m)
	if err != nil {
		return nil, err
	}
	if len(phrase) == 0 {
		return query.NewMatchNoneQuery().Searcher(ctx, r, m, opt)
	}
	terms := make([]string, len(phrase))
	for i, p := range phrase {
		if len(p) != 1 {
			bq := query.NewMultiPhraseQuery(phrase, q.field)
			bq.SetBoost(q.boost.Value())
			return bq.Searcher(ctx, r, m, opt)
		}
		terms[i] = p[0]
	}
	wantLocs := opt.IncludeTermVectors
	ts := make([]search.Searcher, 0, len(terms))
	closeAll := func() {
		for _, s := range ts {
			s.Close()
		}
	}
	for _, t := range terms {
		s, err := searcher.NewTermSearcher(ctx, r, t, q.field, q.boost.Value(), opt)
		if err != nil {
			closeAll()
			return nil, fmt.Errorf("phrase %q: %w", q.text, err)
		}
		ts = append(ts, s)
	}
	must, err := searcher.NewConjunctionSearcher(ctx, r, ts, opt)
	if err != nil {
		closeAll()
		return nil, fmt.Errorf("phrase %q: %w", q.text, err)
	}
	must.SetQueryNorm(1 / math.Sqrt(must.Weight())) // as bleve's PhraseSearcher does
	if !wantLocs {
		return &scanSearcher{Searcher: must, ctx: ctx, r: r, field: q.field, terms: terms}, nil
	}
	return &phraseSearcher{Searcher: must, terms: terms, pos: make([][]uint64, len(terms))}, nil
}

// phraseSearcher serves a phrase search that wants term locations (the
// snippets of the shown hits): it passes on the matches of its conjunction
// in which the terms occur at consecutive positions, keeping only the
// locations of those occurrences, which are what a highlighter marks.
type phraseSearcher struct {
	search.Searcher // the conjunction of the terms
	terms           []string
	pos             [][]uint64 // positions of terms[i] in the current document
	starts          []uint64
}

func (s *phraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	for {
		d, err := s.Searcher.Next(ctx)
		if d == nil || err != nil {
			return nil, err
		}
		if s.matches(d) {
			return d, nil
		}
		ctx.DocumentMatchPool.Put(d)
	}
}

func (s *phraseSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	d, err := s.Searcher.Advance(ctx, id)
	if d == nil || err != nil {
		return nil, err
	}
	if s.matches(d) {
		return d, nil
	}
	ctx.DocumentMatchPool.Put(d)
	return s.Next(ctx)
}

// matches checks the phrase in d and trims d's locations to it.
func (s *phraseSearcher) matches(d *search.DocumentMatch) bool {
	for i := range s.pos {
		s.pos[i] = s.pos[i][:0]
	}
	locs := d.FieldTermLocations
	for _, l := range locs {
		for i, t := range s.terms {
			if t == l.Term {
				s.pos[i] = append(s.pos[i], l.Location.Pos)
			}
		}
	}
	sortPositions(s.pos)
	s.starts = s.starts[:0]
	for _, p := range s.pos[0] {
		if startsPhrase(s.pos, p) {
			s.starts = append(s.starts, p)
		}
	}
	if len(s.starts) == 0 {
		return false
	}
	kept := locs[:0]
	for _, l := range locs {
		if s.inPhrase(l.Term, l.Location.Pos) {
			kept = append(kept, l)
		}
	}
	d.FieldTermLocations = kept
	return true
}

// inPhrase reports whether term at pos is part of an occurrence of the
// phrase found by matches.
func (s *phraseSearcher) inPhrase(term string, pos uint64) bool {
	for i, t := range s.terms {
		if t != term || pos < uint64(i) {
			continue
		}
		if _, ok := slices.BinarySearch(s.starts, pos-uint64(i)); ok {
			return true
		}
	}
	return false
}
