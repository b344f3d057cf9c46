package dates

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// seedLabel is the part of an eval/seeds.jsonl line this test reads.
type seedLabel struct {
	Doc       string
	Published string
	Body      []string
	Dates     *[]struct{ Text, Value string }
}

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

// publishTime reads the label's published value at any ISO precision.
func publishTime(s string) time.Time {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// TestSeedLabels compares Extract on the labeled seed bodies with the date
// labels of eval/seeds.jsonl, as sets of (text, value) per article, using
// the labeled publish time as the reference (a glued second article
// without one takes the first article's, as the labels do).
func TestSeedLabels(t *testing.T) {
	f, err := os.Open(repoFile(t, "eval/seeds.jsonl"))
	if err != nil {
		t.Skipf("no seed labels: %v", err)
	}
	defer f.Close()
	tp, fp, fn := 0, 0, 0
	prevDoc, prevPub := "", ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var l seedLabel
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("seeds.jsonl: %v", err)
		}
		if l.Published == "" && l.Doc == prevDoc {
			l.Published = prevPub
		}
		prevDoc, prevPub = l.Doc, l.Published
		if l.Dates == nil {
			continue
		}
		want := map[string]bool{}
		for _, d := range *l.Dates {
			want[d.Text+"="+d.Value] = true
		}
		got := map[string]bool{}
		for _, d := range Extract(strings.Join(l.Body, "\n"), publishTime(l.Published)) {
			got[d.Text+"="+d.Value] = true
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
	t.Logf("seed dates: precision %.3f recall %.3f (tp %d fp %d fn %d); targets 0.95 / 0.85", p, r, tp, fp, fn)
	if p < 0.95 || r < 0.85 {
		t.Errorf("seed dates below target: precision %.3f recall %.3f", p, r)
	}
}
