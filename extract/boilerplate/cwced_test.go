package boilerplate

import (
	"bufio"
	"encoding/json"
	"github.com/zhnews/zhnews/internal/shared"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract/webpage"
	"golang.org/x/text/width"
)

// bigramF1 is the character-bigram F1 of got against want, white space
// removed and full-width ASCII folded, as the eval package scores bodies.
func bigramF1(got, want string) (p, r, f float64) {
	bg := func(s string) map[string]int {
		s = width.Fold.String(s)
		rs := []rune(strings.Join(strings.Fields(s), ""))
		m := map[string]int{}
		for i := 0; i+1 < len(rs); i++ {
			m[string(rs[i:i+2])]++
		}
		return m
	}
	g, w := bg(got), bg(want)
	inter, ng, nw := 0, 0, 0
	for k, v := range g {
		ng += v
		inter += min(v, w[k])
	}
	for _, v := range w {
		nw += v
	}
	if ng == 0 || nw == 0 {
		return 0, 0, 0
	}
	p, r = float64(inter)/float64(ng), float64(inter)/float64(nw)
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

type cwcedDoc struct {
	Doc  string   `json:"doc"`
	Body []string `json:"body"`
}

// TestCWCEDNoRegression checks that the cleaning layer of FromHTML does not
// lose body text that webpage.Parse found: body F1 against the human labels
// must not drop, and must stay above the go-trafilatura anchor (0.858).
func TestCWCEDNoRegression(t *testing.T) {
	dir := filepath.Join(shared.Dir(t), "corpus", "cwced")
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Skipf("cwced labels not found: %v", err)
	}
	defer f.Close()
	var sumBase, sumOurs, sumP float64
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d cwcedDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(dir, d.Doc))
		if err != nil {
			t.Fatal(err)
		}
		html, err := webpage.Decode(raw)
		if err != nil {
			t.Fatalf("%s: %v", d.Doc, err)
		}
		pg, err := webpage.Parse(html)
		if err != nil {
			t.Fatalf("%s: %v", d.Doc, err)
		}
		arts, err := FromHTML(html, Options{})
		if err != nil {
			t.Fatalf("%s: %v", d.Doc, err)
		}
		var ours []string
		for _, a := range arts {
			ours = append(ours, a.Paragraphs...)
		}
		want := strings.Join(d.Body, "")
		_, _, fb := bigramF1(strings.Join(pg.Paragraphs, ""), want)
		po, _, fo := bigramF1(strings.Join(ours, ""), want)
		if fo < fb-0.02 {
			t.Logf("%s: F1 %.3f after cleaning, %.3f before", d.Doc, fo, fb)
		}
		sumBase, sumOurs, sumP, n = sumBase+fb, sumOurs+fo, sumP+po, n+1
	}
	if n == 0 {
		t.Skip("no cwced pages")
	}
	base, ours := sumBase/float64(n), sumOurs/float64(n)
	t.Logf("cwced %d pages: body F1 webpage.Parse %.4f, FromHTML %.4f (precision %.4f)", n, base, ours, sumP/float64(n))
	if ours < base-0.005 || ours < 0.858 {
		t.Errorf("FromHTML body F1 %.4f, want >= %.4f (webpage.Parse) and >= 0.858", ours, base-0.005)
	}
}
