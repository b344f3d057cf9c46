package webpage

import (
	"bufio"
	"encoding/json"
	"github.com/zhnews/zhnews/internal/shared"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/width"
)

// Floors for the labelled corpus, set a little under the measured scores so
// that a regression fails the test.
const (
	floorF1        = 0.945
	floorPrecision = 0.97
	floorDates     = 0.90
)

// goldPage is one record of cwced/gold.jsonl.
type goldPage struct {
	Doc       string   `json:"doc"`
	Body      []string `json:"body"`
	Published string   `json:"published"`
	Authors   []string `json:"authors"`
}

func loadGold(t testing.TB) (string, []goldPage) {
	dir := filepath.Join(shared.Dir(t), "corpus", "cwced")
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Skipf("cwced corpus not found (set ZHNEWS_SHARED or place shared/ beside the repo): %v", err)
	}
	defer f.Close()
	var pages []goldPage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var g goldPage
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("gold.jsonl: %v", err)
		}
		pages = append(pages, g)
	}
	return dir, pages
}

// bigrams counts the character bigrams of s, width-folded as the pipeline
// folds its body, with white space removed.
func bigrams(s string) map[string]int {
	var rs []rune
	for _, r := range width.Fold.String(s) {
		if !unicode.IsSpace(r) {
			rs = append(rs, r)
		}
	}
	m := map[string]int{}
	for i := 0; i+1 < len(rs); i++ {
		m[string(rs[i:i+2])]++
	}
	return m
}

// bigramScore is precision, recall and F1 of got against want over bigrams.
func bigramScore(got, want string) (p, r, f float64) {
	g, w := bigrams(got), bigrams(want)
	ng, nw, common := 0, 0, 0
	for k, c := range g {
		ng += c
		common += min(c, w[k])
	}
	for _, c := range w {
		nw += c
	}
	if ng == 0 && nw == 0 {
		return 1, 1, 1
	}
	if ng > 0 {
		p = float64(common) / float64(ng)
	}
	if nw > 0 {
		r = float64(common) / float64(nw)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func TestBigramScore(t *testing.T) {
	tests := []struct {
		name      string
		got, want string
		p, r      float64
	}{
		{"same", "今天天气", "今天 天气", 1, 1},
		{"half", "今天", "今天天气", 1, 1.0 / 3},
		{"none", "明日", "今天", 0, 0},
		{"full width folds", "ＡＢ１", "AB1", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r, _ := bigramScore(tt.got, tt.want)
			if p != tt.p || r != tt.r {
				t.Errorf("got p=%v r=%v, want p=%v r=%v", p, r, tt.p, tt.r)
			}
		})
	}
}

func TestCWCED(t *testing.T) {
	dir, pages := loadGold(t)
	var sp, sr, sf float64
	dated, right := 0, 0
	for _, g := range pages {
		raw, err := os.ReadFile(filepath.Join(dir, g.Doc))
		if err != nil {
			t.Fatal(err)
		}
		text, err := Decode(raw)
		if err != nil {
			t.Fatalf("%s: %v", g.Doc, err)
		}
		page, err := Parse(text)
		if err != nil {
			t.Fatalf("%s: %v", g.Doc, err)
		}
		p, r, f := bigramScore(strings.Join(page.Paragraphs, "\n"), strings.Join(g.Body, "\n"))
		sp, sr, sf = sp+p, sr+r, sf+f
		ok := ""
		if g.Published != "" {
			dated++
			if len(page.Published) >= 10 && page.Published[:10] == g.Published[:10] {
				right++
				ok = "date-ok"
			} else {
				ok = "date-BAD"
			}
		}
		t.Logf("%s F1 %.3f P %.3f R %.3f %s got %q want %q title %q", g.Doc[6:14], f, p, r, ok, page.Published, g.Published, page.Title)
	}
	n := float64(len(pages))
	f1, prec, rec := sf/n, sp/n, sr/n
	dates := float64(right) / float64(max(dated, 1))
	t.Logf("cwced %d pages: F1 %.3f P %.3f R %.3f; dates %d/%d", len(pages), f1, prec, rec, right, dated)
	if f1 < floorF1 || prec < floorPrecision || dates < floorDates {
		t.Errorf("below floor: F1 %.3f (floor %.2f) P %.3f (floor %.2f) dates %.2f (floor %.2f)",
			f1, floorF1, prec, floorPrecision, dates, floorDates)
	}
}
