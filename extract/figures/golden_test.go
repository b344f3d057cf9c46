package figures

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/zhnews/zhnews/extract/dates"
	"github.com/zhnews/zhnews/seeds"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden runs Extract over the raw text of the five seed pages and
// compares with testdata/seeds.golden (refresh with -update).
func TestGolden(t *testing.T) {
	var b strings.Builder
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		text, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "== %s\n", name)
		for _, f := range Extract(string(text)) {
			fmt.Fprintf(&b, "%d:%d %s\n", f.Start, f.End, show(f))
		}
	}
	golden := filepath.Join("testdata", "seeds.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	if b.String() != string(want) {
		t.Errorf("seed figures differ from %s; run go test -update and review the diff", golden)
	}
}

// seedText is the five seed pages joined, about 35 kB.
func seedText(b *testing.B) string {
	var sb strings.Builder
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, name := range names {
		text, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(text)
	}
	return sb.String()
}

func BenchmarkExtract(b *testing.B) {
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(text)
	}
}

// BenchmarkFiguresAndDates measures the two extractors together, as the
// pipeline runs them on a body.
func BenchmarkFiguresAndDates(b *testing.B) {
	text := seedText(b)
	ref := time.Date(2025, 7, 9, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(text)
		dates.Extract(text, ref)
	}
}
