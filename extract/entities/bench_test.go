package entities

import (
	"sort"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract"
)

// seedCorpus joins the seed pages in a fixed order.
func seedCorpus(b *testing.B) string {
	texts := seedTexts(b)
	var names []string
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	var all []string
	for _, n := range names {
		all = append(all, texts[n])
	}
	return strings.Join(all, "\n")
}

// BenchmarkExtract measures Extract alone on the seed pages, with their
// segmentation computed beforehand. It reports MB/s of wall time and, as
// cpu-MB/s, of this process's CPU time, which stays meaningful when other
// processes share the cores.
func BenchmarkExtract(b *testing.B) {
	text := seedCorpus(b)
	benchExtract(b, text, tokens(text))
}

func BenchmarkExtractNoTokens(b *testing.B) {
	benchExtract(b, seedCorpus(b), nil)
}

func benchExtract(b *testing.B, text string, toks []extract.Token) {
	load()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	c0 := cpuTime()
	for b.Loop() {
		Extract(text, toks)
	}
	if cpu := cpuTime() - c0; cpu > 0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}
