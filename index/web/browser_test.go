package web_test

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/color"
	"image/color/palette"
	"image/draw"
	"image/png"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/index/web"
	"github.com/zhnews/zhnews/pipeline"
	"github.com/zhnews/zhnews/seeds"
)

var update = flag.Bool("update", false, "rewrite testdata/screenshot.png from the browser test")

// chromium returns the browser to drive: $ZHNEWS_CHROMIUM or the first of
// the usual names on $PATH; it skips the test when there is none.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("ZHNEWS_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium on $PATH (apt-get install chromium, or set ZHNEWS_CHROMIUM): browser test skipped")
	return ""
}

// seedIndex runs the real pipeline over the built-in seed pages into a new
// index, as zhnews ingest does.
func seedIndex(t *testing.T) *index.Index {
	t.Helper()
	x, err := index.Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	w := x.NewWriter()
	sink := pipeline.SinkFunc(func(d *pipeline.Doc) error {
		rec := d.Record()
		return w.Add(&rec, index.Input{Hash: d.Hash, Base: rec.ID, Parts: 1})
	})
	if err := p.Runner().Run(context.Background(), &pipeline.FS{FS: seeds.FS, Prefix: "seeds/"}, sink); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return x
}

// shotDir is where screenshots go: $ZHNEWS_SCREENSHOTS, or the test's
// artifact folder (kept with go test -artifacts, under -outputdir).
func shotDir(t *testing.T) string {
	if d := os.Getenv("ZHNEWS_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.ArtifactDir()
}

func serve(t testing.TB, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	return "http://" + ln.Addr().String()
}

func browser(t *testing.T, exe string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 860),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true), chromedp.Flag("lang", "zh-CN"), chromedp.Flag("disable-dev-shm-usage", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancel(); cancelAlloc() })
	return ctx
}

// consoleErrors collects script exceptions and console errors (a style or
// script blocked by the content security policy shows up there).
func consoleErrors(t *testing.T, ctx context.Context) func() []string {
	var mu sync.Mutex
	var errs []string
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			errs = append(errs, ev.ExceptionDetails.Text+" "+ev.ExceptionDetails.URL)
		case *log.EventEntryAdded:
			if ev.Entry != nil && ev.Entry.Level == log.EntryLevelError {
				errs = append(errs, ev.Entry.Text+" "+ev.Entry.URL)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	return func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), errs...) }
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// do runs browser steps and fails the test with what it was doing.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// shot saves a screenshot of the whole page.
func shot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s", filepath.Join(dir, name))
}

// TestBrowser drives the search page in headless Chromium over the seed
// pages: search 新材料, see highlighted hits, narrow by an org facet, open an
// article and see its entities marked.
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	base := serve(t, web.New(seedIndex(t), web.Options{}))
	dir := shotDir(t)
	ctx := browser(t, exe)
	do(t, ctx, "open the browser", chromedp.Navigate("about:blank"))
	errs := consoleErrors(t, ctx)

	do(t, ctx, "search 新材料",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), "新材料"),
		chromedp.Click(chromedp.CSS(".search button")),
		chromedp.WaitVisible(chromedp.CSS(".hits .hit mark")),
	)
	total := eval[int](t, ctx, `+document.querySelector(".total strong").textContent`)
	hits := eval[int](t, ctx, `document.querySelectorAll(".hits > li").length`)
	marks := eval[[]string](t, ctx, `[...document.querySelectorAll(".hits mark")].map(m => m.textContent)`)
	left := eval[float64](t, ctx, `document.querySelector(".results").getBoundingClientRect().left`)
	shot(t, ctx, dir, "1-search.png")
	if total < 2 || hits == 0 || len(marks) == 0 {
		t.Fatalf("search 新材料: %d total, %d hits shown, %d highlights; want at least 2 hits with highlights", total, hits, len(marks))
	}
	for _, m := range marks {
		if !strings.Contains(m, "新材料") {
			t.Errorf("highlight %q does not cover the query word 新材料", m)
		}
	}
	if *update {
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("testdata/screenshot.png", shrinkPNG(t, png), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Narrow by the first org facet that holds fewer articles than all.
	org := eval[string](t, ctx, `(() => {
		const sec = [...document.querySelectorAll(".side .facet")].find(s => s.querySelector("h2").textContent === "机构");
		const a = sec && [...sec.querySelectorAll("a")].find(a => +a.querySelector(".count").textContent < `+strconv.Itoa(total)+`);
		if (!a) return "";
		a.id = "pick";
		return a.querySelector(".term").textContent;
	})()`)
	if org == "" {
		t.Fatalf("no org facet narrower than the %d hits of 新材料", total)
	}
	facetCount := eval[int](t, ctx, `+document.querySelector("#pick .count").textContent`)
	do(t, ctx, "click org facet "+org,
		chromedp.Click(chromedp.ID("pick")),
		chromedp.WaitVisible(chromedp.CSS(".chips .chip")),
	)
	narrowed := eval[int](t, ctx, `+document.querySelector(".total strong").textContent`)
	url := eval[string](t, ctx, `decodeURIComponent(location.search)`)
	left2 := eval[float64](t, ctx, `document.querySelector(".results").getBoundingClientRect().left`)
	shot(t, ctx, dir, "2-org-facet.png")
	if narrowed != facetCount || narrowed >= total {
		t.Errorf("org facet %s: %d hits after the click, the facet said %d, before %d", org, narrowed, facetCount, total)
	}
	if !strings.Contains(url, "type=org") || !strings.Contains(url, "entity="+org) {
		t.Errorf("the filter is not in the URL: %q", url)
	}
	if left != left2 {
		t.Errorf("the results column moved from x=%v to x=%v between pages", left, left2)
	}

	// Open the first article and see its entities.
	do(t, ctx, "open the first article",
		chromedp.Click(chromedp.CSS(".hits .hit h3 a")),
		chromedp.WaitVisible(chromedp.CSS(".article .body")),
	)
	kinds := eval[map[string]int](t, ctx, `(() => { const k = {}; document.querySelectorAll(".body .sp").forEach(s => { const c = s.classList[1]; k[c] = (k[c]||0)+1 }); return k })()`)
	hover := eval[string](t, ctx, `(document.querySelector(".body .sp.org") || {}).title || ""`)
	queryMarks := eval[[]string](t, ctx, `[...new Set([...document.querySelectorAll(".body mark")].map(m => m.textContent))]`)
	shot(t, ctx, dir, "3-article.png")
	if kinds["person"]+kinds["org"]+kinds["location"] == 0 {
		t.Errorf("the article shows no entity highlights; span kinds %v", kinds)
	}
	if kinds["org"] == 0 || hover == "" {
		t.Errorf("the article found by org %s shows %d org spans, hover %q", org, kinds["org"], hover)
	}
	if len(queryMarks) != 1 || queryMarks[0] != "新材料" {
		t.Errorf("the article marks %q, want the query word 新材料", queryMarks)
	}
	if e := errs(); len(e) > 0 {
		t.Errorf("browser console errors: %q", e)
	}
	t.Logf("新材料: %d hits; org %s: %d; article spans %v", total, org, narrowed, kinds)
}

// shrinkPNG re-encodes a screenshot with a palette of its most frequent
// colours (a page has few), which keeps the README image small.
func shrinkPNG(t *testing.T, data []byte) []byte {
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	counts := map[color.RGBA]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			counts[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
		}
	}
	colors := make([]color.RGBA, 0, len(counts))
	for c := range counts {
		colors = append(colors, c)
	}
	slices.SortFunc(colors, func(a, b color.RGBA) int { return counts[b] - counts[a] })
	pal := color.Palette{}
	for _, c := range colors[:min(len(colors), 192)] {
		pal = append(pal, c)
	}
	for i := 0; len(pal) < 256; i += 4 {
		pal = append(pal, palette.Plan9[i])
	}
	out := image.NewPaletted(b, pal)
	draw.Draw(out, b, img, b.Min, draw.Src)
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, out); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
