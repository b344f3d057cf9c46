package boilerplate

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

// render prints articles in a stable, readable form for golden files.
func render(arts []Article) string {
	var b strings.Builder
	for k, a := range arts {
		fmt.Fprintf(&b, "=== article %d\n", k)
		fmt.Fprintf(&b, "title: %s\npublished: %s\nsource: %s\nauthors: %s\n", a.Title, a.Published, a.Source, strings.Join(a.Authors, ", "))
		b.WriteString("--- paragraphs\n")
		for _, p := range a.Paragraphs {
			fmt.Fprintf(&b, "%s\n", p)
		}
		b.WriteString("--- removed\n")
		for _, r := range a.Removed {
			fmt.Fprintf(&b, "[%s] %s\n", r.Reason, r.Text)
		}
	}
	return b.String()
}

func seedNames(t testing.TB) []string {
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seed pages: %v", err)
	}
	return names
}

func TestSeedsGolden(t *testing.T) {
	for _, name := range seedNames(t) {
		t.Run(name, func(t *testing.T) {
			raw, err := fs.ReadFile(seeds.FS, name)
			if err != nil {
				t.Fatal(err)
			}
			got := render(FromText(string(raw), Options{}))
			golden := filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s: output differs from %s; run go test -update and review the diff\ngot:\n%s", name, golden, got)
			}
		})
	}
}
