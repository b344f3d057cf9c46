package entities

import (
	"sort"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract"
)

// BenchmarkExtract measures Extract alone on the seed pages, with their
// segmentation computed beforehand; SetBytes makes -bench report MB/s.
func BenchmarkExtract(b *testing.B) {
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
	text := strings.Join(all, "\n")
	toks := tokens(text)
	load()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Extract(text, toks)
	}
}

func BenchmarkExtractNoTokens(b *testing.B) {
	texts := seedTexts(b)
	var all []string
	for _, t := range texts {
		all = append(all, t)
	}
	text := strings.Join(all, "\n")
	load()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Extract(text, []extract.Token(nil))
	}
}
