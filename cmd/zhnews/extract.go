package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/pipeline"
)

func init() {
	register("extract", "find entities, figures and dates in lines of text on stdin", func() command { return &extractCmd{} })
}

type extractCmd struct {
	ref string
}

type extractLine struct {
	Text     string           `json:"text"`
	Entities []extract.Entity `json:"entities"`
	Figures  []extract.Figure `json:"figures"`
	Dates    []extract.Date   `json:"dates"`
}

func (c *extractCmd) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: zhnews extract [--ref TIME] < lines.txt > spans.jsonl\n\n"+
			"Reads plain text, one line at a time, and writes one JSON object per line:\n"+
			`{"text", "entities":[...], "figures":[...], "dates":[...]}, offsets in code points of the line.`+"\n"+
			"Relative dates (9日, 今年, 上半年) resolve against --ref, taken as the publish time.")
		fs.PrintDefaults()
	}
	fs.StringVar(&c.ref, "ref", "", "publish time for relative dates, RFC 3339 or 2025-07-09 (default: now)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ref := time.Now().In(pipeline.ChinaTime)
	if c.ref != "" {
		t, ok := pipeline.ParseTime(c.ref)
		if !ok {
			return &exitError{code: 2, msg: fmt.Sprintf("bad --ref %q: want RFC 3339 or 2025-07-09", c.ref)}
		}
		ref = t
	}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 64<<10), pipeline.DefaultMaxBytes)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for line := 1; in.Scan(); line++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		text := in.Text()
		ents, figs, dts := pipeline.Spans(text, ref)
		rec := extractLine{Text: text, Entities: orEmpty(ents), Figures: orEmpty(figs), Dates: orEmpty(dts)}
		if err := enc.Encode(&rec); err != nil {
			return fmt.Errorf("stdin:%d: %w", line, err)
		}
	}
	if err := in.Err(); err != nil {
		return fmt.Errorf("stdin: %w", err)
	}
	return nil
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
