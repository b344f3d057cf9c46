package web

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/pipeline"
)

// apiError is the JSON body of every API error.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// apiSearch answers GET /api/search with an index.Result.
func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilters(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.search(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// apiDoc answers GET /api/doc/{id} with the stored record.
func (s *Server) apiDoc(w http.ResponseWriter, r *http.Request) {
	rec, err := s.doc(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

// search runs f on the current backend within the search timeout, or
// answers from the cache. The result must not be modified.
func (s *Server) search(ctx context.Context, f Filters) (*index.Result, error) {
	t0 := time.Now()
	if res := s.cache.get(f); res != nil {
		cached := *res
		cached.TookMS = float64(time.Since(t0).Microseconds()) / 1000
		return &cached, nil
	}
	// Waiting for a slot and searching have separate budgets: under a
	// burst, time spent in the queue must not eat the search's own time,
	// or every queued request would time out as soon as it ran.
	wait, stopWait := context.WithTimeout(ctx, queueWait(s.opt.Timeout))
	select {
	case s.slots <- struct{}{}:
		stopWait()
		defer func() { <-s.slots }()
	case <-wait.Done():
		stopWait()
		return nil, errTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, s.opt.Timeout)
	defer cancel()
	b, release := s.backend()
	defer release() // after the cache is filled, so a Swap cannot slip in between
	if b == nil {
		return nil, errNoIndex
	}
	req := f.Request()
	facets := s.cachedFacets(f)
	if facets != nil {
		req.Facets = false // the same search on another page: its facets are known
	}
	res, err := b.Search(ctx, req)
	if err != nil {
		if ctx.Err() != nil && !errors.Is(err, index.ErrBadQuery) {
			return nil, errTimeout
		}
		return nil, err
	}
	if res.Hits == nil {
		res.Hits = []index.Hit{}
	}
	if facets != nil {
		res.Facets = facets
	} else if f.Facets {
		s.cache.put(facetKey(f), &index.Result{Facets: res.Facets})
	}
	s.cache.put(f, res)
	return res, nil
}

// queueWait is how long a request may wait for a search slot.
func queueWait(timeout time.Duration) time.Duration { return 2 * timeout }

// facetKey is the cache key of the facets of f: they do not depend on the page.
func facetKey(f Filters) Filters {
	f.Page, f.Size = 0, 0
	return f
}

// cachedFacets returns the facets of f when another page of the same search
// computed them, or nil.
func (s *Server) cachedFacets(f Filters) map[string][]index.FacetCount {
	if !f.Facets {
		return nil
	}
	if r := s.cache.get(facetKey(f)); r != nil {
		return r.Facets
	}
	return nil
}

// doc returns the record with the given id after checking the id.
func (s *Server) doc(id string) (*pipeline.Record, error) {
	if err := checkID(id); err != nil {
		return nil, err
	}
	b, release := s.backend()
	defer release()
	if b == nil {
		return nil, errNoIndex
	}
	return b.Doc(id)
}

// checkID accepts the ids zhnews makes (hex digests with an optional part
// number) and anything else of letters, digits and . _ - : within
// MaxIDBytes; everything else is a 400, before the index is asked.
func checkID(id string) error {
	if id == "" || len(id) > MaxIDBytes || !utf8.ValidString(id) {
		return errBadRequest("bad document id %q: want 1 to %d letters, digits, '.', '_', '-' or ':'", truncate(id, 40), MaxIDBytes)
	}
	for _, c := range id {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("._-:", c)
		if !ok {
			return errBadRequest("bad document id %q: want 1 to %d letters, digits, '.', '_', '-' or ':'", truncate(id, 40), MaxIDBytes)
		}
	}
	return nil
}

// original serves the input file an article came from, as plain text.
func (s *Server) original(w http.ResponseWriter, r *http.Request) {
	if s.opt.Original == nil {
		s.errorPage(w, r, errNotFound("this server does not serve original files"))
		return
	}
	rec, err := s.doc(r.PathValue("id"))
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	rc, err := s.opt.Original(rec)
	if err != nil {
		s.errorPage(w, r, errNotFound("original file %q is not available: %v", rec.Path, err))
		return
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, MaxOriginal+1))
	if err != nil || len(data) > MaxOriginal {
		s.errorPage(w, r, errNotFound("original file %q cannot be served (unreadable or over %d MiB)", rec.Path, MaxOriginal>>20))
		return
	}
	h := w.Header()
	ct := "text/plain"
	if utf8.Valid(data) {
		ct += "; charset=utf-8"
	}
	h.Set("Content-Type", ct)
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	w.Write(data)
}

// fail answers an API request with a JSON error.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status := writeError(w, r, err)
	if status >= 500 {
		s.logError(r, status, err)
	}
}

// writeError writes err as a JSON error and returns its status.
func writeError(w http.ResponseWriter, r *http.Request, err error) int {
	status, msg := statusOf(err)
	writeJSON(w, status, apiError{Error: msg, Status: status})
	return status
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // readable with curl; served as JSON with nosniff, never as HTML
	enc.Encode(v)
}
