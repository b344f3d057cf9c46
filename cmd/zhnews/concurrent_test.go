package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// background starts zhnews without waiting for it; the test kills it at
// the end if it is still running. wait returns its exit error.
func background(t *testing.T, args ...string) (cmd *exec.Cmd, stderr *bytes.Buffer, wait func() error) {
	t.Helper()
	cmd = exec.Command(zhnewsBin(t), args...)
	stderr = new(bytes.Buffer)
	cmd.Stderr = &lockedWriter{w: stderr}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	waited := false
	wait = func() error {
		if !waited {
			err, waited = <-done, true
		}
		return err
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		wait()
	})
	return cmd, stderr, wait
}

// lockedWriter lets a test read a buffer that a subprocess writes to.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// searchTotal runs zhnews search --json for every dated article and
// returns its total, or ok=false when there is no index yet.
func searchTotal(t *testing.T, dir string) (total int, took time.Duration, ok bool) {
	t.Helper()
	r := zhnews(t, 30*time.Second, "search", "--index", dir, "--from", "1900", "--limit", "1", "--json")
	if r.code != 0 {
		if strings.Contains(r.stderr, "no index there") {
			return 0, r.took, false
		}
		t.Fatalf("search during ingest: exit %d: %s", r.code, r.stderr)
	}
	var res struct {
		Total int `json:"total"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatalf("search --json: %v\n%s", err, r.stdout)
	}
	return res.Total, r.took, true
}

// TestReadersDuringIngest searches with zhnews search again and again while
// an ingest writes the same index: no search waits for the writer, none
// fails once the first checkpoint is published, and the count of articles
// found never goes down (and goes up as checkpoints are published).
func TestReadersDuringIngest(t *testing.T) {
	n, _ := killSizes()
	src := corpus(t, n)
	dir := filepath.Join(t.TempDir(), "idx")
	ingest, stderr, wait := background(t, "ingest", src, "--index", dir, "--checkpoint", "300ms", "-q")
	var interrupt sync.Once
	exited := make(chan error, 1)
	go func() { exited <- wait() }()

	const limit = 5 * time.Second
	var searches, seen int
	var slowest time.Duration
	prev, rises := -1, 0
	for running := true; running; {
		select {
		case err := <-exited:
			if sum := lastIngest(t, dir); err != nil && !sum.Interrupted {
				t.Fatalf("ingest: %v\n%s", err, tail(stderr.String()))
			}
			running = false
		default:
		}
		total, took, ok := searchTotal(t, dir)
		searches++
		slowest = max(slowest, took)
		if took > limit {
			t.Errorf("search %d took %v while ingesting (limit %v)", searches, took, limit)
		}
		if !ok {
			if prev >= 0 {
				t.Fatalf("search %d: the index vanished after %d articles had been found", searches, prev)
			}
			continue
		}
		seen++
		if seen == 1 {
			// A second writer must be refused at once, not wait or corrupt.
			if r := zhnews(t, time.Minute, "ingest", src, "--index", dir, "-q"); r.code == 0 || !strings.Contains(r.stderr, "another ingest") {
				t.Errorf("a second ingest on the same index: exit %d: %s", r.code, tail(r.stderr))
			}
		}
		if total < prev {
			t.Fatalf("search %d: %d articles found, fewer than the %d before", searches, total, prev)
		}
		if prev >= 0 && total > prev {
			rises++
		}
		prev = total
		if rises == 10 && running {
			interrupt.Do(func() { ingest.Process.Signal(os.Interrupt) }) // enough seen; stop it the polite way
		}
	}
	if seen < 3 || rises == 0 {
		t.Errorf("%d searches saw an index and its count rose %d times: readers did not see the ingest progress", seen, rises)
	}
	if st := statsOf(t, dir); st.Articles < uint64(prev) || st.LastIngest == nil {
		t.Errorf("after the ingest: stats says %d articles (last ingest %+v), search found %d", st.Articles, st.LastIngest, prev)
	}
	t.Logf("%d searches during the ingest, %d saw an index, count rose %d times to %d, slowest %v", searches, seen, rises, prev, slowest)
}

// startServe starts zhnews serve on a free loopback port and returns its
// base URL once it listens.
func startServe(t *testing.T, dir string) (cmd *exec.Cmd, base string) {
	t.Helper()
	cmd = exec.Command(zhnewsBin(t), "serve", "--index", dir, "--addr", "127.0.0.1:0")
	out, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		sent := false
		for sc.Scan() {
			line := sc.Text()
			if i := strings.Index(line, "url=http://"); i >= 0 && !sent {
				u := strings.TrimSuffix(strings.Fields(line[i+4:])[0], "/")
				urls <- strings.Trim(u, `"`)
				sent = true
			}
			if strings.Contains(line, "level=ERROR") || strings.Contains(line, "panic") {
				serveErrors.add(line)
			}
		}
	}()
	select {
	case u := <-urls:
		return cmd, u
	case <-time.After(60 * time.Second):
		t.Fatal("zhnews serve did not report its address within 60s")
	}
	return nil, ""
}

// serveErrors collects error lines of the serve log.
var serveErrors = &lineLog{}

type lineLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *lineLog) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, s)
}

func (l *lineLog) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.lines...)
}
