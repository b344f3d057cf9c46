package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/zhnews/zhnews/pipeline"
	"github.com/zhnews/zhnews/seeds"
)

// batchFlags are the flags shared by ingest and process.
type batchFlags struct {
	workers  int
	maxBytes int
	budget   time.Duration
	quiet    bool
}

func (b *batchFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&b.workers, "workers", 0, "goroutines per stage (default: number of CPUs)")
	fs.IntVar(&b.maxBytes, "max-bytes", pipeline.DefaultMaxBytes, "largest document (file or JSONL line) accepted, in bytes")
	fs.DurationVar(&b.budget, "budget", 30*time.Second, "time one stage may spend on one document (0: no limit)")
	fs.BoolVar(&b.quiet, "q", false, "no progress output")
}

// source returns the Source for the paths on the command line: the
// embedded seeds when there are none.
func (b *batchFlags) source(paths []string) pipeline.Source {
	if len(paths) == 0 {
		return &pipeline.FS{FS: seeds.FS, Prefix: "seeds/", MaxBytes: b.maxBytes}
	}
	return &pipeline.Files{Paths: paths, MaxBytes: b.maxBytes}
}

// batch is one run of the pipeline with its failure log and progress.
type batch struct {
	runner   *pipeline.Runner
	failures *pipeline.FailureLog
	failFile *os.File
}

// newBatch builds the pipeline of cfg with the flags' budget. Failures go
// to failedPath (when not empty) and, one line each, to stderr.
func newBatch(b *batchFlags, cfg pipeline.Config, ordered bool, failedPath string) (*batch, error) {
	cfg.Budget = b.budget
	p, err := pipeline.New(cfg)
	if err != nil {
		return nil, err
	}
	bt := &batch{runner: p.Runner()}
	if b.workers > 0 {
		bt.runner.Workers = map[string]int{}
		for _, st := range p.Stages() {
			bt.runner.Workers[st.Name()] = b.workers
		}
	}
	bt.runner.Ordered = ordered
	var logTo io.Writer = io.Discard
	if failedPath != "" {
		if err := os.MkdirAll(filepath.Dir(failedPath), 0o755); err != nil {
			return nil, err
		}
		f, err := os.Create(failedPath)
		if err != nil {
			return nil, fmt.Errorf("cannot create failure log: %w", err)
		}
		bt.failFile, logTo = f, f
	}
	bt.failures = pipeline.NewFailureLog(logTo)
	bt.runner.OnError = func(e *pipeline.DocError) {
		fmt.Fprintf(os.Stderr, "\rskip %v\n", firstLine(e.Error()))
		if err := bt.failures.Add(e); err != nil {
			slog.Error("cannot write failure log", "err", err)
		}
	}
	return bt, nil
}

// run runs the batch with progress reporting and returns the run's error.
func (bt *batch) run(ctx context.Context, src pipeline.Source, sink pipeline.Sink, quiet bool) error {
	if f, ok := src.(*pipeline.Files); ok {
		f.Found = func(n int64) { bt.runner.Stats.Expected.Add(n) } // for the ETA
	}
	stop := startProgress(&bt.runner.Stats, quiet)
	err := bt.runner.Run(ctx, src, sink)
	stop()
	for _, st := range bt.runner.Stages {
		slog.Debug("stage", "name", st.Name(), "busy", bt.runner.Stats.StageTime(st.Name()).Round(time.Millisecond))
	}
	if bt.failFile != nil {
		bt.failFile.Close()
	}
	return err
}

// summary is the closing line of a batch.
func (bt *batch) summary(verb string) string {
	st := &bt.runner.Stats
	secs := st.Elapsed().Seconds()
	mb := float64(st.Bytes.Load()) / 1e6
	return fmt.Sprintf("%s %d articles from %d inputs, %d failed, %d without article text, in %.2fs (%.1f docs/s, %.2f MB/s)",
		verb, st.Written.Load(), st.Inputs.Load(), st.Failed.Load(), st.Dropped.Load(), secs,
		float64(st.Written.Load())/secs, mb/secs)
}

// failedExit is the error a batch returns when some inputs failed: the
// work is done, and the exit code tells the caller to read the failure log.
func (bt *batch) failedExit(logPath string) error {
	n := bt.failures.Count()
	if n == 0 {
		return nil
	}
	msg := fmt.Sprintf("%d inputs failed", n)
	if logPath != "" {
		msg += "; see " + logPath
	}
	return &exitError{code: 3, msg: msg}
}

func firstLine(s string) string {
	for i, c := range s {
		if c == '\n' {
			return s[:i]
		}
	}
	return s
}
