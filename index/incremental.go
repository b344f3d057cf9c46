package index

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// term matches a keyword field's exact value.
func term(field, value string) *query.TermQuery {
	t := query.NewTermQuery(value)
	t.SetField(field)
	return t
}

// Unchanged reports whether the index already holds every article of the
// input at path with this content hash; such an input need not be
// processed again. An input that was only partly indexed (a crash between
// its articles) is not unchanged.
func (x *Index) Unchanged(path, hash string) (bool, error) {
	q := query.NewConjunctionQuery([]query.Query{term(FieldPath, path), term(FieldHash, hash)})
	req := bleve.NewSearchRequestOptions(q, 64, 0, false)
	req.Fields = []string{FieldParts}
	res, err := x.b.Search(req)
	if err != nil {
		return false, fmt.Errorf("look up %s: %w", path, err)
	}
	if len(res.Hits) == 0 {
		return false, nil
	}
	parts, _ := strconv.Atoi(fmt.Sprint(res.Hits[0].Fields[FieldParts]))
	return int(res.Total) == parts, nil
}

// Stale returns the ids of articles of an input (by its base id) beyond the
// first parts: left from an earlier version of the input that held more.
func (x *Index) Stale(base string, parts int) ([]string, error) {
	req := bleve.NewSearchRequestOptions(term(FieldBase, base), 256, 0, false)
	res, err := x.b.Search(req)
	if err != nil {
		return nil, fmt.Errorf("look up %s: %w", base, err)
	}
	var out []string
	for _, h := range res.Hits {
		k := 0
		if i := strings.LastIndexByte(h.ID, '-'); i >= 0 && h.ID[:i] == base {
			k, _ = strconv.Atoi(h.ID[i+1:])
		}
		if k >= parts {
			out = append(out, h.ID)
		}
	}
	return out, nil
}

// Paths calls fn with the id and path of every document, for pruning.
func (x *Index) Paths(ctx context.Context, fn func(id, path string)) error {
	const page = 1000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), page, from, false)
		req.Fields = []string{FieldPath}
		req.SortBy([]string{"_id"})
		res, err := x.b.SearchInContext(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			p, _ := h.Fields[FieldPath].(string)
			fn(h.ID, p)
		}
		if len(res.Hits) < page {
			return nil
		}
	}
}
