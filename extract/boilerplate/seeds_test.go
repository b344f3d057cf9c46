package boilerplate

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/zhnews/zhnews/extract/zhconv"
	"github.com/zhnews/zhnews/seeds"
)

func seedArticles(t *testing.T) map[string][]Article {
	out := map[string][]Article{}
	for _, name := range seedNames(t) {
		raw, err := fs.ReadFile(seeds.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = FromText(string(raw), Options{})
	}
	return out
}

// junkMarks are traces of every kind of boilerplate; none may be in a body.
var junkMarks = regexp.MustCompile(`\[详细\]|\[詳細\]|责任编辑|責任編輯|[(（]完[)）]|免责|免責|来源[:：]|來源[:：]|转自[:：]|点击[:：]|\||公众号|APP|直播|二维码|sitemap|@|版权|版權|^\d+$|^\d{4}-\d{2}-\d{2} \d{2}:\d{2}|\s\d{6}\s+\d|通讯员|记者 \S+ 摄|【|当前位置|>`)

// TestSeedsNoJunkLeft: no line rule fires on a kept paragraph, no trace of a
// junk kind is left, and no spun fragment cycle remains.
func TestSeedsNoJunkLeft(t *testing.T) {
	for name, arts := range seedArticles(t) {
		for k, a := range arts {
			if len(a.Paragraphs) == 0 {
				t.Errorf("%s article %d: empty body", name, k)
			}
			for _, p := range a.Paragraphs {
				l := line{text: p, n: len([]rune(p))}
				classifyOne(&l)
				if l.kind == kindJunk {
					t.Errorf("%s: body paragraph is %s junk: %q", name, l.reason, p)
				}
				if m := junkMarks.FindString(p); m != "" {
					t.Errorf("%s: body has %q: %.60q", name, m, p)
				}
			}
			if a.Title != "" && cyclic(newInjector(a.Title, a.Paragraphs).strongOccurrences()) {
				t.Errorf("%s: spun fragments left in body", name)
			}
		}
	}
}

type seedLabel struct {
	Doc         string   `json:"doc"`
	Title       string   `json:"title"`
	Published   string   `json:"published"`
	Source      string   `json:"source"`
	Authors     []string `json:"authors"`
	Body        []string `json:"body"`
	Boilerplate []string `json:"boilerplate"`
}

// TestSeedsAgainstLabels compares the output with the hand labels in
// eval/seeds.jsonl (Simplified; our bodies are converted to compare): body
// F1, metadata, and that no labeled boilerplate sample is left in a body.
func TestSeedsAgainstLabels(t *testing.T) {
	f, err := os.Open("../../eval/seeds.jsonl")
	if err != nil {
		t.Skipf("no seed labels: %v", err)
	}
	defer f.Close()
	all := seedArticles(t)
	part := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var g seedLabel
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		name := path.Base(g.Doc)
		k := part[name]
		part[name]++
		arts := all[name]
		if k >= len(arts) {
			t.Errorf("%s: labels have article %d, output has %d articles", name, k, len(arts))
			continue
		}
		a := arts[k]
		body := zhconv.T2S(strings.Join(a.Paragraphs, "\n"))
		p, r, f1 := bigramF1(body, strings.Join(g.Body, ""))
		t.Logf("%s#%d body P %.3f R %.3f F1 %.3f", name, k, p, r, f1)
		if f1 < 0.97 {
			t.Errorf("%s#%d: body F1 %.3f, want >= 0.97", name, k, f1)
		}
		for _, s := range g.Boilerplate {
			if strings.Contains(body, s) {
				t.Errorf("%s#%d: labeled boilerplate %q left in body", name, k, s)
			}
		}
		checkField(t, name, "title", zhconv.T2S(a.Title), g.Title)
		checkField(t, name, "published", a.Published, g.Published)
		checkField(t, name, "source", zhconv.T2S(a.Source), g.Source)
		checkField(t, name, "authors", zhconv.T2S(strings.Join(a.Authors, ",")), strings.Join(g.Authors, ","))
	}
}

func checkField(t *testing.T, name, field, got, want string) {
	t.Helper()
	if got != want {
		t.Logf("%s: %s: got %q, label %q", name, field, got, want)
	}
}
