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

// addSeeds adds the seed pages cut into pieces of about 800 bytes at line
// ends (the fuzzer minimizes large inputs very slowly) and the fixtures.
func addSeeds(f *testing.F) {
	names, _ := fs.Glob(seeds.FS, "*.txt")
	for _, n := range names {
		b, _ := fs.ReadFile(seeds.FS, n)
		var chunk strings.Builder
		for _, l := range strings.SplitAfter(string(b), "\n") {
			if chunk.Len()+len(l) > 800 && chunk.Len() > 0 {
				f.Add(chunk.String())
				chunk.Reset()
			}
			chunk.WriteString(l)
		}
		f.Add(chunk.String())
	}
	f.Add(lines(spunTitle, spunP1, spunP2))
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
		// The HTML parser turns each invalid byte into U+FFFD (3 bytes).
		checkArticles(t, replaceInvalid(in), arts)
	})
}

// replaceInvalid replaces every invalid byte of s by U+FFFD.
func replaceInvalid(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// timeIt returns how long f takes on s: the faster of two runs, so that a
// burst of load on a shared machine does not count.
func timeIt(f func(string), s string) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 2 {
		start := time.Now()
		f(s)
		best = min(best, time.Since(start))
	}
	return best
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
			small, big := g.gen(150_000), g.gen(1_500_000)
			ts := timeIt(g.f, small)
			tb := timeIt(g.f, big)
			t.Logf("%d bytes %v, %d bytes %v", len(small), ts, len(big), tb)
			if tb > 30*ts+300*time.Millisecond {
				t.Errorf("10x input took %.1fx the time (%v vs %v): not linear", float64(tb)/float64(ts), tb, ts)
			}
		})
	}
}

// TestHugeInputs runs the sizes the issue names: a 5 MB page on one line and
// a page of 100,000 lines; each must finish well within a generous bound.
func TestHugeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	tests := []struct{ name, in string }{
		{"5MB one line", strings.Repeat(bodyA+" "+bodyB+" ", 5_000_000/(len(bodyA)+len(bodyB)+2))},
		{"100k lines", strings.Repeat(bodyC+"\n今日要闻\n12345\n近日,"+bodyB+"\n", 25_000)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := timeIt(func(s string) { checkArticles(t, s, FromText(s, Options{})) }, tc.in)
			t.Logf("%d bytes in %v (%.1f MB/s)", len(tc.in), d, float64(len(tc.in))/1e6/d.Seconds())
			if d > 20*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}
