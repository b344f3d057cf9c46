package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"strings"

	"github.com/zhnews/zhnews/index"
)

func init() {
	register("search", "search the index from the command line", func() command { return &searchCmd{} })
}

type searchCmd struct {
	req      index.Request
	indexDir string
	asJSON   bool
}

func (c *searchCmd) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: zhnews search QUERY [--index DIR] [--limit N] [--from DATE] [--to DATE] [--entity TEXT] [--type T] [--json]\n\n"+
			"QUERY: words that must all occur (Chinese needs no spaces), \"a phrase\", -excluded,\n"+
			"field prefixes title: body: source: author: entity: person: org: location:, and A OR B.\n"+
			"Traditional queries are converted, so 長三角 finds 长三角.")
		fs.PrintDefaults()
	}
	fs.StringVar(&c.indexDir, "index", defaultIndexDir(), "index folder (env ZHNEWS_INDEX)")
	fs.IntVar(&c.req.Size, "limit", 10, "hits to show")
	fs.IntVar(&c.req.Page, "page", 1, "page of hits")
	fs.StringVar(&c.req.From, "from", "", "published on or after DATE (2025, 2025-07, 2025-07-09)")
	fs.StringVar(&c.req.To, "to", "", "published on or before DATE")
	fs.StringVar(&c.req.Entity, "entity", "", "only articles that mention this entity")
	fs.StringVar(&c.req.Type, "type", "", "entity type for --entity: person, org or location")
	fs.StringVar(&c.req.Source, "source", "", "only articles from this source")
	fs.BoolVar(&c.req.Facets, "facets", false, "also print the top entities, sources and months")
	fs.BoolVar(&c.asJSON, "json", false, "print machine-readable JSON")
	if err := parseInterspersed(fs, args); err != nil {
		return err
	}
	c.req.Query = strings.Join(fs.Args(), " ")
	if c.req.Query == "" && c.req.Entity == "" && c.req.Source == "" && c.req.From == "" && c.req.To == "" {
		fs.Usage()
		return &exitError{code: 2}
	}
	x, err := index.OpenReadOnly(c.indexDir)
	if err != nil {
		return err
	}
	defer x.Close()
	if !c.asJSON {
		c.req.Highlight = "html"
	}
	res, err := x.Search(ctx, c.req)
	if errors.Is(err, index.ErrBadQuery) {
		return &exitError{code: 2, msg: err.Error()}
	}
	if err != nil {
		return err
	}
	if c.asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	printResult(os.Stdout, res, isTerminal(os.Stdout))
	return nil
}

// printResult writes hits for a person: title, date and source, path, and
// the snippet with matched words marked (bold red on a terminal, 【】 otherwise).
func printResult(w io.Writer, res *index.Result, tty bool) {
	fmt.Fprintf(w, "%d results for %q (%.1f ms)\n\n", res.Total, res.Query, res.TookMS)
	for i, h := range res.Hits {
		meta := strings.TrimSpace(strings.Join(nonEmpty(dateOnly(h.Published), h.Source), " · "))
		fmt.Fprintf(w, "%d. %s  %s\n", (res.Page-1)*res.Size+i+1, mark(h.TitleOr(), tty), meta)
		fmt.Fprintf(w, "   %s\n", h.Path)
		if h.Snippet != "" {
			fmt.Fprintf(w, "   %s\n", mark(strings.ReplaceAll(h.Snippet, "\n", " "), tty))
		}
		fmt.Fprintln(w)
	}
	for _, name := range []string{"person", "org", "location", "source", "month"} {
		counts := res.Facets[name]
		if len(counts) == 0 {
			continue
		}
		parts := make([]string, len(counts))
		for i, fc := range counts {
			parts[i] = fmt.Sprintf("%s (%d)", fc.Term, fc.Count)
		}
		fmt.Fprintf(w, "%-9s %s\n", name+":", strings.Join(parts, ", "))
	}
}

// mark turns the index's HTML highlights into terminal or plain marks.
func mark(s string, tty bool) string {
	open, close := "【", "】"
	if tty {
		open, close = "\x1b[1;31m", "\x1b[0m"
	}
	s = strings.NewReplacer("<mark>", open, "</mark>", close).Replace(s)
	return html.UnescapeString(s)
}

func dateOnly(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
