package web_test

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/zhnews/zhnews/eval/synth"
	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/extract/zhconv"
	"github.com/zhnews/zhnews/index"
	"github.com/zhnews/zhnews/index/web"
	"github.com/zhnews/zhnews/pipeline"
)

// benchLexicon gives generated articles entities: every occurrence of these
// names in a body becomes an entity span, so facets count real mentions.
var benchLexicon = map[string][]string{
	"location": {"上海", "南京", "江北新区", "长三角", "中国", "闵行区", "梅陇镇", "奉贤区", "临港", "宝山区", "美国", "北京", "浦东"},
	"org": {"上海市科委", "南京工业大学", "东南大学", "南京大学", "上海交通大学", "一汽", "宁德时代", "中共南京市委", "管委会",
		"上海市人民政府", "上海复旦微电子集团股份有限公司", "上海外高桥造船有限公司", "化工仪器网", "国家发展改革委"},
	"person": {"翟金国", "蒋军成", "陆卫东", "陶磊", "马大为", "陈懿", "都有为", "张全兴", "李全", "郭鸣明", "宁光", "王悦"},
}

var metaLine = regexp.MustCompile(`(\d{4})年(\d{2})月(\d{2})日 (\d{2}):(\d{2}) 来源:(\S+)`)

// synthRecord turns a generated page into a record without the pipeline:
// the line before the date line is the title, the prose after it the body,
// converted to Simplified as the pipeline would (one seed is Traditional).
func synthRecord(name string, text string) pipeline.Record {
	text = zhconv.T2S(text)
	rec := pipeline.Record{ID: strings.NewReplacer("/", "-", ".txt", "").Replace(name), Path: "synth/" + name}
	lines := strings.Split(text, "\n")
	var body []string
	for i, line := range lines {
		if m := metaLine.FindStringSubmatch(line); m != nil && rec.Published == "" {
			rec.Published = fmt.Sprintf("%s-%s-%sT%s:%s:00+08:00", m[1], m[2], m[3], m[4], m[5])
			rec.Source = m[6]
			for j := i - 1; j >= 0 && rec.Title == ""; j-- {
				rec.Title = strings.TrimSpace(lines[j])
			}
			continue
		}
		if rec.Published != "" && utf8.RuneCountInString(line) >= 40 {
			body = append(body, strings.TrimSpace(line))
		}
	}
	rec.Body = strings.Join(body, "\n")
	for typ, names := range benchLexicon {
		for _, n := range names {
			for off := 0; ; {
				i := strings.Index(rec.Body[off:], n)
				if i < 0 {
					break
				}
				start := utf8.RuneCountInString(rec.Body[:off+i])
				rec.Entities = append(rec.Entities, extract.Entity{Text: n, Type: typ, Start: start, End: start + utf8.RuneCountInString(n)})
				off += i + len(n)
			}
		}
	}
	return rec
}

// benchIndex opens $ZHNEWS_BENCH_INDEX when it holds an index (one made by
// zhnews ingest or by an earlier run), else generates $ZHNEWS_BENCH_ARTICLES
// articles (default 2000) into it or into a temporary folder.
// The index is built once per process and opened read-only, as zhnews
// serve opens it.
func benchIndex(b *testing.B) *index.Index {
	benchOnce.Do(func() { benchDir = buildBenchIndex(b) })
	if benchDir == "" {
		b.Fatal("no benchmark index")
	}
	x, err := index.OpenReadOnly(benchDir)
	if err != nil {
		b.Fatal(err)
	}
	return x
}

var (
	benchOnce sync.Once
	benchDir  string
)

func buildBenchIndex(b *testing.B) string {
	dir := os.Getenv("ZHNEWS_BENCH_INDEX")
	if dir != "" {
		if x, err := index.OpenReadOnly(dir); err == nil {
			x.Close()
			return dir
		}
	} else {
		d, err := os.MkdirTemp("", "zhnews-bench-")
		if err != nil {
			b.Fatal(err)
		}
		dir = filepath.Join(d, "index")
	}
	n := 2000
	if s := os.Getenv("ZHNEWS_BENCH_ARTICLES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatalf("ZHNEWS_BENCH_ARTICLES=%q: %v", s, err)
		}
	}
	x, err := index.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	w := x.NewWriter()
	err = synth.Generate(n, 7, func(name string, text []byte) error {
		rec := synthRecord(name, string(text))
		return w.Add(&rec, index.Input{Hash: name, Base: rec.ID, Parts: 1})
	})
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		b.Fatal(err)
	}
	if err := x.Close(); err != nil {
		b.Fatal(err)
	}
	b.Logf("indexed %d generated articles in %s (%s)", n, time.Since(t0).Round(time.Millisecond), dir)
	return dir
}

// benchQueries are searches an analyst might run: words, phrases,
// exclusions, fields, OR, and filters, each with facets.
var benchQueries = []url.Values{
	{"q": {"新材料"}}, {"q": {"上海"}}, {"q": {"产业 集群"}}, {"q": {"创新"}}, {"q": {"汽车"}}, {"q": {"氢能"}},
	{"q": {`"产业 创新"`}}, {"q": {"研发 -上海"}}, {"q": {"title:上海"}}, {"q": {"技术 OR 材料"}},
	{"q": {"企业"}, "entity": {"上海"}, "type": {"location"}}, {"q": {"新材料"}, "source": {"中新网"}},
	{"q": {"产业"}, "from": {"2024"}, "to": {"2024-06"}}, {"q": {"南京工业大学"}, "page": {"2"}},
	{}, {"entity": {"宁德时代"}, "type": {"org"}}, {"q": {"上海新材料产业"}}, {"q": {"发展"}, "page": {"5"}},
}

// BenchmarkSearchAPI measures GET /api/search with facets over HTTP on
// loopback and reports the median and 99th percentile latency. For the
// 20,000-article figure in the README:
//
//	ZHNEWS_BENCH_ARTICLES=20000 go test -run '^$' -bench SearchAPI -benchtime 2000x ./index/web/
func BenchmarkSearchAPI(b *testing.B) {
	x := benchIndex(b)
	defer x.Close()
	count, _ := x.Count()
	base := serve(b, web.New(x, web.Options{CacheSize: -1})) // every request searches
	client := &http.Client{Timeout: 10 * time.Second}
	fetch := func(v url.Values) time.Duration {
		t0 := time.Now()
		resp, err := client.Get(base + "/api/search?" + v.Encode())
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			b.Fatalf("%v: status %d", v, resp.StatusCode)
		}
		return time.Since(t0)
	}
	var cold time.Duration
	for _, q := range benchQueries { // warm caches and connections
		cold = max(cold, fetch(q))
	}
	lat := make([]time.Duration, 0, b.N)
	perQuery := make([][]time.Duration, len(benchQueries))
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := fetch(benchQueries[i%len(benchQueries)])
		lat = append(lat, d)
		perQuery[i%len(benchQueries)] = append(perQuery[i%len(benchQueries)], d)
	}
	b.StopTimer()
	cpu := (cpuTime() - cpu0) / time.Duration(b.N)
	if testing.Verbose() {
		for i, q := range benchQueries {
			if ds := perQuery[i]; len(ds) > 0 {
				slices.Sort(ds)
				b.Logf("%-60s median %6.1f ms  max %6.1f ms", q.Encode(), ms(ds[len(ds)/2]), ms(ds[len(ds)-1]))
			}
		}
	}
	slices.Sort(lat)
	pct := func(p float64) float64 { return ms(lat[int(p*float64(len(lat)-1))]) }
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(ms(cpu), "cpu-ms/op")
	b.ReportMetric(float64(count), "articles")
	b.Logf("%d articles, %d requests: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, CPU %.1f ms a request; slowest first request %s",
		count, len(lat), pct(0.5), pct(0.9), pct(0.99), pct(1), ms(cpu), cold.Round(time.Millisecond))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// cpuTime is the user and system CPU time of the process so far: with
// requests made one at a time, the CPU time a request takes is what its
// latency would be on an idle machine, whatever else shares the cores.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
