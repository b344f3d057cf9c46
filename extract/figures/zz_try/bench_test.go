package figtry

import (
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/zhnews/zhnews/extract/dates"
	"github.com/zhnews/zhnews/extract/entities"
	"github.com/zhnews/zhnews/extract/figures"
	"github.com/zhnews/zhnews/extract/segment"
	"github.com/zhnews/zhnews/seeds"
)

func text(b testing.TB) string {
	var sb strings.Builder
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, n := range names {
		t, _ := fs.ReadFile(seeds.FS, n)
		sb.Write(t)
	}
	return sb.String()
}

func BenchmarkFigures(b *testing.B) {
	t := text(b)
	b.SetBytes(int64(len(t)))
	for b.Loop() {
		figures.Extract(t)
	}
}

func BenchmarkDates(b *testing.B) {
	t := text(b)
	ref := time.Now()
	b.SetBytes(int64(len(t)))
	for b.Loop() {
		dates.Extract(t, ref)
	}
}

func BenchmarkThree(b *testing.B) {
	t := text(b)
	toks := segment.Default().Tokens(t)
	ref := time.Now()
	b.SetBytes(int64(len(t)))
	for b.Loop() {
		figures.Extract(t)
		dates.Extract(t, ref)
		entities.Extract(t, toks)
	}
}
