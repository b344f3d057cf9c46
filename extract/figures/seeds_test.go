package figures

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// seedLabel is the part of an eval/seeds.jsonl line this test reads.
type seedLabel struct {
	Doc     string
	Body    []string
	Figures *[]struct {
		Text  string
		Value float64
		Unit  string
	}
}

// repoFile returns a path relative to the repository root.
func repoFile(t *testing.T, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, rel)
		}
	}
	t.Fatal("repository root not found")
	return ""
}

// TestSeedLabels compares Extract on the labeled seed bodies with the
// figure labels of eval/seeds.jsonl, as sets of (text, value, unit) per
// article, and prints precision, recall and every disagreement.
func TestSeedLabels(t *testing.T) {
	f, err := os.Open(repoFile(t, "eval/seeds.jsonl"))
	if err != nil {
		t.Skipf("no seed labels: %v", err)
	}
	defer f.Close()
	tp, fp, fn := 0, 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var l seedLabel
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("seeds.jsonl: %v", err)
		}
		if l.Figures == nil {
			continue
		}
		want := map[string]bool{}
		for _, x := range *l.Figures {
			want[key(x.Text, x.Value, x.Unit)] = true
		}
		got := map[string]bool{}
		for _, x := range Extract(strings.Join(l.Body, "\n")) {
			got[key(x.Text, x.Value, x.Unit)] = true
		}
		for k := range got {
			if want[k] {
				tp++
			} else {
				fp++
				t.Logf("%s: extra   %s", filepath.Base(l.Doc), k)
			}
		}
		for k := range want {
			if !got[k] {
				fn++
				t.Logf("%s: missing %s", filepath.Base(l.Doc), k)
			}
		}
	}
	p := float64(tp) / float64(max(1, tp+fp))
	r := float64(tp) / float64(max(1, tp+fn))
	t.Logf("seed figures: precision %.3f recall %.3f (tp %d fp %d fn %d); targets 0.95 / 0.85", p, r, tp, fp, fn)
	if p < 0.95 || r < 0.85 {
		t.Errorf("seed figures below target: precision %.3f recall %.3f", p, r)
	}
}

func key(text string, value float64, unit string) string {
	return text + "=" + strconv.FormatFloat(value, 'g', -1, 64) + " " + unit
}
