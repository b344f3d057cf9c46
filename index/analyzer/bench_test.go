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
