package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/zhnews/zhnews/eval"
	"github.com/zhnews/zhnews/pipeline"
)

func init() {
	register("eval", "score the pipeline against a labeled set", func() command { return &evalCmd{} })
}

type evalCmd struct {
	gold         string
	asJSON       bool
	show         string
	minPrecision float64
	html         string
}

const evalUsage = `usage: zhnews eval [--gold FILE.jsonl] [--json] [--show fp|fn|all] [--min-precision X] [--html FILE]

Runs the pipeline (no index) on every document of a labeled set and prints
precision, recall and F1 per field. No --gold scores the built-in labeled
seeds (eval/seeds.jsonl). The format of a labeled set is in eval/GUIDELINES.md.

--show lists every false positive (fp) or false negative (fn) with its
document and context, grouped by field and document. --json prints the report
as JSON (all findings, or those --show selects). --min-precision exits with
code 3 when the precision of body, authors, entities, figures or dates is
below X.
`

func (c *evalCmd) flags() *flag.FlagSet {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), evalUsage+"\nflags:\n")
		fs.PrintDefaults()
	}
	fs.StringVar(&c.gold, "gold", "", "labeled set in format v1 (JSONL); default: the built-in seeds")
	fs.BoolVar(&c.asJSON, "json", false, "print the report as JSON")
	fs.StringVar(&c.show, "show", "", "list findings: fp, fn or all")
	fs.Float64Var(&c.minPrecision, "min-precision", 0, "exit 3 when a gated field's precision is below this (0 to 1)")
	fs.StringVar(&c.html, "html", "", "also write an HTML review report to this file")
	return fs
}

func (c *evalCmd) Run(ctx context.Context, args []string) error {
	fs := c.flags()
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := c.check(fs); err != nil {
		fs.Usage()
		return &exitError{code: 2, msg: err.Error()}
	}
	set, err := c.load()
	if err != nil {
		return err
	}
	start := time.Now()
	rep, err := c.evaluate(ctx, set)
	if err != nil {
		return err
	}
	if err := c.write(os.Stdout, rep); err != nil {
		return err
	}
	if !c.asJSON {
		fmt.Fprintf(os.Stderr, "scored %d documents in %.1fs\n", rep.Docs, time.Since(start).Seconds())
	}
	return c.gate(rep)
}

func (c *evalCmd) check(fs *flag.FlagSet) error {
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (the labeled set goes in --gold)", fs.Arg(0))
	}
	switch c.show {
	case "", "fp", "fn", "all":
	default:
		return fmt.Errorf("--show %q: want fp, fn or all", c.show)
	}
	if c.minPrecision < 0 || c.minPrecision > 1 {
		return fmt.Errorf("--min-precision %g: want a number from 0 to 1", c.minPrecision)
	}
	return nil
}

func (c *evalCmd) load() (*eval.Set, error) {
	if c.gold == "" {
		return eval.Seeds()
	}
	return eval.Load(c.gold)
}

func (c *evalCmd) evaluate(ctx context.Context, set *eval.Set) (*eval.Report, error) {
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		return nil, fmt.Errorf("cannot start the pipeline: %w", err)
	}
	return eval.Evaluate(ctx, set, p.ProcessFile)
}

func (c *evalCmd) write(w io.Writer, rep *eval.Report) error {
	if c.html != "" {
		if err := writeHTMLFile(c.html, rep); err != nil {
			return err
		}
	}
	if c.asJSON {
		if c.show == "fp" || c.show == "fn" {
			rep.Findings = rep.Filter(c.show)
		}
		return eval.WriteJSON(w, rep)
	}
	if err := eval.WriteText(w, rep); err != nil {
		return err
	}
	if c.show != "" {
		return eval.WriteFindings(w, rep.Filter(c.show))
	}
	return nil
}

func writeHTMLFile(name string, rep *eval.Report) error {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("cannot create HTML report: %w", err)
	}
	err = eval.WriteHTML(f, rep)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("cannot write HTML report: %w", cerr)
	}
	return err
}

// gate returns exit code 3 naming every gated field below --min-precision.
func (c *evalCmd) gate(rep *eval.Report) error {
	if c.minPrecision == 0 {
		return nil
	}
	below := rep.BelowPrecision(c.minPrecision)
	if len(below) == 0 {
		return nil
	}
	parts := make([]string, len(below))
	for i, name := range below {
		f, _ := rep.Field(name)
		parts[i] = fmt.Sprintf("%s %.3f", name, *f.P)
	}
	return &exitError{code: 3, msg: fmt.Sprintf("precision below %g: %s", c.minPrecision, strings.Join(parts, ", "))}
}
