package index

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Facets are counted from columns in memory, not by bleve's facet builders.
//
// Bleve counts a facet by visiting the doc values of every match: it
// decompresses a chunk of each field for each document, and on a broad
// search over 20,000 articles that was 40% of the time of /api/search. An
// index snapshot never changes, so its facet values are read once into
// columns (a term ordinal per value, a row per document), and a search only
// records which rows match: the query is wrapped in one that notes the
// documents its searcher yields, and the counts come from the columns.
// Counts and order are bleve's: count descending, then term.

// facetFields are the fields kept in columns: those of facetSizes.
var facetFields = slices.Sorted(maps.Keys(facetSizes))

// columns are the facet values of every document of one index snapshot.
type columns struct {
	rows   map[string]uint32 // internal document id -> row
	fields map[string]*column
}

// column is one facet field: the values of row r are terms[vals[start[r]:start[r+1]]].
type column struct {
	terms []string
	start []uint32
	vals  []uint32
}

// readColumns reads the facet values of every document of r.
func readColumns(r bindex.IndexReader) (*columns, error) {
	ids, err := r.DocIDReaderAll()
	if err != nil {
		return nil, err
	}
	defer ids.Close()
	dv, err := r.DocValueReader(facetFields)
	if err != nil {
		return nil, err
	}
	n, _ := r.DocCount()
	c := &columns{rows: make(map[string]uint32, n), fields: map[string]*column{}}
	ords := map[string]map[string]uint32{}
	for _, f := range facetFields {
		c.fields[f] = &column{start: make([]uint32, 1, n+1)}
		ords[f] = map[string]uint32{}
	}
	for {
		id, err := ids.Next()
		if err != nil {
			return nil, err
		}
		if id == nil {
			break
		}
		c.rows[string(id)] = uint32(len(c.rows))
		err = dv.VisitDocValues(id, func(field string, term []byte) {
			col, ok := c.fields[field]
			if !ok {
				return
			}
			o, ok := ords[field][string(term)]
			if !ok {
				o = uint32(len(col.terms))
				ords[field][string(term)] = o
				col.terms = append(col.terms, string(term))
			}
			col.vals = append(col.vals, o)
		})
		if err != nil {
			return nil, fmt.Errorf("facet values: %w", err)
		}
		for _, col := range c.fields {
			col.start = append(col.start, uint32(len(col.vals)))
		}
	}
	return c, nil
}

// count returns the n most frequent terms of field over rows.
func (c *columns) count(field string, rows []uint32, n int) []FacetCount {
	col := c.fields[field]
	counts := make([]int, len(col.terms))
	for _, r := range rows {
		for _, o := range col.vals[col.start[r]:col.start[r+1]] {
			counts[o]++
		}
	}
	var out []FacetCount
	for o, k := range counts {
		if k > 0 {
			out = append(out, FacetCount{Term: col.terms[o], Count: k})
		}
	}
	slices.SortFunc(out, func(a, b FacetCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Term, b.Term)
	})
	return out[:min(n, len(out))]
}

// columnCache keeps the columns of the newest snapshot read.
type columnCache struct {
	mu       sync.Mutex
	snapshot bindex.IndexReader // identity only: a snapshot is never reused
	cols     *columns
}

// of returns the columns of snapshot r, reading them when r is new.
func (cc *columnCache) of(r bindex.IndexReader) (*columns, error) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if cc.cols != nil && cc.snapshot == r {
		return cc.cols, nil
	}
	cols, err := readColumns(r)
	if err != nil {
		return nil, err
	}
	cc.snapshot, cc.cols = r, cols
	return cols, nil
}

// matchRecorder is a query that matches what its query matches and notes
// the row of every match in the columns of the snapshot searched.
type matchRecorder struct {
	query.Query
	cache *columnCache
	cols  *columns
	rows  []uint32
}

func (m *matchRecorder) Searcher(ctx context.Context, r bindex.IndexReader, im mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	cols, err := m.cache.of(r)
	if err != nil {
		return nil, err
	}
	m.cols = cols
	s, err := m.Query.Searcher(ctx, r, im, opt)
	if err != nil {
		return nil, err
	}
	return &recordingSearcher{Searcher: s, m: m}, nil
}

// facets returns the facets of the matches, as facetsOf does for bleve's.
func (m *matchRecorder) facets() map[string][]FacetCount {
	out := map[string][]FacetCount{}
	if m.cols == nil {
		return out
	}
	for f, n := range facetSizes {
		out[f] = m.cols.count(f, m.rows, n)
	}
	slices.SortFunc(out[FieldMonth], func(a, b FacetCount) int { return strings.Compare(a.Term, b.Term) })
	return out
}

type recordingSearcher struct {
	search.Searcher
	m *matchRecorder
}

func (s *recordingSearcher) note(d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if d != nil {
		if r, ok := s.m.cols.rows[string(d.IndexInternalID)]; ok {
			s.m.rows = append(s.m.rows, r)
		}
	}
	return d, err
}

func (s *recordingSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return s.note(s.Searcher.Next(ctx))
}

func (s *recordingSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	return s.note(s.Searcher.Advance(ctx, id))
}
