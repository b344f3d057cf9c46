package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"syscall"
	"time"

	"github.com/zhnews/zhnews/eval/synth"
	"github.com/zhnews/zhnews/index"
)

func init() {
	register("bench", "end-to-end benchmark: process, ingest and cold search on a generated corpus", func() command { return &benchCmd{} })
}

type benchCmd struct {
	n    int
	dir  string
	keep bool
}

func (c *benchCmd) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: zhnews bench [--n 20000] [--dir DIR] [--keep]\n\n"+
			"Generates N articles from the seeds' sentences (eval/synth), then times `zhnews process`,\n"+
			"`zhnews ingest` and a cold `zhnews search`, each as its own process, and reports MB/s,\n"+
			"docs/s, peak RSS and index size against the clean text.")
		fs.PrintDefaults()
	}
	fs.IntVar(&c.n, "n", 20000, "articles to generate")
	fs.StringVar(&c.dir, "dir", "", "work folder (default: a temporary one)")
	fs.BoolVar(&c.keep, "keep", false, "keep the work folder")
	if err := parseInterspersed(fs, args); err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	if c.dir == "" {
		if c.dir, err = os.MkdirTemp("", "zhnews-bench-"); err != nil {
			return err
		}
	}
	if !c.keep {
		defer os.RemoveAll(c.dir)
	}
	corpus := filepath.Join(c.dir, "corpus")
	t0 := time.Now()
	size, err := synth.WriteDir(corpus, c.n, 1)
	if err != nil {
		return err
	}
	fmt.Printf("corpus: %d articles, %.1f MB, generated in %v\n\n", c.n, float64(size)/1e6, time.Since(t0).Round(time.Millisecond))

	records := filepath.Join(c.dir, "records.jsonl")
	proc, err := timed(ctx, records, self, "process", "-q", corpus)
	if err != nil {
		return fmt.Errorf("process: %w", err)
	}
	clean, docs, err := bodyBytes(records)
	if err != nil {
		return err
	}
	idx := filepath.Join(c.dir, "index")
	ing, err := timed(ctx, "", self, "ingest", "-q", "--index", idx, corpus)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	var cold []time.Duration
	for range 5 {
		r, err := timed(ctx, "", self, "search", "新材料", "--index", idx, "--limit", "5")
		if err != nil {
			return fmt.Errorf("search: %w", err)
		}
		cold = append(cold, r.wall)
	}
	sort.Slice(cold, func(i, j int) bool { return cold[i] < cold[j] })
	idxSize, err := publishedSize(idx)
	if err != nil {
		return err
	}

	mb := float64(size) / 1e6
	fmt.Printf("%-22s %10s %10s %10s %12s\n", "step", "seconds", "MB/s", "docs/s", "peak RSS MB")
	for _, r := range []struct {
		name string
		run  runStats
	}{{"process (no index)", proc}, {"ingest (with index)", ing}} {
		s := r.run.wall.Seconds()
		fmt.Printf("%-22s %10.2f %10.2f %10.0f %12.0f\n", r.name, s, mb/s, float64(docs)/s, r.run.maxRSSMB)
	}
	fmt.Printf("%-22s %10.3f (median of 5; max %.3f)\n", "cold search", cold[2].Seconds(), cold[4].Seconds())
	fmt.Printf("\nclean text %.1f MB in %d records; index on disk %.1f MB = %.2fx the clean text\n",
		float64(clean)/1e6, docs, float64(idxSize)/1e6, float64(idxSize)/float64(clean))
	return nil
}

type runStats struct {
	wall     time.Duration
	maxRSSMB float64
}

// timed runs a command, its stdout to the file out (or discarded), and
// returns its wall time and peak resident memory.
func timed(ctx context.Context, out string, name string, args ...string) (runStats, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stderr = os.Stderr
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return runStats{}, err
		}
		defer f.Close()
		cmd.Stdout = f
	}
	t0 := time.Now()
	err := cmd.Run()
	st := runStats{wall: time.Since(t0)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		st.maxRSSMB = float64(ru.Maxrss) / 1024 // Linux reports KiB
	}
	return st, err
}

// bodyBytes sums the bodies of the records in a JSONL file.
func bodyBytes(path string) (total int64, n int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	for {
		var rec struct {
			Body string `json:"body"`
		}
		if err := dec.Decode(&rec); err == io.EOF {
			return total, n, nil
		} else if err != nil {
			return total, n, fmt.Errorf("%s: record %d: %w", path, n+1, err)
		}
		total += int64(len(rec.Body))
		n++
	}
}

// publishedSize is the size on disk of the generation readers see; the
// folder also keeps the previous one, mostly hard links to the same files.
func publishedSize(dir string) (int64, error) {
	x, err := index.OpenReadOnly(dir)
	if err != nil {
		return 0, err
	}
	defer x.Close()
	sum, err := x.Summarize(context.Background())
	if err != nil {
		return 0, err
	}
	return sum.Bytes, nil
}
