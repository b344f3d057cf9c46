package index

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"golang.org/x/text/width"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/segment"
	"github.com/zhnews/zhnews/pipeline"
)

var testRecords = []pipeline.Record{
	{ID: "a", Path: "a.txt", Title: "上海新材料产业将聚力建设3大创新高地", Published: "2025-07-09", Source: "中新网",
		Body:     "上海市科委副主任翟金国9日表示,上海新材料产业将聚力建设纤维、膜、生物制造3大创新高地。",
		Entities: []extract.Entity{{Text: "上海市科委", Type: "org"}, {Text: "翟金国", Type: "person"}, {Text: "上海", Type: "location"}}},
	{ID: "b", Path: "b.txt", Title: "南京江北新区组建新材料产业创新联盟", Published: "2024-04-30T04:57:00+08:00", Source: "南京晨报",
		Body:     "南京江北新材料产业创新联盟成立大会举行。南京工业大学校长蒋军成介绍说,联盟将建立深度融合的创新体系。",
		Entities: []extract.Entity{{Text: "南京工业大学", Type: "org"}, {Text: "蒋军成", Type: "person"}}},
	{ID: "c", Path: "c.txt", Title: "上海:努力打造一批世界级高端产业集群", Published: "2024-03-29T15:07:43+08:00", Source: "化工仪器网",
		Body:     "2023年,上海市生产总值达到4.72万亿元,全社会研发投入占全市生产总值比重提高到4.4%。",
		Entities: []extract.Entity{{Text: "上海", Type: "location"}}},
}

func testIndex(t *testing.T) *Index {
	return indexOf(t, testRecords)
}

func indexOf(t *testing.T, recs []pipeline.Record) *Index {
	t.Helper()
	x, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	w := x.NewWriter()
	for i := range recs {
		if err := w.Add(&recs[i], Input{Hash: "h" + recs[i].ID, Base: recs[i].ID, Parts: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return x
}

func ids(res *Result) string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	return strings.Join(out, ",")
}

func TestSearch(t *testing.T) {
	x := testIndex(t)
	tests := []struct {
		name string
		req  Request
		want string // ids, in any order when sorted is false
	}{
		{"word", Request{Query: "新材料"}, "a,b"},
		{"sub-word", Request{Query: "科委"}, "a"},
		{"all words", Request{Query: "新材料 南京"}, "b"},
		{"chinese as written", Request{Query: "江北新材料"}, "b"},
		{"chinese not as written", Request{Query: "南京新材料"}, ""},
		{"exclude", Request{Query: "新材料 -南京"}, "a"},
		{"phrase", Request{Query: `"产业创新联盟"`}, "b"},
		{"phrase not adjacent", Request{Query: `"上海 联盟"`}, ""},
		{"or", Request{Query: "蒋军成 OR 翟金国"}, "a,b"},
		{"title field", Request{Query: "title:集群"}, "c"},
		{"source field", Request{Query: "source:南京晨报"}, "b"},
		{"entity", Request{Entity: "上海", Type: "location"}, "a,c"},
		{"entity any type", Request{Entity: "蒋军成"}, "b"},
		{"from", Request{Query: "上海", From: "2025"}, "a"},
		{"to month", Request{Query: "上海", To: "2024-03"}, "c"},
		{"range", Request{From: "2024-04-01", To: "2024-04-30"}, "b"},
		{"latin case", Request{Query: "上海 -XYZ"}, "a,c"},
		{"traditional query", Request{Query: "江北新材料 聯盟"}, "b"},
		{"traditional entity", Request{Entity: "蔣軍成"}, "b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.Search(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(ids(res), ",")
			want := strings.Split(tt.want, ",")
			if !sameSet(got, want) {
				t.Errorf("got %q, want %q", ids(res), tt.want)
			}
		})
	}
}

func sameSet(a, b []string) bool {
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestHighlightWholeWords(t *testing.T) {
	x := testIndex(t)
	res, err := x.Search(context.Background(), Request{Query: "新材料", Highlight: "html"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 {
		t.Fatal("no hits")
	}
	for _, h := range res.Hits {
		if !utf8.ValidString(h.Snippet) {
			t.Errorf("snippet is not valid UTF-8: %q", h.Snippet)
		}
		if !strings.Contains(h.Snippet, "<mark>新材料</mark>") {
			t.Errorf("snippet %q does not mark the whole word", h.Snippet)
		}
	}
	res, _ = x.Search(context.Background(), Request{Query: "科委", Highlight: "html"})
	if len(res.Hits) != 1 || !strings.Contains(res.Hits[0].Snippet, "<mark>科委</mark>") {
		t.Errorf("sub-word not highlighted: %+v", res.Hits)
	}
}

// TestHighlight: the index keeps positions without offsets, so snippets
// take their offsets from the stored text; they must land where the
// search matched, and only there.
func TestHighlight(t *testing.T) {
	x := indexOf(t, []pipeline.Record{
		{ID: "p", Path: "p.txt", Title: "ＡＢＣ公司发布iPhone１５新品",
			Body: "上海市科委表示,上海新材料产业将发展。新的材料科学也在上海发展。"},
		{ID: "q", Path: "q.txt", Title: "翟金国：市科委与区科委", Body: "科委、科委和市科委都在。"},
	})
	tests := []struct {
		query, snippet, title string
	}{
		{"新材料", "上海市科委表示,上海<mark>新材料</mark>产业将发展。新的材料科学也在上海发展。", ""},
		// The phrase 新 材料 is marked where the words are adjacent,
		// not where 新 and 材料 occur apart.
		{`"上海 新材料"`, "上海市科委表示,<mark>上海新材料</mark>产业将发展。新的材料科学也在上海发展。", ""},
		{"上海发展", "上海市科委表示,上海新材料产业将发展。新的材料科学也在<mark>上海发展</mark>。", ""},
		// Sub-words sit at their parent's position; each is found in it.
		{"科委 上海", "<mark>上海</mark>市<mark>科委</mark>表示,<mark>上海</mark>新材料产业将发展。新的材料科学也在<mark>上海</mark>发展。", ""},
		// Full-width title: offsets are those of the original text.
		{"abc", "", "<mark>ＡＢＣ</mark>公司发布iPhone１５新品"},
		{"iphone15", "", "ＡＢＣ公司发布<mark>iPhone１５</mark>新品"},
		{"title:科委", "", "翟金国：市<mark>科委</mark>与区<mark>科委</mark>"},
		{"科委 -上海", "<mark>科委</mark>、<mark>科委</mark>和市<mark>科委</mark>都在。", "翟金国：市<mark>科委</mark>与区<mark>科委</mark>"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := x.Search(context.Background(), Request{Query: tt.query, Highlight: "html"})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) != 1 {
				t.Fatalf("%d hits, want 1", len(res.Hits))
			}
			h := res.Hits[0]
			if tt.snippet != "" && h.Snippet != tt.snippet {
				t.Errorf("snippet\ngot  %s\nwant %s", h.Snippet, tt.snippet)
			}
			if tt.title != "" && h.TitleHL != tt.title {
				t.Errorf("title\ngot  %s\nwant %s", h.TitleHL, tt.title)
			}
		})
	}
}

func TestFacets(t *testing.T) {
	x := testIndex(t)
	res, err := x.Search(context.Background(), Request{Query: "", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 3 {
		t.Fatalf("empty query matched %d, want all 3", res.Total)
	}
	loc := res.Facets[FieldLocation]
	if len(loc) != 1 || loc[0].Term != "上海" || loc[0].Count != 2 {
		t.Errorf("location facet = %v, want 上海 (2)", loc)
	}
	months := res.Facets[FieldMonth]
	if len(months) != 3 || months[0].Term != "2024-03" || months[2].Term != "2025-07" {
		t.Errorf("month facet = %v, want 3 months in order", months)
	}
}

func TestBadQueries(t *testing.T) {
	x := testIndex(t)
	for _, req := range []Request{
		{Query: `"unterminated`},
		{Query: "OR 上海"},
		{Query: "上海 OR"},
		{Query: strings.Repeat("长", MaxQueryRunes+1)},
		{Query: "上海", From: "yesterday"},
		{Query: "上海", From: "2025", To: "2024"},
		{Entity: "上海", Type: "planet"},
	} {
		_, err := x.Search(context.Background(), req)
		if !errors.Is(err, ErrBadQuery) {
			t.Errorf("%+v: got %v, want ErrBadQuery", req, err)
		}
	}
}

func TestDocRoundTripAndUpdate(t *testing.T) {
	x := testIndex(t)
	rec, err := x.Doc("a")
	if err != nil {
		t.Fatal(err)
	}
	if rec.Body != testRecords[0].Body || len(rec.Entities) != 3 || rec.Source != "中新网" {
		t.Errorf("record did not round-trip: %+v", rec)
	}
	if _, err := x.Doc("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("got %v, want ErrNotFound", err)
	}
	// Indexing the same id again replaces the document.
	w := x.NewWriter()
	changed := testRecords[0]
	changed.Title = "新标题"
	w.Add(&changed, Input{Hash: "h2", Base: "a", Parts: 1})
	w.Flush()
	if n, _ := x.Count(); n != 3 {
		t.Errorf("count after update = %d, want 3", n)
	}
	if rec, _ := x.Doc("a"); rec.Title != "新标题" {
		t.Errorf("title after update = %q", rec.Title)
	}
}

func TestRecordRoundTripSpans(t *testing.T) {
	max := 50000.0
	rec := pipeline.Record{ID: "x", Path: "x.txt", Title: "标题", Body: "上海市科委副主任翟金国9日表示,投入3至5万元。",
		Script: "traditional", Original: "原文", Authors: []string{"陈静"},
		Removed:  []extract.Removed{{Text: "(完)", Reason: "editor"}},
		Entities: []extract.Entity{{Text: "翟金国", Type: "person", Start: 8, End: 11, Role: "上海市科委副主任"}},
		Figures:  []extract.Figure{{Text: "3至5万元", Value: 30000, Max: &max, Unit: "元", Approx: false, Start: 18, End: 23}},
		Dates:    []extract.Date{{Text: "9日", Value: "2025-07-09", Start: 11, End: 13}},
	}
	got, err := recordOf(rec.ID, fieldsOf(&rec, Input{}))
	if err != nil {
		t.Fatal(err)
	}
	rec.Original = "" // not kept in the index
	want, _ := json.Marshal(rec)
	have, _ := json.Marshal(got)
	if string(have) != string(want) {
		t.Errorf("round trip:\ngot  %s\nwant %s", have, want)
	}
}

// TestOldIndexNotWritten: an index whose mapping has no FieldDoc (made
// before it) opens for search but not for writing, where new articles
// would lose their stored form.
func TestOldIndexNotWritten(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "old")
	m := NewMapping().(*mapping.IndexMappingImpl)
	delete(m.DefaultMapping.Properties, FieldDoc)
	b, err := bleve.New(dir, m)
	if err != nil {
		t.Fatal(err)
	}
	b.Close()
	if _, err := Open(dir); !errors.Is(err, ErrOldIndex) {
		t.Errorf("Open: got %v, want ErrOldIndex", err)
	}
	x, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	x.Close()
}

// TestLegacyRecord: an index written before FieldDoc kept the record as
// plain JSON and the body as a field; its articles still read.
func TestLegacyRecord(t *testing.T) {
	fields := map[string]any{
		legacyRecord: `{"id":"x","path":"x.txt","title":"标题","source":"中新网","e":[[0,3,"org"]]}`,
		legacyBody:   "上海市科委副主任表示。",
	}
	got, err := recordOf("x", fields)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "标题" || got.Path != "x.txt" || got.Body != "上海市科委副主任表示。" ||
		len(got.Entities) != 1 || got.Entities[0].Text != "上海市" {
		t.Errorf("legacy record read as %+v", got)
	}
	if _, err := recordOf("x", map[string]any{FieldDoc: "\x09junk"}); err == nil {
		t.Error("unknown stored form read without error")
	}
}

// TestOfferedTokens: records indexed with the pipeline's segmentation
// (Input.Tokens) index as those segmented by the analyzer: same matches,
// scores and positions.
func TestOfferedTokens(t *testing.T) {
	plain := indexOf(t, testRecords)
	offered, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer offered.Close()
	w := offered.NewWriter()
	for i := range testRecords {
		rec := &testRecords[i]
		folded := width.Fold.String(rec.Body)
		in := Input{Hash: "h" + rec.ID, Base: rec.ID, Parts: 1, Folded: folded, Tokens: segment.Default().SearchTokens(folded)}
		if err := w.Add(rec, in); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if len(w.offered) != 0 {
		t.Errorf("%d offers not withdrawn", len(w.offered))
	}
	for _, q := range []string{"新材料", "科委", `"产业 创新"`, "上海 -南京", "2023年", "4.4%"} {
		pq, err := ParseQuery(q)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := hitsOf(t, plain, pq, true), hitsOf(t, offered, pq, true); !slices.Equal(a, b) {
			t.Errorf("%s:\noffered %v\nplain   %v", q, b, a)
		}
	}
}
