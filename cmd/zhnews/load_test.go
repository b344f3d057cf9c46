package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// loadQueries are words every generated corpus holds, with and without filters.
var loadQueries = []string{
	"q=上海", "q=产业", "q=发展&page=2", "q=新材料", "q=创新&facets=1", "q=集群 企业",
	"q=上海&source=新华网", "from=2023&to=2024", "q=\"产业集群\"", "q=科技 -上海",
}

// loadStats is what the load generator measured.
type loadStats struct {
	requests, fail5xx, timeouts, errors, other atomic.Int64
	mu                                         sync.Mutex
	lat                                        []time.Duration
	firstErr                                   atomic.Value
}

// TestLoadServeDuringIngest starts zhnews serve and an ingest on the same
// index and sends search requests from exactly 1,000 goroutines over
// keep-alive connections on loopback for 3 s (30 s with ZHNEWS_LOAD=1):
// no response may be a 5xx, and p50, p99 and requests/s are reported.
// serve follows the generations the ingest publishes (every 2 s by
// default), so indexes are swapped under load too.
func TestLoadServeDuringIngest(t *testing.T) {
	dur := 3 * time.Second
	if os.Getenv("ZHNEWS_LOAD") != "" {
		dur = 30 * time.Second
	}
	n, _ := killSizes()
	src := corpus(t, n)
	dir := filepath.Join(t.TempDir(), "idx")
	mustZhnews(t, 0, "ingest", filepath.Join(src, "000"), "--index", dir, "-q")
	_, base := startServe(t, dir)
	before := apiTotal(t, base)
	ingest, stderr, wait := background(t, "ingest", src, "--index", dir, "--checkpoint", "500ms", "-q")

	t0 := time.Now()
	st := hammer(base, 1000, dur)
	took := time.Since(t0)
	ingest.Process.Signal(os.Interrupt)
	if err := wait(); err != nil && !lastIngest(t, dir).Interrupted {
		t.Errorf("ingest: %v\n%s", err, tail(stderr.String()))
	}
	poll(t, 30*time.Second, "serve to pick up the generation the ingest published", func() bool { return apiTotal(t, base) > before })

	report(t, st, dur, took)
	if st.fail5xx.Load() > 0 || st.errors.Load() > 0 || st.other.Load() > 0 {
		t.Errorf("%d responses were 5xx (%d of them 503 search timed out), %d other non-200, %d requests failed (first: %v); "+
			"a 503 under this load means searches waiting for a slot timed out: the timeout should start once a search has its slot",
			st.fail5xx.Load(), st.timeouts.Load(), st.other.Load(), st.errors.Load(), st.firstErr.Load())
	}
	if errs := serveErrors.all(); len(errs) > 0 {
		t.Errorf("serve logged %d errors, first: %s", len(errs), errs[0])
	}
}

// hammer sends requests from exactly workers goroutines until dur passes.
func hammer(base string, workers int, dur time.Duration) *loadStats {
	tr := &http.Transport{MaxIdleConns: workers, MaxIdleConnsPerHost: workers, IdleConnTimeout: time.Minute}
	client := &http.Client{Transport: tr, Timeout: 60 * time.Second}
	defer tr.CloseIdleConnections()
	st := &loadStats{}
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			for i := w; time.Now().Before(deadline); i++ {
				t0 := time.Now()
				status, err := get(client, base+"/api/search?"+escapeQuery(loadQueries[i%len(loadQueries)]))
				lat = append(lat, time.Since(t0))
				st.requests.Add(1)
				switch {
				case err != nil:
					st.errors.Add(1)
					st.firstErr.CompareAndSwap(nil, err.Error())
				case status >= 500:
					st.fail5xx.Add(1)
					if status == http.StatusServiceUnavailable {
						st.timeouts.Add(1)
					}
					st.firstErr.CompareAndSwap(nil, fmt.Sprint("status ", status))
				case status != http.StatusOK:
					st.other.Add(1)
					st.firstErr.CompareAndSwap(nil, fmt.Sprint("status ", status))
				}
			}
			st.mu.Lock()
			st.lat = append(st.lat, lat...)
			st.mu.Unlock()
		}()
	}
	wg.Wait()
	return st
}

func get(client *http.Client, u string) (int, error) {
	resp, err := client.Get(u)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body) // read it all, so the connection is kept
	return resp.StatusCode, err
}

// escapeQuery escapes the values of a raw query string.
func escapeQuery(raw string) string {
	vals, err := url.ParseQuery(raw)
	if err != nil {
		panic(err)
	}
	return vals.Encode()
}

// apiTotal returns the number of dated articles serve finds now.
func apiTotal(t *testing.T, base string) int {
	t.Helper()
	resp, err := http.Get(base + "/api/search?from=1900")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var res struct {
		Total int `json:"total"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /api/search: status %d: %v", resp.StatusCode, err)
	}
	return res.Total
}

// report logs the throughput over the whole run (the last requests finish
// after the sending stopped) and the latency quantiles.
func report(t *testing.T, st *loadStats, dur, took time.Duration) {
	t.Helper()
	slices.Sort(st.lat)
	q := func(p float64) time.Duration {
		if len(st.lat) == 0 {
			return 0
		}
		return st.lat[min(len(st.lat)-1, int(p*float64(len(st.lat))))]
	}
	t.Logf("load: %d requests from 1000 goroutines sending for %v, all answered in %v: %.0f req/s, p50 %v, p99 %v, max %v",
		st.requests.Load(), dur, took.Round(time.Millisecond), float64(st.requests.Load())/took.Seconds(),
		q(0.50).Round(time.Millisecond), q(0.99).Round(time.Millisecond), q(1).Round(time.Millisecond))
}
