package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/pipeline"
)

func rec(id, body string) *pipeline.Record {
	return &pipeline.Record{ID: id, Path: id + ".txt", Title: id, Body: body}
}

func count(t *testing.T, dir string) uint64 {
	t.Helper()
	x, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	n, err := x.Count()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestStorePublishAndReaders(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReadOnly(dir); err == nil {
		t.Error("a reader opened an index with nothing published")
	}
	s.Add(rec("a", "上海新材料产业"), Input{Hash: "ha", Base: "a", Parts: 1})
	if err := s.Checkpoint(); err != nil {
		t.Fatal(err)
	}
	// A reader opened while the writer keeps writing sees the checkpoint
	// and is not blocked by the writer's lock.
	r, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Add(rec("b", "南京江北新区"), Input{Hash: "hb", Base: "b", Parts: 1})
	if n, _ := r.Count(); n != 1 {
		t.Errorf("reader sees %d documents, want 1", n)
	}
	if _, err := OpenStore(dir); err == nil || !strings.Contains(err.Error(), "another ingest") {
		t.Errorf("second writer: got %v, want a lock error", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// The old reader still works on its generation; a new one sees both.
	if n, _ := r.Count(); n != 1 {
		t.Errorf("old reader sees %d documents after publish, want 1", n)
	}
	r.Close()
	if n := count(t, dir); n != 2 {
		t.Errorf("after close, %d documents, want 2", n)
	}
	gens, _ := filepath.Glob(filepath.Join(dir, "gen-*"))
	if len(gens) != 1 {
		t.Errorf("%d generations left after Close, want the published one: %v", len(gens), gens)
	}
}

func TestStoreRecoversFromUnpublishedWrites(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	s, _ := OpenStore(dir)
	s.Add(rec("a", "上海"), Input{Hash: "ha", Base: "a", Parts: 1})
	s.Checkpoint()
	s.Add(rec("b", "南京"), Input{Hash: "hb", Base: "b", Parts: 1})
	s.mu.Lock()
	s.w.Flush()
	s.x.Close() // written but never published: as if the process died here
	s.unlock()
	s.mu.Unlock()

	s2, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := s2.Count(); n != 1 {
		t.Errorf("writer resumed with %d documents, want the 1 published", n)
	}
	if ok, _ := s2.Unchanged("a.txt", "ha"); !ok {
		t.Error("published input a not seen as unchanged")
	}
	if ok, _ := s2.Unchanged("b.txt", "hb"); ok {
		t.Error("unpublished input b seen as unchanged")
	}
	s2.Close()
}

func TestStaleParts(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	s, _ := OpenStore(dir)
	defer s.Close()
	in := Input{Hash: "h1", Base: "p", Parts: 3}
	for _, id := range []string{"p", "p-1", "p-2"} {
		s.Add(rec(id, "正文"+id), in)
	}
	s.Checkpoint()
	stale, err := s.Stale("p", 1)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(stale, ",") != "p-1,p-2" && strings.Join(stale, ",") != "p-2,p-1" {
		t.Errorf("stale = %v, want p-1 and p-2", stale)
	}
	// An input with fewer articles indexed than it has is not unchanged.
	s.Delete("p-2")
	s.Checkpoint()
	if ok, _ := s.Unchanged("p.txt", "h1"); ok {
		t.Error("partly indexed input seen as unchanged")
	}
	var paths []string
	s.Paths(context.Background(), func(id, p string) { paths = append(paths, p) })
	if len(paths) != 2 {
		t.Errorf("Paths listed %v", paths)
	}
}

func TestPlainIndexStillReadable(t *testing.T) {
	dir := t.TempDir()
	x, _ := Open(dir)
	w := x.NewWriter()
	w.Add(rec("a", "上海"), Input{Hash: "h", Base: "a", Parts: 1})
	w.Flush()
	x.Close()
	if n := count(t, dir); n != 1 {
		t.Errorf("got %d, want 1", n)
	}
	if _, err := OpenStore(dir); err == nil {
		t.Error("OpenStore accepted a plain index folder")
	}
	os.RemoveAll(dir)
}
