package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/pipeline"
)

// TestFacetsMatchBleve: facets counted from the columns are the facets
// bleve's builders count, term for term and in the same order.
func TestFacetsMatchBleve(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	words := []string{"上海", "新材料", "产业", "集群", "南京", "创新", "联盟", "汽车"}
	lex := map[string][]string{
		"person":   {"翟金国", "蒋军成", "陆卫东", "陶磊"},
		"org":      {"上海市科委", "南京工业大学", "一汽", "宁德时代", "东南大学"},
		"location": {"上海", "南京", "江北新区", "长三角"},
	}
	var recs []pipeline.Record
	for i := range 300 {
		rec := pipeline.Record{ID: fmt.Sprint(i), Path: fmt.Sprintf("%d.txt", i), Source: pick([]string{"中新网", "南京晨报", "化工仪器网", ""})}
		if rng.IntN(5) > 0 {
			rec.Published = fmt.Sprintf("202%d-%02d-%02d", rng.IntN(3)+3, rng.IntN(12)+1, rng.IntN(28)+1)
		}
		var body []string
		for range rng.IntN(6) + 1 {
			body = append(body, pick(words))
		}
		rec.Body = strings.Join(body, "，")
		for typ, names := range lex {
			for range rng.IntN(4) {
				rec.Entities = append(rec.Entities, extract.Entity{Text: pick(names), Type: typ})
			}
		}
		recs = append(recs, rec)
	}
	x := indexOf(t, recs)
	for _, r := range []Request{{}, {Query: "上海"}, {Query: "新材料 -南京"}, {Query: `"产业 集群"`},
		{Entity: "一汽", Type: "org"}, {Query: "创新", From: "2024", To: "2024-06"}, {Query: "没有的词"}} {
		r.Facets = true
		got, err := x.Search(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		q, err := r.query()
		if err != nil {
			t.Fatal(err)
		}
		req := bleve.NewSearchRequestOptions(q, 0, 0, false)
		for f, n := range facetSizes {
			req.AddFacet(f, bleve.NewFacetRequest(f, n))
		}
		res, err := x.b.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		want := facetsOf(res.Facets)
		if got.Total != res.Total {
			t.Errorf("%+v: total %d, bleve %d", r, got.Total, res.Total)
		}
		for f := range facetSizes {
			if len(got.Facets[f]) == 0 && len(want[f]) == 0 {
				continue
			}
			if !reflect.DeepEqual(got.Facets[f], want[f]) {
				t.Errorf("%+v facet %s:\ngot  %v\nwant %v", r, f, got.Facets[f], want[f])
			}
		}
	}
}
