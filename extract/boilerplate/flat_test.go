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
	"golang.org/x/net/html"
)

// flatten turns HTML into crawler-style text, as the seed pages are: every
// block element's text on its own line, scripts and styles dropped.
func flatten(page string) string {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return ""
	}
	blocks := map[string]bool{"p": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
		"br": true, "tr": true, "section": true, "article": true, "header": true, "footer": true, "ul": true, "title": true}
	var b strings.Builder
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == nil { // closing marker of a block element
			b.WriteString("\n")
			continue
		}
		switch {
		case n.Type == html.TextNode:
			b.WriteString(strings.TrimSpace(n.Data))
			continue
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "noscript"):
			continue
		case n.Type == html.ElementNode && blocks[n.Data]:
			b.WriteString("\n")
			stack = append(stack, nil)
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return b.String()
}

// TestFlattenedPages runs the text path on corpus pages flattened to text,
// the shape of the seeds but with other sites' junk, and scores the body
// against the cwced labels (or, for the unlabeled gne pages, against the
// DOM extraction of webpage.Parse).
func TestFlattenedPages(t *testing.T) {
	dir := filepath.Join(shared.Dir(t), "corpus")
	gold := cwcedGold(t, filepath.Join(dir, "cwced", "gold.jsonl"))
	tests := []struct {
		dir   string
		floor float64
	}{{"gne/pages", 0.94}, {"cwced/pages", 0.86}}
	for _, tc := range tests {
		pages, _ := filepath.Glob(filepath.Join(dir, tc.dir, "*.html"))
		if len(pages) == 0 {
			t.Skipf("no pages in %s", tc.dir)
		}
		sum := 0.0
		for _, p := range pages {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			h, err := webpage.Decode(raw)
			if err != nil {
				t.Fatal(err)
			}
			ref, ok := gold[filepath.Base(p)]
			if !ok {
				pg, err := webpage.Parse(h)
				if err != nil {
					t.Fatal(err)
				}
				ref = strings.Join(pg.Paragraphs, "")
			}
			var body []string
			for _, a := range FromText(flatten(h), Options{}) {
				body = append(body, a.Paragraphs...)
			}
			_, _, f1 := bigramF1(strings.Join(body, ""), ref)
			sum += f1
		}
		mean := sum / float64(len(pages))
		t.Logf("%s: %d pages flattened to text, mean body F1 %.3f", tc.dir, len(pages), mean)
		if mean < tc.floor {
			t.Errorf("%s: mean body F1 %.3f, want >= %.2f", tc.dir, mean, tc.floor)
		}
	}
}

func cwcedGold(t *testing.T, file string) map[string]string {
	out := map[string]string{}
	f, err := os.Open(file)
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d cwcedDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(d.Doc)] = strings.Join(d.Body, "")
	}
	return out
}
