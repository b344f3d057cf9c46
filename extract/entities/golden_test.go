package entities

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/width"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/zhconv"
	"github.com/zhnews/zhnews/seeds"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// seedTexts returns the five seed pages as Extract sees text: Simplified
// (seed 003 is Traditional) and width-folded. The pages still hold their
// boilerplate, which makes them a harder input than clean bodies.
func seedTexts(t testing.TB) map[string]string {
	out := map[string]string{}
	err := fs.WalkDir(seeds.FS, ".", func(path string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, path)
		if err != nil {
			return err
		}
		out[strings.TrimSuffix(path, ".txt")] = width.Fold.String(zhconv.T2S(string(b)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func render(es []extract.Entity) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%d-%d\t%s\t%s", e.Start, e.End, e.Type, e.Text)
		if e.Role != "" {
			fmt.Fprintf(&b, "\t%s", e.Role)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestGolden pins the output on the seed pages, with segmentation.
// Refresh with: go test ./extract/entities -run TestGolden -update
func TestGolden(t *testing.T) {
	for name, text := range seedTexts(t) {
		t.Run(name, func(t *testing.T) {
			got := Extract(text, tokens(text))
			checkSpans(t, text, got)
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(render(got)), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if g := render(got); g != string(want) {
				t.Errorf("%s differs from the golden file; got:\n%s", path, g)
			}
		})
	}
}
