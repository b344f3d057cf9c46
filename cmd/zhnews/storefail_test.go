package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCheckpointFailure makes a checkpoint fail (the next generation's
// folder cannot be created) while the source is still reading: the ingest
// must stop with an error, not a panic, and leave the published index
// intact; once the obstacle is gone, the next run completes.
func TestCheckpointFailure(t *testing.T) {
	tmp := t.TempDir()
	src := corpus(t, 1000)
	first := filepath.Join(src, "000", "00000*.txt") // ten files
	files, err := filepath.Glob(first)
	if err != nil || len(files) == 0 {
		t.Fatalf("glob %s: %v", first, err)
	}
	idx := filepath.Join(tmp, "idx")
	mustZhnews(t, 0, append([]string{"ingest", "--index", idx, "-q"}, files...)...)
	before := indexed(t, idx)
	gens := generations(t, idx)
	last := gens[len(gens)-1]
	var g int
	if _, err := fmt.Sscanf(filepath.Base(last), "gen-%d", &g); err != nil {
		t.Fatal(err)
	}
	// The next run writes gen g+1 and starts g+2, g+3, ... at its
	// checkpoints; the fourth fails, when the source is reading in step
	// with the pipeline and waits for the store at the moment it fails.
	block := filepath.Join(idx, fmt.Sprintf("gen-%06d", g+5))
	if err := os.WriteFile(block, []byte("not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := zhnews(t, 5*time.Minute, "ingest", filepath.Join(src, "000"), "--index", idx, "--checkpoint", "1ms", "-q")
	if r.code == 0 || strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine ") {
		t.Fatalf("ingest with a failing checkpoint: exit %d, want an error without a panic\n%s", r.code, tail(r.stderr))
	}
	mid := indexed(t, idx)
	for id := range before {
		if _, ok := mid[id]; !ok {
			t.Fatalf("article %s was lost by the failed run", id)
		}
	}
	os.Remove(block)
	more, _ := filepath.Glob(filepath.Join(src, "000", "0000[1-3]*.txt"))
	mustZhnews(t, 0, append([]string{"ingest", "--index", idx, "-q"}, more...)...)
	if got := indexed(t, idx); len(got) <= len(mid) {
		t.Errorf("after the obstacle was removed: %d articles, before %d", len(got), len(mid))
	}
}
