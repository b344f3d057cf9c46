package index

import (
	"context"
	"fmt"
	"html"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/zhnews/zhnews/extract/zhconv"
	"github.com/zhnews/zhnews/index/analyzer"
	"github.com/zhnews/zhnews/pipeline"
)

// Request is a search: a query in the language of ParseQuery plus filters.
type Request struct {
	Query  string
	From   string // earliest publish date, ISO 8601, inclusive
	To     string // latest publish date, ISO 8601, inclusive (a day or month means its end)
	Entity string // an entity's text; with Type, of that type only
	Type   string // person, org or location
	Source string
	Page   int // 1-based
	Size   int // hits per page (default 10, at most MaxPageSize)
	Facets bool
	// Highlight is "html" (terms in <mark>, text escaped), "ansi" for
	// terminals, or "" for plain snippets.
	Highlight string
}

// MaxPageSize bounds Request.Size.
const MaxPageSize = 100

// Hit is one matching article.
type Hit struct {
	ID        string  `json:"id"`
	Score     float64 `json:"score"`
	Title     string  `json:"title"`
	Published string  `json:"published,omitempty"`
	Source    string  `json:"source,omitempty"`
	Path      string  `json:"path"`
	URL       string  `json:"url,omitempty"`
	Snippet   string  `json:"snippet"`
	TitleHL   string  `json:"title_highlighted,omitempty"`
}

// FacetCount is one value of a facet with the number of matching articles.
type FacetCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// Result is one page of hits with the facets of all matches.
type Result struct {
	Query  string                  `json:"query"`
	Total  uint64                  `json:"total"`
	Page   int                     `json:"page"`
	Size   int                     `json:"size"`
	TookMS float64                 `json:"took_ms"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetCount `json:"facets,omitempty"`
}

// facetSizes are the facets a search with Facets returns and how many terms each.
var facetSizes = map[string]int{
	FieldPerson: 10, FieldOrg: 10, FieldLocation: 10, FieldSource: 10, FieldMonth: 120,
}

// Search runs a request.
func (x *Index) Search(ctx context.Context, r Request) (*Result, error) {
	q, err := r.query()
	if err != nil {
		return nil, err
	}
	size := r.Size
	if size <= 0 {
		size = 10
	}
	size = min(size, MaxPageSize)
	page := max(r.Page, 1)
	t0 := time.Now()
	// The first pass ranks and counts every match and notes them for the
	// facets (see facets.go), without term locations; the second asks for locations, and so
	// snippets, of the shown hits only. Collecting locations for all of
	// thousands of matches would cost more than the search itself.
	var rec *matchRecorder
	var rq query.Query = q
	if r.Facets {
		rec = &matchRecorder{Query: q, cache: &x.cols}
		rq = rec
	}
	req := bleve.NewSearchRequestOptions(rq, size, (page-1)*size, false)
	req.Fields = []string{FieldTitle, FieldPublished, FieldSource, FieldPath, FieldURL}
	res, err := x.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", r.Query, err)
	}
	frags, err := x.fragments(ctx, q, res.Hits, r.Highlight)
	if err != nil {
		return nil, err
	}
	out := &Result{Query: r.Query, Total: res.Total, Page: page, Size: size}
	for _, h := range res.Hits {
		h.Fragments = frags[h.ID]
		out.Hits = append(out.Hits, hitOf(h, r.Highlight != ""))
	}
	if r.Facets {
		out.Facets = rec.facets()
	}
	out.TookMS = float64(time.Since(t0).Microseconds()) / 1000
	return out, nil
}

// fragments returns the highlighted snippets of the given hits, by id.
//
// Title and body are indexed with positions but without offsets (see
// NewMapping), so the matches come back as positions only; locate finds
// their offsets in the stored text, and bleve's highlighter does the rest.
func (x *Index) fragments(ctx context.Context, q query.Query, hits search.DocumentMatchCollection, style string) (map[string]search.FieldFragmentMap, error) {
	if len(hits) == 0 {
		return nil, nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	only := query.NewConjunctionQuery([]query.Query{q, query.NewDocIDQuery(ids)})
	req := bleve.NewSearchRequestOptions(only, len(ids), 0, false)
	req.IncludeLocations = true
	req.Fields = []string{FieldTitle, FieldDoc, legacyBody}
	res, err := x.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("highlight: %w", err)
	}
	name := bleve.Config.DefaultHighlighter
	if style == "html" || style == "ansi" {
		name = style
	}
	hl, err := bleve.Config.Cache.HighlighterNamed(name)
	if err != nil {
		return nil, fmt.Errorf("highlight: %w", err)
	}
	// Title and body of every hit, analyzed in one go.
	fields := [...]string{FieldBody, FieldTitle}
	texts := make([]string, 0, len(fields)*len(res.Hits))
	for _, h := range res.Hits {
		body, err := storedBody(h.Fields)
		if err != nil {
			return nil, fmt.Errorf("highlight %s: %w", h.ID, err)
		}
		title, _ := h.Fields[FieldTitle].(string)
		texts = append(texts, body, title)
	}
	tokens := analyzer.AnalyzeAll(texts...)
	out := make(map[string]search.FieldFragmentMap, len(res.Hits))
	for i, h := range res.Hits {
		doc := document.NewDocument(h.ID)
		for j, f := range fields {
			k := i*len(fields) + j
			locate(h.Locations[f], tokens[k])
			doc.AddField(document.NewTextField(f, nil, []byte(texts[k])))
		}
		for _, f := range fields {
			hl.BestFragmentsInField(h, doc, f, 1)
		}
		out[h.ID] = h.Fragments
	}
	return out, nil
}

// locate sets the offsets of the term locations of one field from the
// tokens of its text by the index analyzer, which yields the tokens at the
// positions of the positions-only analyzer that indexed it. A location
// with no such token (an index written by another version of the
// analyzer) is dropped, not marked in the wrong place.
func locate(tlm search.TermLocationMap, tokens analysis.TokenStream) {
	if len(tlm) == 0 {
		return
	}
	type key struct {
		term string
		pos  uint64
	}
	offsets := make(map[key][2]int, len(tokens))
	for _, t := range tokens {
		offsets[key{string(t.Term), uint64(t.Position)}] = [2]int{t.Start, t.End}
	}
	for term, locs := range tlm {
		kept := locs[:0]
		for _, l := range locs {
			if o, ok := offsets[key{term, l.Pos}]; ok {
				l.Start, l.End = uint64(o[0]), uint64(o[1])
				kept = append(kept, l)
			}
		}
		tlm[term] = kept
	}
}

func (r Request) query() (query.Query, error) {
	// Articles are indexed in Simplified, so 長三角 must find 长三角.
	r.Query, r.Entity, r.Source = zhconv.Simplify(r.Query), zhconv.Simplify(r.Entity), zhconv.Simplify(r.Source)
	q, err := ParseQuery(r.Query)
	if err != nil {
		return nil, err
	}
	filters := []query.Query{q}
	if r.From != "" || r.To != "" {
		dq, err := dateRange(r.From, r.To)
		if err != nil {
			return nil, err
		}
		filters = append(filters, dq)
	}
	if r.Entity != "" {
		eq := entityQuery(r.Entity)
		if r.Type != "" {
			f, ok := EntityFields[r.Type]
			if !ok {
				return nil, fmt.Errorf("%w: unknown entity type %q (want person, org or location)", ErrBadQuery, r.Type)
			}
			eq = term(f, r.Entity)
		}
		filters = append(filters, eq)
	} else if r.Type != "" {
		if _, ok := EntityFields[r.Type]; !ok {
			return nil, fmt.Errorf("%w: unknown entity type %q (want person, org or location)", ErrBadQuery, r.Type)
		}
	}
	if r.Source != "" {
		filters = append(filters, term(FieldSource, r.Source))
	}
	if len(filters) == 1 {
		return q, nil
	}
	return query.NewConjunctionQuery(filters), nil
}

// dateRange filters on the publish date. A bound given as a year, month or
// day covers that whole period.
func dateRange(from, to string) (query.Query, error) {
	var start, end time.Time
	if from != "" {
		t, ok := pipeline.ParseTime(from)
		if !ok {
			return nil, fmt.Errorf("%w: bad date %q (want 2025, 2025-07 or 2025-07-09)", ErrBadQuery, from)
		}
		start = t
	}
	if to != "" {
		t, ok := pipeline.ParseTime(to)
		if !ok {
			return nil, fmt.Errorf("%w: bad date %q (want 2025, 2025-07 or 2025-07-09)", ErrBadQuery, to)
		}
		end = periodEnd(to, t)
	}
	if !start.IsZero() && !end.IsZero() && !end.After(start) {
		return nil, fmt.Errorf("%w: date range ends (%s) before it starts (%s)", ErrBadQuery, to, from)
	}
	incl, excl := true, false
	q := query.NewDateRangeInclusiveQuery(start, end, &incl, &excl)
	q.SetField(FieldPublished)
	return q, nil
}

var (
	minTime = time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)
	maxTime = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)
)

// periodEnd returns the first instant after the period a date names.
func periodEnd(s string, t time.Time) time.Time {
	switch len(s) {
	case 4:
		return t.AddDate(1, 0, 0)
	case 7:
		return t.AddDate(0, 1, 0)
	case 10:
		return t.AddDate(0, 0, 1)
	}
	return t.Add(time.Second)
}

func hitOf(h *search.DocumentMatch, highlighted bool) Hit {
	str := func(f string) string { s, _ := h.Fields[f].(string); return s }
	hit := Hit{ID: h.ID, Score: h.Score, Title: str(FieldTitle), Source: str(FieldSource), Path: str(FieldPath), URL: str(FieldURL)}
	hit.Published = localTime(h.Fields[FieldPublished])
	if frags := h.Fragments[FieldBody]; len(frags) > 0 {
		hit.Snippet = mergeMarks(strings.Join(frags, " … "))
	}
	if frags := h.Fragments[FieldTitle]; highlighted && len(frags) > 0 {
		hit.TitleHL = mergeMarks(frags[0])
	}
	return hit
}

// mergeMarks joins highlights of adjacent words (新 材料 matched as the
// phrase 新材料) into one, as a reader sees them.
func mergeMarks(s string) string {
	return strings.ReplaceAll(s, "</mark><mark>", "")
}

// localTime turns a stored date (RFC 3339 in UTC) back into China time, so
// that a date given without a time shows as that day.
func localTime(v interface{}) string {
	s, _ := v.(string)
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return ""
	}
	return t.In(pipeline.ChinaTime).Format(time.RFC3339)
}

// TitleOr returns the highlighted title when there is one, else the title,
// else a mark that the article has none (an article glued into another's
// page may have no headline of its own).
func (h Hit) TitleOr() string {
	switch {
	case h.TitleHL != "":
		return h.TitleHL
	case h.Title != "":
		return html.EscapeString(h.Title)
	}
	return "（无标题）"
}

func facetsOf(fr search.FacetResults) map[string][]FacetCount {
	out := map[string][]FacetCount{}
	for name, f := range fr {
		var counts []FacetCount
		if f.Terms != nil {
			for _, t := range f.Terms.Terms() {
				counts = append(counts, FacetCount{Term: t.Term, Count: t.Count})
			}
		}
		if name == FieldMonth {
			sort.Slice(counts, func(i, j int) bool { return counts[i].Term < counts[j].Term })
		}
		out[name] = counts
	}
	return out
}

// Facet returns the n most frequent terms of a keyword field over the whole index.
func (x *Index) Facet(ctx context.Context, field string, n int) ([]FacetCount, error) {
	req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), 0, 0, false)
	req.AddFacet(field, bleve.NewFacetRequest(field, n))
	res, err := x.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	return facetsOf(res.Facets)[field], nil
}
