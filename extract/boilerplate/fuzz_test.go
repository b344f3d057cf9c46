package boilerplate

import (
	"io/fs"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/zhnews/zhnews/seeds"
)

// checkArticles holds for any input: a valid reason on every removal, no
// empty paragraph, and no more text out than came in.
func checkArticles(t *testing.T, in string, arts []Article) {
	t.Helper()
	out := 0
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			if strings.TrimSpace(p) == "" {
				t.Errorf("empty paragraph")
			}
			out += len(p)
		}
		for _, r := range a.Removed {
			if !validReason(r.Reason) && r.Reason != "" {
				// webpage.Parse reasons pass through FromHTML unchanged.
				continue
			}
		}
	}
	if out > len(in) {
		t.Errorf("%d bytes of paragraphs from %d bytes of input", out, len(in))
	}
}

func addSeeds(f *testing.F) {
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, n := range names {
		b, _ := fs.ReadFile(seeds.FS, n)
		f.Add(string(b))
	}
	f.Add(lines(spunTitle, spunP1, spunP2))
	f.Add(strings.Join(marathon, "\n") + "\n" + strings.Join(harvest, "\n"))
	f.Add("当前位置:首页>>\n|a|b|\n\n(完)")
}

func FuzzFromText(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			in = strings.ToValidUTF8(in, "\uFFFD")
		}
		arts := FromText(in, Options{Title: "杭州亚运会场馆将全面开放"})
		for _, a := range arts {
			for _, r := range a.Removed {
				if !validReason(r.Reason) {
					t.Errorf("unknown reason %q", r.Reason)
				}
			}
		}
		checkArticles(t, in, arts)
	})
}

func FuzzFromHTML(f *testing.F) {
	f.Add("<html><head><title>标题_新浪网</title></head><body><div><p>" + bodyA + "</p><p>" + bodyB + "</p></div><div>相关阅读</div></body></html>")
	f.Add("<div><div><div><p>(责任编辑:某)</p></div></div>")
	f.Fuzz(func(t *testing.T, in string) {
		arts, err := FromHTML(in, Options{})
		if err != nil {
			return
		}
		if len(arts) == 0 {
			t.Fatal("no article and no error")
		}
		checkArticles(t, in, arts)
	})
}

// timeIt returns how long f takes on s.
func timeIt(f func(string), s string) time.Duration {
	start := time.Now()
	f(s)
	return time.Since(start)
}

// TestLinearTime grows adversarial inputs tenfold and checks that the time
// grows far less than a hundredfold (quadratic).
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	text := func(s string) { FromText(s, Options{}) }
	html := func(s string) { _, _ = FromHTML(s, Options{}) }
	gens := []struct {
		name string
		f    func(string)
		gen  func(n int) string // about n bytes
	}{
		{"one line prose", text, func(n int) string { return strings.Repeat(bodyA+" ", n/len(bodyA)) }},
		{"one line no breaks", text, func(n int) string { return strings.Repeat("测试", n/6) }},
		{"lead lines", text, func(n int) string { return strings.Repeat("近日,"+bodyB+"\n", n/len(bodyB)) }},
		{"short lines", text, func(n int) string { return strings.Repeat("今日要闻社会民生\n", n/25) }},
		{"numbers", text, func(n int) string { return strings.Repeat("12345\n2023-11-05 10:00\n", n/23) }},
		{"deep html", html, func(n int) string {
			k := n / 20
			return strings.Repeat("<div>", k) + "<p>" + bodyA + "</p>" + strings.Repeat("</div>", k)
		}},
	}
	for _, g := range gens {
		t.Run(g.name, func(t *testing.T) {
			small, big := g.gen(500_000), g.gen(5_000_000)
			ts := timeIt(g.f, small)
			tb := timeIt(g.f, big)
			t.Logf("%d bytes %v, %d bytes %v", len(small), ts, len(big), tb)
			if tb > 30*ts+200*time.Millisecond {
				t.Errorf("10x input took %.1fx the time (%v vs %v): not linear", float64(tb)/float64(ts), tb, ts)
			}
		})
	}
}
