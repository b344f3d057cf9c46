package analyzer

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/registry"
	"github.com/zhnews/zhnews/extract/segment"
)

func seedText(b *testing.B) []byte {
	files, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	var all []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, data...)
	}
	if len(all) == 0 {
		b.Fatal("no seed pages")
	}
	return all
}

func benchAnalyzer(b *testing.B, name string) {
	a, err := registry.NewCache().AnalyzerNamed(name)
	if err != nil {
		b.Fatal(err)
	}
	segment.Default()
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a.Analyze(text)
	}
}

func BenchmarkAnalyzer(b *testing.B)      { benchAnalyzer(b, Name) }
func BenchmarkQueryAnalyzer(b *testing.B) { benchAnalyzer(b, QueryName) }

// BenchmarkAnalyzeAll analyzes ten article-sized texts together, as the
// highlighter does for a page of hits.
func BenchmarkAnalyzeAll(b *testing.B) {
	segment.Default()
	text := []rune(string(seedText(b)))
	var texts []string
	for i := range 10 {
		start := i * len(text) / 10
		texts = append(texts, string(text[start:min(start+1200, len(text))]))
	}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		AnalyzeAll(texts...)
	}
}
