package web_test

import (
	"encoding/json"
	"net/url"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/zhnews/zhnews/extract"
	"github.com/zhnews/zhnews/index/web"
	"github.com/zhnews/zhnews/pipeline"
)

var (
	fuzzOnce sync.Once
	fuzzSrv  *web.Server
)

// FuzzSearchAPI sends arbitrary parameters to /api/search: bad input is a
// 4xx with a JSON message, never a 500.
func FuzzSearchAPI(f *testing.F) {
	for _, s := range [][5]string{
		{"新材料", "", "", "", ""}, {`"产业 集群"`, "2024", "2025-07", "", ""}, {"-股票 OR", "", "", "", ""},
		{"title:", "0000", "9999-99", "上海", "org"}, {"org:上海市科委 person:", "2025-02-30", "", "x", "person"},
		{"新材料", "2024-01-01T00:00", "2024-01-01T00:00", "", ""}, {"a\x00b", "-1", "+2024", "", "location"},
		{"“上海", "", "", "", ""}, {"source:\"中新网\"", "", "", "", ""},
	} {
		f.Add(s[0], s[1], s[2], s[3], s[4], "1", "10")
	}
	f.Fuzz(func(t *testing.T, q, from, to, entity, typ, page, size string) {
		fuzzOnce.Do(func() { fuzzSrv = web.New(testIndex(&testing.T{}), web.Options{}) })
		v := url.Values{"q": {q}, "from": {from}, "to": {to}, "entity": {entity}, "type": {typ}, "page": {page}, "size": {size}}
		status, _, body := get(t, fuzzSrv, "GET", "/api/search?"+v.Encode())
		if status >= 500 {
			t.Fatalf("status %d for %v: %s", status, v, body)
		}
		if !json.Valid([]byte(body)) {
			t.Fatalf("invalid JSON for %v: %q", v, body)
		}
		if status == 200 {
			return
		}
		var e struct{ Error string }
		json.Unmarshal([]byte(body), &e)
		if e.Error == "" {
			t.Fatalf("status %d without a message for %v", status, v)
		}
	})
}

// FuzzSegments checks that highlighted fragments turn into text runs that
// hold the text of the fragment without its mark tags.
func FuzzSegments(f *testing.F) {
	for _, s := range []string{"a<mark>b</mark>c", "&lt;<mark>&amp;</mark>", "<mark><mark>x</mark>", "</mark>", "a<mark>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, hl string) {
		var b strings.Builder
		for _, s := range web.Segments(hl) {
			if s.Text == "" {
				t.Fatalf("empty segment from %q", hl)
			}
			b.WriteString(s.Text)
		}
		if b.Len() > len(hl) {
			t.Fatalf("segments of %q are longer than the input: %q", hl, b.String())
		}
	})
}

// FuzzParagraphs feeds arbitrary bodies and offsets to the article view: no
// panic, and the runs hold every non-blank line of the body in order.
func FuzzParagraphs(f *testing.F) {
	f.Add("上海市科委表示\n上海", 0, 5, 7, 9, 2, 1)
	f.Add("a\n\nb", 0, 3, -1, 99, 5, 5)
	f.Fuzz(func(t *testing.T, body string, s1, e1, s2, e2, s3, e3 int) {
		if !utf8.ValidString(body) {
			return
		}
		rs := []rune(body)
		text := func(s, e int) string {
			if s < 0 || e > len(rs) || s > e {
				return ""
			}
			return string(rs[s:e])
		}
		rec := &pipeline.Record{Body: body,
			Entities: []extract.Entity{{Text: text(s1, e1), Type: "org", Start: s1, End: e1}},
			Figures:  []extract.Figure{{Text: text(s2, e2), Start: s2, End: e2}},
			Dates:    []extract.Date{{Text: "", Start: s3, End: e3}},
		}
		var got []string
		for _, p := range web.Paragraphs(rec) {
			var b strings.Builder
			for _, r := range p {
				b.WriteString(r.Text)
			}
			got = append(got, b.String())
		}
		var want []string
		for _, line := range strings.Split(body, "\n") {
			if strings.TrimSpace(line) != "" {
				want = append(want, line)
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("body %q: paragraphs %q, want %q", body, got, want)
		}
	})
}
