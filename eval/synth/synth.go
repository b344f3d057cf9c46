// Package synth generates a corpus of realistic scraped news pages for
// benchmarks and soak tests by recombining the sentences of the seed pages:
// every article gets a headline, a meta line with its own date and source,
// paragraphs of sentences drawn from all seeds, and junk lines (menus,
// related lists, tickers) around the body, so that no text is copied
// verbatim many times and every stage has real work to do.
package synth

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhnews/zhnews/seeds"
)

// pool is the material articles are built from.
type pool struct {
	sentences []string // prose sentences, each ending in 。！？
	junk      []string // short non-prose lines
	titles    []string
}

var sources = []string{"中新网", "新华网", "南京晨报", "中国证券报", "化工仪器网", "澎湃新闻", "解放日报", "科技日报"}

func newPool() (*pool, error) {
	p := &pool{}
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, n := range names {
		data, err := fs.ReadFile(seeds.FS, n)
		if err != nil {
			return nil, err
		}
		for i, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			switch {
			case line == "":
			case i == 0:
				p.titles = append(p.titles, line)
			case isProse(line):
				p.sentences = append(p.sentences, sentences(line)...)
			case utf8.RuneCountInString(line) < 60:
				p.junk = append(p.junk, line)
			}
		}
	}
	if len(p.sentences) == 0 || len(p.junk) == 0 {
		return nil, fmt.Errorf("synth: seeds hold no usable text")
	}
	return p, nil
}

func isProse(line string) bool {
	return utf8.RuneCountInString(line) >= 40 && strings.ContainsAny(line, "。，,")
}

// sentences splits prose after each 。！？.
func sentences(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if r == '。' || r == '！' || r == '？' {
			end := i + utf8.RuneLen(r)
			if t := strings.TrimSpace(s[start:end]); utf8.RuneCountInString(t) >= 8 {
				out = append(out, t)
			}
			start = end
		}
	}
	return out
}

// Article returns the text of generated article i; the same i and seed
// always give the same text.
func (p *pool) article(i int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, uint64(i)))
	pick := func(ss []string) string { return ss[rng.IntN(len(ss))] }
	var b strings.Builder
	for range rng.IntN(3) {
		b.WriteString(pick(p.junk) + "\n")
	}
	title := strings.TrimSuffix(pick(p.sentences), "。")
	if r := []rune(title); len(r) > 28 {
		title = string(r[:28])
	}
	fmt.Fprintf(&b, "\n%s\n\n", title)
	fmt.Fprintf(&b, "%d年%02d月%02d日 %02d:%02d 来源:%s\n\n", 2022+rng.IntN(4), 1+rng.IntN(12), 1+rng.IntN(28),
		rng.IntN(24), rng.IntN(60), pick(sources))
	for range 3 + rng.IntN(6) {
		for range 2 + rng.IntN(4) {
			b.WriteString(pick(p.sentences))
		}
		b.WriteString("\n\n")
	}
	for range 2 + rng.IntN(8) {
		b.WriteString(pick(p.junk) + "\n")
	}
	return b.String()
}

// Generate calls fn with the name and text of n generated articles.
func Generate(n int, seed uint64, fn func(name string, text []byte) error) error {
	p, err := newPool()
	if err != nil {
		return err
	}
	for i := range n {
		name := fmt.Sprintf("%03d/%06d.txt", i/1000, i)
		if err := fn(name, []byte(p.article(i, seed))); err != nil {
			return err
		}
	}
	return nil
}

// WriteDir writes n generated articles as .txt files under dir, a thousand
// per subfolder, and returns the bytes written.
func WriteDir(dir string, n int, seed uint64) (int64, error) {
	var total int64
	err := Generate(n, seed, func(name string, text []byte) error {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		total += int64(len(text))
		return os.WriteFile(p, text, 0o644)
	})
	return total, err
}
