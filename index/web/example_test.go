package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"time"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/index/web"
	"github.com/zhnews/zhnews/pipeline"
)

// A Server answers the JSON API and the pages over an index; here one
// article is indexed and searched through /api/search.
func ExampleNew() {
	dir, _ := os.MkdirTemp("", "zhnews-example-")
	defer os.RemoveAll(dir)
	x, _ := index.Open(dir)
	defer x.Close()
	w := x.NewWriter()
	w.Add(&pipeline.Record{ID: "a", Path: "a.txt", Title: "上海新材料产业将聚力建设3大创新高地", Source: "中新网",
		Body:     "上海市科委副主任翟金国表示,上海新材料产业将聚力建设3大创新高地。",
		Entities: []extract.Entity{{Text: "上海市科委", Type: "org", Start: 0, End: 5}}}, index.Input{Hash: "h", Base: "a", Parts: 1})
	w.Flush()

	srv := web.New(x, web.Options{})
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/search?q=新材料&type=org&entity=上海市科委", nil))
	var res index.Result
	json.Unmarshal(rec.Body.Bytes(), &res)
	fmt.Println(rec.Code, res.Total, res.Hits[0].TitleHL)
	fmt.Println(res.Facets["org"])
	// Output:
	// 200 1 上海<mark>新材料</mark>产业将聚力建设3大创新高地
	// [{上海市科委 1}]
}

// Follow keeps a long-running server on the newest generation an ingest
// publishes into the index folder.
func ExampleServer_Follow() {
	dir := os.Getenv("ZHNEWS_INDEX")
	if dir == "" {
		return
	}
	srv := web.New(nil, web.Options{})
	if _, err := srv.Reload(dir); err != nil {
		fmt.Println(err)
		return
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go srv.Follow(ctx, dir, 2*time.Second, nil)
	// http.ListenAndServe("127.0.0.1:8080", srv) ...
}
