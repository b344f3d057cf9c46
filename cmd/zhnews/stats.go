package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/zhnews/zhnews/index"
)

func init() {
	register("stats", "describe an index: articles, sources, dates, size, last ingest", func() command { return &statsCmd{} })
}

type statsCmd struct {
	indexDir string
	asJSON   bool
}

func (c *statsCmd) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	fs.StringVar(&c.indexDir, "index", defaultIndexDir(), "index folder (env ZHNEWS_INDEX)")
	fs.BoolVar(&c.asJSON, "json", false, "print machine-readable JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	x, err := index.OpenReadOnly(c.indexDir)
	if err != nil {
		return err
	}
	defer x.Close()
	sum, err := x.Summarize(ctx)
	if err != nil {
		return err
	}
	var last *ingestSummary
	if data, err := os.ReadFile(filepath.Join(c.indexDir, "last-ingest.json")); err == nil {
		last = new(ingestSummary)
		if json.Unmarshal(data, last) != nil {
			last = nil
		}
	}
	if c.asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(struct {
			*index.Summary
			LastIngest *ingestSummary `json:"last_ingest,omitempty"`
		}{sum, last})
	}
	fmt.Printf("index       %s (%.1f MB)\n", c.indexDir, float64(sum.Bytes)/1e6)
	fmt.Printf("articles    %d (%d without a publish date)\n", sum.Articles, sum.Undated)
	fmt.Printf("published   %s .. %s\n", dateOnly(sum.First), dateOnly(sum.Last))
	fmt.Printf("sources     %d", sum.Sources)
	for i, s := range sum.TopSource {
		sep := ", "
		if i == 0 {
			sep = ": "
		}
		fmt.Printf("%s%s (%d)", sep, s.Term, s.Count)
	}
	fmt.Println()
	if last != nil {
		state := "completed"
		if last.Interrupted {
			state = "interrupted"
		} else if last.Error != "" {
			state = "failed: " + last.Error
		}
		fmt.Printf("last ingest %s, %s: %d inputs, %d articles, %d unchanged, %d failed, %d pruned, %.1fs\n",
			last.Finished.Format("2006-01-02 15:04:05"), state, last.Inputs, last.Articles, last.Unchanged, last.Failed, last.Pruned, last.Seconds)
	}
	return nil
}
