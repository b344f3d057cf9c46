package index

import (
	"context"
	"io/fs"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Summary describes an index for operators.
type Summary struct {
	Articles  uint64       `json:"articles"`
	Sources   int          `json:"sources"`
	TopSource []FacetCount `json:"top_sources"`
	First     string       `json:"first_published,omitempty"`
	Last      string       `json:"last_published,omitempty"`
	Undated   uint64       `json:"undated"`
	Bytes     int64        `json:"bytes"` // size on disk of the published generation
	Folder    string       `json:"folder"`
}

// Summarize counts the articles, sources and dates of the index.
func (x *Index) Summarize(ctx context.Context) (*Summary, error) {
	s := &Summary{Folder: x.dir}
	var err error
	if s.Articles, err = x.Count(); err != nil {
		return nil, err
	}
	all, err := x.Facet(ctx, FieldSource, 100000)
	if err != nil {
		return nil, err
	}
	s.Sources = len(all)
	s.TopSource = all[:min(len(all), 10)]
	if s.First, err = x.edge(ctx, FieldPublished); err != nil {
		return nil, err
	}
	if s.Last, err = x.edge(ctx, "-"+FieldPublished); err != nil {
		return nil, err
	}
	res, err := x.b.SearchInContext(ctx, bleve.NewSearchRequestOptions(dated(), 0, 0, false))
	if err != nil {
		return nil, err
	}
	s.Undated = s.Articles - res.Total
	if p, err := resolve(x.dir); err == nil {
		s.Bytes = DiskSize(p)
	}
	return s, nil
}

// edge returns the publish date of the first document in the given order.
func (x *Index) edge(ctx context.Context, order string) (string, error) {
	req := bleve.NewSearchRequestOptions(dated(), 1, 0, false)
	req.SortBy([]string{order})
	req.Fields = []string{FieldPublished}
	res, err := x.b.SearchInContext(ctx, req)
	if err != nil || len(res.Hits) == 0 {
		return "", err
	}
	return localTime(res.Hits[0].Fields[FieldPublished]), nil
}

// dated matches the documents that have a publish date.
func dated() query.Query {
	q := query.NewDateRangeQuery(minTime, maxTime)
	q.SetField(FieldPublished)
	return q
}

// DiskSize returns the bytes of the files under dir.
func DiskSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}
