package index

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/zhnews/zhnews/index/analyzer"
	"github.com/zhnews/zhnews/pipeline"
)

// TestPhraseMatchesBleve: phraseQuery finds the documents bleve's
// MatchPhraseQuery finds, with the same scores and the same term
// locations, on random texts over a small vocabulary.
func TestPhraseMatchesBleve(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	vocab := []string{"上海", "新", "材料", "产业", "集群", "科委", "的", "创新", "。"}
	text := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(vocab[rng.IntN(len(vocab))])
		}
		return b.String()
	}
	var recs []pipeline.Record
	for i := range 200 {
		recs = append(recs, pipeline.Record{ID: fmt.Sprint(i), Path: fmt.Sprint(i), Title: text(4), Body: text(rng.IntN(60) + 1)})
	}
	x := indexOf(t, recs)
	// Without locations, phrases are found by scanning ranges of documents:
	// make several small ones.
	docs, workers := scanRangeDocs, scanWorkers
	scanRangeDocs, scanWorkers = 16, 7
	t.Cleanup(func() { scanRangeDocs, scanWorkers = docs, workers })
	phrases := []string{"新材料", "上海新材料产业", "科委科委", "产业集群", "的的", "集群上海", "创新。材料", "没有这个"}
	for range 30 {
		phrases = append(phrases, text(rng.IntN(3)+2))
	}
	for _, p := range phrases {
		for _, field := range []string{FieldBody, FieldTitle} {
			want := query.NewMatchPhraseQuery(p)
			want.Analyzer = analyzer.QueryName
			want.SetField(field)
			want.SetBoost(1.5)
			got := newPhraseQuery(p, field, analyzer.QueryName, 1.5)
			for _, locs := range []bool{true, false} {
				a, b := hitsOf(t, x, want, locs), hitsOf(t, x, got, locs)
				if !slices.Equal(a, b) {
					t.Errorf("%s:%q locations %v\ngot  %v\nwant %v", field, p, locs, b, a)
				}
			}
		}
	}
}

// hitsOf returns every hit of q as "id score [term@pos ...]", the
// locations only when asked for.
func hitsOf(t *testing.T, x *Index, q query.Query, locs bool) []string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 1000, 0, false)
	req.IncludeLocations = locs
	res, err := x.b.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range res.Hits {
		hit := fmt.Sprintf("%s %.6f", h.ID, h.Score)
		if locs { // bleve's phrase searcher reports them even unasked
			hit += fmt.Sprint(" ", locations(h.Locations))
		}
		out = append(out, hit)
	}
	slices.Sort(out)
	return out
}

func locations(ftlm search.FieldTermLocationMap) []string {
	seen := map[string]bool{}
	var out []string
	for f, tlm := range ftlm {
		for term, locs := range tlm {
			for _, l := range locs {
				if s := fmt.Sprintf("%s:%s@%d", f, term, l.Pos); !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}
