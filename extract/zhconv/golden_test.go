package zhconv

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// TestGolden converts each testdata/x.input with every configuration and
// compares with testdata/x.<config>.golden; the goldens were checked against
// opencc when written (TestGoldenIsOpenCC keeps checking when it is installed).
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.input"))
	if len(inputs) == 0 {
		t.Fatal("no testdata/*.input")
	}
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		for _, config := range Configs {
			c, _ := New(config)
			golden := strings.TrimSuffix(in, ".input") + "." + config + ".golden"
			got := c.Convert(string(data))
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s with %s:\ngot  %q\nwant %q", in, config, got, want)
			}
		}
	}
}

func TestGoldenIsOpenCC(t *testing.T) {
	needOpenCC(t)
	goldens, _ := filepath.Glob(filepath.Join("testdata", "*.golden"))
	for _, golden := range goldens {
		base := strings.TrimSuffix(golden, ".golden")
		config := filepath.Ext(base)[1:]
		in, err := os.ReadFile(strings.TrimSuffix(base, "."+config) + ".input")
		if err != nil {
			t.Fatal(err)
		}
		want, _ := os.ReadFile(golden)
		if got := opencc(t, config, in); string(got) != string(want) {
			t.Errorf("%s is not what opencc -c %s.json prints", golden, config)
		}
	}
}
