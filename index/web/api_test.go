package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/index/web"
	"github.com/zhnews/zhnews/pipeline"
)

var testRecords = []pipeline.Record{
	{ID: "a", Path: "a.txt", Title: "上海新材料产业将聚力建设3大创新高地", Published: "2025-07-09", Source: "中新网",
		Body: "上海市科委副主任翟金国9日表示,上海新材料产业将聚力建设纤维、膜、生物制造3大创新高地。\n2023年,上海新材料产业产值达到3000亿元。",
		Entities: []extract.Entity{{Text: "上海市科委", Type: "org", Start: 0, End: 5}, {Text: "翟金国", Type: "person", Start: 8, End: 11, Role: "上海市科委副主任"},
			{Text: "上海", Type: "location", Start: 16, End: 18}},
		Figures: []extract.Figure{{Text: "3000亿元", Value: 3e11, Unit: "元", Start: 62, End: 68}},
		Dates:   []extract.Date{{Text: "9日", Value: "2025-07-09", Start: 11, End: 13}, {Text: "2023年", Value: "2023", Start: 45, End: 50}},
		Removed: []extract.Removed{{Text: "责任编辑：张三", Reason: "editor"}}},
	{ID: "b", Path: "b.txt", Title: "南京江北新区组建新材料产业创新联盟", Published: "2024-04-30T04:57:00+08:00", Source: "南京晨报",
		Body:     "南京江北新材料产业创新联盟成立大会举行。南京工业大学校长蒋军成介绍说,联盟将建立深度融合的创新体系。",
		Entities: []extract.Entity{{Text: "南京工业大学", Type: "org", Start: 20, End: 26}, {Text: "蒋军成", Type: "person", Start: 28, End: 31}}},
	{ID: "c", Path: "c.txt", Title: "上海:努力打造一批世界级高端产业集群", Published: "2024-03-29T15:07:43+08:00", Source: "化工仪器网",
		Body:     "2023年,上海市生产总值达到4.72万亿元,全社会研发投入占全市生产总值比重提高到4.4%。",
		Entities: []extract.Entity{{Text: "上海", Type: "location", Start: 6, End: 8}}},
	{ID: "x-1", Path: "x.html", Title: "<script>alert('t')</script>新材料", Source: "<b>src</b>",
		Body:     "<img src=x onerror=alert(1)> 新材料 \"quoted\" & </mark> <mark>",
		Entities: []extract.Entity{{Text: "<img src=x", Type: "org", Start: 0, End: 10}}},
}

func testIndex(t testing.TB) *index.Index {
	t.Helper()
	x, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	w := x.NewWriter()
	for i := range testRecords {
		if err := w.Add(&testRecords[i], index.Input{Hash: "h" + testRecords[i].ID, Base: testRecords[i].ID, Parts: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return x
}

func get(t testing.TB, h http.Handler, method, target string) (int, http.Header, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	body, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, rec.Result().Header, string(body)
}

func hitIDs(t *testing.T, body string) string {
	t.Helper()
	var res index.Result
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatalf("bad JSON %q: %v", body, err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return strings.Join(ids, ",")
}

func TestAPISearch(t *testing.T) {
	srv := web.New(testIndex(t), web.Options{})
	tests := []struct {
		name, url string
		want      string // ids, sorted
	}{
		{"query", "/api/search?q=新材料", "a,b,x-1"},
		{"exclude", "/api/search?q=新材料+-南京", "a,x-1"},
		{"org filter", "/api/search?q=新材料&entity=南京工业大学&type=org", "b"},
		{"entity any type", "/api/search?entity=翟金国", "a"},
		{"source", "/api/search?source=化工仪器网", "c"},
		{"date range", "/api/search?from=2024-04&to=2024-04", "b"},
		{"field prefix", "/api/search?q=title:集群", "c"},
		{"empty matches all", "/api/search?facets=false", "a,b,c,x-1"},
		{"nothing", "/api/search?q=石墨烯", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, h, body := get(t, srv, "GET", tt.url)
			if status != 200 {
				t.Fatalf("status %d, body %s", status, body)
			}
			if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("content type %q", ct)
			}
			if got := sortedIDs(hitIDs(t, body)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAPIPages(t *testing.T) {
	srv := web.New(testIndex(t), web.Options{})
	seen := map[string]bool{}
	for page, want := range []int{3, 1, 0} {
		_, _, body := get(t, srv, "GET", "/api/search?size=3&page="+string(rune('1'+page)))
		ids := hitIDs(t, body)
		n := 0
		for _, id := range strings.Split(ids, ",") {
			if id == "" {
				continue
			}
			n++
			if seen[id] {
				t.Errorf("page %d repeats %s", page+1, id)
			}
			seen[id] = true
		}
		if n != want {
			t.Errorf("page %d has %d hits (%s), want %d", page+1, n, ids, want)
		}
	}
}

func sortedIDs(s string) string {
	ids := strings.Split(s, ",")
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			if ids[j] < ids[i] {
				ids[i], ids[j] = ids[j], ids[i]
			}
		}
	}
	return strings.Join(ids, ",")
}

func TestAPISearchShape(t *testing.T) {
	srv := web.New(testIndex(t), web.Options{})
	_, _, body := get(t, srv, "GET", "/api/search?q=新材料")
	var res index.Result
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total != 3 || res.Page != 1 || res.Size != 10 {
		t.Errorf("total %d page %d size %d, want 3 1 10", res.Total, res.Page, res.Size)
	}
	if !strings.Contains(res.Hits[0].Snippet, "<mark>新材料</mark>") {
		t.Errorf("snippet %q has no highlight of 新材料", res.Hits[0].Snippet)
	}
	orgs := map[string]int{}
	for _, f := range res.Facets["org"] {
		orgs[f.Term] = f.Count
	}
	if orgs["上海市科委"] != 1 || orgs["南京工业大学"] != 1 {
		t.Errorf("org facet %v, want 上海市科委 and 南京工业大学 once each", res.Facets["org"])
	}
	if len(res.Facets["month"]) != 2 {
		t.Errorf("month facet %v, want 2 months", res.Facets["month"])
	}
	// untrusted text comes back escaped inside the highlight
	for _, h := range res.Hits {
		if h.ID == "x-1" && strings.Contains(h.Snippet, "<img") {
			t.Errorf("snippet %q carries a raw tag", h.Snippet)
		}
	}
}

func TestAPIErrors(t *testing.T) {
	srv := web.New(testIndex(t), web.Options{})
	long := strings.Repeat("新", web.MaxQueryRunes+1)
	tests := []struct {
		name, method, url string
		status            int
		msg               string // part of the error message
	}{
		{"unterminated quote", "GET", `/api/search?q="新材料`, 400, "unterminated quote"},
		{"lone OR", "GET", `/api/search?q=OR`, 400, "OR needs"},
		{"bad date", "GET", "/api/search?from=yesterday", 400, "bad date"},
		{"reversed range", "GET", "/api/search?from=2025&to=2024", 400, "ends"},
		{"unknown type", "GET", "/api/search?entity=x&type=thing", 400, "unknown entity type"},
		{"page zero", "GET", "/api/search?page=0", 400, `"page"`},
		{"page word", "GET", "/api/search?page=two", 400, `"page"`},
		{"huge size", "GET", "/api/search?size=1000", 400, `"size"`},
		{"too deep", "GET", "/api/search?size=100&page=101", 400, "deepest"},
		{"long query", "GET", "/api/search?q=" + long, 400, "limit is 512"},
		{"unknown parameter", "GET", "/api/search?qq=x", 400, "unknown parameter"},
		{"repeated parameter", "GET", "/api/search?q=a&q=b", 400, "given 2 times"},
		{"bad utf-8", "GET", "/api/search?q=%ff%fe", 400, "UTF-8"},
		{"bad facets", "GET", "/api/search?facets=maybe", 400, "facets"},
		{"missing doc", "GET", "/api/doc/zzz", 404, "not found"},
		{"traversal", "GET", "/api/doc/..%2F..%2Fetc%2Fpasswd", 400, "bad document id"},
		{"odd id", "GET", "/api/doc/a%20b", 400, "bad document id"},
		{"long id", "GET", "/api/doc/" + strings.Repeat("a", web.MaxIDBytes+1), 400, "bad document id"},
		{"post", "POST", "/api/search?q=x", 405, "not allowed"},
		{"no route", "GET", "/api/other", 404, "no such API route"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, h, body := get(t, srv, tt.method, tt.url)
			var e struct {
				Error  string
				Status int
			}
			if err := json.Unmarshal([]byte(body), &e); err != nil {
				t.Fatalf("error body is not JSON: %q (content type %s)", body, h.Get("Content-Type"))
			}
			if status != tt.status || e.Status != tt.status {
				t.Errorf("status %d (body says %d), want %d; error %q", status, e.Status, tt.status, e.Error)
			}
			if !strings.Contains(e.Error, tt.msg) {
				t.Errorf("error %q does not say %q", e.Error, tt.msg)
			}
		})
	}
}

func TestAPIDoc(t *testing.T) {
	srv := web.New(testIndex(t), web.Options{})
	status, _, body := get(t, srv, "GET", "/api/doc/a")
	if status != 200 {
		t.Fatalf("status %d: %s", status, body)
	}
	var rec pipeline.Record
	if err := json.Unmarshal([]byte(body), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Body != testRecords[0].Body || len(rec.Entities) != 3 || rec.Removed[0].Reason != "editor" {
		t.Errorf("got record %+v, want the stored record a", rec)
	}
}

// blocking is a Backend whose searches wait until released.
type blocking struct {
	started, release chan struct{}
	name             string
}

func (b *blocking) Search(ctx context.Context, r index.Request) (*index.Result, error) {
	if b.started != nil {
		b.started <- struct{}{}
		<-b.release
	}
	return &index.Result{Query: b.name, Page: 1, Size: 10}, nil
}

func (b *blocking) Doc(id string) (*pipeline.Record, error) {
	return nil, index.ErrNotFound
}

func TestSwapWaitsForRequests(t *testing.T) {
	old := &blocking{started: make(chan struct{}), release: make(chan struct{}), name: "old"}
	srv := web.New(old, web.Options{})
	done := make(chan string)
	go func() { _, _, body := get(t, srv, "GET", "/api/search"); done <- body }()
	<-old.started
	swapped := make(chan web.Backend)
	go func() { swapped <- srv.Swap(&blocking{name: "new"}) }()
	select {
	case <-swapped:
		t.Fatal("Swap returned while a request still used the old backend")
	case body := <-done:
		t.Fatalf("request finished before release: %s", body)
	default:
	}
	close(old.release)
	if body := <-done; !strings.Contains(body, `"query":"old"`) {
		t.Errorf("in-flight request answered %s, want the old backend", body)
	}
	if got := <-swapped; got != old {
		t.Errorf("Swap returned %v, want the old backend", got)
	}
	if _, _, body := get(t, srv, "GET", "/api/search"); !strings.Contains(body, `"query":"new"`) {
		t.Errorf("request after Swap answered %s, want the new backend", body)
	}
}

// counting is a Backend that counts its searches and those with facets.
type counting struct{ n, facets int }

func (c *counting) Search(ctx context.Context, r index.Request) (*index.Result, error) {
	c.n++
	res := &index.Result{Query: r.Query, Page: max(r.Page, 1), Size: 10, Hits: []index.Hit{{ID: "a", Snippet: "x"}}}
	if r.Facets {
		c.facets++
		res.Facets = map[string][]index.FacetCount{"org": {{Term: "上海市科委", Count: 7}}}
	}
	return res, nil
}

func (c *counting) Doc(id string) (*pipeline.Record, error) { return nil, index.ErrNotFound }

func TestCache(t *testing.T) {
	tests := []struct {
		name  string
		size  int
		urls  []string
		swap  int // swap the backend before this request (0: never)
		calls int // searches the first backend sees
	}{
		{"repeat is cached", 0, []string{"/api/search?q=a", "/?q=a", "/api/search?q=a"}, 0, 1},
		{"different requests", 0, []string{"/api/search?q=a", "/api/search?q=a&page=2", "/api/search?q=b"}, 0, 3},
		{"evicted", 1, []string{"/api/search?q=a", "/api/search?q=b", "/api/search?q=a"}, 0, 3},
		{"disabled", -1, []string{"/api/search?q=a", "/api/search?q=a"}, 0, 2},
		{"bad requests are not searched", 0, []string{"/api/search?q=a&page=0", "/api/search?q=a&page=0"}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &counting{}
			srv := web.New(b, web.Options{CacheSize: tt.size})
			for _, u := range tt.urls {
				get(t, srv, "GET", u)
			}
			if b.n != tt.calls {
				t.Errorf("got %d searches, want %d", b.n, tt.calls)
			}
		})
	}
	b1, b2 := &counting{}, &counting{}
	srv := web.New(b1, web.Options{})
	get(t, srv, "GET", "/api/search?q=a")
	srv.Swap(b2)
	get(t, srv, "GET", "/api/search?q=a")
	if b1.n != 1 || b2.n != 1 {
		t.Errorf("after Swap: old backend searched %d times, new %d; want 1 and 1", b1.n, b2.n)
	}
}

func TestFacetsReusedAcrossPages(t *testing.T) {
	b := &counting{}
	srv := web.New(b, web.Options{})
	for _, u := range []string{"/api/search?q=a", "/api/search?q=a&page=2", "/?q=a&page=3", "/api/search?q=a&page=4&facets=false", "/api/search?q=b&page=2"} {
		_, _, body := get(t, srv, "GET", u)
		if strings.Contains(u, "/api/") && !strings.Contains(u, "facets=false") && !strings.Contains(body, `"org":[{"term":"上海市科委","count":7}]`) {
			t.Errorf("%s: facets missing from %s", u, body)
		}
	}
	if b.n != 5 || b.facets != 2 {
		t.Errorf("%d searches, %d with facets; want 5 and 2 (q=a once, q=b once)", b.n, b.facets)
	}
}

func TestNoBackend(t *testing.T) {
	srv := web.New(nil, web.Options{})
	for _, u := range []string{"/api/search?q=a", "/api/doc/a", "/", "/doc/a"} {
		if status, _, _ := get(t, srv, "GET", u); status != 503 {
			t.Errorf("%s: status %d, want 503 before an index is open", u, status)
		}
	}
}

func TestBusy(t *testing.T) {
	b := &blocking{started: make(chan struct{}), release: make(chan struct{}), name: "slow"}
	srv := web.New(b, web.Options{MaxSearches: 1, Timeout: 50 * time.Millisecond, CacheSize: -1})
	done := make(chan int)
	go func() { status, _, _ := get(t, srv, "GET", "/api/search?q=a"); done <- status }()
	<-b.started
	status, _, body := get(t, srv, "GET", "/api/search?q=b")
	if status != 503 || !strings.Contains(body, "too long") {
		t.Errorf("second search while the only slot is taken: %d %s, want 503", status, body)
	}
	close(b.release)
	if status := <-done; status != 200 {
		t.Errorf("first search: %d, want 200", status)
	}
}
