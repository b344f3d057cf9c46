package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/zhnews/zhnews/pipeline"
)

func init() {
	register("process", "run the pipeline without an index: output records as JSONL on stdout", func() command { return &processCmd{} })
}

type processCmd struct {
	batchFlags
	failed string
}

func (c *processCmd) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("process", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: zhnews process [PATH... | -] [--failed FILE]\n\n"+
			"Runs the whole pipeline and writes one output record per article to stdout, in input order.\n"+
			"No path processes the built-in seeds; '-' reads JSONL from stdin. One process per input shard\n"+
			"is how zhnews runs under a distributed engine. Exit code 3 when some inputs failed.")
		fs.PrintDefaults()
	}
	c.register(fs)
	fs.StringVar(&c.failed, "failed", "", "write failed inputs to this JSONL file")
	if err := parseInterspersed(fs, args); err != nil {
		return err
	}
	bt, err := newBatch(&c.batchFlags, pipeline.Config{}, true, c.failed)
	if err != nil {
		return err
	}
	out := pipeline.NewJSONL(os.Stdout)
	src := c.source(fs.Args())
	runErr := bt.run(ctx, src, out, c.quiet || !isTerminal(os.Stderr))
	if err := out.Flush(); err != nil && runErr == nil {
		runErr = err
	}
	if !c.quiet {
		fmt.Fprintln(os.Stderr, bt.summary("processed"))
	}
	if runErr != nil {
		return runErr
	}
	return bt.failedExit(c.failed)
}

// parseInterspersed parses flags that may come before or after the
// positional arguments, as users type them: zhnews search 新材料 --limit 5.
func parseInterspersed(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			pos = append(pos, args[1:]...)
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}
