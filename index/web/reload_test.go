package web_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/index/web"
)

// TestFollow serves an index folder while an ingest publishes a new
// generation into it: the server picks the new articles up by itself.
func TestFollow(t *testing.T) {
	dir := t.TempDir()
	st, err := index.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	add := func(i int) {
		rec := testRecords[i]
		if err := st.Add(&rec, index.Input{Hash: "h" + rec.ID, Base: rec.ID, Parts: 1}); err != nil {
			t.Fatal(err)
		}
		if err := st.Checkpoint(); err != nil {
			t.Fatal(err)
		}
	}
	add(0)
	srv := web.New(nil, web.Options{})
	if _, err := srv.Reload(dir); err != nil {
		t.Fatal(err)
	}
	defer srv.Replace(nil)
	if _, _, body := get(t, srv, "GET", "/api/search?q=新材料"); hitIDs(t, body) != "a" {
		t.Fatalf("first generation: got %s, want a", body)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	reloads := make(chan error, 10)
	go srv.Follow(ctx, dir, 5*time.Millisecond, func(gen string, err error) { reloads <- err })

	add(1) // the ingest publishes a second generation
	select {
	case err := <-reloads:
		if err != nil {
			t.Fatalf("reload: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not reload after a new generation was published")
	}
	if _, _, body := get(t, srv, "GET", "/api/search?q=新材料"); sortedIDs(hitIDs(t, body)) != "a,b" {
		t.Errorf("after reload: got %s, want a and b", body)
	}
	select {
	case err := <-reloads:
		t.Errorf("reloaded again without a new generation (err %v)", err)
	case <-time.After(50 * time.Millisecond):
	}
}

func TestReloadMissing(t *testing.T) {
	srv := web.New(testIndex(t), web.Options{})
	if _, err := srv.Reload(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no index") {
		t.Errorf("got %v, want an error saying there is no index", err)
	}
	if status, _, _ := get(t, srv, "GET", "/api/search?q=新材料"); status != 200 {
		t.Errorf("after a failed reload the old index answers %d", status)
	}
}
