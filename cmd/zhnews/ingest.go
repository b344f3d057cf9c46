package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/pipeline"
)

func init() {
	register("ingest", "process articles into the search index (default: the built-in seeds)", func() command { return &ingestCmd{} })
}

type ingestCmd struct {
	batchFlags
	indexDir string
	out      string
}

// defaultIndexDir is where the index lives unless --index or ZHNEWS_INDEX says otherwise.
func defaultIndexDir() string {
	if d := os.Getenv("ZHNEWS_INDEX"); d != "" {
		return d
	}
	return "zhnews-index"
}

func (c *ingestCmd) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: zhnews ingest [PATH...] [--index DIR] [--out FILE.jsonl] [--workers N]\n\n"+
			"Reads .txt, .html/.htm and .jsonl files (or .gz of each) from the paths, folders recursively;\n"+
			"'-' reads JSONL from standard input; no path ingests the built-in seed articles.\n"+
			"Failed inputs are listed in failed.jsonl in the index folder; exit code 3 when there are any.")
		fs.PrintDefaults()
	}
	c.register(fs)
	fs.StringVar(&c.indexDir, "index", defaultIndexDir(), "index folder (env ZHNEWS_INDEX)")
	fs.StringVar(&c.out, "out", "", "also write the output records to this JSONL file")
	if err := parseInterspersed(fs, args); err != nil {
		return err
	}
	x, err := index.Open(c.indexDir)
	if err != nil {
		return err
	}
	defer x.Close()
	failedPath := filepath.Join(c.indexDir, "failed.jsonl")
	bt, err := newBatch(&c.batchFlags, false, failedPath)
	if err != nil {
		return err
	}
	w := x.NewWriter()
	var jsonl *pipeline.JSONL
	if c.out != "" {
		f, err := os.Create(c.out)
		if err != nil {
			return fmt.Errorf("cannot create output: %w", err)
		}
		defer f.Close()
		jsonl = pipeline.NewJSONL(f)
	}
	sink := pipeline.SinkFunc(func(d *pipeline.Doc) error {
		rec := d.Record()
		if err := w.Add(&rec, d.Hash); err != nil {
			return err
		}
		if jsonl != nil {
			return jsonl.Write(d)
		}
		return nil
	})
	src := c.source(fs.Args())
	if f, ok := src.(*pipeline.Files); ok {
		f.Found = func(n int64) { bt.runner.Stats.Expected.Add(n) }
	}
	runErr := bt.run(ctx, src, sink, c.quiet)
	// Whatever happened, keep what was processed: flush the last batch.
	if err := w.Flush(); err != nil && runErr == nil {
		runErr = err
	}
	if jsonl != nil {
		if err := jsonl.Flush(); err != nil && runErr == nil {
			runErr = err
		}
	}
	n, _ := x.Count()
	fmt.Fprintf(os.Stderr, "%s; the index %s holds %d articles\n", bt.summary("ingested"), c.indexDir, n)
	if runErr != nil {
		return runErr
	}
	return bt.failedExit(failedPath)
}
