package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/zhnews/zhnews/extract/zhconv"
)

func init() {
	register("convert", "convert Traditional Chinese to Simplified like OpenCC", func() command { return &convertCmd{} })
}

// convertCmd streams stdin to stdout through an OpenCC configuration, like
// `opencc -c t2s.json`.
type convertCmd struct {
	in  io.Reader
	out io.Writer
}

func (c *convertCmd) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	config := fs.String("config", "t2s", "OpenCC configuration: "+strings.Join(zhconv.Configs, ", "))
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: zhnews convert [--config %s] < in > out\n\n", strings.Join(zhconv.Configs, "|"))
		fmt.Fprintln(fs.Output(), "Converts Traditional Chinese on stdin to Simplified on stdout, byte-identical to opencc -c <config>.json.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return &exitError{code: 2, msg: "unexpected arguments: " + strings.Join(fs.Args(), " ")}
	}
	conv, err := zhconv.New(strings.TrimSuffix(*config, ".json"))
	if err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	in, out := c.in, c.out
	if in == nil {
		in = os.Stdin
	}
	if out == nil {
		out = os.Stdout
	}
	w := bufio.NewWriterSize(out, 256<<10)
	if err := conv.Stream(w, ctxReader{ctx, in}); err != nil {
		return fmt.Errorf("convert: %w", err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("convert: write stdout: %w", err)
	}
	return nil
}

// ctxReader stops reading once ctx is done, so Ctrl-C ends a long stream.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (r ctxReader) Read(p []byte) (int, error) {
	if err := r.ctx.Err(); err != nil {
		return 0, err
	}
	return r.r.Read(p)
}
