package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/eval/hostile"
	"github.com/zhnews/zhnews/index"
)

// failedEntry is one line of failed.jsonl.
type failedEntry struct {
	Path   string `json:"path"`
	Line   int    `json:"line"`
	Offset int64  `json:"offset"`
	Stage  string `json:"stage"`
	Error  string `json:"error"`
}

func readFailed(t *testing.T, dir string) []failedEntry {
	t.Helper()
	return readFailedFile(t, filepath.Join(dir, "failed.jsonl"))
}

// failureKeys lists path:line of each failure, sorted, one a line.
func failureKeys(es []failedEntry) string {
	var keys []string
	for _, e := range es {
		keys = append(keys, e.Path+":"+strconv.Itoa(e.Line)+" "+e.Stage)
	}
	slices.Sort(keys)
	return strings.Join(keys, "\n")
}

func readFailedFile(t *testing.T, path string) []failedEntry {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []failedEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e failedEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("failed.jsonl: %v: %s", err, sc.Text())
		}
		if e.Path == "" || e.Stage == "" || e.Error == "" {
			t.Errorf("failed.jsonl entry without path, stage or error: %s", sc.Text())
		}
		if strings.Contains(e.Error, "panic") {
			t.Errorf("a stage panicked: %s", sc.Text())
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestHostileInputs ingests a folder of hostile inputs: the run completes
// with exit code 3, every bad input is in failed.jsonl with its stage and
// error, every good one is indexed, nothing panics, and the 100 MB line is
// rejected without being read into memory.
func TestHostileInputs(t *testing.T) {
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "in")
	cases, err := hostile.Write(dir, hostile.Options{})
	t.Cleanup(func() { hostile.Cleanup(dir) })
	if err != nil {
		t.Fatal(err)
	}
	readable := hostile.Readable(dir)
	if readable {
		t.Log("note: this process reads mode-000 files (root); the unreadable inputs are expected to be indexed, not failed")
	}

	base := mustZhnews(t, 0, "ingest", filepath.Join(dir, "good"), "--index", filepath.Join(tmp, "good-only"), "-q")
	idx := filepath.Join(tmp, "idx")
	r := mustZhnews(t, 3, "ingest", dir, "--index", idx, "-q")
	if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine ") {
		t.Errorf("stderr mentions a panic:\n%s", tail(r.stderr))
	}
	t.Logf("hostile ingest: %v, max RSS %d MB (good inputs alone: %d MB)", r.took, r.maxRSS>>20, base.maxRSS>>20)
	if r.maxRSS > base.maxRSS+hostile.DefaultBig*4/5 { // reading the line whole would take all of it
		t.Errorf("max RSS %d MB, good inputs alone %d MB: the %d MB line was held in memory",
			r.maxRSS>>20, base.maxRSS>>20, hostile.DefaultBig>>20)
	}

	failed := readFailed(t, idx)
	ids := indexed(t, idx)
	urls := indexedURLs(t, idx)
	wantIndexed := checkCases(t, dir, cases, readable, failed, ids, urls)
	if st := statsOf(t, idx); st.Articles != uint64(len(ids)) || st.LastIngest == nil || st.LastIngest.Failed != int64(len(failed)) {
		t.Errorf("stats: %d articles (index lists %d), last ingest %+v, failed.jsonl has %d lines", st.Articles, len(ids), st.LastIngest, len(failed))
	}

	// zhnews process reports the same failures and outputs the same articles.
	pf := filepath.Join(tmp, "process-failed.jsonl")
	pr := mustZhnews(t, 3, "process", dir, "--failed", pf, "-q")
	if got, want := failureKeys(readFailedFile(t, pf)), failureKeys(failed); got != want {
		t.Errorf("process failures:\n%s\ningest failures:\n%s", got, want)
	}
	if n := strings.Count(pr.stdout, "\n"); n != len(ids) {
		t.Errorf("process wrote %d records, ingest indexed %d articles", n, len(ids))
	}

	// Again: the good inputs are unchanged, the bad ones fail again.
	mustZhnews(t, 3, "ingest", dir, "--index", idx, "-q")
	if sum := lastIngest(t, idx); sum.Unchanged != int64(wantIndexed) || sum.Articles != 0 {
		t.Errorf("second run: %d unchanged, %d articles processed; want %d unchanged, 0 processed", sum.Unchanged, sum.Articles, wantIndexed)
	}
	if again := readFailed(t, idx); len(again) != len(failed) {
		t.Errorf("second run: %d failures, first run %d", len(again), len(failed))
	}
}

// checkCases matches the cases against failed.jsonl and the index and
// returns how many inputs should be indexed.
func checkCases(t *testing.T, dir string, cases []hostile.Case, readable bool, failed []failedEntry, ids, urls map[string]string) int {
	t.Helper()
	paths := byPath(ids)
	failedAt := func(c hostile.Case, full string) bool {
		for _, e := range failed {
			if e.Line == c.Line && (e.Path == full || strings.HasPrefix(full, e.Path+"/")) {
				return true
			}
		}
		return false
	}
	expected := map[string]bool{}
	nIndexed := 0
	for _, c := range cases {
		full := filepath.Join(dir, c.Name)
		want := c.Want
		if want == hostile.Unreadable {
			want = hostile.Fail
			if readable {
				want = hostile.Index
			}
		}
		isFailed := failedAt(c, full)
		isIndexed := len(paths[full]) > 0
		if c.Line > 0 {
			isIndexed = c.URL != "" && urls[c.URL] == full
		}
		switch {
		case want == hostile.Fail && (!isFailed || (c.Line == 0 && isIndexed)):
			t.Errorf("%s:%d (%s): failed %v, indexed %v; want it in failed.jsonl only", c.Name, c.Line, c.What, isFailed, isIndexed)
		case want == hostile.Index && (isFailed || !isIndexed):
			t.Errorf("%s:%d (%s): failed %v, indexed %v; want it indexed", c.Name, c.Line, c.What, isFailed, isIndexed)
		}
		if want == hostile.Index {
			nIndexed++
		} else {
			expected[full+":"+strconv.Itoa(c.Line)] = true
		}
	}
	for _, e := range failed {
		if !expected[e.Path+":"+strconv.Itoa(e.Line)] && !strings.HasSuffix(e.Path, "/locked") {
			t.Errorf("unexpected failure: %+v", e)
		}
	}
	return nIndexed
}

// indexedURLs returns url -> path of every article that has a URL.
func indexedURLs(t *testing.T, dir string) map[string]string {
	t.Helper()
	x, err := index.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	out := map[string]string{}
	for id := range indexed(t, dir) {
		rec, err := x.Doc(id)
		if err != nil {
			t.Fatal(err)
		}
		if rec.URL != "" {
			out[rec.URL] = rec.Path
		}
	}
	return out
}
