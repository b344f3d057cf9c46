package index

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"
)

// scanSearcher serves a phrase search that wants no term locations: the
// ranking, count and facets of every search (the snippets of the shown
// hits ask again, with locations, through phraseSearcher).
//
// Reading positions is what a phrase costs: over 20,000 articles where
// every word of 上海新材料产业 occurs, a million of them, about 90 ns each,
// where the same conjunction without positions takes a sixth of the time.
// So the positions are read once, on raw postings and split over the cores
// by ranges of documents, to find the documents that hold the phrase; then
// bleve's conjunction of the terms without positions scores just those.
// The scores are those of bleve's PhraseSearcher, which scores a match by
// the same conjunction.
type scanSearcher struct {
	search.Searcher // the conjunction of the terms, without positions
	ctx             context.Context
	r               bindex.IndexReader
	field           string
	terms           []string

	once sync.Once
	err  error
	docs []uint64 // documents holding the phrase, ascending
	next int      // first of docs not yet passed on
	id   bindex.IndexInternalID
}

func (s *scanSearcher) Next(sctx *search.SearchContext) (*search.DocumentMatch, error) {
	if s.once.Do(s.scan); s.err != nil {
		return nil, s.err
	}
	for s.next < len(s.docs) {
		s.id.SetValue(s.docs[s.next])
		d, err := s.Searcher.Advance(sctx, s.id)
		if d == nil || err != nil {
			s.next = len(s.docs)
			return nil, err
		}
		v := d.IndexInternalID.Value()
		for s.next < len(s.docs) && s.docs[s.next] < v {
			s.next++
		}
		if s.next < len(s.docs) && s.docs[s.next] == v {
			s.next++
			return d, nil
		}
		sctx.DocumentMatchPool.Put(d)
	}
	return nil, nil
}

func (s *scanSearcher) Advance(sctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	if s.once.Do(s.scan); s.err != nil {
		return nil, s.err
	}
	v := id.Value()
	for s.next < len(s.docs) && s.docs[s.next] < v {
		s.next++
	}
	return s.Next(sctx)
}

// How scan splits the documents: at most scanWorkers ranges of at least
// scanRangeDocs documents. Variables for the tests.
var (
	scanRangeDocs = uint64(4096)
	scanWorkers   = runtime.GOMAXPROCS(0)
)

// scan finds the documents holding the phrase.
func (s *scanSearcher) scan() {
	s.id = make(bindex.IndexInternalID, 8)
	n, err := s.r.DocCount()
	if err != nil {
		s.err = err
		return
	}
	parts := max(1, min(scanWorkers, int(n/scanRangeDocs)))
	found := make([][]uint64, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := n*uint64(p)/uint64(parts), n*uint64(p+1)/uint64(parts)
		if p == parts-1 {
			hi = ^uint64(0)
		}
		wg.Go(func() { found[p], errs[p] = s.scanRange(lo, hi) })
	}
	wg.Wait()
	for p := range parts {
		if errs[p] != nil {
			s.err = fmt.Errorf("phrase in %s: %w", s.field, errs[p])
			return
		}
		s.docs = append(s.docs, found[p]...)
	}
}

// scanRange returns the documents numbered from lo up to hi that hold the
// phrase, leapfrogging the postings of its terms. A term reader is never
// moved back or onto its own document: scorch restarts it from the
// beginning then.
func (s *scanSearcher) scanRange(lo, hi uint64) ([]uint64, error) {
	k := len(s.terms)
	readers := make([]bindex.TermFieldReader, 0, k)
	defer func() {
		for _, r := range readers {
			r.Close()
		}
	}()
	for _, t := range s.terms {
		r, err := s.r.TermFieldReader(s.ctx, []byte(t), s.field, false, false, true)
		if err != nil {
			return nil, err
		}
		readers = append(readers, r)
	}
	docs := make([]*bindex.TermFieldDoc, k) // where each reader is; nil: not started
	bufs := make([]bindex.TermFieldDoc, k)
	target := make(bindex.IndexInternalID, 8)
	pos := make([][]uint64, k)
	var out []uint64
	// move puts reader i on its first document at or after v.
	move := func(i int, v uint64) (err error) {
		switch {
		case docs[i] != nil && docs[i].ID.Value() >= v:
			return nil
		case docs[i] == nil && v == 0:
			docs[i], err = readers[i].Next(&bufs[i])
		default:
			target.SetValue(v)
			docs[i], err = readers[i].Advance(target, &bufs[i])
		}
		if err == nil && docs[i] == nil {
			err = errDone
		}
		return err
	}
	for v, steps := lo, 0; ; steps++ {
		if v >= hi {
			return out, nil
		}
		if steps%1024 == 0 && s.ctx != nil {
			if err := s.ctx.Err(); err != nil {
				return nil, err
			}
		}
		// Bring every reader to the first document at or after v that
		// holds all the terms.
		aligned := true
		for i := range k {
			if err := move(i, v); err != nil {
				return out, doneOK(err)
			}
			if d := docs[i].ID.Value(); d > v {
				v, aligned = d, false
				break
			}
		}
		if !aligned {
			continue
		}
		if hasPhrase(docs, pos) {
			out = append(out, v)
		}
		v++
	}
}

var errDone = errors.New("no more documents")

func doneOK(err error) error {
	if err == errDone {
		return nil
	}
	return err
}

// hasPhrase reports whether the terms of docs (all the same document)
// occur at consecutive positions: docs[i] at p+i for some p.
func hasPhrase(docs []*bindex.TermFieldDoc, pos [][]uint64) bool {
	for i, d := range docs {
		pos[i] = pos[i][:0]
		for _, v := range d.Vectors {
			pos[i] = append(pos[i], v.Pos)
		}
	}
	sortPositions(pos)
	for _, p := range pos[0] {
		if startsPhrase(pos, p) {
			return true
		}
	}
	return false
}

// sortPositions sorts the positions of each term; they usually come sorted.
func sortPositions(pos [][]uint64) {
	for _, ps := range pos {
		if !slices.IsSorted(ps) {
			slices.Sort(ps)
		}
	}
}

// startsPhrase reports whether the phrase starts at p: the i-th term's
// sorted positions pos[i] hold p+i for every i.
func startsPhrase(pos [][]uint64, p uint64) bool {
	for i := 1; i < len(pos); i++ {
		if _, ok := slices.BinarySearch(pos[i], p+uint64(i)); !ok {
			return false
		}
	}
	return true
}
