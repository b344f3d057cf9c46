package main

// The robustness tests of issue 8 run the zhnews binary as a subprocess, as
// an operator or a cron job does, so that they can kill it, feed it hostile
// folders and search while it writes. The binary is built once, on first
// use, into a folder TestMain removes at the end.
//
//	go test ./cmd/zhnews -run 'Kill|Hostile|Incremental|Readers|Load' -v
//	ZHNEWS_SOAK=1 go test ./cmd/zhnews -run KillResume -timeout 30m -v   (longer soak)
//	ZHNEWS_LOAD=1 go test ./cmd/zhnews -run Load -v                       (30 s load test)
//	ZHNEWS_SEED=N replays the random kill points of an earlier run.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/zhnews/zhnews/eval/synth"
	"github.com/zhnews/zhnews/index"
)

var testRoot string // removed after the tests

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "zhnews-robust-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	testRoot = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

var built struct {
	once sync.Once
	path string
	err  error
}

// zhnewsBin returns the path of a freshly built zhnews binary.
func zhnewsBin(t testing.TB) string {
	t.Helper()
	built.once.Do(func() {
		built.path = filepath.Join(testRoot, "zhnews")
		goTool, err := exec.LookPath("go")
		if err != nil {
			goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
		}
		out, err := exec.Command(goTool, "build", "-o", built.path, ".").CombinedOutput()
		if err != nil {
			built.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.path
}

// result is how one zhnews run ended.
type result struct {
	stdout, stderr string
	code           int
	took           time.Duration
	maxRSS         int64 // bytes
}

// zhnews runs the binary to completion (or until the timeout) and returns
// how it ended; a run that cannot start fails the test.
func zhnews(t testing.TB, timeout time.Duration, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, zhnewsBin(t), args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Env = append(os.Environ(), "ZHNEWS_INDEX=/nonexistent-use-the-flag")
	t0 := time.Now()
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String(), took: time.Since(t0)}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("zhnews %q: %v", args, err)
	}
	if ctx.Err() != nil {
		t.Fatalf("zhnews %q did not finish within %v\nstderr: %s", args, timeout, tail(r.stderr))
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss << 10
	}
	return r
}

// mustZhnews runs the binary and fails the test unless it exits with code.
func mustZhnews(t testing.TB, code int, args ...string) result {
	t.Helper()
	r := zhnews(t, 5*time.Minute, args...)
	if r.code != code {
		t.Fatalf("zhnews %q: exit code %d, want %d\nstderr: %s", args, r.code, code, tail(r.stderr))
	}
	return r
}

func tail(s string) string {
	if len(s) > 3000 {
		return "..." + s[len(s)-3000:]
	}
	return s
}

var corpora struct {
	sync.Mutex
	dirs map[int]string
}

// corpus returns a folder of n generated articles, shared by the tests.
func corpus(t testing.TB, n int) string {
	t.Helper()
	corpora.Lock()
	defer corpora.Unlock()
	if d, ok := corpora.dirs[n]; ok {
		return d
	}
	dir := filepath.Join(testRoot, fmt.Sprintf("corpus-%d", n))
	if _, err := synth.WriteDir(dir, n, 20260408); err != nil {
		t.Fatal(err)
	}
	if corpora.dirs == nil {
		corpora.dirs = map[int]string{}
	}
	corpora.dirs[n] = dir
	return dir
}

// indexed returns the id -> path of every article in the published index,
// read with the index package as a reader sees it, and checks that the
// document count agrees.
func indexed(t testing.TB, dir string) map[string]string {
	t.Helper()
	x, err := index.OpenReadOnly(dir)
	if err != nil {
		t.Fatalf("open %s: %v", dir, err)
	}
	defer x.Close()
	ids := map[string]string{}
	err = x.Paths(context.Background(), func(id, path string) {
		if _, dup := ids[id]; dup {
			t.Errorf("%s: id %s listed twice", dir, id)
		}
		ids[id] = path
	})
	if err != nil {
		t.Fatalf("list %s: %v", dir, err)
	}
	if n, err := x.Count(); err != nil || n != uint64(len(ids)) {
		t.Fatalf("%s: count %d (%v), but %d ids listed", dir, n, err, len(ids))
	}
	return ids
}

// byPath groups ids by input path.
func byPath(ids map[string]string) map[string][]string {
	out := map[string][]string{}
	for id, p := range ids {
		out[p] = append(out[p], id)
	}
	for _, v := range out {
		sort.Strings(v)
	}
	return out
}

// statsOf runs zhnews stats --json.
type statsOut struct {
	Articles   uint64         `json:"articles"`
	Sources    int            `json:"sources"`
	Bytes      int64          `json:"bytes"`
	First      string         `json:"first_published"`
	Last       string         `json:"last_published"`
	LastIngest *ingestSummary `json:"last_ingest"`
}

func statsOf(t testing.TB, dir string) statsOut {
	t.Helper()
	r := mustZhnews(t, 0, "stats", "--index", dir, "--json")
	var s statsOut
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, r.stdout)
	}
	return s
}

// lastIngest reads the summary the last ingest left in dir.
func lastIngest(t testing.TB, dir string) ingestSummary {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "last-ingest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var s ingestSummary
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("last-ingest.json: %v", err)
	}
	return s
}

// generations lists the gen-N folders of a store.
func generations(t testing.TB, dir string) []string {
	t.Helper()
	gens, err := filepath.Glob(filepath.Join(dir, "gen-*"))
	if err != nil {
		t.Fatal(err)
	}
	return gens
}

// testSeed returns the seed of a randomized test, from ZHNEWS_SEED when
// set, and logs it so that a failure can be replayed.
func testSeed(t testing.TB) uint64 {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("ZHNEWS_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("ZHNEWS_SEED=%q: %v", s, err)
		}
		seed = v
	}
	t.Logf("seed %d (replay with ZHNEWS_SEED=%d)", seed, seed)
	return seed
}

// poll calls cond every 20 ms until it returns true or the timeout passes.
func poll(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
