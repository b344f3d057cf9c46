package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/pipeline"
)

func init() {
	register("ingest", "process articles into the search index (default: the built-in seeds)", func() command { return &ingestCmd{} })
}

type ingestCmd struct {
	batchFlags
	indexDir   string
	out        string
	prune      bool
	checkpoint time.Duration
}

// defaultIndexDir is where the index lives unless --index or ZHNEWS_INDEX says otherwise.
func defaultIndexDir() string {
	if d := os.Getenv("ZHNEWS_INDEX"); d != "" {
		return d
	}
	return "zhnews-index"
}

// ingestSummary is written to last-ingest.json in the index folder.
type ingestSummary struct {
	Started     time.Time `json:"started"`
	Finished    time.Time `json:"finished"`
	Paths       []string  `json:"paths"`
	Inputs      int64     `json:"inputs"`
	Unchanged   int64     `json:"unchanged"`
	Articles    int64     `json:"articles"`
	Failed      int64     `json:"failed"`
	NoContent   int64     `json:"no_content"`
	Pruned      int       `json:"pruned"`
	MB          float64   `json:"mb"`
	Seconds     float64   `json:"seconds"`
	Interrupted bool      `json:"interrupted,omitempty"`
	Error       string    `json:"error,omitempty"`
}

func (c *ingestCmd) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: zhnews ingest [PATH...] [--index DIR] [--out FILE.jsonl] [--workers N] [--prune]\n\n"+
			"Reads .txt, .html/.htm and .jsonl files (or .gz of each) from the paths, folders recursively;\n"+
			"'-' reads JSONL from standard input; no path ingests the built-in seed articles.\n"+
			"Inputs already indexed with the same content are skipped; a changed input replaces its articles.\n"+
			"Failed inputs are listed in DIR/failed.jsonl; exit code 3 when there are any.")
		fs.PrintDefaults()
	}
	c.register(fs)
	fs.StringVar(&c.indexDir, "index", defaultIndexDir(), "index folder (env ZHNEWS_INDEX)")
	fs.StringVar(&c.out, "out", "", "also write the output records to this JSONL file")
	fs.BoolVar(&c.prune, "prune", false, "remove articles whose source file under the given folders is gone")
	fs.DurationVar(&c.checkpoint, "checkpoint", 30*time.Second, "publish progress to searchers (and to a resumed run) this often")
	if err := parseInterspersed(fs, args); err != nil {
		return err
	}
	store, err := index.OpenStore(c.indexDir)
	if err != nil {
		return err
	}
	sum := ingestSummary{Started: time.Now(), Paths: fs.Args()}
	runErr := c.ingest(ctx, store, fs.Args(), &sum)
	if err := store.Close(); err != nil && runErr == nil {
		runErr = err
	}
	sum.Finished = time.Now()
	sum.Interrupted = errors.Is(runErr, context.Canceled)
	if runErr != nil {
		sum.Error = runErr.Error()
	}
	writeSummary(c.indexDir, &sum)
	n := uint64(0)
	if x, err := index.OpenReadOnly(c.indexDir); err == nil {
		n, _ = x.Count()
		x.Close()
	}
	fmt.Fprintf(os.Stderr, "ingested %d articles from %d inputs (%d unchanged, skipped; %d failed; %d without article text",
		sum.Articles, sum.Inputs, sum.Unchanged, sum.Failed, sum.NoContent)
	if c.prune {
		fmt.Fprintf(os.Stderr, "; %d pruned", sum.Pruned)
	}
	fmt.Fprintf(os.Stderr, ") in %.2fs (%.1f docs/s, %.2f MB/s); %s holds %d articles\n",
		sum.Seconds, float64(sum.Articles)/sum.Seconds, sum.MB/sum.Seconds, c.indexDir, n)
	if runErr != nil {
		return runErr
	}
	if sum.Failed > 0 {
		return &exitError{code: 3, msg: fmt.Sprintf("%d inputs failed; see %s", sum.Failed, filepath.Join(c.indexDir, "failed.jsonl"))}
	}
	return nil
}

func (c *ingestCmd) ingest(ctx context.Context, store *index.Store, paths []string, sum *ingestSummary) error {
	// The index takes the pipeline's segmentation rather than segmenting again.
	bt, err := newBatch(&c.batchFlags, pipeline.Config{SearchTokens: true}, false, filepath.Join(c.indexDir, "failed.jsonl"))
	if err != nil {
		return err
	}
	var unchanged atomic.Int64
	src := c.source(paths)
	if f, ok := src.(*pipeline.Files); ok {
		f.Unchanged = func(path, hash string) bool { return skipUnchanged(store, path, hash, &unchanged) }
	} else if f, ok := src.(*pipeline.FS); ok {
		f.Unchanged = func(path, hash string) bool { return skipUnchanged(store, path, hash, &unchanged) }
	}
	var jsonl *pipeline.JSONL
	if c.out != "" {
		f, err := os.Create(c.out)
		if err != nil {
			return fmt.Errorf("cannot create output: %w", err)
		}
		defer f.Close()
		jsonl = pipeline.NewJSONL(f)
		defer jsonl.Flush()
	}
	last := time.Now()
	sink := pipeline.SinkFunc(func(d *pipeline.Doc) error {
		if d.Part == 0 && d.Parts > 0 {
			stale, err := store.Stale(d.BaseID, d.Parts)
			if err != nil {
				return err
			}
			for _, id := range stale {
				store.Delete(id)
			}
		}
		rec := d.Record()
		in := index.Input{Hash: d.Hash, Base: d.BaseID, Parts: d.Parts, Folded: d.Folded, Tokens: d.SearchTokens}
		if err := store.Add(&rec, in); err != nil {
			return err
		}
		if jsonl != nil {
			if err := jsonl.Write(d); err != nil {
				return err
			}
		}
		if time.Since(last) >= c.checkpoint {
			last = time.Now()
			return store.Checkpoint()
		}
		return nil
	})
	runErr := bt.run(ctx, src, sink, c.quiet)
	st := &bt.runner.Stats
	sum.Inputs, sum.Unchanged = st.Inputs.Load()+unchanged.Load(), unchanged.Load()
	sum.Articles, sum.Failed, sum.NoContent = st.Written.Load(), st.Failed.Load(), st.Dropped.Load()
	sum.MB, sum.Seconds = float64(st.Bytes.Load())/1e6, st.Elapsed().Seconds()
	if runErr == nil && c.prune {
		sum.Pruned, runErr = prune(ctx, store, paths)
	}
	return runErr
}

func skipUnchanged(store *index.Store, path, hash string, n *atomic.Int64) bool {
	ok, err := store.Unchanged(path, hash)
	if err != nil {
		slog.Warn("cannot check whether an input changed; processing it", "path", path, "err", err)
		return false
	}
	if ok {
		n.Add(1)
	}
	return ok
}

// prune deletes the articles of files under the given folders that no
// longer exist. Articles from standard input or other folders are kept.
func prune(ctx context.Context, store *index.Store, roots []string) (int, error) {
	roots = existing(roots)
	if len(roots) == 0 {
		return 0, nil
	}
	var gone []string
	err := store.Paths(ctx, func(id, path string) {
		if path == "-" || !under(path, roots) {
			return
		}
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			gone = append(gone, id)
		}
	})
	for _, id := range gone {
		store.Delete(id)
	}
	return len(gone), err
}

// existing returns the roots that exist now. A missing root is already in
// failed.jsonl; pruning under it would delete every article of a folder
// that is only unmounted or mistyped.
func existing(roots []string) []string {
	var out []string
	for _, r := range roots {
		if _, err := os.Stat(r); err == nil {
			if abs, err := filepath.Abs(r); err == nil {
				r = abs // records carry absolute paths
			}
			out = append(out, r)
		}
	}
	return out
}

func under(path string, roots []string) bool {
	for _, r := range roots {
		r = filepath.Clean(r)
		if path == r || strings.HasPrefix(path, r+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

func writeSummary(dir string, sum *ingestSummary) {
	js, _ := json.MarshalIndent(sum, "", "  ")
	tmp := filepath.Join(dir, "last-ingest.json.tmp")
	if err := os.WriteFile(tmp, append(js, '\n'), 0o644); err == nil {
		os.Rename(tmp, filepath.Join(dir, "last-ingest.json"))
	}
}
