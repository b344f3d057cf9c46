package boilerplate

import (
	"github.com/zhnews/zhnews/internal/shared"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract/webpage"
	"github.com/zhnews/zhnews/seeds"
)

// BenchmarkFromTextSeeds runs the text path over the five seed pages.
func BenchmarkFromTextSeeds(b *testing.B) {
	names, _ := fs.Glob(seeds.FS, "*.txt")
	var pages []string
	size := 0
	for _, n := range names {
		raw, _ := fs.ReadFile(seeds.FS, n)
		pages = append(pages, string(raw))
		size += len(raw)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range pages {
			FromText(p, Options{})
		}
	}
}

// BenchmarkFromTextShortLines is the worst case for the line rules: many
// short lines, each tried against every rule.
func BenchmarkFromTextShortLines(b *testing.B) {
	in := strings.Repeat("今日要闻社会民生\n12345\n", 2000)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		FromText(in, Options{})
	}
}

// BenchmarkFromHTMLCWCED runs FromHTML over the cwced pages (skipped without
// the shared corpus); compare with BenchmarkWebpageParseCWCED for the cost
// of the cleaning layer.
func BenchmarkFromHTMLCWCED(b *testing.B) { benchCWCED(b, true) }

// BenchmarkWebpageParseCWCED runs webpage.Parse alone over the same pages.
func BenchmarkWebpageParseCWCED(b *testing.B) { benchCWCED(b, false) }

func benchCWCED(b *testing.B, full bool) {
	pages, _ := filepath.Glob(filepath.Join(shared.Dir(b), "corpus", "cwced", "pages", "*.html"))
	if len(pages) == 0 {
		b.Skip("no cwced pages")
	}
	var docs []string
	size := 0
	for _, p := range pages {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		h, err := webpage.Decode(raw)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, h)
		size += len(raw)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			if full {
				_, _ = FromHTML(d, Options{})
			} else {
				_, _ = webpage.Parse(d)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(docs)), "ms/page")
}
