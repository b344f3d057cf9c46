package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/zhnews/zhnews/eval/synth"
)

// TestLimits checks --max-bytes and --budget: inputs over the size limit and
// documents over the time budget are listed in failed.jsonl, the others are
// indexed, and no input is lost between the two.
func TestLimits(t *testing.T) {
	tmp := t.TempDir()
	in := filepath.Join(tmp, "in")
	if _, err := synth.WriteDir(in, 40, 5); err != nil {
		t.Fatal(err)
	}
	sizes := map[string]int64{}
	filepath.Walk(in, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			sizes[p] = info.Size()
		}
		return nil
	})
	limit := median(sizes)

	t.Run("max-bytes", func(t *testing.T) {
		idx := filepath.Join(tmp, "size")
		mustZhnews(t, 3, "ingest", in, "--index", idx, "--max-bytes", itoa64(limit), "-q")
		failed := map[string]bool{}
		for _, e := range readFailed(t, idx) {
			if e.Stage != "read" || !strings.Contains(e.Error, "too large") {
				t.Errorf("unexpected failure %+v", e)
			}
			failed[e.Path] = true
		}
		got := byPath(indexed(t, idx))
		for p, n := range sizes {
			if over := n > limit; over != failed[p] || over == (len(got[p]) > 0) {
				t.Errorf("%s (%d bytes, limit %d): failed %v, indexed %v", p, n, limit, failed[p], len(got[p]) > 0)
			}
		}
	})

	t.Run("budget", func(t *testing.T) {
		idx := filepath.Join(tmp, "budget")
		r := zhnews(t, 5*time.Minute, "ingest", in, "--index", idx, "--budget", "1ns", "-q")
		if r.code != 3 {
			t.Fatalf("exit code %d, want 3 (every document over a 1ns budget)\n%s", r.code, tail(r.stderr))
		}
		failed := map[string]bool{}
		for _, e := range readFailed(t, idx) {
			if !strings.Contains(e.Error, "time budget") {
				t.Errorf("unexpected failure %+v", e)
			}
			failed[e.Path] = true
		}
		got := byPath(indexed(t, idx))
		for p := range sizes {
			if failed[p] == (len(got[p]) > 0) {
				t.Errorf("%s: failed %v, indexed %v; want exactly one", p, failed[p], len(got[p]) > 0)
			}
		}
		if len(failed) == 0 {
			t.Error("no document exceeded a 1ns budget")
		}
	})
}

func median(sizes map[string]int64) int64 {
	var all []int64
	for _, n := range sizes {
		all = append(all, n)
	}
	slices.Sort(all)
	return all[len(all)/2]
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
