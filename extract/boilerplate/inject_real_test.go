package boilerplate

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract/webpage"
	"github.com/zhnews/zhnews/internal/shared"
)

var (
	headingRe = regexp.MustCompile(`(?is)<h[1-6][^>]*>(.*?)</h[1-6]>|<title[^>]*>(.*?)</title>|<meta[^>]+property=["']og:title["'][^>]+content=["']([^"']*)`)
	tagRe     = regexp.MustCompile(`(?s)<[^>]*>`)
)

// headlineCandidates returns the titles a page could plausibly get: the one
// FromHTML chose and every heading element of the page long enough for the
// detector to run (6+ Han characters) and short enough to be a headline,
// the <title> and og:title included.
func headlineCandidates(html, chosen string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(strings.Join(strings.Fields(s), " "))
		han := 0
		for _, r := range s {
			if isHan(r) {
				han++
			}
		}
		if han < 6 || utf8.RuneCountInString(s) > 80 || seen[s] {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	add(chosen)
	for _, m := range headingRe.FindAllStringSubmatch(html, -1) {
		add(tagRe.ReplaceAllString(m[1]+m[2]+m[3], ""))
	}
	return out
}

// leadSentences returns the first sentence of every body paragraph that is
// headline-sized (8 to 40 runes): a harder test than the real headline, as
// such a "title" is made of words the page surely repeats.
func leadSentences(arts []Article) []string {
	var out []string
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			if i := strings.IndexAny(p, "。！？"); i > 0 {
				p = p[:i]
			}
			if n := utf8.RuneCountInString(p); n >= 8 && n <= 40 {
				out = append(out, p)
			}
		}
	}
	return out
}

// realPages lists the real news pages of the shared corpus: the labeled
// cwced pages and the gne pages. None of them is content-farm spun.
func realPages(t *testing.T) []string {
	dir := filepath.Join(shared.Dir(t), "corpus")
	var out []string
	if f, err := os.Open(filepath.Join(dir, "cwced", "gold.jsonl")); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var d cwcedDoc
			if json.Unmarshal(sc.Bytes(), &d) == nil {
				out = append(out, filepath.Join(dir, "cwced", d.Doc))
			}
		}
		f.Close()
	}
	gne, _ := filepath.Glob(filepath.Join(dir, "gne", "pages", "*.html"))
	sort.Strings(gne)
	return append(out, gne...)
}

// TestInjectedRealPages runs the detector on real news pages with every
// headline the page could get (the chosen title, each heading element, the
// <title>) and, harder, with each paragraph's lead sentence as the title: an
// article repeats the words of its own headline, and none of these pages is
// spun, so every removal is a false positive.
func TestInjectedRealPages(t *testing.T) {
	pages := realPages(t)
	if len(pages) == 0 {
		t.Skip("no corpus pages")
	}
	fp, runs := 0, 0
	for _, path := range pages {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		html, err := webpage.Decode(raw)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		arts, err := FromHTML(html, Options{})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, r := range arts[0].Removed {
			if r.Reason == ReasonInjected {
				fp++
				t.Errorf("%s: chosen title %q: removed %q", filepath.Base(path), arts[0].Title, r.Text)
			}
		}
		for _, title := range append(headlineCandidates(html, arts[0].Title), leadSentences(arts)...) {
			for _, a0 := range arts {
				a := Article{Title: title, Paragraphs: append([]string(nil), a0.Paragraphs...)}
				removeInjected(&a)
				runs++
				for _, r := range a.Removed {
					fp++
					t.Errorf("%s: title %q: removed %q", filepath.Base(path), title, r.Text)
				}
			}
		}
	}
	t.Logf("%d pages, %d detector runs, %d false positives", len(pages), runs, fp)
}

// TestInjectedKeepsHeadlineWords: the gsc_1 conference report, given its
// real headline, keeps the organisation names and title words it repeats.
func TestInjectedKeepsHeadlineWords(t *testing.T) {
	path := filepath.Join(shared.Dir(t), "corpus", "gne", "pages", "tests_gsc_1.html")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("gne page not found: %v", err)
	}
	html, err := webpage.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	arts, err := FromHTML(html, Options{})
	if err != nil {
		t.Fatal(err)
	}
	const headline = "2019年中国人文地理学术年会在重庆•西南大学成功举行！"
	a := Article{Title: headline, Paragraphs: append([]string(nil), arts[0].Paragraphs...)}
	removeInjected(&a)
	for i, p := range arts[0].Paragraphs {
		if a.Paragraphs[i] != p {
			t.Errorf("line %d lost text:\n got %q\nwant %q", i, a.Paragraphs[i], p)
		}
	}
	for _, r := range a.Removed {
		t.Errorf("removed %q (%s)", r.Text, r.Reason)
	}
}
