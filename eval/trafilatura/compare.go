package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/zhnews/zhnews/eval"
	"github.com/zhnews/zhnews/extract/boilerplate"
	"github.com/zhnews/zhnews/extract/webpage"
)

// page is one labeled HTML page.
type page struct {
	doc       string
	raw       []byte
	body      string
	published string // day, "" when unlabeled
}

// result is what one tool found on one page.
type result struct {
	body, published string
}

// tool is an extractor under comparison.
type tool struct {
	name string
	run  func(raw []byte) (result, error)
}

// summary is one tool's scores and speed over the pages.
type summary struct {
	prf          eval.PRF
	dated, right int
	failed       int
	best         time.Duration
	bytes        int
}

func run(goldFile string, rounds int, fallback, verbose bool) error {
	pages, err := loadPages(goldFile)
	if err != nil {
		return err
	}
	tools := []tool{{name: "go-trafilatura v1.12.2", run: func(raw []byte) (result, error) { return runTrafilatura(raw, false) }}}
	if fallback {
		tools = append(tools, tool{name: "go-trafilatura +fallback", run: func(raw []byte) (result, error) { return runTrafilatura(raw, true) }})
	}
	tools = append(tools,
		tool{name: "zhnews webpage.Parse", run: runWebpage},
		tool{name: "zhnews boilerplate.FromHTML", run: runBoilerplate})
	sums := make([]summary, len(tools))
	for i, t := range tools {
		sums[i] = score(t, pages, verbose)
	}
	// Time the tools in turns, so that a change in machine load hits all alike.
	for range max(rounds, 1) {
		for i, t := range tools {
			if d := timePass(t, pages); sums[i].best == 0 || d < sums[i].best {
				sums[i].best = d
			}
		}
	}
	printTable(os.Stdout, goldFile, len(pages), tools, sums)
	return nil
}

// score runs a tool once over the pages and scores it.
func score(t tool, pages []page, verbose bool) summary {
	var s summary
	var p, r, f float64
	for _, pg := range pages {
		s.bytes += len(pg.raw)
		res, err := t.run(pg.raw)
		if err != nil {
			s.failed++
		}
		score := eval.BodyScore(res.body, pg.body)
		p, r, f = p+score.P, r+score.R, f+score.F1
		ok := ""
		if pg.published != "" {
			s.dated++
			ok = "date-miss"
			if len(res.published) >= 10 && res.published[:10] == pg.published {
				s.right++
				ok = "date-ok"
			}
		}
		if verbose {
			fmt.Printf("%-24s %-44s F1 %.3f P %.3f R %.3f %s %q\n", t.name, pg.doc, score.F1, score.P, score.R, ok, res.published)
		}
	}
	n := float64(max(len(pages), 1))
	s.prf = eval.PRF{P: p / n, R: r / n, F1: f / n}
	return s
}

// timePass times one pass of a tool over the pages.
func timePass(t tool, pages []page) time.Duration {
	start := time.Now()
	for _, pg := range pages {
		t.run(pg.raw)
	}
	return time.Since(start)
}

func printTable(w *os.File, gold string, n int, tools []tool, sums []summary) {
	fmt.Fprintf(w, "%s: %d pages\n\n", gold, n)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "tool\tF1\tP\tR\tdates right\terrors\tms/page\tpages/s\tMB/s\t")
	for i, t := range tools {
		s := sums[i]
		sec := s.best.Seconds()
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%d/%d\t%d\t%.2f\t%.1f\t%.2f\t\n", t.name, s.prf.F1, s.prf.P, s.prf.R,
			s.right, s.dated, s.failed, 1000*sec/float64(n), float64(n)/sec, float64(s.bytes)/1e6/sec)
	}
	tw.Flush()
	last := len(sums) - 1
	if last > 0 && sums[last].best > 0 {
		fmt.Fprintf(w, "\n%s speed-up over go-trafilatura (default options): %.1fx pages/s\n", tools[last].name,
			sums[0].best.Seconds()/sums[last].best.Seconds())
	}
}

// loadPages reads the labeled set and the pages it names.
func loadPages(goldFile string) ([]page, error) {
	set, err := eval.Load(goldFile)
	if err != nil {
		return nil, fmt.Errorf("cannot load labels: %w", err)
	}
	var pages []page
	for _, a := range set.Articles {
		_, raw, err := set.ReadDoc(a.Doc)
		if err != nil {
			return nil, err
		}
		pg := page{doc: a.Doc, raw: raw, body: strings.Join(a.Body, "\n")}
		if a.Published != nil && len(*a.Published) >= 10 {
			pg.published = (*a.Published)[:10]
		}
		pages = append(pages, pg)
	}
	return pages, nil
}

// runTrafilatura extracts with go-trafilatura from the raw bytes, leaving
// charset detection to it, as a user of the library would.
func runTrafilatura(raw []byte, fallback bool) (result, error) {
	res, err := trafilatura.Extract(bytes.NewReader(raw), trafilatura.Options{EnableFallback: fallback})
	if err != nil || res == nil {
		return result{}, err
	}
	out := result{body: res.ContentText}
	if !res.Metadata.Date.IsZero() {
		out.published = res.Metadata.Date.Format("2006-01-02")
	}
	return out, nil
}

// runWebpage decodes the page and finds its article in the DOM: the HTML
// half of the boilerplate stage alone.
func runWebpage(raw []byte) (result, error) {
	text, err := webpage.Decode(raw)
	if err != nil {
		return result{}, err
	}
	p, err := webpage.Parse(text)
	if err != nil {
		return result{}, err
	}
	return result{body: strings.Join(p.Paragraphs, "\n"), published: p.Published}, nil
}

// runBoilerplate runs the whole boilerplate stage as the pipeline does:
// decode, find the content in the DOM, clean its lines. The bodies of all
// articles found are joined, as a glued page is one gold body.
func runBoilerplate(raw []byte) (result, error) {
	text, err := webpage.Decode(raw)
	if err != nil {
		return result{}, err
	}
	arts, err := boilerplate.FromHTML(text, boilerplate.Options{})
	if err != nil || len(arts) == 0 {
		return result{}, err
	}
	var paras []string
	for _, a := range arts {
		paras = append(paras, a.Paragraphs...)
	}
	return result{body: strings.Join(paras, "\n"), published: arts[0].Published}, nil
}
