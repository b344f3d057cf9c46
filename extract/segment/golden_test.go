package segment

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden segments testdata/*.input and compares with *.golden: one
// token a line as "text pos start:end", sub-words indented under their
// parent. A change here is a change in how the index sees text.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*.input"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no testdata/*.input: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			text, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			got := render(Default().SearchTokens(string(text)))
			golden := strings.TrimSuffix(in, ".input") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs; got:\n%s", golden, got)
			}
		})
	}
}

func render(toks []SearchToken) string {
	var b strings.Builder
	for _, t := range toks {
		indent := ""
		if t.Sub {
			indent = "\t"
		}
		pos := t.Pos
		if pos == "" {
			pos = "-"
		}
		fmt.Fprintf(&b, "%s%s %s %d:%d\n", indent, t.Text, pos, t.Start, t.End)
	}
	return b.String()
}
