package boilerplate

import (
	"io/fs"
	"strings"
	"testing"

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
