package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/zhnews/zhnews/index"
)

// killSizes returns the corpus size and the number of kills: a few
// thousand articles and 20 kills by default (about a minute on two cores),
// fewer articles under -short, a soak under ZHNEWS_SOAK=1.
func killSizes() (articles, kills int) {
	switch {
	case os.Getenv("ZHNEWS_SOAK") != "":
		return 5000, 100
	case testing.Short():
		return 1000, 20
	}
	return 2000, 20
}

// TestKillResume kills an ingest with SIGKILL at random moments and checks
// after every kill that the published index opens, holds no article twice
// and nothing that is not in the input, and never shrinks; a last run to
// completion must give exactly the articles of a clean ingest while
// skipping every input already committed.
func TestKillResume(t *testing.T) {
	n, kills := killSizes()
	rng := rand.New(rand.NewPCG(testSeed(t), 8))
	src := corpus(t, n)
	tmp := t.TempDir()

	clean := filepath.Join(tmp, "clean")
	took, firstPub := timeIngest(t, "ingest", src, "--index", clean, "--checkpoint", "200ms", "-q")
	want := indexed(t, clean)
	wantParts := byPath(want)
	t.Logf("clean ingest: %d articles from %d inputs in %v, first checkpoint after %v",
		len(want), n, took.Round(time.Millisecond), firstPub.Round(time.Millisecond))
	if len(wantParts) != n {
		t.Fatalf("clean ingest indexed %d inputs, want %d", len(wantParts), n)
	}

	dir := filepath.Join(tmp, "killed")
	// Kill anywhere from half the time to the first checkpoint (before
	// anything is published) to some time after it. The range adapts so
	// that the kills together walk through about 80% of the corpus
	// whatever the machine's speed, leaving the rest to the final run.
	minDelay := firstPub / 2
	spread := firstPub/2 + took/10
	prev, finishedEarly := 0, 0
	for i := range kills {
		delay := minDelay + time.Duration(rng.Int64N(int64(spread)))
		if killAfter(t, delay, "ingest", src, "--index", dir, "--checkpoint", "200ms", "-q") {
			finishedEarly++
		}
		got := checkKilled(t, dir, want, wantParts)
		if len(got) < prev {
			t.Fatalf("kill %d: index shrank from %d to %d articles", i+1, prev, len(got))
		}
		t.Logf("kill %2d after %4dms: %d articles published", i+1, delay.Milliseconds(), len(got))
		prev = len(got)
		switch target := 0.8 * float64(i+1) / float64(kills); {
		case float64(prev) > target*float64(len(want)):
			spread = spread * 2 / 3
		case float64(prev) < target*float64(len(want)):
			spread = min(spread*3/2, 10*time.Second)
		}
	}
	if prev == 0 {
		t.Fatalf("no checkpoint was published in %d runs of up to %v: the kills tested nothing", kills, minDelay+spread)
	}

	before := byPath(indexed(t, dir))
	complete := 0
	for p, ids := range before {
		if reflect.DeepEqual(ids, wantParts[p]) {
			complete++
		}
	}
	fr := mustZhnews(t, 0, "ingest", src, "--index", dir, "-q")
	got := indexed(t, dir)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("after resuming: %d articles, want %d (clean ingest); %s", len(got), len(want), diffIDs(got, want))
	}
	sum := lastIngest(t, dir)
	if sum.Unchanged != int64(complete) || sum.Inputs-sum.Unchanged != int64(n-complete) {
		t.Errorf("final run: %d unchanged and %d processed inputs, want %d unchanged (fully committed before) and %d processed",
			sum.Unchanged, sum.Inputs-sum.Unchanged, complete, n-complete)
	}
	if !bytes.Contains([]byte(fr.stderr), []byte(" unchanged, skipped")) || sum.Unchanged == 0 {
		t.Errorf("final run does not report skipped inputs: %s", fr.stderr)
	}
	sameRecords(t, clean, dir, want, rng)
	if gens := generations(t, dir); len(gens) > 2 {
		t.Errorf("%d generations left on disk after a complete run, want at most 2: %v", len(gens), gens)
	}
	t.Logf("%d kills (%d runs finished before their kill); final run: %d inputs unchanged, %d processed in %v",
		kills, finishedEarly, sum.Unchanged, sum.Inputs-sum.Unchanged, fr.took.Round(time.Millisecond))
}

// timeIngest runs an ingest to completion and returns how long it took
// and when its first checkpoint was published (polled).
func timeIngest(t *testing.T, args ...string) (took, firstPub time.Duration) {
	t.Helper()
	dir := args[slices.Index(args, "--index")+1]
	cmd := exec.Command(zhnewsBin(t), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	for firstPub == 0 {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("ingest: %v\n%s", err, tail(stderr.String()))
			}
			return time.Since(t0), time.Since(t0)
		case <-time.After(5 * time.Millisecond):
			if _, err := os.Readlink(filepath.Join(dir, "current")); err == nil {
				firstPub = time.Since(t0)
			}
		}
	}
	if err := <-done; err != nil {
		t.Fatalf("ingest: %v\n%s", err, tail(stderr.String()))
	}
	return time.Since(t0), firstPub
}

// killAfter starts zhnews and sends it SIGKILL after delay, unless it
// finished first (then it reports true).
func killAfter(t *testing.T, delay time.Duration, args ...string) (finished bool) {
	t.Helper()
	cmd := exec.Command(zhnewsBin(t), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("ingest failed before its kill: %v\n%s", err, tail(stderr.String()))
		}
		return true
	case <-time.After(delay):
	}
	cmd.Process.Signal(syscall.SIGKILL)
	if err := <-done; err == nil {
		return true // it finished just before the signal
	}
	return false
}

// checkKilled checks the index a killed ingest left: it opens (zhnews stats
// works and agrees), and every article is one of the input's, under its
// input's path. Before the first checkpoint there may be no index at all.
func checkKilled(t *testing.T, dir string, want map[string]string, wantParts map[string][]string) map[string]string {
	t.Helper()
	if _, err := os.Readlink(filepath.Join(dir, "current")); err != nil {
		if _, err := index.OpenReadOnly(dir); err == nil {
			t.Fatal("no current link, yet the index opens")
		}
		return nil
	}
	st := statsOf(t, dir)
	got := indexed(t, dir)
	if st.Articles != uint64(len(got)) {
		t.Fatalf("stats says %d articles, the index lists %d", st.Articles, len(got))
	}
	for id, p := range got {
		if wp, ok := want[id]; !ok || wp != p {
			t.Fatalf("article %s (%s) is not one of the input's (want path %q)", id, p, wp)
		}
	}
	for p, ids := range byPath(got) {
		if len(ids) > len(wantParts[p]) {
			t.Fatalf("%s: %d articles, the input holds %d", p, len(ids), len(wantParts[p]))
		}
	}
	return got
}

// sameRecords compares a sample of articles of two indexes field by field.
func sameRecords(t *testing.T, a, b string, ids map[string]string, rng *rand.Rand) {
	t.Helper()
	xa, err := index.OpenReadOnly(a)
	if err != nil {
		t.Fatal(err)
	}
	defer xa.Close()
	xb, err := index.OpenReadOnly(b)
	if err != nil {
		t.Fatal(err)
	}
	defer xb.Close()
	all := make([]string, 0, len(ids))
	for id := range ids {
		all = append(all, id)
	}
	sort.Strings(all)
	for range 50 {
		id := all[rng.IntN(len(all))]
		ra, erra := xa.Doc(id)
		rb, errb := xb.Doc(id)
		if erra != nil || errb != nil {
			t.Fatalf("doc %s: %v, %v", id, erra, errb)
		}
		if !reflect.DeepEqual(ra, rb) {
			t.Fatalf("doc %s differs between the clean and the resumed index:\n%+v\n%+v", id, ra, rb)
		}
	}
}

// diffIDs describes the first differences between two id sets.
func diffIDs(got, want map[string]string) string {
	var missing, extra []string
	for id, p := range want {
		if _, ok := got[id]; !ok {
			missing = append(missing, id+" "+p)
		}
	}
	for id, p := range got {
		if _, ok := want[id]; !ok {
			extra = append(extra, id+" "+p)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	return "missing " + first(missing, 5) + "; unexpected " + first(extra, 5)
}

func first(ss []string, n int) string {
	if len(ss) > n {
		return fmt.Sprint(ss[:n], " and ", len(ss)-n, " more")
	}
	return fmt.Sprint(ss)
}
