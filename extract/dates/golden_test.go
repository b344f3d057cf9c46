package dates

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/seeds"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden runs Extract over the raw text of the five seed pages, with
// the publish time 2025-07-09 15:00 +08:00 for all, and compares with
// testdata/seeds.golden (refresh with -update).
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
		for _, d := range Extract(string(text), ref) {
			fmt.Fprintf(&b, "%d:%d %s=%s\n", d.Start, d.End, d.Text, d.Value)
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
		t.Errorf("seed dates differ from %s; run go test -update and review the diff", golden)
	}
}

func BenchmarkExtract(b *testing.B) {
	var sb strings.Builder
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, name := range names {
		text, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(text)
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(text, ref)
	}
}
